// Penn CRS grading (Porter 2018). It counts hospitalisation, IV therapy, organ dysfunction, fluid
// boluses, vasopressor dose, any supplemental oxygen, coagulopathy and mechanical ventilation.
//
// See criteria PENN2018-CRS-01, PENN2018-CRS-02, PENN2018-CRS-03, PENN2018-CRS-04, PENN2018-CRS-05, PENN2018-CRS-06, PENN2018-CRS-07, PENN2018-CRS-08, PENN2018-CRS-09, PENN2018-CRS-10, PENN2018-CRS-11, PENN2018-CRS-12 (docs/criteria/penn-2018-crs.md#penn2018-crs-01); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
import type { CrsAssessment } from '../assessment.js';
import { type CrsGrading, type CrsNotGradable, type ScaleRow, combineRows, finding, unknownRow } from '../grading.js';
import { constitutionalSymptomsRow, deathRow, feverRow, hospitalizationRow, lifeThreateningRow, organToxicityRow, transaminitisRow } from './rows.js';

/**
 * Hypotension: multiple fluid boluses or low-dose vasopressors are grade 3; high-dose vasopressors
 * grade 4. Hypotension that needs neither has no row of its own (Penn excludes fluid resuscitation
 * from its grade 2 IV therapies): a mild reaction, grade 1.
 *
 * @see criteria PENN2018-CRS-06, PENN2018-CRS-10 (docs/criteria/penn-2018-crs.md#penn2018-crs-06); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria DEC-15, DEC-23 (docs/criteria/decisions.md#dec-15)
 */
export function penn2018HypotensionRow(assessment: CrsAssessment): ScaleRow {
  if (!assessment.hypotension) return finding('hypotension', 'no-hypotension', 0);
  if (assessment.vasopressors.length === 0) {
    const boluses = assessment.multipleFluidBoluses;
    if (boluses === undefined) return unknownRow('hypotension', 1, { fact: 'multipleFluidBoluses', upTo: 3 });
    return boluses ? finding('hypotension', 'multiple-fluid-boluses', 3) : finding('hypotension', 'hypotension-without-vasopressor', 1);
  }
  switch (assessment.vasopressorDose) {
    case undefined:
      return unknownRow('hypotension', 3, { fact: 'vasopressorDose', upTo: 4 });
    case 'low':
      return finding('hypotension', 'low-dose-vasopressor', 3);
    default:
      return finding('hypotension', 'high-dose-vasopressor', 4);
  }
}

/**
 * Hypoxia: any supplemental oxygen (nasal cannula, high-flow, CPAP or BiPAP) is grade 3; mechanical
 * ventilation grade 4.
 *
 * @see criteria PENN2018-CRS-08, PENN2018-CRS-11 (docs/criteria/penn-2018-crs.md#penn2018-crs-08); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria DEC-25, DEC-26 (docs/criteria/decisions.md#dec-25)
 */
export function penn2018HypoxiaRow(assessment: CrsAssessment): ScaleRow {
  const { device } = assessment.oxygen;
  if (device === 'room-air') return finding('hypoxia', 'no-oxygen', 0);
  return device === 'mechanical-ventilation' ? finding('hypoxia', 'mechanical-ventilation', 4) : finding('hypoxia', 'supplemental-oxygen', 3);
}

/**
 * IV therapy other than fluid resuscitation for hypotension: grade 2.
 *
 * @see criteria PENN2018-CRS-04 (docs/criteria/penn-2018-crs.md#penn2018-crs-04); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 */
export function penn2018IntravenousTherapyRow(assessment: CrsAssessment): ScaleRow {
  const value = assessment.intravenousTherapy;
  if (value === undefined) return unknownRow('intravenous-therapy', 0, { fact: 'intravenousTherapy', upTo: 2 });
  return value ? finding('intravenous-therapy', 'intravenous-therapy', 2) : finding('intravenous-therapy', 'no-intravenous-therapy', 0);
}

/**
 * Coagulopathy needing FFP, cryoprecipitate or fibrinogen concentrate: grade 3.
 *
 * @see criteria PENN2018-CRS-07 (docs/criteria/penn-2018-crs.md#penn2018-crs-07); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 */
export function penn2018CoagulopathyRow(assessment: CrsAssessment): ScaleRow {
  const value = assessment.coagulopathyNeedingReplacement;
  if (value === undefined) return unknownRow('coagulopathy', 0, { fact: 'coagulopathyNeedingReplacement', upTo: 3 });
  return value
    ? finding('coagulopathy', 'coagulopathy-needing-replacement', 3)
    : finding('coagulopathy', 'no-coagulopathy-needing-replacement', 0);
}

/**
 * Grades a validated assessment on Penn: a mild reaction 1; organ dysfunction (e.g. grade 2
 * creatinine or grade 3 transaminitis), hospitalisation for CRS symptoms or IV therapy 2;
 * hospitalisation for organ dysfunction (e.g. grade 3 creatinine or grade 4 transaminitis), multiple
 * fluid boluses or low-dose vasopressors, coagulopathy needing replacement or any supplemental
 * oxygen 3; life-threatening complications such as high-dose vasopressors, mechanical ventilation
 * or a grade 4 (life-threatening) organ toxicity 4; death 5.
 *
 * @see criteria PENN2018-CRS-01 to PENN2018-CRS-12 (docs/criteria/penn-2018-crs.md#penn2018-crs-01); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria DEC-30 (docs/criteria/decisions.md#dec-30)
 * @internal Use `gradeCRS(assessment, { scale: 'penn-2018' })`, which validates first.
 */
export function gradeCrsPenn2018(assessment: CrsAssessment): CrsGrading<'penn-2018'> | CrsNotGradable<'penn-2018'> {
  return combineRows(
    'penn-2018',
    [
      feverRow(assessment),
      constitutionalSymptomsRow(assessment),
      penn2018HypotensionRow(assessment),
      penn2018HypoxiaRow(assessment),
      // Grade 4 organ toxicity is life-threatening by CTCAE's definition: Penn's grade 4.
      organToxicityRow(assessment, [0, 0, 2, 3, 4]),
      transaminitisRow(assessment, [0, 0, 0, 2, 3]),
      // Hospitalisation for CRS symptoms is grade 2; for organ dysfunction grade 3.
      hospitalizationRow(assessment, 2, 3),
      penn2018IntravenousTherapyRow(assessment),
      penn2018CoagulopathyRow(assessment),
      lifeThreateningRow(assessment),
      deathRow(assessment),
    ],
    [],
  );
}
