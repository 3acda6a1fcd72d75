// Adult CARTOX CRS grading (Neelapu 2018). Like Lee 2014 it counts the inspired oxygen fraction,
// vasopressor dose and number, ventilator support and organ toxicity; grade 1 is fever or grade 1
// organ toxicity.
//
// See criteria CARTOX2018-CRS-01, CARTOX2018-CRS-02, CARTOX2018-CRS-03, CARTOX2018-CRS-04, CARTOX2018-CRS-05, CARTOX2018-CRS-06, CARTOX2018-CRS-07, CARTOX2018-CRS-08, CARTOX2018-CRS-09, CARTOX2018-CRS-10, CARTOX2018-CRS-11, CARTOX2018-CRS-12 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-01); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
import type { CrsAssessment } from '../assessment.js';
import type { CrsNote } from '../findings.js';
import { type CrsGrading, type CrsNotGradable, type MissingFact, type ScaleRow, combineRows, finding, unknownRow } from '../grading.js';
import { deathRow, feverRow, organToxicityRow, oxygenFractionRow, transaminitisRow, vasopressinNotes, ventilatorSupportNotes } from './rows.js';

/**
 * Hypotension: responsive to IV fluids or a low-dose vasopressor is grade 2; high-dose or multiple
 * vasopressors grade 3; life-threatening hypotension grade 4, stated as `lifeThreateningHypotension`
 * or implied by hypotension refractory to high-dose vasopressors. Every agent counts, vasopressin
 * included. Hypotension that needs no vasopressor is the fluid-responsive kind.
 *
 * @see criteria CARTOX2018-CRS-03, CARTOX2018-CRS-06, CARTOX2018-CRS-09 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-03); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
 * @see criteria DEC-18, DEC-19, DEC-21 (docs/criteria/decisions.md#dec-18)
 */
export function cartox2018HypotensionRow(assessment: CrsAssessment): ScaleRow {
  if (!assessment.hypotension) return finding('hypotension', 'no-hypotension', 0);
  const agents = assessment.vasopressors.length;
  if (agents === 0) return finding('hypotension', 'hypotension-without-vasopressor', 2);
  const { vasopressorDose: dose, lifeThreateningHypotension: lifeThreatening } = assessment;
  if (lifeThreatening === true) return finding('hypotension', 'life-threatening-hypotension', 4);
  if (dose === 'refractory-to-high') return finding('hypotension', 'vasopressor-refractory-to-high-dose', 4);
  // Below grade 4: several agents are 3 whatever the dose; one agent is banded by its dose.
  let belowFour: ScaleRow;
  if (dose === 'high') belowFour = finding('hypotension', 'high-dose-vasopressor', 3);
  else if (agents > 1) belowFour = finding('hypotension', 'multiple-vasopressor-agents', 3);
  else if (dose === 'low') belowFour = finding('hypotension', 'low-dose-vasopressor', 2);
  else belowFour = unknownRow('hypotension', 2, { fact: 'vasopressorDose', upTo: 3 });
  if (lifeThreatening === false) return belowFour;
  // Not stated: grade 4 stays possible, through the statement or through a dose refractory to high doses.
  const missing: MissingFact[] = [];
  if (dose === undefined) missing.push({ fact: 'vasopressorDose', upTo: 4 });
  missing.push({ fact: 'lifeThreateningHypotension', upTo: 4 });
  return unknownRow('hypotension', 'finding' in belowFour ? belowFour.grade : belowFour.atLeast, ...missing);
}

/**
 * Grades a validated assessment on adult CARTOX: temperature of 38 °C or more or grade 1 organ
 * toxicity 1; fluids or a low-dose vasopressor, oxygen below 40% or grade 2 organ toxicity 2;
 * high-dose or multiple vasopressors, oxygen at 40% or more, grade 3 organ toxicity or grade 4
 * transaminitis 3; life-threatening hypotension, ventilator support or grade 4 organ toxicity (not
 * transaminitis) 4; death 5.
 *
 * @see criteria CARTOX2018-CRS-01 to CARTOX2018-CRS-12 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-01); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
 * @internal Use `gradeCRS(assessment, { scale: 'cartox-2018' })`, which validates first.
 */
export function gradeCrsCartox2018(assessment: CrsAssessment): CrsGrading<'cartox-2018'> | CrsNotGradable<'cartox-2018'> {
  const notes: CrsNote[] = [...vasopressinNotes(assessment), ...ventilatorSupportNotes(assessment)];
  return combineRows(
    'cartox-2018',
    [
      feverRow(assessment),
      cartox2018HypotensionRow(assessment),
      oxygenFractionRow(assessment, 3),
      organToxicityRow(assessment, [0, 1, 2, 3, 4]),
      transaminitisRow(assessment, [0, 1, 2, 3, 3]),
      deathRow(assessment),
    ],
    notes,
  );
}
