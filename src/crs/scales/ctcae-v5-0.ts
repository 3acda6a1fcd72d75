// NCI CTCAE v5.0 "Cytokine release syndrome" (27 November 2017). A semicolon in a CTCAE cell means
// "or", so the grade is the highest row met; fever is not required above grade 1.
//
// See criteria CTCAE50-CRS-01, CTCAE50-CRS-02, CTCAE50-CRS-03, CTCAE50-CRS-04, CTCAE50-CRS-05, CTCAE50-CRS-06, CTCAE50-CRS-07, CTCAE50-CRS-08, CTCAE50-CRS-09 (docs/criteria/ctcae-v5-0-crs.md#ctcae50-crs-01); NCI CTCAE v5.0 (2017-11-27), Cytokine release syndrome
import type { CrsAssessment } from '../assessment.js';
import type { CrsNote } from '../findings.js';
import { type CrsGrading, type CrsGradingFinding, type CrsNotGradable, combineRows, finding } from '../grading.js';
import { deathRow, feverRow, isNonInvasiveVentilation, lifeThreateningRow, oxygenFractionRow } from './rows.js';

/**
 * CTCAE hypotension row, shared by v5.0 and v6.0: fluid-responsive is grade 2, "managed with one
 * pressor" grade 3. CTCAE has no row for several pressors (they stay at 3 unless life-threatening)
 * and no vasopressin rule.
 *
 * @see criteria CTCAE50-CRS-02, CTCAE50-CRS-04 (docs/criteria/ctcae-v5-0-crs.md#ctcae50-crs-02); NCI CTCAE v5.0 (2017-11-27), Cytokine release syndrome
 * @see criteria CTCAE60-CRS-02, CTCAE60-CRS-04 (docs/criteria/ctcae-v6-0-crs.md#ctcae60-crs-02); NCI CTCAE v6.0 (2025-07-10), Cytokine release syndrome
 * @see criteria DEC-19, DEC-22 (docs/criteria/decisions.md#dec-19)
 */
export function ctcaeHypotensionRow(assessment: CrsAssessment): CrsGradingFinding {
  if (!assessment.hypotension) return finding('hypotension', 'no-hypotension', 0);
  const agents = assessment.vasopressors.length;
  if (agents === 0) return finding('hypotension', 'hypotension-without-vasopressor', 2);
  return agents === 1 ? finding('hypotension', 'one-vasopressor-agent', 3) : finding('hypotension', 'multiple-vasopressor-agents', 3);
}

/**
 * Notes shared by the CTCAE v5.0 and v6.0 hypotension rows.
 *
 * @see criteria DEC-22 (docs/criteria/decisions.md#dec-22)
 */
export function ctcaeHypotensionNotes(assessment: CrsAssessment): CrsNote[] {
  return assessment.vasopressors.length > 1 ? ['no-multiple-vasopressor-row'] : [];
}

/**
 * Grades a validated assessment on CTCAE v5.0: fever 1; fluid-responsive hypotension or oxygen below
 * 40% 2; one pressor or oxygen at 40% or more 3; life-threatening consequences 4, including
 * intubation (the urgent intervention that CTCAE v5.0's Hypoxia term names at grade 4) and a grade 4
 * organ toxicity; death 5.
 *
 * @see criteria CTCAE50-CRS-06, CTCAE50-CRS-07 (docs/criteria/ctcae-v5-0-crs.md#ctcae50-crs-06); NCI CTCAE v5.0 (2017-11-27), Cytokine release syndrome
 * @see criteria DEC-13, DEC-26 (docs/criteria/decisions.md#dec-13)
 *
 * @internal Use `gradeCRS(assessment, { scale: 'ctcae-v5.0' })`, which validates first.
 */
export function gradeCrsCtcaeV50(assessment: CrsAssessment): CrsGrading<'ctcae-v5.0'> | CrsNotGradable<'ctcae-v5.0'> {
  const notes = ctcaeHypotensionNotes(assessment);
  // v5.0 grades oxygen by fraction alone: CPAP and BiPAP are read by their fraction (CTCAE50-CRS-03, CTCAE50-CRS-05; DEC-26).
  if (isNonInvasiveVentilation(assessment)) notes.push('positive-pressure-not-listed');
  return combineRows(
    'ctcae-v5.0',
    [
      feverRow(assessment),
      ctcaeHypotensionRow(assessment),
      oxygenFractionRow(assessment),
      lifeThreateningRow(assessment),
      deathRow(assessment),
    ],
    notes,
  );
}
