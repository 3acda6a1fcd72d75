import { inputErrorFrom } from '../errors/input-error.js';
import type { CrsAssessment } from './assessment.js';
import { type CrsGrading, gradeCrsAstct2019 } from './astct-2019.js';
import { CrsInputError } from './crs-input-error.js';
import { validateCrsAssessment } from './validate-crs-assessment.js';

/** The result of {@link safeGradeCRS}: a grading, or the input error that prevented one. */
export type SafeCrsGradingResult = { readonly success: true; readonly data: CrsGrading } | { readonly success: false; readonly error: CrsInputError };

/**
 * Grades one CRS assessment on the ASTCT 2019 consensus scale and says why. The input is validated
 * first, also when called from plain JavaScript: an invalid input throws {@link CrsInputError} and
 * never yields a grade.
 *
 * @param assessment - the worst findings of one assessment window; absence is stated explicitly.
 * @returns the grade (0 to 5), the findings that set it, every domain's finding, notes, and the
 *   ICD-10-CM code.
 * @throws {@link CrsInputError} naming each invalid field and its allowed values.
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, §1.1 and R1 to R10
 * @example
 * ```ts
 * import { gradeCRS } from 'cytokine-release-syndrome';
 * // The worked example of the consensus: fever, one vasopressor and a low-flow cannula is grade 3.
 * const grading = gradeCRS({
 *   temperatureCelsius: 38.9,
 *   hypotension: true,
 *   vasopressors: [{ agent: 'norepinephrine' }],
 *   oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 3 },
 * });
 * grading.grade; // 3
 * grading.drivers; // [{ domain: 'hypotension', finding: 'one-vasopressor', grade: 3 }]
 * ```
 */
export function gradeCRS(assessment: CrsAssessment): CrsGrading {
  const issues = validateCrsAssessment(assessment);
  if (issues.length > 0) throw inputErrorFrom(CrsInputError, issues, gradeCRS);
  return gradeCrsAstct2019(assessment);
}

/**
 * Grades untrusted input (e.g. parsed JSON) like {@link gradeCRS}, returning the input error
 * instead of throwing it.
 *
 * @param input - anything; it is validated as a `CrsAssessment`.
 * @example
 * ```ts
 * import { safeGradeCRS } from 'cytokine-release-syndrome';
 * const result = safeGradeCRS(JSON.parse('{"temperatureCelsius": 38.2, "hypotension": false}'));
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path)); // ['vasopressors', 'oxygen']
 * ```
 */
export function safeGradeCRS(input: unknown): SafeCrsGradingResult {
  const issues = validateCrsAssessment(input);
  if (issues.length > 0) return { success: false, error: inputErrorFrom(CrsInputError, issues, safeGradeCRS) };
  return { success: true, data: gradeCrsAstct2019(input as CrsAssessment) };
}
