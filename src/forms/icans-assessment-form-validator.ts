import { MAX_ISSUES, readInput } from '../contract/read.js';
import { DEFAULT_CAPD_BELOW_AGE_YEARS, type IcansAssessment } from '../icans/assessment.js';
import { ICANS_GRADING_OPTIONS_CONTRACT, icansAssessmentContract } from '../icans/contract.js';
import { IcansInputError } from '../icans/icans-input-error.js';
import { icansAssessmentFields } from '../fields/icans-assessment-fields.js';
import type { Locale } from '../locale/locale.js';
import { type Validator, createValidator } from '../validators/validator.js';
import { coerceFormValues, formIssues } from './coerce-form-values.js';
import type { FormInput } from './form-input.js';

/**
 * Checks the values of an ICANS assessment form at an age boundary.
 *
 * @internal
 */
export function checkIcansAssessmentForm(
  values: unknown,
  capdBelowAgeYears: number,
): { readonly ok: true; readonly value: IcansAssessment } | { readonly ok: false; readonly error: IcansInputError } {
  const coerced = coerceFormValues(values, icansAssessmentFields);
  const read = readInput(coerced.value, icansAssessmentContract(capdBelowAgeYears));
  if (read.ok && coerced.conflicts.length === 0) return { ok: true, value: read.value };
  const issues = formIssues(coerced, read.ok ? [] : read.issues, icansAssessmentFields);
  return { ok: false, error: new IcansInputError(issues.slice(0, MAX_ISSUES), 'ICANS assessment form', read.ok ? issues.length : read.total - read.issues.length + issues.length) };
}

/**
 * A validator of ICANS assessment form values at an age boundary, whose Standard Schema issues are
 * worded in `locale`.
 *
 * @throws {@link IcansInputError} when `capdBelowAgeYears` is not an integer from 1 to 21.
 * @example
 * ```ts
 * import { createIcansAssessmentFormValidator } from 'cytokine-release-syndrome';
 * const validator = createIcansAssessmentFormValidator({ capdBelowAgeYears: 13 });
 * validator.safeParse({ ageYears: '12', capd: '4', consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] }).success; // true
 * ```
 */
export function createIcansAssessmentFormValidator(
  options: { readonly locale?: Locale; readonly capdBelowAgeYears?: number } = {},
): Validator<IcansAssessment, IcansInputError, FormInput<IcansAssessment>> {
  const settings = readInput(options.capdBelowAgeYears === undefined ? {} : { capdBelowAgeYears: options.capdBelowAgeYears }, ICANS_GRADING_OPTIONS_CONTRACT, ['options']);
  if (!settings.ok) throw new IcansInputError(settings.issues, 'ICANS grading options', settings.total);
  const boundary = settings.value.capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS;
  return createValidator((values) => checkIcansAssessmentForm(values, boundary), options.locale);
}

/**
 * The validator of an ICANS assessment form (CAPD below age 12), without zod: numeric strings
 * become numbers, the ICE score may be a total or its five items, a multi-select of signs the
 * `raisedIcpSigns` list, and an empty field is absent.
 *
 * @example
 * ```ts
 * import { gradeICANS, icansAssessmentFormValidator } from 'cytokine-release-syndrome';
 * const form = { ageYears: '54', ice: { orientation: '2', naming: '3', commands: '1', writing: '0', attention: '0' }, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] };
 * gradeICANS(icansAssessmentFormValidator.parse(form)).grade; // 2
 * ```
 */
export const icansAssessmentFormValidator: Validator<IcansAssessment, IcansInputError, FormInput<IcansAssessment>> =
  /* @__PURE__ */ createIcansAssessmentFormValidator();
