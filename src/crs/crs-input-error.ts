import type { RawIssue } from '../contract/issue.js';
import type { IssueMessages } from '../locale/locale.js';
import { GradingInputError, hasBrand } from '../errors/input-error.js';
import { englishCrsMessages, englishStructuralMessages } from '../locale/en/issue-messages.js';

/**
 * Thrown by `gradeCRS`, `gradeCRSOnAllScales` and `checkReportedGrade` (and returned by
 * `safeGradeCRS`) for an invalid CRS assessment, grading options or reported grade. Its message
 * names every field path with the allowed values; `issues` holds the same as data.
 *
 * @example
 * ```ts
 * import { CrsInputError, safeGradeCRS } from 'cytokine-release-syndrome';
 * const result = safeGradeCRS({ temperatureCelsius: 101.3, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } });
 * if (!result.success) {
 *   CrsInputError.is(result.error); // true
 *   result.error.issues[0]?.pathText; // 'temperatureCelsius'
 *   result.error.issues[0]?.code; // 'looks-like-fahrenheit'
 * }
 * ```
 */
export class CrsInputError extends GradingInputError {
  /**
   * @param issues - the problems found; at least one.
   * @param subject - what was validated, for the title; "CRS assessment" unless said.
   * @param issueCount - how many problems there were in all.
   * @param messages - the wording of the issues (a locale's `issues`); English unless given.
   */
  constructor(issues: readonly RawIssue[], subject = 'CRS assessment', issueCount = issues.length, messages?: IssueMessages) {
    super('crs', subject, issues, issueCount, messages ?? { ...englishStructuralMessages, ...englishCrsMessages });
  }

  /**
   * Whether `value` is a `CrsInputError` from any build or copy of this library.
   *
   * @example
   * ```ts
   * import { CrsInputError, safeGradeCRS } from 'cytokine-release-syndrome';
   * const result = safeGradeCRS({});
   * CrsInputError.is(result.success ? undefined : result.error); // true
   * ```
   */
  static override is(value: unknown): value is CrsInputError {
    return hasBrand(value, 'crs');
  }

  /** `instanceof` checks the brand, so it holds across builds and copies of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, 'crs');
  }
}
