/**
 * ASTCT 2019 consensus CRS grading (Lee DW et al., Biol Blood Marrow Transplant 2019;25:625-638).
 * Reads like the published table: one function per row, then the combination rule.
 *
 * @module
 */
import type { Grade } from '../../grading/grading.js';
import { icd10CmCodeForGrade } from '../../vocabulary/icd-10-cm.js';
import { type CrsAssessment, NASAL_CANNULA_DEVICES, type OxygenSupport, type VasopressorAdministration } from '../assessment.js';
import type { CrsNote } from '../findings.js';
import { type CrsGrading, type CrsGradingFinding, finding } from '../grading.js';

/**
 * Fever is a temperature of at least 38.0 °C (37.9 °C is not fever; values are not rounded).
 *
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, R1
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
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, R4
 * @example
 * ```ts
 * import { LOW_FLOW_MAX_LITERS_PER_MINUTE } from 'cytokine-release-syndrome';
 * 6.5 <= LOW_FLOW_MAX_LITERS_PER_MINUTE; // false: high-flow, grade 3
 * ```
 */
export const LOW_FLOW_MAX_LITERS_PER_MINUTE = 6;

/**
 * Fever row. Masked fever (R2) gates grading like fever but supports no grade by itself.
 *
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, R1, R2 and R10
 */
export function feverFinding(assessment: CrsAssessment): CrsGradingFinding {
  if (assessment.temperatureCelsius >= FEVER_THRESHOLD_CELSIUS) return finding('fever', 'fever', 1);
  if (assessment.feverMasked === true) return finding('fever', 'fever-masked', 0);
  return finding('fever', 'no-fever', 0);
}

/**
 * Hypotension row. Vasopressin never counts toward "multiple vasopressors": one vasopressor plus
 * vasopressin is grade 3, two or more others are grade 4. Vasopressin alone is one vasopressor.
 *
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, §1.1 hypotension row and R6
 */
export function hypotensionFinding(hypotension: boolean, vasopressors: readonly VasopressorAdministration[]): CrsGradingFinding {
  if (!hypotension) return finding('hypotension', 'no-hypotension', 0);
  if (vasopressors.length === 0) return finding('hypotension', 'hypotension-without-vasopressor', 2);
  const counted = vasopressors.filter(({ agent }) => agent !== 'vasopressin').length;
  if (counted >= 2) return finding('hypotension', 'multiple-vasopressors', 4);
  return finding('hypotension', 'one-vasopressor', 3);
}

/**
 * Hypoxia row: the device sets the grade, and a nasal cannula (either kind) is banded by flow alone.
 *
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, §1.1 hypoxia row, R4 and R5
 */
export function hypoxiaFinding(oxygen: OxygenSupport): CrsGradingFinding {
  const { device, flowLitersPerMinute } = oxygen;
  if (NASAL_CANNULA_DEVICES.includes(device)) {
    // The validator guarantees a flow here; a missing one is never read as low-flow.
    if (flowLitersPerMinute === undefined) throw new TypeError('oxygen.flowLitersPerMinute is required for a nasal cannula');
    return flowLitersPerMinute <= LOW_FLOW_MAX_LITERS_PER_MINUTE
      ? finding('hypoxia', 'low-flow-oxygen', 2)
      : finding('hypoxia', 'high-flow-nasal-cannula', 3);
  }
  // Literal values (checked against OxygenDevice by the compiler) keep the enum objects out of a grader bundle.
  switch (device) {
    case 'room-air':
      return finding('hypoxia', 'no-oxygen', 0);
    case 'blow-by':
      return finding('hypoxia', 'low-flow-oxygen', 2);
    case 'simple-face-mask':
    case 'venturi-mask':
    case 'non-rebreather-mask':
      return finding('hypoxia', 'oxygen-mask', 3);
    default:
      // CPAP, BiPAP, mechanical ventilation.
      return finding('hypoxia', 'positive-pressure', 4);
  }
}

/**
 * Grade 5 row: death from CRS with no other principal cause.
 *
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, §1.1 grade 5 row
 */
export function deathFinding(diedOfCrs: boolean): CrsGradingFinding {
  return diedOfCrs ? finding('death', 'died-of-crs', 5) : finding('death', 'no-death-from-crs', 0);
}

function notesFor(assessment: CrsAssessment, fever: CrsGradingFinding, organGrade: Grade): CrsNote[] {
  const notes: CrsNote[] = [];
  if (fever.finding === 'no-fever' && organGrade > 0) notes.push('no-fever-no-crs');
  if (fever.finding === 'fever-masked' && organGrade === 0) notes.push('masked-fever-without-hypotension-or-hypoxia');
  const agents = assessment.vasopressors.map(({ agent }) => agent);
  if (agents.includes('vasopressin') && agents.length > 1) notes.push('vasopressin-not-counted');
  const { device, flowLitersPerMinute = 0 } = assessment.oxygen;
  if (device === 'high-flow-nasal-cannula' && flowLitersPerMinute <= LOW_FLOW_MAX_LITERS_PER_MINUTE) {
    notes.push('high-flow-cannula-at-low-flow');
  }
  return notes;
}

/**
 * Grades a validated assessment on ASTCT 2019. The grade is the worse of hypotension and hypoxia,
 * gated by fever (or by masked fever); fever alone is grade 1; without fever or masking the criteria
 * are not met (grade 0), whatever the hypotension or hypoxia. Organ toxicity never changes it.
 *
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, §1.1 combination row, R3, R7, R10 and the
 *   implementation note
 * @internal Use `gradeCRS`, which validates first.
 */
export function gradeCrsAstct2019(assessment: CrsAssessment): CrsGrading {
  const fever = feverFinding(assessment);
  const hypotension = hypotensionFinding(assessment.hypotension, assessment.vasopressors);
  const hypoxia = hypoxiaFinding(assessment.oxygen);
  const death = deathFinding(assessment.diedOfCrs === true);
  const findings = [fever, hypotension, hypoxia, death];
  const organGrade = Math.max(hypotension.grade, hypoxia.grade) as Grade;

  let grade: Grade;
  let drivers: CrsGradingFinding[];
  if (death.grade === 5) {
    grade = 5;
    drivers = [death];
  } else if (fever.finding === 'no-fever' || (fever.finding === 'fever-masked' && organGrade === 0)) {
    grade = 0;
    drivers = [fever];
  } else {
    grade = Math.max(fever.grade, organGrade) as Grade;
    drivers = findings.filter((candidate) => candidate.grade === grade);
  }
  return {
    scale: 'astct-2019',
    gradable: true,
    grade,
    drivers,
    findings,
    notes: notesFor(assessment, fever, organGrade),
    icd10Cm: icd10CmCodeForGrade('crs', grade),
  };
}
