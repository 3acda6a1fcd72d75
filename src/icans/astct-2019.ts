// ASTCT 2019 consensus ICANS grading (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625-638),
// for adults (ICE) and children (CAPD). Reads like the published tables: one function per row,
// then the most-severe-event rule.
import type { Grade, GradingFinding, GradingResult } from '../grading/grading.js';
import { defineRecord } from '../internal/deep-freeze.js';
import { CerebralEdema } from '../vocabulary/cerebral-edema.js';
import { ConsciousnessLevel } from '../vocabulary/consciousness-level.js';
import { type Icd10CmCode, icd10CmCodeForGrade } from '../vocabulary/icd-10-cm.js';
import { IcansInstrument } from '../vocabulary/icans-instrument.js';
import { MotorWeakness } from '../vocabulary/motor-weakness.js';
import type { RaisedIcpSign } from '../vocabulary/raised-icp-sign.js';
import { Seizure } from '../vocabulary/seizure.js';
import type { IcansAssessment, IcansGradingOptions } from './assessment.js';
import { IcansDomain, IcansFinding, IcansNote } from './findings.js';
import { iceScoreOf } from './contract.js';
import { selectIcansInstrument } from './instrument.js';

/**
 * The CAPD total at or above which delirium is suggested: ICANS grade 3.
 *
 * @see criteria ASTCT-ICANS-14, ASTCT-ICANS-17 (docs/criteria/astct-2019-icans.md#astct-icans-14); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @example
 * ```ts
 * import { CAPD_DELIRIUM_THRESHOLD } from 'cytokine-release-syndrome';
 * CAPD_DELIRIUM_THRESHOLD; // 9
 * ```
 */
export const CAPD_DELIRIUM_THRESHOLD = 9;

/** One finding of an ASTCT 2019 ICANS grading. */
export type IcansGradingFinding = GradingFinding<IcansDomain, IcansFinding>;

/**
 * The result of grading ICANS on ASTCT 2019.
 *
 * @example
 * ```ts
 * import { gradeICANS, type IcansGrading } from 'cytokine-release-syndrome';
 * const grading: IcansGrading = gradeICANS({
 *   ageYears: 45,
 *   ice: 8,
 *   consciousness: 'alert',
 *   seizure: 'none',
 *   motorWeakness: 'none',
 *   cerebralEdema: 'none',
 *   raisedIcpSigns: [],
 * });
 * grading.grade; // 1
 * grading.instrument; // 'ice'
 * grading.icd10Cm; // 'G92.01'
 * ```
 */
export interface IcansGrading extends GradingResult<'astct-2019', IcansDomain, IcansFinding, IcansNote> {
  /** The encephalopathy instrument used: ICE, or CAPD for children and developmental delay. */
  readonly instrument: IcansInstrument;
  /** The ICD-10-CM code for the grade (G92.01 to G92.05), or `null` for grade 0. */
  readonly icd10Cm: Icd10CmCode | null;
}


const FINDINGS = new Map<IcansFinding, IcansGradingFinding>();

/** A frozen finding, made once per code and shared by every result that reports it. */
function finding(domain: IcansDomain, code: IcansFinding, grade: Grade): IcansGradingFinding {
  let made = FINDINGS.get(code);
  if (made === undefined) {
    made = Object.freeze({ domain, finding: code, grade });
    FINDINGS.set(code, made);
  }
  return made;
}

function isUnarousable(assessment: Pick<IcansAssessment, 'consciousness'>): boolean {
  return assessment.consciousness === ConsciousnessLevel.Unarousable;
}

/**
 * ICE score row: 10 is normal (grade 0), 7–9 grade 1, 3–6 grade 2, 0–2 grade 3 (ICE 0 in an awake
 * patient with global aphasia included); an unarousable patient, who cannot do ICE, is grade 4.
 * (An unarousable patient under sedation cannot be graded at all: the validator rejects it.)
 *
 * @see criteria ASTCT-ICANS-02, ASTCT-ICANS-08, ASTCT-ICANS-12 (docs/criteria/astct-2019-icans.md#astct-icans-02); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 */
export function iceFinding(assessment: Pick<IcansAssessment, 'ice' | 'consciousness'>): IcansGradingFinding {
  if (isUnarousable(assessment)) return finding(IcansDomain.IceScore, IcansFinding.IceUnarousable, 4);
  const { ice } = assessment;
  // The validator guarantees a score here; a missing one is never read as normal.
  if (ice === undefined) throw new TypeError('ice is required when ICE is the instrument and the patient is arousable');
  const score = iceScoreOf(ice);
  if (score >= 10) return finding(IcansDomain.IceScore, IcansFinding.IceNormal, 0);
  if (score >= 7) return finding(IcansDomain.IceScore, IcansFinding.Ice7To9, 1);
  if (score >= 3) return finding(IcansDomain.IceScore, IcansFinding.Ice3To6, 2);
  return finding(IcansDomain.IceScore, IcansFinding.Ice0To2, 3);
}

/**
 * CAPD score row (children): 0 is normal (grade 0), 1–8 grade 1, 9 or more grade 3; a child unable
 * to perform CAPD because unarousable is grade 4.
 *
 * CAPD 1–8 stands in both the grade 1 and grade 2 cells; the consciousness row tells them apart,
 * so the CAPD row alone supports grade 1. The lower bound 1 is from CTCAE v6 (the ASTCT 2019
 * reproductions found say only "<9"); CAPD 0, outside every band, is the best possible score
 * (no delirium behaviour at all), read like ICE 10: no finding.
 *
 * @see criteria ASTCT-ICANS-14 (docs/criteria/astct-2019-icans.md#astct-icans-14); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-34 to DEC-36 (docs/criteria/decisions.md#dec-34)
 */
export function capdFinding(assessment: Pick<IcansAssessment, 'capd' | 'consciousness'>): IcansGradingFinding {
  if (isUnarousable(assessment)) return finding(IcansDomain.CapdScore, IcansFinding.CapdUnarousable, 4);
  const { capd } = assessment;
  // The validator guarantees a score here; a missing one is never read as normal.
  if (capd === undefined) throw new TypeError('capd is required when CAPD is the instrument and the child is arousable');
  if (capd >= CAPD_DELIRIUM_THRESHOLD) return finding(IcansDomain.CapdScore, IcansFinding.Capd9OrMore, 3);
  if (capd >= 1) return finding(IcansDomain.CapdScore, IcansFinding.Capd1To8, 1);
  return finding(IcansDomain.CapdScore, IcansFinding.CapdNormal, 0);
}

const CONSCIOUSNESS_GRADES: Readonly<Record<ConsciousnessLevel, readonly [IcansFinding, Grade]>> = /* @__PURE__ */ defineRecord(
  (): Record<ConsciousnessLevel, readonly [IcansFinding, Grade]> => ({
  [ConsciousnessLevel.Alert]: [IcansFinding.Alert, 0],
  [ConsciousnessLevel.AwakensSpontaneously]: [IcansFinding.AwakensSpontaneously, 1],
  [ConsciousnessLevel.AwakensToVoice]: [IcansFinding.AwakensToVoice, 2],
  [ConsciousnessLevel.AwakensToTactileStimulus]: [IcansFinding.AwakensToTactileStimulus, 3],
  [ConsciousnessLevel.Unarousable]: [IcansFinding.Unarousable, 4],
}));

/**
 * Depressed level of consciousness row: awakens spontaneously 1, to voice 2, only to touch 3,
 * unarousable 4. A depressed level explained by sedating drugs is not graded. (Unarousable under
 * sedation never reaches here: the validator rejects it, because ICE or CAPD cannot be performed
 * then and grading the rest would read the missing encephalopathy score as normal.)
 *
 * @see criteria ASTCT-ICANS-03, ASTCT-ICANS-09, ASTCT-ICANS-15 (docs/criteria/astct-2019-icans.md#astct-icans-03); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-37 (docs/criteria/decisions.md#dec-37)
 */
export function consciousnessFinding(consciousness: ConsciousnessLevel, sedated: boolean): IcansGradingFinding {
  if (sedated && consciousness !== ConsciousnessLevel.Alert) {
    return finding(IcansDomain.Consciousness, IcansFinding.DepressedConsciousnessSedated, 0);
  }
  const [code, grade] = CONSCIOUSNESS_GRADES[consciousness];
  return finding(IcansDomain.Consciousness, code, grade);
}

/**
 * Seizure row: a rapidly resolving seizure is grade 3, a life-threatening one grade 4 (never 1 or 2).
 *
 * @see criteria ASTCT-ICANS-04 (docs/criteria/astct-2019-icans.md#astct-icans-04); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 */
export function seizureFinding(seizure: Seizure): IcansGradingFinding {
  switch (seizure) {
    case Seizure.None:
      return finding(IcansDomain.Seizure, IcansFinding.NoSeizure, 0);
    case Seizure.RapidlyResolving:
      return finding(IcansDomain.Seizure, IcansFinding.RapidlyResolvingSeizure, 3);
    default:
      return finding(IcansDomain.Seizure, IcansFinding.LifeThreateningSeizure, 4);
  }
}

/**
 * Motor findings row: deep focal motor weakness is grade 4. Tremor and myoclonus are not ICANS
 * (grade them with CTCAE).
 *
 * @see criteria ASTCT-ICANS-05, ASTCT-ICANS-10 (docs/criteria/astct-2019-icans.md#astct-icans-05); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 */
export function motorFinding(motorWeakness: MotorWeakness): IcansGradingFinding {
  return motorWeakness === MotorWeakness.DeepFocal
    ? finding(IcansDomain.MotorFindings, IcansFinding.DeepFocalMotorWeakness, 4)
    : finding(IcansDomain.MotorFindings, IcansFinding.NoMotorWeakness, 0);
}

/**
 * Cerebral oedema (part of the raised ICP row): focal 3, diffuse 4. Without imaging it is not
 * assessed: no grade, and a note. Intracranial haemorrhage is not ICANS (grade it with CTCAE).
 *
 * @see criteria ASTCT-ICANS-06, ASTCT-ICANS-11 (docs/criteria/astct-2019-icans.md#astct-icans-06); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-38 (docs/criteria/decisions.md#dec-38)
 */
export function cerebralEdemaFinding(cerebralEdema: CerebralEdema): IcansGradingFinding {
  switch (cerebralEdema) {
    case CerebralEdema.None:
      return finding(IcansDomain.CerebralEdema, IcansFinding.NoCerebralEdema, 0);
    case CerebralEdema.Focal:
      return finding(IcansDomain.CerebralEdema, IcansFinding.FocalCerebralEdema, 3);
    case CerebralEdema.Diffuse:
      return finding(IcansDomain.CerebralEdema, IcansFinding.DiffuseCerebralEdema, 4);
    default:
      return finding(IcansDomain.CerebralEdema, IcansFinding.CerebralEdemaNotImaged, 0);
  }
}

/**
 * Clinical signs of raised ICP (part of the raised ICP row): any one is grade 4.
 *
 * @see criteria ASTCT-ICANS-06 (docs/criteria/astct-2019-icans.md#astct-icans-06); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 */
export function raisedIcpFinding(signs: readonly RaisedIcpSign[]): IcansGradingFinding {
  return signs.length > 0
    ? finding(IcansDomain.RaisedIcp, IcansFinding.RaisedIcpSigns, 4)
    : finding(IcansDomain.RaisedIcp, IcansFinding.NoRaisedIcpSigns, 0);
}

/**
 * Grade 5 row: death from ICANS with no other principal cause.
 *
 * @see criteria ASTCT-ICANS-18 (docs/criteria/astct-2019-icans.md#astct-icans-18); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-03 (docs/criteria/decisions.md#dec-03)
 */
export function icansDeathFinding(diedOfIcans: boolean): IcansGradingFinding {
  return diedOfIcans
    ? finding(IcansDomain.Death, IcansFinding.DiedOfIcans, 5)
    : finding(IcansDomain.Death, IcansFinding.NoDeathFromIcans, 0);
}

function notesFor(reason: IcansNote, consciousness: IcansGradingFinding, cerebralEdema: IcansGradingFinding): IcansNote[] {
  const notes: IcansNote[] = [reason];
  if (consciousness.finding === IcansFinding.DepressedConsciousnessSedated) notes.push(IcansNote.ConsciousnessNotGradedSedated);
  if (cerebralEdema.finding === IcansFinding.CerebralEdemaNotImaged) notes.push(IcansNote.CerebralEdemaNotImaged);
  return notes;
}

/**
 * Grades a validated assessment on ASTCT 2019: the grade is that of the most severe finding across
 * the instrument (ICE or CAPD), consciousness, seizure, motor findings, cerebral oedema and raised
 * ICP signs; death from ICANS is grade 5. Tremor, myoclonus and intracranial haemorrhage are not
 * inputs, so they never change it.
 *
 * @see criteria ASTCT-ICANS-07, ASTCT-ICANS-12 (docs/criteria/astct-2019-icans.md#astct-icans-07); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-32 (docs/criteria/decisions.md#dec-32)
 * @internal Use `gradeICANS`, which validates first.
 */
export function gradeIcansAstct2019(assessment: IcansAssessment, options: IcansGradingOptions = {}): IcansGrading {
  const { instrument, reason } = selectIcansInstrument(assessment, options);
  const consciousness = consciousnessFinding(assessment.consciousness, assessment.sedated === true);
  const cerebralEdema = cerebralEdemaFinding(assessment.cerebralEdema);
  const findings = [
    instrument === IcansInstrument.Ice ? iceFinding(assessment) : capdFinding(assessment),
    consciousness,
    seizureFinding(assessment.seizure),
    motorFinding(assessment.motorWeakness),
    cerebralEdema,
    raisedIcpFinding(assessment.raisedIcpSigns),
    icansDeathFinding(assessment.diedOfIcans === true),
  ];
  let grade: Grade = 0;
  for (const candidate of findings) if (candidate.grade > grade) grade = candidate.grade;
  return {
    scale: 'astct-2019',
    grade,
    // At grade 0 nothing drives the grade: the normal findings are in `findings`.
    drivers: grade === 0 ? [] : findings.filter((candidate) => candidate.grade === grade),
    findings,
    notes: notesFor(reason, consciousness, cerebralEdema),
    instrument,
    icd10Cm: icd10CmCodeForGrade('icans', grade),
  };
}
