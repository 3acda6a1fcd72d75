// NCI CTCAE v4.03 "Cytokine release syndrome": graded like an infusion reaction, by the need for and
// response to symptomatic treatment. Fever is not in its definition.
//
// See criteria CTCAE403-CRS-01, CTCAE403-CRS-02, CTCAE403-CRS-03, CTCAE403-CRS-04, CTCAE403-CRS-05, CTCAE403-CRS-06, CTCAE403-CRS-07, CTCAE403-CRS-08, CTCAE403-CRS-09, CTCAE403-CRS-10 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-01); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
import type { CrsAssessment } from '../assessment.js';
import { type CrsGrading, type CrsGradingFinding, type CrsNotGradable, type ScaleRow, combineRows, finding, unknownRow } from '../grading.js';
import { constitutionalSymptomsRow, deathRow, feverRow, hospitalizationRow, isNonInvasiveVentilation, lifeThreateningRow } from './rows.js';

/**
 * Hypotension: any pressor is "pressor support indicated" (grade 4). Without a pressor it is treated
 * with IV fluids, which v4.03 names among the symptomatic treatments of grade 2; the treatment
 * response decides whether it is 3.
 *
 * @see criteria CTCAE403-CRS-02, CTCAE403-CRS-06 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-02); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria DEC-31 (docs/criteria/decisions.md#dec-31)
 */
export function ctcaeV403HypotensionRow(assessment: CrsAssessment): CrsGradingFinding {
  if (!assessment.hypotension) return finding('hypotension', 'no-hypotension', 0);
  return assessment.vasopressors.length > 0
    ? finding('hypotension', 'vasopressor-support', 4)
    : finding('hypotension', 'hypotension-without-vasopressor', 2);
}

/**
 * Hypoxia: CPAP, BiPAP, intubation and mechanical ventilation are "ventilatory support indicated"
 * (grade 4). Other oxygen is an intervention (grade 2); the treatment response decides whether it
 * is 3.
 *
 * @see criteria CTCAE403-CRS-02, CTCAE403-CRS-07 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-02); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria DEC-13, DEC-26 (docs/criteria/decisions.md#dec-13)
 */
export function ctcaeV403HypoxiaRow(assessment: CrsAssessment): CrsGradingFinding {
  const { device } = assessment.oxygen;
  if (device === 'room-air') return finding('hypoxia', 'no-oxygen', 0);
  if (device === 'mechanical-ventilation') return finding('hypoxia', 'mechanical-ventilation', 4);
  return isNonInvasiveVentilation(assessment) ? finding('hypoxia', 'non-invasive-ventilation', 4) : finding('hypoxia', 'supplemental-oxygen', 2);
}

/**
 * Need for and response to treatment: a prompt response to symptomatic treatment or interruption is
 * grade 2; prolonged or recurrent symptoms grade 3.
 *
 * @see criteria CTCAE403-CRS-01 to CTCAE403-CRS-03 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-01); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria DEC-11 (docs/criteria/decisions.md#dec-11)
 */
export function treatmentResponseRow(assessment: CrsAssessment): ScaleRow {
  switch (assessment.treatmentResponse) {
    case undefined:
      return unknownRow('treatment-response', 0, { fact: 'treatmentResponse', upTo: 3 });
    case 'no-intervention':
      return finding('treatment-response', 'no-intervention', 0);
    case 'prompt-response':
      return finding('treatment-response', 'prompt-response', 2);
    default:
      return finding('treatment-response', 'prolonged-or-recurrent', 3);
  }
}

/**
 * Grades a validated assessment on CTCAE v4.03: a mild reaction 1; prompt response to symptomatic
 * treatment (IV fluids and oxygen included) 2; prolonged or recurrent, or hospitalisation for
 * sequelae 3; life-threatening, pressor or ventilatory support (CPAP, BiPAP, intubation) 4; death 5.
 *
 * @see criteria CTCAE403-CRS-08, CTCAE403-CRS-09 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-08); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria DEC-31 (docs/criteria/decisions.md#dec-31)
 * @internal Use `gradeCRS(assessment, { scale: 'ctcae-v4.03' })`, which validates first.
 */
export function gradeCrsCtcaeV403(assessment: CrsAssessment): CrsGrading<'ctcae-v4.03'> | CrsNotGradable<'ctcae-v4.03'> {
  return combineRows(
    'ctcae-v4.03',
    [
      feverRow(assessment),
      constitutionalSymptomsRow(assessment),
      ctcaeV403HypotensionRow(assessment),
      ctcaeV403HypoxiaRow(assessment),
      treatmentResponseRow(assessment),
      // Hospitalisation indicated for clinical sequelae is grade 3; for symptoms alone it is no criterion.
      hospitalizationRow(assessment, 0, 3),
      lifeThreateningRow(assessment),
      deathRow(assessment),
    ],
    [],
  );
}
