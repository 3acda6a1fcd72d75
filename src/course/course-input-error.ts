import type { RawIssue } from '../contract/issue.js';
import type { IssueMessages } from '../locale/locale.js';
import { GradingInputError, hasBrand } from '../errors/input-error.js';
import { englishCourseMessages, englishCrsMessages, englishIcansMessages, englishStructuralMessages } from '../locale/en/issue-messages.js';

/**
 * Thrown by `gradeCourse` (and returned by `safeGradeCourse`) for an invalid course or options.
 * Every path is an input position (`observations[3].crs.oxygen.flowLitersPerMinute`), never a
 * position after sorting.
 *
 * @example
 * ```ts
 * import { CourseInputError, safeGradeCourse } from 'cytokine-release-syndrome';
 * const result = safeGradeCourse({ infusionAt: '2026-03-02', observations: [] });
 * if (!result.success) {
 *   CourseInputError.is(result.error); // true
 *   result.error.issues[0]?.pathText; // 'observations'
 * }
 * ```
 */
export class CourseInputError extends GradingInputError {
  /**
   * @param issues - the problems found; at least one.
   * @param subject - what was validated, for the title; "patient course" unless said.
   * @param issueCount - how many problems there were in all.
   * @param messages - the wording of the issues (a locale's `issues`); English unless given.
   */
  constructor(issues: readonly RawIssue[], subject = 'patient course', issueCount = issues.length, messages?: IssueMessages) {
    super('course', subject, issues, issueCount, messages ?? { ...englishStructuralMessages, ...englishCrsMessages, ...englishIcansMessages, ...englishCourseMessages });
  }

  /**
   * Whether `value` is a `CourseInputError` from any build or copy of this library.
   *
   * @example
   * ```ts
   * import { CourseInputError, safeGradeCourse } from 'cytokine-release-syndrome';
   * const result = safeGradeCourse(null);
   * CourseInputError.is(result.success ? undefined : result.error); // true
   * ```
   */
  static override is(value: unknown): value is CourseInputError {
    return hasBrand(value, 'course');
  }

  /** `instanceof` checks the brand, so it holds across builds and copies of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return hasBrand(value, 'course');
  }
}
