import { inputErrorFrom } from '../errors/input-error.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { CrsAssessment } from './assessment.js';
import { CrsInputError } from './crs-input-error.js';
import type { CrsGrading, CrsGradingOutcome } from './grading.js';
import { gradeValidatedCrs } from './scales/index.js';
import { validateCrsAssessment } from './validate-crs-assessment.js';
import { validateCrsOptions } from './validate-crs-options.js';

/** Options of {@link gradeCRS} and {@link safeGradeCRS}. */
export interface CrsGradingOptions<Scale extends GradingScale = GradingScale> {
  /** The scale to grade on; `astct-2019` when absent. */
  readonly scale?: Scale | undefined;
}

/** The result of {@link safeGradeCRS}: a grading outcome, or the input error that prevented one. */
export type SafeCrsGradingResult<Outcome = CrsGrading> =
  | { readonly success: true; readonly data: Outcome }
  | { readonly success: false; readonly error: CrsInputError };

function validate(input: unknown, options: unknown): ReturnType<typeof validateCrsAssessment> {
  const issues = validateCrsAssessment(input);
  validateCrsOptions(options, issues);
  return issues;
}

function scaleOf(options: CrsGradingOptions | undefined): GradingScale {
  // Validated before: a scale is a GradingScale or absent.
  return options?.scale ?? 'astct-2019';
}

/**
 * Grades one CRS assessment on the ASTCT 2019 consensus scale, or on another published scale, and
 * says why. The input is validated first, also when called from plain JavaScript: an invalid input
 * throws {@link CrsInputError} and never yields a grade. ASTCT 2019 grades every valid assessment;
 * another scale answers `{ gradable: false, missing }` when a fact it needs is absent.
 *
 * @param assessment - the worst findings of one assessment window; absence is stated explicitly.
 * @param options - `scale`: the scale to grade on (default `astct-2019`).
 * @returns the scale, the grade (0 to 5), the findings that set it, every row's finding, notes, and
 *   the ICD-10-CM code; or, on a scale other than ASTCT 2019, the facts it still needs.
 * @throws {@link CrsInputError} naming each invalid field and its allowed values.
 * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, §1.1 and R1 to R10; §3 for the other scales
 * @example
 * ```ts
 * import { gradeCRS } from 'cytokine-release-syndrome';
 * // The worked example of the consensus: fever, one vasopressor and a low-flow cannula is grade 3.
 * const assessment = {
 *   temperatureCelsius: 38.9,
 *   hypotension: true,
 *   vasopressors: [{ agent: 'norepinephrine' }],
 *   oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 3, inspiredOxygenFractionPercent: 32 },
 *   vasopressorDose: 'low',
 *   vasopressorDurationHours: 6,
 * } as const;
 * const grading = gradeCRS(assessment);
 * grading.grade; // 3
 * grading.drivers; // [{ domain: 'hypotension', finding: 'one-vasopressor', grade: 3 }]
 * const mskcc = gradeCRS(assessment, { scale: 'mskcc-2018' });
 * mskcc.gradable && mskcc.grade; // 2: a vasopressor for less than 24 h, oxygen below 40%
 * ```
 */
export function gradeCRS<Scale extends GradingScale = 'astct-2019'>(
  assessment: CrsAssessment,
  options?: CrsGradingOptions<Scale>,
): CrsGradingOutcome<Scale> {
  const issues = validate(assessment, options);
  if (issues.length > 0) throw inputErrorFrom(CrsInputError, issues, gradeCRS);
  return gradeValidatedCrs(assessment, scaleOf(options)) as CrsGradingOutcome<Scale>;
}

/**
 * Grades untrusted input (e.g. parsed JSON) like {@link gradeCRS}, returning the input error
 * instead of throwing it.
 *
 * @param input - anything; it is validated as a `CrsAssessment`.
 * @param options - `scale`: the scale to grade on (default `astct-2019`); validated too.
 * @example
 * ```ts
 * import { safeGradeCRS } from 'cytokine-release-syndrome';
 * const result = safeGradeCRS(JSON.parse('{"temperatureCelsius": 38.2, "hypotension": false}'));
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.path)); // ['vasopressors', 'oxygen']
 * ```
 */
export function safeGradeCRS<Scale extends GradingScale = 'astct-2019'>(
  input: unknown,
  options?: CrsGradingOptions<Scale>,
): SafeCrsGradingResult<CrsGradingOutcome<Scale>> {
  const issues = validate(input, options);
  if (issues.length > 0) return { success: false, error: inputErrorFrom(CrsInputError, issues, safeGradeCRS) };
  return { success: true, data: gradeValidatedCrs(input as CrsAssessment, scaleOf(options)) as CrsGradingOutcome<Scale> };
}
