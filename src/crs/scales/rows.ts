// Table rows that several non-ASTCT scales share. Each returns a finding, or an unknown row naming
// the absent facts and the highest grade they could give: a scale never guesses a fact.
import type { Grade } from '../../grading/grading.js';
import type { CrsAssessment } from '../assessment.js';
import type { CrsNote } from '../findings.js';
import { type CrsGradingFinding, type ScaleRow, finding, unknownRow } from '../grading.js';
import { FEVER_THRESHOLD_CELSIUS } from './astct-2019.js';

/**
 * The inspired oxygen fraction (%) at and above which Lee 2014, CTCAE v5.0, MSKCC and CARTOX grade
 * hypoxia 3 (below it, 2): 39% is grade 2, 40% grade 3.
 *
 * @see criteria LEE2014-CRS-02, LEE2014-CRS-05 (docs/criteria/lee-2014-crs.md#lee2014-crs-02); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria CTCAE50-CRS-03, CTCAE50-CRS-05 (docs/criteria/ctcae-v5-0-crs.md#ctcae50-crs-03); NCI CTCAE v5.0 (2017-11-27), Cytokine release syndrome
 * @see criteria MSKCC2018-CRS-03, MSKCC2018-CRS-05 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-03); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
 * @see criteria CARTOX2018-CRS-04, CARTOX2018-CRS-07 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-04); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
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
 * @see criteria CTCAE403-CRS-01 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-01); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria CTCAE50-CRS-01 (docs/criteria/ctcae-v5-0-crs.md#ctcae50-crs-01); NCI CTCAE v5.0 (2017-11-27), Cytokine release syndrome
 * @see criteria CTCAE60-CRS-01 (docs/criteria/ctcae-v6-0-crs.md#ctcae60-crs-01); NCI CTCAE v6.0 (2025-07-10), Cytokine release syndrome
 * @see criteria LEE2014-CRS-01 (docs/criteria/lee-2014-crs.md#lee2014-crs-01); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria PENN2018-CRS-01 (docs/criteria/penn-2018-crs.md#penn2018-crs-01); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria MSKCC2018-CRS-01 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-01); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
 * @see criteria CARTOX2018-CRS-01 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-01); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
 * @see criteria DEC-28 (docs/criteria/decisions.md#dec-28)
 */
export function feverRow(assessment: CrsAssessment): CrsGradingFinding {
  return assessment.temperatureCelsius >= FEVER_THRESHOLD_CELSIUS ? finding('fever', 'fever', 1) : finding('fever', 'no-fever', 0);
}

/**
 * Mild constitutional symptoms: grade 1 on the scales whose grade 1 is "mild symptoms".
 *
 * @see criteria CTCAE403-CRS-01 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-01); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria LEE2014-CRS-01 (docs/criteria/lee-2014-crs.md#lee2014-crs-01); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria PENN2018-CRS-01 (docs/criteria/penn-2018-crs.md#penn2018-crs-01); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria MSKCC2018-CRS-01 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-01); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
 * @see criteria DEC-29 (docs/criteria/decisions.md#dec-29)
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
 * @see criteria CTCAE50-CRS-03, CTCAE50-CRS-05, CTCAE50-CRS-06 (docs/criteria/ctcae-v5-0-crs.md#ctcae50-crs-03); NCI CTCAE v5.0 (2017-11-27), Cytokine release syndrome
 * @see criteria LEE2014-CRS-02, LEE2014-CRS-05, LEE2014-CRS-08 (docs/criteria/lee-2014-crs.md#lee2014-crs-02); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria MSKCC2018-CRS-03, MSKCC2018-CRS-05, MSKCC2018-CRS-07 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-03); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
 * @see criteria CARTOX2018-CRS-04, CARTOX2018-CRS-07, CARTOX2018-CRS-10 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-04); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
 * @see criteria DEC-13, DEC-25, DEC-26 (docs/criteria/decisions.md#dec-13)
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
 * @see criteria DEC-25, DEC-26 (docs/criteria/decisions.md#dec-25)
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
 * @see criteria LEE2014-CRS-04, LEE2014-CRS-07, LEE2014-CRS-09 (docs/criteria/lee-2014-crs.md#lee2014-crs-04); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria PENN2018-CRS-02, PENN2018-CRS-05 (docs/criteria/penn-2018-crs.md#penn2018-crs-02); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria CARTOX2018-CRS-02, CARTOX2018-CRS-05, CARTOX2018-CRS-08, CARTOX2018-CRS-11 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-02); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
 * @see criteria DEC-30 (docs/criteria/decisions.md#dec-30)
 */
export function organToxicityRow(assessment: CrsAssessment, crsGradeFor: readonly [0, Grade, Grade, Grade, Grade]): ScaleRow {
  const grade = assessment.organToxicityGrade;
  if (grade === undefined) return unknownRow('organ-toxicity', 0, { fact: 'organToxicityGrade', upTo: crsGradeFor[4] });
  return finding('organ-toxicity', ORGAN_TOXICITY_FINDINGS[grade], crsGradeFor[grade]);
}

/**
 * Transaminitis row, like {@link organToxicityRow}.
 *
 * @see criteria LEE2014-CRS-04, LEE2014-CRS-07 (docs/criteria/lee-2014-crs.md#lee2014-crs-04); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria PENN2018-CRS-02, PENN2018-CRS-05 (docs/criteria/penn-2018-crs.md#penn2018-crs-02); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria CARTOX2018-CRS-02, CARTOX2018-CRS-05, CARTOX2018-CRS-08 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-02); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
 * @see criteria DEC-30 (docs/criteria/decisions.md#dec-30)
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
 * @see criteria PENN2018-CRS-03, PENN2018-CRS-05 (docs/criteria/penn-2018-crs.md#penn2018-crs-03); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria CTCAE403-CRS-04 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-04); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria DEC-31 (docs/criteria/decisions.md#dec-31)
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
 * @see criteria CTCAE403-CRS-05 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-05); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria CTCAE50-CRS-06 (docs/criteria/ctcae-v5-0-crs.md#ctcae50-crs-06); NCI CTCAE v5.0 (2017-11-27), Cytokine release syndrome
 * @see criteria CTCAE60-CRS-06 (docs/criteria/ctcae-v6-0-crs.md#ctcae60-crs-06); NCI CTCAE v6.0 (2025-07-10), Cytokine release syndrome
 * @see criteria PENN2018-CRS-09 (docs/criteria/penn-2018-crs.md#penn2018-crs-09); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria DEC-12, DEC-14, DEC-18 (docs/criteria/decisions.md#dec-12)
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
 * @see criteria CTCAE403-CRS-10 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-10); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria CTCAE50-CRS-09 (docs/criteria/ctcae-v5-0-crs.md#ctcae50-crs-09); NCI CTCAE v5.0 (2017-11-27), Cytokine release syndrome
 * @see criteria CTCAE60-CRS-09 (docs/criteria/ctcae-v6-0-crs.md#ctcae60-crs-09); NCI CTCAE v6.0 (2025-07-10), Cytokine release syndrome
 * @see criteria LEE2014-CRS-11 (docs/criteria/lee-2014-crs.md#lee2014-crs-11); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria PENN2018-CRS-12 (docs/criteria/penn-2018-crs.md#penn2018-crs-12); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria MSKCC2018-CRS-08 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-08); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
 * @see criteria CARTOX2018-CRS-12 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-12); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
 * @see criteria DEC-03 (docs/criteria/decisions.md#dec-03)
 */
export function deathRow(assessment: CrsAssessment): CrsGradingFinding {
  return assessment.diedOfCrs === true ? finding('death', 'died-of-crs', 5) : finding('death', 'no-death-from-crs', 0);
}

/**
 * Notes for a scale that counts vasopressin as an agent, when that differs from ASTCT 2019.
 *
 * @see criteria DEC-21 (docs/criteria/decisions.md#dec-21)
 */
export function vasopressinNotes(assessment: CrsAssessment): CrsNote[] {
  const agents = assessment.vasopressors;
  return agents.length > 1 && agents.some(({ agent }) => agent === 'vasopressin') ? ['vasopressin-counted'] : [];
}

