import type { IssueCode } from '../contract/issue.js';
import { assertLocale } from '../locale/assert-locale.js';
import type { Locale } from '../locale/locale.js';
import type { InputIssue } from './input-error.js';

/**
 * An issue's message in a locale's language, worded again from its code and parameters.
 *
 * @example
 * ```ts
 * import { localizeIssue, safeGradeCRS } from 'cytokine-release-syndrome';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * const result = safeGradeCRS({ temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'nasal-cannula' } });
 * const [issue] = result.success ? [] : result.error.issues;
 * issue?.pathText; // 'oxygen.flowLitersPerMinute'
 * issue && localizeIssue(issue, de) === de.issues['flow-required']({ device: 'nasal-cannula' }); // true
 * ```
 */
export function localizeIssue<Code extends IssueCode>(issue: InputIssue<Code>, locale: Locale): string {
  assertLocale(locale, 'localizeIssue');
  const word = locale.issues[issue.code] as ((params: unknown) => string) | undefined;
  return word === undefined ? issue.message : word(issue.params);
}
