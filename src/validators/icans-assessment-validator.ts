import { readInput } from '../contract/read.js';
import { DEFAULT_CAPD_BELOW_AGE_YEARS, type IcansAssessment } from '../icans/assessment.js';
import { ICANS_GRADING_OPTIONS_CONTRACT, icansAssessmentContract } from '../icans/contract.js';
import { IcansInputError } from '../icans/icans-input-error.js';
import type { Locale } from '../locale/locale.js';
import { type Validator, createValidator } from './validator.js';

/**
 * A validator of ICANS assessments at an age boundary (`capdBelowAgeYears`, as for `gradeICANS`),
 * whose Standard Schema issues are worded in `locale`.
 *
 * @throws {@link IcansInputError} when `capdBelowAgeYears` is not an integer from 1 to 21.
 * @example
 * ```ts
 * import { createIcansAssessmentValidator } from 'cytokine-release-syndrome';
 * const validator = createIcansAssessmentValidator({ capdBelowAgeYears: 13 });
 * const twelveYearOld = { ageYears: 12, capd: 4, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };
 * validator.safeParse(twelveYearOld).success; // true: below 13, CAPD is the instrument
 * ```
 */
export function createIcansAssessmentValidator(options: { readonly locale?: Locale; readonly capdBelowAgeYears?: number } = {}): Validator<IcansAssessment, IcansInputError> {
  const settings = readInput(options.capdBelowAgeYears === undefined ? {} : { capdBelowAgeYears: options.capdBelowAgeYears }, ICANS_GRADING_OPTIONS_CONTRACT, ['options']);
  if (!settings.ok) throw new IcansInputError(settings.issues, 'ICANS grading options', settings.total);
  const contract = icansAssessmentContract(settings.value.capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS);
  return createValidator((value) => {
    const read = readInput(value, contract);
    return read.ok ? { ok: true, value: read.value } : { ok: false, error: new IcansInputError(read.issues, 'ICANS assessment', read.total) };
  }, options.locale);
}

/**
 * The validator of an ICANS assessment (CAPD below age 12), without zod: a Standard Schema with
 * `parse` and `safeParse`, accepting exactly what `gradeICANS` accepts.
 *
 * @example
 * ```ts
 * import { icansAssessmentValidator } from 'cytokine-release-syndrome';
 * const result = icansAssessmentValidator.safeParse({ ageYears: 40, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] });
 * result.success === false && result.error.issues[0]?.code; // 'score-required'
 * ```
 */
export const icansAssessmentValidator: Validator<IcansAssessment, IcansInputError> = /* @__PURE__ */ createIcansAssessmentValidator();
