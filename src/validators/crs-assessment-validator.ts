import { readInput } from '../contract/read.js';
import type { CrsAssessment } from '../crs/assessment.js';
import { CRS_ASSESSMENT_CONTRACT } from '../crs/contract.js';
import { CrsInputError } from '../crs/crs-input-error.js';
import type { Locale } from '../locale/locale.js';
import { type Validator, createValidator } from './validator.js';

function checkCrsAssessment(value: unknown): { readonly ok: true; readonly value: CrsAssessment } | { readonly ok: false; readonly error: CrsInputError } {
  const read = readInput(value, CRS_ASSESSMENT_CONTRACT);
  return read.ok ? { ok: true, value: read.value } : { ok: false, error: new CrsInputError(read.issues, 'CRS assessment', read.total) };
}

/**
 * A validator of CRS assessments whose Standard Schema issues are worded in `locale`.
 *
 * @example
 * ```ts
 * import { createCrsAssessmentValidator } from 'cytokine-release-syndrome';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * const validator = createCrsAssessmentValidator({ locale: de });
 * const result = validator['~standard'].validate({ temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'nasal-cannula' } });
 * result.issues?.[0]?.message === de.issues['flow-required']({ device: 'nasal-cannula' }); // true
 * ```
 */
export function createCrsAssessmentValidator(options: { readonly locale?: Locale } = {}): Validator<CrsAssessment, CrsInputError> {
  return createValidator(checkCrsAssessment, options.locale);
}

/**
 * The validator of a CRS assessment, without zod: a Standard Schema (react-hook-form's
 * `standardSchemaResolver`, TanStack Form, tRPC, Hono's `sValidator` take it as is) with `parse` and
 * `safeParse`. It accepts exactly what `gradeCRS` accepts and reports the same issues, in English
 * (`createCrsAssessmentValidator({ locale })` for another language).
 *
 * @example
 * ```ts
 * import { crsAssessmentValidator } from 'cytokine-release-syndrome';
 * const result = crsAssessmentValidator['~standard'].validate({ temperatureCelsius: 101.3, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } });
 * result.issues?.[0]?.path; // ['temperatureCelsius']
 * result.issues?.[0]?.code; // 'looks-like-fahrenheit'
 * crsAssessmentValidator.parse({ temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } }).temperatureCelsius; // 38.5
 * ```
 */
export const crsAssessmentValidator: Validator<CrsAssessment, CrsInputError> = /* @__PURE__ */ createCrsAssessmentValidator();
