import type { RawIssue } from '../contract/issue.js';
import type { IssueMessages } from '../locale/locale.js';
import { GradingInputError, hasBrand } from '../errors/input-error.js';
import { englishIcansMessages, englishStructuralMessages } from '../locale/en/issue-messages.js';

/**
 * Thrown by `gradeICANS` and `scoreICE` (and returned by `safeGradeICANS`) for invalid ICANS input.
 * Its message names every field path with the allowed values; `issues` holds the same as data.
 *
 * @example
 * ```ts
 * import { IcansInputError, safeGradeICANS } from 'cytokine-release-syndrome';
 * const result = safeGradeICANS({ ageYears: 40, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] });
 * if (!result.success) {
 *   IcansInputError.is(result.error); // true
 *   result.error.issues[0]?.pathText; // 'ice'
 * }
 * ```
 */
export class IcansInputError extends GradingInputError {
  /**
   * @param issues - the problems found; at least one.
   * @param subject - what was validated, for the title; "ICANS assessment" unless said.
   * @param issueCount - how many problems there were in all.
   * @param messages - the wording of the issues (a locale's `issues`); English unless given.
   */
  constructor(issues: readonly RawIssue[], subject = 'ICANS assessment', issueCount = issues.length, messages?: IssueMessages) {
    super('icans', subject, issues, issueCount, messages ?? { ...englishStructuralMessages, ...englishIcansMessages });
  }

  /**
   * Whether `value` is an `IcansInputError` from any build or copy of this library.
   *
   * @example
   * ```ts
   * import { IcansInputError, scoreICE } from 'cytokine-release-syndrome';
   * try {
   *   scoreICE({ orientation: 5, naming: 3, commands: 1, writing: 1, attention: 1 });
   * } catch (error) {
   *   IcansInputError.is(error); // true
   * }
   * ```
   */
  static override is(value: unknown): value is IcansInputError {
    return hasBrand(value, 'icans');
  }

  /** `instanceof` checks the brand, so it holds across builds and copies of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, 'icans');
  }
}
