// NCI CTCAE v6.0 "Cytokine release syndrome" (10 July 2025). Not ASTCT 2019: no 6 L/min cut-off,
// one pressor at grade 3 and no vasopressin rule, no masked-fever rule, no fever gate, and a generic
// grade 4 (life-threatening consequences).
//
// See criteria CTCAE60-CRS-01, CTCAE60-CRS-02, CTCAE60-CRS-03, CTCAE60-CRS-04, CTCAE60-CRS-05, CTCAE60-CRS-06, CTCAE60-CRS-07, CTCAE60-CRS-08, CTCAE60-CRS-09 (docs/criteria/ctcae-v6-0-crs.md#ctcae60-crs-01); NCI CTCAE v6.0 (2025-07-10), Cytokine release syndrome
import type { CrsAssessment } from '../assessment.js';
import type { CrsNote } from '../findings.js';
import { type CrsGrading, type CrsGradingFinding, type CrsNotGradable, combineRows, finding } from '../grading.js';
import { LOW_FLOW_MAX_LITERS_PER_MINUTE, hypoxiaFinding } from './astct-2019.js';
import { ctcaeHypotensionNotes, ctcaeHypotensionRow } from './ctcae-v5-0.js';
import { deathRow, feverRow, isNonInvasiveVentilation, lifeThreateningRow } from './rows.js';

/**
 * CTCAE v6.0 hypoxia row. Low-flow nasal cannula or blow-by is grade 2; high-flow nasal cannula,
 * facemask, non-rebreather or Venturi mask grade 3. v6.0 names low- and high-flow cannulas without
 * a cut-off, so the project's decision applies: a nasal cannula is banded by flow (6 L/min), as on
 * ASTCT 2019. CPAP and BiPAP are not listed: a patient who needs them needs more than any grade 3
 * device, so they are graded 3, and 4 only with life-threatening consequences. Intubation is the
 * urgent intervention of grade 4.
 *
 * @see criteria CTCAE60-CRS-03, CTCAE60-CRS-05, CTCAE60-CRS-06 (docs/criteria/ctcae-v6-0-crs.md#ctcae60-crs-03); NCI CTCAE v6.0 (2025-07-10), Cytokine release syndrome
 * @see criteria DEC-13, DEC-24, DEC-26 (docs/criteria/decisions.md#dec-13)
 */
export function ctcaeV60HypoxiaRow(assessment: CrsAssessment): CrsGradingFinding {
  const { device } = assessment.oxygen;
  if (device === 'mechanical-ventilation') return finding('hypoxia', 'mechanical-ventilation', 4);
  if (device === 'cpap' || device === 'bipap') return finding('hypoxia', 'non-invasive-ventilation', 3);
  return hypoxiaFinding(assessment.oxygen);
}

/**
 * Says where v6.0's reading differs from its wording: CPAP or BiPAP not listed, or a flow that
 * overrides the device's name (in both directions, because v6.0 names the devices).
 *
 * @see criteria DEC-24, DEC-26 (docs/criteria/decisions.md#dec-24)
 */
function hypoxiaNotes(assessment: CrsAssessment): CrsNote[] {
  if (isNonInvasiveVentilation(assessment)) return ['positive-pressure-not-listed'];
  const { device, flowLitersPerMinute = 0 } = assessment.oxygen;
  // Said only where the flow overrides the name of the device.
  const aboveCutOff = flowLitersPerMinute > LOW_FLOW_MAX_LITERS_PER_MINUTE;
  const overridden = (device === 'nasal-cannula' && aboveCutOff) || (device === 'high-flow-nasal-cannula' && !aboveCutOff);
  return overridden ? ['cannula-banded-by-flow'] : [];
}

/**
 * Grades a validated assessment on CTCAE v6.0: fever 1; fluid-responsive hypotension, low-flow
 * cannula or blow-by 2; one pressor, high-flow cannula or a mask 3; life-threatening consequences
 * or intubation 4; death 5.
 *
 * @see criteria CTCAE60-CRS-07 (docs/criteria/ctcae-v6-0-crs.md#ctcae60-crs-07); NCI CTCAE v6.0 (2025-07-10), Cytokine release syndrome
 * @internal Use `gradeCRS(assessment, { scale: 'ctcae-v6.0' })`, which validates first.
 */
export function gradeCrsCtcaeV60(assessment: CrsAssessment): CrsGrading<'ctcae-v6.0'> | CrsNotGradable<'ctcae-v6.0'> {
  return combineRows(
    'ctcae-v6.0',
    [
      feverRow(assessment),
      ctcaeHypotensionRow(assessment),
      ctcaeV60HypoxiaRow(assessment),
      lifeThreateningRow(assessment),
      deathRow(assessment),
    ],
    [...ctcaeHypotensionNotes(assessment), ...hypoxiaNotes(assessment)],
  );
}
