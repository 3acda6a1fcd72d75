// MSKCC CRS grading (Park 2018). It bands vasopressors by duration (24 h) and oxygen by inspired
// fraction (40%); mechanical ventilation is grade 4.
//
// See criteria MSKCC2018-CRS-01, MSKCC2018-CRS-02, MSKCC2018-CRS-03, MSKCC2018-CRS-04, MSKCC2018-CRS-05, MSKCC2018-CRS-06, MSKCC2018-CRS-07, MSKCC2018-CRS-08 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-01); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
import type { CrsAssessment } from '../assessment.js';
import { type CrsGrading, type CrsGradingFinding, type CrsNotGradable, type MissingFact, type ScaleRow, combineRows, finding, unknownRow } from '../grading.js';
import { constitutionalSymptomsRow, deathRow, feverRow, oxygenFractionRow, ventilatorSupportNotes } from './rows.js';

/**
 * MSKCC grades any vasopressor needed for this many hours or more at 3 (less: 2): 23 h is grade 2,
 * 24 h grade 3.
 *
 * @see criteria MSKCC2018-CRS-02, MSKCC2018-CRS-04 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-02); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
 * @see criteria DEC-16 (docs/criteria/decisions.md#dec-16)
 * @example
 * ```ts
 * import { MSKCC_VASOPRESSOR_HOURS_THRESHOLD } from 'cytokine-release-syndrome';
 * 23 >= MSKCC_VASOPRESSOR_HOURS_THRESHOLD; // false: grade 2
 * ```
 */
export const MSKCC_VASOPRESSOR_HOURS_THRESHOLD = 24;

/**
 * Hypotension: any vasopressor for less than 24 h is grade 2, for 24 h or more grade 3; refractory to
 * high-dose vasopressors grade 4. Hypotension needing no vasopressor has no row of its own: it is a
 * mild symptom needing supportive care (grade 1).
 *
 * @see criteria MSKCC2018-CRS-02, MSKCC2018-CRS-04, MSKCC2018-CRS-06 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-02); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
 * @see criteria DEC-23 (docs/criteria/decisions.md#dec-23)
 */
export function mskcc2018HypotensionRow(assessment: CrsAssessment): ScaleRow {
  if (!assessment.hypotension) return finding('hypotension', 'no-hypotension', 0);
  if (assessment.vasopressors.length === 0) return finding('hypotension', 'hypotension-without-vasopressor', 1);
  const { vasopressorDose: dose, vasopressorDurationHours: hours } = assessment;
  if (dose === 'refractory-to-high') return finding('hypotension', 'vasopressor-refractory-to-high-dose', 4);
  let byDuration: CrsGradingFinding | undefined;
  if (hours !== undefined) {
    byDuration =
      hours >= MSKCC_VASOPRESSOR_HOURS_THRESHOLD
        ? finding('hypotension', 'vasopressor-24-hours-or-more', 3)
        : finding('hypotension', 'vasopressor-under-24-hours', 2);
  }
  if (dose !== undefined && byDuration !== undefined) return byDuration;
  const missing: MissingFact[] = [];
  if (dose === undefined) missing.push({ fact: 'vasopressorDose', upTo: 4 });
  if (byDuration === undefined) missing.push({ fact: 'vasopressorDurationHours', upTo: 3 });
  return unknownRow('hypotension', byDuration?.grade ?? 2, ...missing);
}

/**
 * Grades a validated assessment on MSKCC: mild symptoms 1; a vasopressor for less than 24 h or oxygen
 * below 40% 2; a vasopressor for 24 h or more or oxygen at 40% or more 3; hypotension refractory to
 * high-dose vasopressors or mechanical ventilation 4; death 5.
 *
 * @see criteria MSKCC2018-CRS-01, MSKCC2018-CRS-03, MSKCC2018-CRS-05, MSKCC2018-CRS-07 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-01); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
 * @see criteria DEC-26 (docs/criteria/decisions.md#dec-26)
 * @internal Use `gradeCRS(assessment, { scale: 'mskcc-2018' })`, which validates first.
 */
export function gradeCrsMskcc2018(assessment: CrsAssessment): CrsGrading<'mskcc-2018'> | CrsNotGradable<'mskcc-2018'> {
  return combineRows(
    'mskcc-2018',
    [
      feverRow(assessment),
      constitutionalSymptomsRow(assessment),
      mskcc2018HypotensionRow(assessment),
      oxygenFractionRow(assessment, 3),
      deathRow(assessment),
    ],
    ventilatorSupportNotes(assessment),
  );
}
