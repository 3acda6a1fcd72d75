/**
 * ASTCT 2019 CRS grading alone, for apps that grade on no other scale: the same `gradeCRS` and
 * `safeGradeCRS`, validating exactly the same inputs and returning the same gradings as the main
 * entry, without the other seven scales in the bundle. A `scale` other than `astct-2019` is an
 * input error here, never silently ignored.
 *
 * @module cytokine-release-syndrome/astct
 */
import { defineContract, oneOfField, optional } from '../contract/field.js';
import { inputErrorFrom } from '../errors/input-error.js';
import type { CrsAssessment } from '../crs/assessment.js';
import { CrsInputError } from '../crs/crs-input-error.js';
import type { CrsGradingOptions, SafeCrsGradingResult } from '../crs/grade-crs.js';
import { readCrsCall } from '../crs/read-crs-call.js';
import type { CrsGrading } from '../crs/grading.js';
import { gradeCrsAstct2019 } from '../crs/scales/astct-2019.js';

export type { CrsAssessment, OxygenSupport, VasopressorAdministration } from '../crs/assessment.js';
export type { CrsGrading, CrsGradingFinding } from '../crs/grading.js';
export type { SafeCrsGradingResult } from '../crs/grade-crs.js';
export { CrsInputError } from '../crs/crs-input-error.js';

/** Options of this entry's {@link gradeCRS}: only ASTCT 2019 can be named. */
export type AstctGradingOptions = CrsGradingOptions<'astct-2019'>;

const OPTIONS_CONTRACT = /* @__PURE__ */ defineContract<CrsGradingOptions>(() => ({
  fields: { scale: optional(oneOfField(['astct-2019'])) },
}));

/**
 * Grades one CRS assessment on ASTCT 2019, exactly as the main entry's `gradeCRS` does.
 *
 * @param assessment - the worst findings of one assessment window; absence is stated explicitly.
 * @param options - may name `scale: 'astct-2019'`; any other scale is an input error.
 * @throws {@link CrsInputError} naming each invalid field and its allowed values.
 * @example
 * ```ts
 * import { gradeCRS } from 'cytokine-release-syndrome/astct';
 * gradeCRS({ temperatureCelsius: 38.9, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], oxygen: { device: 'room-air' } }).grade; // 3
 * ```
 */
export function gradeCRS(assessment: CrsAssessment, options?: AstctGradingOptions): CrsGrading {
  const read = readCrsCall(assessment, options, OPTIONS_CONTRACT);
  if (read instanceof CrsInputError) throw inputErrorFrom(read, gradeCRS);
  return gradeCrsAstct2019(read.assessment);
}

/**
 * Grades untrusted input on ASTCT 2019 like {@link gradeCRS}, returning the input error instead of
 * throwing it.
 *
 * @example
 * ```ts
 * import { safeGradeCRS } from 'cytokine-release-syndrome/astct';
 * const result = safeGradeCRS(JSON.parse('{"temperatureCelsius": 38.2, "hypotension": false}'), { scale: 'lee-2014' } as never);
 * result.success; // false: vasopressors and oxygen are required, and this entry grades only on astct-2019
 * ```
 */
export function safeGradeCRS(input: unknown, options?: AstctGradingOptions): SafeCrsGradingResult {
  const read = readCrsCall(input, options, OPTIONS_CONTRACT);
  if (read instanceof CrsInputError) return { success: false, error: inputErrorFrom(read, safeGradeCRS) };
  return { success: true, data: gradeCrsAstct2019(read.assessment) };
}
