// ASTCT 2019 consensus CRS grading (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625-638).
// Reads like the published table: one function per row, then the combination rule.
import type { Grade } from '../../grading/grading.js';
import { icd10CmCodeForGrade } from '../../vocabulary/icd-10-cm.js';
import { type CrsAssessment, NASAL_CANNULA_DEVICES, type OxygenSupport, type VasopressorAdministration } from '../assessment.js';
import type { CrsNote } from '../findings.js';
import { type CrsGrading, type CrsGradingFinding, fixedFinding } from '../grading.js';

/**
 * Fever is a temperature of at least 38.0 °C (37.9 °C is not fever; values are not rounded).
 *
 * @see criteria ASTCT-CRS-01 (docs/criteria/astct-2019-crs.md#astct-crs-01); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-06 (docs/criteria/decisions.md#dec-06)
 * @example
 * ```ts
 * import { FEVER_THRESHOLD_CELSIUS } from 'cytokine-release-syndrome';
 * 37.9 >= FEVER_THRESHOLD_CELSIUS; // false
 * ```
 */
export const FEVER_THRESHOLD_CELSIUS = 38.0;

/**
 * A nasal cannula at this flow or less is low-flow (grade 2); above it, high-flow (grade 3).
 *
 * @see criteria ASTCT-CRS-04 (docs/criteria/astct-2019-crs.md#astct-crs-04); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-24 (docs/criteria/decisions.md#dec-24)
 * @example
 * ```ts
 * import { LOW_FLOW_MAX_LITERS_PER_MINUTE } from 'cytokine-release-syndrome';
 * 6.5 <= LOW_FLOW_MAX_LITERS_PER_MINUTE; // false: high-flow, grade 3
 * ```
 */
export const LOW_FLOW_MAX_LITERS_PER_MINUTE = 6;

const FEVER = /* @__PURE__ */ fixedFinding('fever', 'fever', 1);
const FEVER_MASKED = /* @__PURE__ */ fixedFinding('fever', 'fever-masked', 0);
const NO_FEVER = /* @__PURE__ */ fixedFinding('fever', 'no-fever', 0);
const NO_HYPOTENSION = /* @__PURE__ */ fixedFinding('hypotension', 'no-hypotension', 0);
const HYPOTENSION_WITHOUT_VASOPRESSOR = /* @__PURE__ */ fixedFinding('hypotension', 'hypotension-without-vasopressor', 2);
const ONE_VASOPRESSOR = /* @__PURE__ */ fixedFinding('hypotension', 'one-vasopressor', 3);
const MULTIPLE_VASOPRESSORS = /* @__PURE__ */ fixedFinding('hypotension', 'multiple-vasopressors', 4);
const NO_OXYGEN = /* @__PURE__ */ fixedFinding('hypoxia', 'no-oxygen', 0);
const LOW_FLOW_OXYGEN = /* @__PURE__ */ fixedFinding('hypoxia', 'low-flow-oxygen', 2);
const HIGH_FLOW_NASAL_CANNULA = /* @__PURE__ */ fixedFinding('hypoxia', 'high-flow-nasal-cannula', 3);
const OXYGEN_MASK = /* @__PURE__ */ fixedFinding('hypoxia', 'oxygen-mask', 3);
const POSITIVE_PRESSURE = /* @__PURE__ */ fixedFinding('hypoxia', 'positive-pressure', 4);
const NO_DEATH = /* @__PURE__ */ fixedFinding('death', 'no-death-from-crs', 0);
const DIED = /* @__PURE__ */ fixedFinding('death', 'died-of-crs', 5);
const NO_NOTES: readonly CrsNote[] = /* @__PURE__ */ Object.freeze([]);

/**
 * Fever row. Masked fever (R2) gates grading like fever but supports no grade by itself.
 *
 * @see criteria ASTCT-CRS-01, ASTCT-CRS-07 (docs/criteria/astct-2019-crs.md#astct-crs-01); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-27 (docs/criteria/decisions.md#dec-27)
 */
export function feverFinding(assessment: CrsAssessment): CrsGradingFinding {
  if (assessment.temperatureCelsius >= FEVER_THRESHOLD_CELSIUS) return FEVER;
  return assessment.feverMasked === true ? FEVER_MASKED : NO_FEVER;
}

/**
 * Hypotension row. Vasopressin never counts toward "multiple vasopressors": one vasopressor plus
 * vasopressin is grade 3, two or more others are grade 4. Vasopressin alone is one vasopressor.
 *
 * @see criteria ASTCT-CRS-02 (docs/criteria/astct-2019-crs.md#astct-crs-02); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-20 (docs/criteria/decisions.md#dec-20)
 */
export function hypotensionFinding(hypotension: boolean, vasopressors: readonly VasopressorAdministration[]): CrsGradingFinding {
  if (!hypotension) return NO_HYPOTENSION;
  if (vasopressors.length === 0) return HYPOTENSION_WITHOUT_VASOPRESSOR;
  let counted = 0;
  for (const { agent } of vasopressors) if (agent !== 'vasopressin') counted += 1;
  return counted >= 2 ? MULTIPLE_VASOPRESSORS : ONE_VASOPRESSOR;
}

/**
 * Hypoxia row: the device sets the grade, and a nasal cannula (either kind) is banded by flow alone.
 *
 * @see criteria ASTCT-CRS-03, ASTCT-CRS-04 (docs/criteria/astct-2019-crs.md#astct-crs-03); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-24 (docs/criteria/decisions.md#dec-24)
 */
export function hypoxiaFinding(oxygen: OxygenSupport): CrsGradingFinding {
  const { device, flowLitersPerMinute } = oxygen;
  if (NASAL_CANNULA_DEVICES.includes(device)) {
    // The validator guarantees a flow here; a missing one is never read as low-flow.
    if (flowLitersPerMinute === undefined) throw new TypeError('oxygen.flowLitersPerMinute is required for a nasal cannula');
    return flowLitersPerMinute <= LOW_FLOW_MAX_LITERS_PER_MINUTE ? LOW_FLOW_OXYGEN : HIGH_FLOW_NASAL_CANNULA;
  }
  // Literal values (checked against OxygenDevice by the compiler) keep the enum objects out of a grader bundle.
  switch (device) {
    case 'room-air':
      return NO_OXYGEN;
    case 'blow-by':
      return LOW_FLOW_OXYGEN;
    case 'simple-face-mask':
    case 'venturi-mask':
    case 'non-rebreather-mask':
      return OXYGEN_MASK;
    default:
      // CPAP, BiPAP, mechanical ventilation.
      return POSITIVE_PRESSURE;
  }
}

/**
 * Grade 5 row: death from CRS with no other principal cause.
 *
 * @see criteria ASTCT-CRS-10 (docs/criteria/astct-2019-crs.md#astct-crs-10); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-03 (docs/criteria/decisions.md#dec-03)
 */
export function deathFinding(diedOfCrs: boolean): CrsGradingFinding {
  return diedOfCrs ? DIED : NO_DEATH;
}

function notesFor(assessment: CrsAssessment, fever: CrsGradingFinding, organGrade: Grade): readonly CrsNote[] {
  let notes: CrsNote[] | undefined;
  const add = (note: CrsNote): void => {
    (notes ??= []).push(note);
  };
  if (fever === NO_FEVER && organGrade > 0) add('no-fever-no-crs');
  if (fever === FEVER_MASKED && organGrade === 0) add('masked-fever-without-hypotension-or-hypoxia');
  const { vasopressors } = assessment;
  if (vasopressors.length > 1 && vasopressors.some(({ agent }) => agent === 'vasopressin')) add('vasopressin-not-counted');
  const { device, flowLitersPerMinute = 0 } = assessment.oxygen;
  if (device === 'high-flow-nasal-cannula' && flowLitersPerMinute <= LOW_FLOW_MAX_LITERS_PER_MINUTE) add('high-flow-cannula-at-low-flow');
  return notes ?? NO_NOTES;
}

/**
 * Grades a validated assessment on ASTCT 2019. The grade is the worse of hypotension and hypoxia,
 * gated by fever (or by masked fever); fever alone is grade 1; without fever or masking the criteria
 * are not met (grade 0), whatever the hypotension or hypoxia. Organ toxicity never changes it.
 *
 * @see criteria ASTCT-CRS-05, ASTCT-CRS-08, ASTCT-CRS-09 (docs/criteria/astct-2019-crs.md#astct-crs-05); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-27, DEC-32 (docs/criteria/decisions.md#dec-27)
 * @internal Use `gradeCRS`, which validates first.
 */
export function gradeCrsAstct2019(assessment: CrsAssessment): CrsGrading {
  const fever = feverFinding(assessment);
  const hypotension = hypotensionFinding(assessment.hypotension, assessment.vasopressors);
  const hypoxia = hypoxiaFinding(assessment.oxygen);
  const death = deathFinding(assessment.diedOfCrs === true);
  const organGrade = hypotension.grade > hypoxia.grade ? hypotension.grade : hypoxia.grade;

  let grade: Grade;
  let drivers: CrsGradingFinding[];
  if (death === DIED) {
    grade = 5;
    drivers = [death];
  } else if (fever === NO_FEVER || (fever === FEVER_MASKED && organGrade === 0)) {
    // The fever gate: a driver only when it held hypotension or hypoxia at grade 0.
    grade = 0;
    drivers = organGrade > 0 ? [fever] : [];
  } else {
    grade = fever.grade > organGrade ? fever.grade : organGrade;
    drivers = [];
    if (fever.grade === grade) drivers.push(fever);
    if (hypotension.grade === grade) drivers.push(hypotension);
    if (hypoxia.grade === grade) drivers.push(hypoxia);
  }
  return {
    scale: 'astct-2019',
    gradable: true,
    grade,
    drivers,
    findings: [fever, hypotension, hypoxia, death],
    notes: notesFor(assessment, fever, organGrade),
    icd10Cm: icd10CmCodeForGrade('crs', grade),
  };
}
