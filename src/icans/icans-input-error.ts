import { GradingInputError, type InputIssue } from '../errors/input-error.js';

/**
 * Thrown by `gradeICANS` and `scoreICE` (and returned by `safeGradeICANS`) for invalid ICANS input.
 * Its message names every field path with the allowed values; `issues` holds the same as data.
 *
 * @example
 * ```ts
 * import { IcansInputError, safeGradeICANS } from 'cytokine-release-syndrome';
 * const result = safeGradeICANS({ ageYears: 40, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] });
 * if (!result.success) {
 *   result.error instanceof IcansInputError; // true
 *   result.error.issues[0]?.path; // 'ice'
 * }
 * ```
 */
export class IcansInputError extends GradingInputError {
  /** @param issues - the problems found; at least one. */
  constructor(issues: readonly InputIssue[]) {
    super('ICANS assessment', issues);
  }
}
