/**
 * Table rows that several non-ASTCT scales share. Each returns a finding, or an unknown row naming
 * the absent facts and the highest grade they could give: a scale never guesses a fact.
 *
 * @internal
 * @module
 */
import type { Grade } from '../../grading/grading.js';
import type { CrsAssessment } from '../assessment.js';
import type { CrsNote } from '../findings.js';
import { type CrsGradingFinding, type ScaleRow, finding, unknownRow } from '../grading.js';
import { FEVER_THRESHOLD_CELSIUS } from './astct-2019.js';

/**
 * The inspired oxygen fraction (%) at and above which Lee 2014, CTCAE v5.0, MSKCC and CARTOX grade
 * hypoxia 3 (below it, 2): 39% is grade 2, 40% grade 3.
 *
 * @see ../shared/clinical-reference.md, §3.4, §3.6, §3.7 and Part 2 §B.1
 * @example
 * ```ts
 * import { OXYGEN_FRACTION_THRESHOLD_PERCENT } from 'cytokine-release-syndrome';
 * 39 >= OXYGEN_FRACTION_THRESHOLD_PERCENT; // false: grade 2
 * ```
 */
export const OXYGEN_FRACTION_THRESHOLD_PERCENT = 40;

/**
 * Fever row: 38.0 °C or more is grade 1 on every scale that grades fever. CTCAE v4.03 names no fever
 * (its definition leaves it out); there fever is read as its grade 1 "mild reaction".
 *
 * @see ../shared/clinical-reference.md, §3.4 to §3.7, Part 2 §B.1 and §C.1 (grade 1), §B.2 (v4.03 grade 1)
 */
export function feverRow(assessment: CrsAssessment): CrsGradingFinding {
  return assessment.temperatureCelsius >= FEVER_THRESHOLD_CELSIUS ? finding('fever', 'fever', 1) : finding('fever', 'no-fever', 0);
}

/**
 * Mild constitutional symptoms: grade 1 on the scales whose grade 1 is "mild symptoms".
 *
 * @see ../shared/clinical-reference.md, §3.4 (Lee 2014 grade 1), §3.5, §3.6 and Part 2 §B.2
 */
export function constitutionalSymptomsRow(assessment: CrsAssessment): ScaleRow {
  const present = assessment.constitutionalSymptoms;
  if (present === undefined) return unknownRow('constitutional-symptoms', 0, { fact: 'constitutionalSymptoms', upTo: 1 });
  return present
    ? finding('constitutional-symptoms', 'constitutional-symptoms', 1)
    : finding('constitutional-symptoms', 'no-constitutional-symptoms', 0);
}

/** Whether the device is CPAP or BiPAP (non-invasive positive pressure). */
export function isNonInvasiveVentilation(assessment: CrsAssessment): boolean {
  return assessment.oxygen.device === 'cpap' || assessment.oxygen.device === 'bipap';
}

/**
 * Hypoxia by inspired oxygen fraction: below 40% is grade 2, 40% or more grade 3; intubation and
 * mechanical ventilation is grade 4 whatever the fraction (ventilator support; on CTCAE the urgent
 * intervention of grade 4). With `nonInvasiveVentilationGrade`, CPAP and BiPAP are that grade
 * instead of being banded by the fraction.
 *
 * @see ../shared/clinical-reference.md, §3.4, §3.6, §3.7 (and paediatric CARTOX: BiPAP grade 3), Part 2 §B.1 and §B.3
 */
export function oxygenFractionRow(assessment: CrsAssessment, nonInvasiveVentilationGrade?: Grade): ScaleRow {
  const { device, inspiredOxygenFractionPercent: fraction } = assessment.oxygen;
  if (device === 'room-air') return finding('hypoxia', 'no-oxygen', 0);
  if (device === 'mechanical-ventilation') return finding('hypoxia', 'mechanical-ventilation', 4);
  if (nonInvasiveVentilationGrade !== undefined && isNonInvasiveVentilation(assessment)) {
    return finding('hypoxia', 'non-invasive-ventilation', nonInvasiveVentilationGrade);
  }
  // Any supplemental oxygen is at least the below-40% requirement.
  if (fraction === undefined) return unknownRow('hypoxia', 2, { fact: 'oxygen.inspiredOxygenFractionPercent', upTo: 3 });
  return fraction >= OXYGEN_FRACTION_THRESHOLD_PERCENT
    ? finding('hypoxia', 'oxygen-40-percent-or-more', 3)
    : finding('hypoxia', 'oxygen-below-40-percent', 2);
}

/**
 * The note that goes with `oxygenFractionRow(assessment, 3)`: on Lee 2014, MSKCC and CARTOX, CPAP or
 * BiPAP is not ventilator support (or mechanical ventilation) and is graded 3.
 *
 * @see ../shared/clinical-reference.md, §3.4, §3.6 and §3.7 (paediatric CARTOX: BiPAP grade 3)
 */
export function ventilatorSupportNotes(assessment: CrsAssessment): CrsNote[] {
  return isNonInvasiveVentilation(assessment) ? ['non-invasive-ventilation-not-ventilator-support'] : [];
}

const ORGAN_TOXICITY_FINDINGS = ['no-organ-toxicity', 'organ-toxicity-grade-1', 'organ-toxicity-grade-2', 'organ-toxicity-grade-3', 'organ-toxicity-grade-4'] as const;
const TRANSAMINITIS_FINDINGS = ['no-transaminitis', 'transaminitis-grade-1', 'transaminitis-grade-2', 'transaminitis-grade-3', 'transaminitis-grade-4'] as const;

/**
 * Organ toxicity row: `crsGradeFor[g]` is the CRS grade that a CTCAE grade `g` organ toxicity gives
 * on the scale (index 0 to 4).
 *
 * @see ../shared/clinical-reference.md, §3.4 (Lee 2014), §3.5 (Penn) and §3.7 (CARTOX), organ toxicity
 */
export function organToxicityRow(assessment: CrsAssessment, crsGradeFor: readonly [0, Grade, Grade, Grade, Grade]): ScaleRow {
  const grade = assessment.organToxicityGrade;
  if (grade === undefined) return unknownRow('organ-toxicity', 0, { fact: 'organToxicityGrade', upTo: crsGradeFor[4] });
  return finding('organ-toxicity', ORGAN_TOXICITY_FINDINGS[grade], crsGradeFor[grade]);
}

/**
 * Transaminitis row, like {@link organToxicityRow}.
 *
 * @see ../shared/clinical-reference.md, §3.4 and §3.7 (grade 4 transaminitis at grade 3), §3.5 (Penn LFT cut-offs)
 */
export function transaminitisRow(assessment: CrsAssessment, crsGradeFor: readonly [0, Grade, Grade, Grade, Grade]): ScaleRow {
  const grade = assessment.transaminitisGrade;
  if (grade === undefined) return unknownRow('transaminitis', 0, { fact: 'transaminitisGrade', upTo: crsGradeFor[4] });
  return finding('transaminitis', TRANSAMINITIS_FINDINGS[grade], crsGradeFor[grade]);
}

/**
 * Hospitalisation row: the grade that hospitalisation for CRS symptoms and for organ dysfunction (or
 * other sequelae) gives on the scale.
 *
 * @see ../shared/clinical-reference.md, §3.5 Penn (grades 2 and 3) and Part 2 §B.2 CTCAE v4.03 (grade 3)
 */
export function hospitalizationRow(assessment: CrsAssessment, forCrsSymptoms: Grade, forOrganDysfunction: Grade): ScaleRow {
  switch (assessment.hospitalization) {
    case undefined:
      return unknownRow('hospitalization', 0, { fact: 'hospitalization', upTo: Math.max(forCrsSymptoms, forOrganDysfunction) as Grade });
    case 'none':
      return finding('hospitalization', 'not-hospitalized', 0);
    case 'for-crs-symptoms':
      return finding('hospitalization', 'hospitalized-for-crs-symptoms', forCrsSymptoms);
    default:
      return finding('hospitalization', 'hospitalized-for-organ-dysfunction', forOrganDysfunction);
  }
}

/**
 * Life-threatening consequences; urgent intervention indicated: grade 4. A grade 4 organ toxicity
 * is one by CTCAE's own definition of grade 4, and so is life-threatening hypotension (stated, or
 * refractory to high-dose vasopressors): with any of them, `lifeThreatening: false` is an input
 * error, and leaving it out still grades 4.
 *
 * @see ../shared/clinical-reference.md, Part 2 §B.1, §B.2 and §C.1 (grade 4); §3.5 Penn grade 4
 */
export function lifeThreateningRow(assessment: CrsAssessment): ScaleRow {
  if (assessment.organToxicityGrade === 4) return finding('life-threatening', 'organ-toxicity-grade-4', 4);
  if (assessment.lifeThreateningHypotension === true) return finding('life-threatening', 'life-threatening-hypotension', 4);
  if (assessment.vasopressorDose === 'refractory-to-high') return finding('life-threatening', 'vasopressor-refractory-to-high-dose', 4);
  const value = assessment.lifeThreatening;
  if (value === undefined) return unknownRow('life-threatening', 0, { fact: 'lifeThreatening', upTo: 4 });
  return value ? finding('life-threatening', 'life-threatening', 4) : finding('life-threatening', 'not-life-threatening', 0);
}

/**
 * Death from CRS: grade 5 on every scale.
 *
 * @see ../shared/clinical-reference.md, §3.4 to §3.7, Part 2 §B and §C (grade 5)
 */
export function deathRow(assessment: CrsAssessment): CrsGradingFinding {
  return assessment.diedOfCrs === true ? finding('death', 'died-of-crs', 5) : finding('death', 'no-death-from-crs', 0);
}

/**
 * Notes for a scale that counts vasopressin as an agent, when that differs from ASTCT 2019.
 *
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, R6 (the rule the other scales lack)
 */
export function vasopressinNotes(assessment: CrsAssessment): CrsNote[] {
  const agents = assessment.vasopressors;
  return agents.length > 1 && agents.some(({ agent }) => agent === 'vasopressin') ? ['vasopressin-counted'] : [];
}

