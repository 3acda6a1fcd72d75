import { MAX_ISSUES, readInput } from '../contract/read.js';
import type { CrsAssessment } from '../crs/assessment.js';
import { CRS_ASSESSMENT_CONTRACT } from '../crs/contract.js';
import { CrsInputError } from '../crs/crs-input-error.js';
import { crsAssessmentFields } from '../fields/crs-assessment-fields.js';
import type { Locale } from '../locale/locale.js';
import { type Validator, createValidator } from '../validators/validator.js';
import { coerceFormValues, formIssues } from './coerce-form-values.js';
import type { FormInput } from './form-input.js';

/**
 * Checks the values of a CRS assessment form: the strict assessment, or the error with every issue
 * at the form field that caused it.
 *
 * @internal
 */
export function checkCrsAssessmentForm(values: unknown): { readonly ok: true; readonly value: CrsAssessment } | { readonly ok: false; readonly error: CrsInputError } {
  const coerced = coerceFormValues(values, crsAssessmentFields);
  const read = readInput(coerced.value, CRS_ASSESSMENT_CONTRACT);
  if (read.ok && coerced.conflicts.length === 0) return { ok: true, value: read.value };
  const issues = formIssues(coerced, read.ok ? [] : read.issues, crsAssessmentFields);
  return { ok: false, error: new CrsInputError(issues.slice(0, MAX_ISSUES), 'CRS assessment form', read.ok ? issues.length : read.total - read.issues.length + issues.length) };
}

/**
 * A validator of CRS assessment form values whose Standard Schema issues are worded in `locale`.
 *
 * @example
 * ```ts
 * import { createCrsAssessmentFormValidator } from 'cytokine-release-syndrome';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * const validator = createCrsAssessmentFormValidator({ locale: de });
 * validator.safeParse({ temperatureCelsius: '38,4', hypotension: 'false', vasopressors: [], 'oxygen.device': 'room-air' }).success; // true
 * ```
 */
export function createCrsAssessmentFormValidator(options: { readonly locale?: Locale } = {}): Validator<CrsAssessment, CrsInputError, FormInput<CrsAssessment>> {
  return createValidator(checkCrsAssessmentForm, options.locale);
}

/**
 * The validator of a CRS assessment form, without zod: it takes the values an HTML form or a form
 * library holds and gives the strict `CrsAssessment`. Numeric strings (`38.4`, `38,4`) become
 * numbers, `true`/`false` (also `on`/`off`, `yes`/`no`) booleans, a multi-select of agents the
 * `vasopressors` list, and flat dotted names (`oxygen.device`) nested objects. An empty field is
 * absent, never 0 or false; each issue stays on the form field that caused it. A Standard Schema,
 * with `parse` and `safeParse`.
 *
 * @example
 * ```ts
 * import { crsAssessmentFormValidator, gradeCRS } from 'cytokine-release-syndrome';
 * const form = { temperatureCelsius: '38.9', hypotension: 'true', vasopressors: ['norepinephrine'], oxygen: { device: 'room-air', flowLitersPerMinute: '' } };
 * gradeCRS(crsAssessmentFormValidator.parse(form)).grade; // 3
 * const typo = crsAssessmentFormValidator['~standard'].validate({ ...form, temperatureCelsius: '101.3' });
 * typo.issues?.map((issue) => issue.path.join('.')); // ['temperatureCelsius']
 * ```
 */
export const crsAssessmentFormValidator: Validator<CrsAssessment, CrsInputError, FormInput<CrsAssessment>> =
  /* @__PURE__ */ createCrsAssessmentFormValidator();
