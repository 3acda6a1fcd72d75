import type * as z from 'zod';
import type { CrsAssessment } from '../crs/assessment.js';
import { checkCrsAssessmentForm } from '../forms/crs-assessment-form-validator.js';
import type { FormInput } from '../forms/form-input.js';
import { checkIcansAssessmentForm } from '../forms/icans-assessment-form-validator.js';
import { DEFAULT_CAPD_BELOW_AGE_YEARS, type IcansAssessment, type IcansGradingOptions } from '../icans/assessment.js';
import type { Locale } from '../locale/locale.js';
import { type CheckOutcome, schemaFromCheck } from './from-contract.js';
import { IcansGradingOptionsSchema } from './icans-assessment.js';

function outcomeOf<Value>(checked: { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly error: { readonly issues: CheckOutcomeIssues; readonly issueCount: number } }): CheckOutcome<Value> {
  return checked.ok ? checked : { ok: false, issues: checked.error.issues, total: checked.error.issueCount };
}

type CheckOutcomeIssues = Extract<CheckOutcome<unknown>, { ok: false }>['issues'];

/**
 * Builds the Zod schema of CRS assessment form values, its messages worded in `locale`.
 *
 * @example
 * ```ts
 * import { createCrsAssessmentFormSchema } from 'cytokine-release-syndrome/schemas';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * const schema = createCrsAssessmentFormSchema({ locale: de });
 * schema.safeParse({ temperatureCelsius: '38,4', hypotension: 'false', vasopressors: [], oxygen: { device: 'room-air' } }).success; // true
 * ```
 */
export function createCrsAssessmentFormSchema(options: { readonly locale?: Locale } = {}): z.ZodType<CrsAssessment, FormInput<CrsAssessment>> {
  return schemaFromCheck<CrsAssessment, FormInput<CrsAssessment>>(
    (values) => outcomeOf(checkCrsAssessmentForm(values)),
    { title: 'CrsAssessmentForm', description: 'The values of a CRS assessment form (strings from inputs), coerced to a CrsAssessment.' },
    options.locale,
  );
}

/**
 * Zod schema of the values of a CRS assessment form, for `zodResolver` and other form libraries:
 * it coerces numeric strings (`38.4`, `38,4`), `true`/`false` and a multi-select of agents into a
 * strict `CrsAssessment`, leaves an empty field absent (never 0 or false), and reports each issue
 * at the form field that caused it, with the grader's message.
 *
 * @example
 * ```ts
 * import { CrsAssessmentFormSchema } from 'cytokine-release-syndrome/schemas';
 * const result = CrsAssessmentFormSchema.safeParse({ temperatureCelsius: '101.3', hypotension: 'false', vasopressors: [], oxygen: { device: 'room-air', flowLitersPerMinute: '' } });
 * result.error?.issues.map((issue) => issue.path.join('.')); // ['temperatureCelsius']
 * result.error?.issues[0]?.message.includes('looks like degrees Fahrenheit'); // true
 * ```
 */
export const CrsAssessmentFormSchema: z.ZodType<CrsAssessment, FormInput<CrsAssessment>> = /* @__PURE__ */ createCrsAssessmentFormSchema();

/**
 * Builds the Zod schema of ICANS assessment form values at an age boundary, its messages worded
 * in `locale`.
 *
 * @param options - `capdBelowAgeYears` as for `gradeICANS` (invalid options throw a `ZodError`), and the `locale`.
 * @example
 * ```ts
 * import { createIcansAssessmentFormSchema } from 'cytokine-release-syndrome/schemas';
 * const schema = createIcansAssessmentFormSchema({ capdBelowAgeYears: 13 });
 * schema.safeParse({ ageYears: '12', capd: '9', consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] }).success; // true
 * ```
 */
export function createIcansAssessmentFormSchema(
  options: IcansGradingOptions & { readonly locale?: Locale } = {},
): z.ZodType<IcansAssessment, FormInput<IcansAssessment>> {
  const { locale, ...gradingOptions } = options;
  const boundary = IcansGradingOptionsSchema.parse(gradingOptions).capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS;
  return schemaFromCheck<IcansAssessment, FormInput<IcansAssessment>>(
    (values) => outcomeOf(checkIcansAssessmentForm(values, boundary)),
    { title: 'IcansAssessmentForm', description: `The values of an ICANS assessment form (strings from inputs), coerced to an IcansAssessment; CAPD below age ${boundary}.` },
    locale,
  );
}

/**
 * Zod schema of the values of an ICANS assessment form (CAPD below age 12).
 *
 * @example
 * ```ts
 * import { IcansAssessmentFormSchema } from 'cytokine-release-syndrome/schemas';
 * IcansAssessmentFormSchema.safeParse({ ageYears: '40', ice: '', consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] }).error?.issues[0]?.path; // ['ice']
 * ```
 */
export const IcansAssessmentFormSchema: z.ZodType<IcansAssessment, FormInput<IcansAssessment>> = /* @__PURE__ */ createIcansAssessmentFormSchema();
