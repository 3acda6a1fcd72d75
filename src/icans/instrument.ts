import { IcansInstrument } from '../vocabulary/icans-instrument.js';
import { DEFAULT_CAPD_BELOW_AGE_YEARS, type IcansAssessment, type IcansGradingOptions } from './assessment.js';
import { IcansNote } from './findings.js';

/** The instrument for a patient, and the note saying why. */
export interface IcansInstrumentChoice {
  readonly instrument: IcansInstrument;
  readonly reason: typeof IcansNote.IceAtOrAboveAgeBoundary | typeof IcansNote.CapdBelowAgeBoundary | typeof IcansNote.CapdForDevelopmentalDelay;
}

/**
 * Chooses ICE or CAPD: CAPD below the age boundary, or with baseline developmental delay at any
 * age; ICE otherwise. Below the boundary the age is the reason, even with developmental delay.
 *
 * @see criteria ASTCT-ICANS-13 (docs/criteria/astct-2019-icans.md#astct-icans-13); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-33 (docs/criteria/decisions.md#dec-33)
 * @example
 * ```ts
 * import { selectIcansInstrument } from 'cytokine-release-syndrome';
 * selectIcansInstrument({ ageYears: 12 }).instrument; // 'ice'
 * selectIcansInstrument({ ageYears: 12 }, { capdBelowAgeYears: 13 }).instrument; // 'capd'
 * selectIcansInstrument({ ageYears: 30, developmentalDelay: true }).instrument; // 'capd'
 * ```
 */
export function selectIcansInstrument(
  patient: Pick<IcansAssessment, 'ageYears' | 'developmentalDelay'>,
  options: IcansGradingOptions = {},
): IcansInstrumentChoice {
  const boundary = options.capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS;
  if (patient.ageYears < boundary) return { instrument: IcansInstrument.Capd, reason: IcansNote.CapdBelowAgeBoundary };
  if (patient.developmentalDelay === true) return { instrument: IcansInstrument.Capd, reason: IcansNote.CapdForDevelopmentalDelay };
  return { instrument: IcansInstrument.Ice, reason: IcansNote.IceAtOrAboveAgeBoundary };
}
