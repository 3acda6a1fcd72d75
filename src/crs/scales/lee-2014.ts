// Lee 2014 CRS grading (the 2014 NCI consensus; the scale MDCalc shows). It counts the inspired
// oxygen fraction, vasopressor dose and number, ventilator support and organ toxicity.
//
// See criteria LEE2014-CRS-01, LEE2014-CRS-02, LEE2014-CRS-03, LEE2014-CRS-04, LEE2014-CRS-05, LEE2014-CRS-06, LEE2014-CRS-07, LEE2014-CRS-08, LEE2014-CRS-09, LEE2014-CRS-10, LEE2014-CRS-11 (docs/criteria/lee-2014-crs.md#lee2014-crs-01); doi:10.1182/blood-2014-05-552729, CRS grading table
import type { CrsAssessment } from '../assessment.js';
import type { CrsNote } from '../findings.js';
import { type CrsGrading, type CrsNotGradable, type MissingFact, type ScaleRow, combineRows, finding, unknownRow } from '../grading.js';
import {
  constitutionalSymptomsRow,
  deathRow,
  feverRow,
  organToxicityRow,
  oxygenFractionRow,
  transaminitisRow,
  vasopressinNotes,
  ventilatorSupportNotes,
} from './rows.js';

/**
 * Lee 2014 counts a high vasopressor dose toward grade 3 only once it has lasted this many hours.
 *
 * @see criteria LEE2014-CRS-10 (docs/criteria/lee-2014-crs.md#lee2014-crs-10); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria DEC-17 (docs/criteria/decisions.md#dec-17)
 * @example
 * ```ts
 * import { LEE_2014_HIGH_DOSE_MIN_HOURS } from 'cytokine-release-syndrome';
 * 2.5 >= LEE_2014_HIGH_DOSE_MIN_HOURS; // false: graded as low-dose
 * ```
 */
export const LEE_2014_HIGH_DOSE_MIN_HOURS = 3;

/**
 * Hypotension: responsive to fluids or a low dose of one vasopressor is grade 2; a high dose given
 * for at least 3 h, or multiple vasopressors, grade 3. Every agent counts, vasopressin included.
 * The 3 h run on the time at a high dose (`highDoseVasopressorDurationHours`); less than 3 h on any
 * vasopressor (`vasopressorDurationHours`) means no dose can count as high yet.
 *
 * @see criteria LEE2014-CRS-03, LEE2014-CRS-06, LEE2014-CRS-10 (docs/criteria/lee-2014-crs.md#lee2014-crs-03); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria DEC-15 to DEC-17, DEC-21 (docs/criteria/decisions.md#dec-15)
 */
export function lee2014HypotensionRow(assessment: CrsAssessment): ScaleRow {
  if (!assessment.hypotension) return finding('hypotension', 'no-hypotension', 0);
  const agents = assessment.vasopressors.length;
  if (agents === 0) return finding('hypotension', 'hypotension-without-vasopressor', 2);
  if (agents > 1) return finding('hypotension', 'multiple-vasopressor-agents', 3);
  const { vasopressorDose: dose, vasopressorDurationHours: hours, highDoseVasopressorDurationHours: highDoseHours } = assessment;
  if (dose === 'low') return finding('hypotension', 'low-dose-vasopressor', 2);
  // Under 3 hours on any vasopressor no dose counts as high, so the dose cannot matter.
  if (hours !== undefined && hours < LEE_2014_HIGH_DOSE_MIN_HOURS) {
    return finding('hypotension', dose === undefined ? 'vasopressor-under-3-hours' : 'high-dose-vasopressor-under-3-hours', 2);
  }
  if (highDoseHours !== undefined && highDoseHours < LEE_2014_HIGH_DOSE_MIN_HOURS) return finding('hypotension', 'high-dose-vasopressor-under-3-hours', 2);
  const missing: MissingFact[] = [];
  if (dose === undefined) missing.push({ fact: 'vasopressorDose', upTo: 3 });
  if (highDoseHours === undefined) missing.push({ fact: 'highDoseVasopressorDurationHours', upTo: 3 });
  if (missing.length > 0) return unknownRow('hypotension', 2, ...missing);
  return finding('hypotension', 'high-dose-vasopressor', 3);
}

/**
 * Grades a validated assessment on Lee 2014: symptoms needing symptomatic treatment only 1; oxygen
 * below 40%, fluids or one low-dose vasopressor, or grade 2 organ toxicity 2; oxygen at 40% or more,
 * high-dose or multiple vasopressors, grade 3 organ toxicity or grade 4 transaminitis 3; ventilator
 * support or grade 4 organ toxicity (not transaminitis) 4; death 5. Transaminitis counts as organ
 * toxicity but never above 3.
 *
 * @see criteria LEE2014-CRS-01 to LEE2014-CRS-11 (docs/criteria/lee-2014-crs.md#lee2014-crs-01); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @see criteria DEC-02 (docs/criteria/decisions.md#dec-02)
 * @internal Use `gradeCRS(assessment, { scale: 'lee-2014' })`, which validates first.
 */
export function gradeCrsLee2014(assessment: CrsAssessment): CrsGrading<'lee-2014'> | CrsNotGradable<'lee-2014'> {
  const notes: CrsNote[] = [...vasopressinNotes(assessment), ...ventilatorSupportNotes(assessment)];
  return combineRows(
    'lee-2014',
    [
      feverRow(assessment),
      constitutionalSymptomsRow(assessment),
      lee2014HypotensionRow(assessment),
      oxygenFractionRow(assessment, 3),
      organToxicityRow(assessment, [0, 0, 2, 3, 4]),
      transaminitisRow(assessment, [0, 0, 2, 3, 3]),
      deathRow(assessment),
    ],
    notes,
  );
}
