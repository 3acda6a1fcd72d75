import { assertLocale } from '../locale/assert-locale.js';
import type { Locale } from '../locale/locale.js';
import type { InputIssue } from './input-error.js';
import { localizeIssue } from './localize-issue.js';

/** Messages grouped for a form: those about the whole input, and those of each field by form key. */
export interface IssuesByField {
  /** Messages about the input as a whole (an empty path). */
  readonly formErrors: readonly string[];
  /** Messages by form key: the path dotted, indices included (`vasopressors.1.agent`), as form libraries name fields. */
  readonly fieldErrors: Readonly<Record<string, readonly string[]>>;
}

/**
 * Groups issues by the form field they belong to, each message worded in the locale's language
 * (the issue's own message when no locale is given): what a form shows next to each input. The
 * keys are the paths dotted (`oxygen.flowLitersPerMinute`, `vasopressors.1.agent`), the names
 * react-hook-form, TanStack Form and HTML forms give nested fields.
 *
 * @example
 * ```ts
 * import { groupIssuesByField, safeGradeCRS } from 'cytokine-release-syndrome';
 * const result = safeGradeCRS({ temperatureCelsius: 38.5, hypotension: false, vasopressors: [{ agent: 'adrenaline' }], oxygen: { device: 'room-air' } });
 * const grouped = groupIssuesByField(result.success ? [] : result.error.issues);
 * Object.keys(grouped.fieldErrors); // ['vasopressors.0.agent']
 * grouped.formErrors; // []
 * ```
 */
export function groupIssuesByField(issues: readonly InputIssue[], options: { readonly locale?: Locale } = {}): IssuesByField {
  if (options.locale !== undefined) assertLocale(options.locale, 'groupIssuesByField');
  const formErrors: string[] = [];
  // A null prototype, so that a field named `__proto__` or `constructor` is an ordinary key.
  const fieldErrors = Object.create(null) as Record<string, string[]>;
  for (const issue of issues) {
    const message = options.locale === undefined ? issue.message : localizeIssue(issue, options.locale);
    if (issue.path.length === 0) {
      formErrors.push(message);
      continue;
    }
    const key = issue.path.join('.');
    (fieldErrors[key] ??= []).push(message);
  }
  return { formErrors, fieldErrors };
}
