import { inputErrorFrom } from '../errors/input-error.js';
import type { IcansAssessment, IcansGradingOptions } from './assessment.js';
import { type IcansGrading, gradeIcansAstct2019 } from './astct-2019.js';
import { IcansInputError } from './icans-input-error.js';
import { readIcansCall } from './read-icans-call.js';

/** The result of {@link safeGradeICANS}: a grading, or the input error that prevented one. */
export type SafeIcansGradingResult =
  | { readonly success: true; readonly data: IcansGrading }
  | { readonly success: false; readonly error: IcansInputError };

/**
 * Grades one ICANS assessment on the ASTCT 2019 consensus scale, for adults (ICE) and children
 * (CAPD), and says why. The input is validated first, also when called from plain JavaScript: an
 * invalid input throws {@link IcansInputError} and never yields a grade.
 *
 * The grade is that of the most severe domain (N1); death from ICANS is grade 5. Tremor and
 * myoclonus (N3) and intracranial haemorrhage (N4) are not ICANS and are not inputs: grade them
 * with CTCAE ("Tremor", "Myoclonus", "Intracranial hemorrhage").
 *
 * @param assessment - the worst findings of one assessment window; absence is stated explicitly.
 * @param options - `capdBelowAgeYears` moves the ICE / CAPD age boundary (default 12; 13 follows NCIt).
 * @returns the grade (0 to 5), the instrument, the findings that set the grade, every domain's
 *   finding, notes (instrument choice, anything not assessed) and the ICD-10-CM code.
 * @throws {@link IcansInputError} naming each invalid field and its allowed values.
 * @see criteria ASTCT-ICANS-01 to ASTCT-ICANS-18 (docs/criteria/astct-2019-icans.md#astct-icans-01); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-01 (docs/criteria/decisions.md#dec-01)
 * @example
 * ```ts
 * import { gradeICANS } from 'cytokine-release-syndrome';
 * // The worked example of the consensus: ICE 3 with a generalised seizure is grade 3.
 * const grading = gradeICANS({
 *   ageYears: 61,
 *   ice: 3,
 *   consciousness: 'alert',
 *   seizure: 'rapidly-resolving',
 *   motorWeakness: 'none',
 *   cerebralEdema: 'none',
 *   raisedIcpSigns: [],
 * });
 * grading.grade; // 3
 * grading.drivers; // [{ domain: 'seizure', finding: 'rapidly-resolving-seizure', grade: 3 }]
 * ```
 */
export function gradeICANS(assessment: IcansAssessment, options?: IcansGradingOptions): IcansGrading {
  const read = readIcansCall(assessment, options);
  if (read instanceof IcansInputError) throw inputErrorFrom(read, gradeICANS);
  return gradeIcansAstct2019(read.assessment, read.options);
}

/**
 * Grades untrusted input (e.g. parsed JSON) like {@link gradeICANS}, returning the input error
 * instead of throwing it.
 *
 * @param input - anything; it is validated as an `IcansAssessment`.
 * @param options - as for {@link gradeICANS}; invalid options are reported under `options`.
 * @example
 * ```ts
 * import { safeGradeICANS } from 'cytokine-release-syndrome';
 * const result = safeGradeICANS(JSON.parse('{"ageYears": 8, "ice": 9, "consciousness": "alert"}'));
 * if (!result.success) console.log(result.error.issues.map((issue) => issue.pathText));
 * // ['seizure', 'motorWeakness', 'cerebralEdema', 'raisedIcpSigns', 'ice', 'capd']
 * ```
 */
export function safeGradeICANS(input: unknown, options?: IcansGradingOptions): SafeIcansGradingResult {
  const read = readIcansCall(input, options);
  if (read instanceof IcansInputError) return { success: false, error: inputErrorFrom(read, safeGradeICANS) };
  return { success: true, data: gradeIcansAstct2019(read.assessment, read.options) };
}
