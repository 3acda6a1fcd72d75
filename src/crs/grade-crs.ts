import { inputErrorFrom } from '../errors/input-error.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { CrsAssessment } from './assessment.js';
import { readCrsCall } from './read-crs-call.js';
import { CrsInputError } from './crs-input-error.js';
import type { CrsGrading, CrsGradingOutcome } from './grading.js';
import { gradeValidatedCrs } from './scales/index.js';

/** Options of {@link gradeCRS} and {@link safeGradeCRS}. */
export interface CrsGradingOptions<Scale extends GradingScale = GradingScale> {
  /** The scale to grade on; `astct-2019` when absent. */
  readonly scale?: Scale | undefined;
}

/** The result of {@link safeGradeCRS}: a grading outcome, or the input error that prevented one. */
export type SafeCrsGradingResult<Outcome = CrsGrading> =
  | { readonly success: true; readonly data: Outcome }
  | { readonly success: false; readonly error: CrsInputError };

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
 * @see criteria ASTCT-CRS-01 to ASTCT-CRS-10 (docs/criteria/astct-2019-crs.md#astct-crs-01); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-01, DEC-02 (docs/criteria/decisions.md#dec-01)
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
  const read = readCrsCall(assessment, options);
  if (read instanceof CrsInputError) throw inputErrorFrom(read, gradeCRS);
  return gradeValidatedCrs(read.assessment, read.scale) as CrsGradingOutcome<Scale>;
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
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.pathText)); // ['vasopressors', 'oxygen']
 * ```
 */
export function safeGradeCRS<Scale extends GradingScale = 'astct-2019'>(
  input: unknown,
  options?: CrsGradingOptions<Scale>,
): SafeCrsGradingResult<CrsGradingOutcome<Scale>> {
  const read = readCrsCall(input, options);
  if (read instanceof CrsInputError) return { success: false, error: inputErrorFrom(read, safeGradeCRS) };
  return { success: true, data: gradeValidatedCrs(read.assessment, read.scale) as CrsGradingOutcome<Scale> };
}
