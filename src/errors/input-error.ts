import type { IssueCode, IssueParams, RawIssue } from '../contract/issue.js';
import { type IssuePath, formatIssuePath } from '../contract/path.js';
import type { IssueMessages } from '../locale/en/issue-messages.js';

/** One problem with a grading input: where it is, what kind of problem, and a message naming the allowed values. */
export interface InputIssue<Code extends IssueCode = IssueCode> {
  /** A stable code for the kind of problem. */
  readonly code: Code;
  /** Where: `['vasopressors', 1, 'agent']`; `[]` is the input itself (zod's and Standard Schema's shape). */
  readonly path: IssuePath;
  /** The same path as text: `vasopressors[1].agent`; `''` for the input itself. */
  readonly pathText: string;
  /** What is wrong, naming the allowed values. */
  readonly message: string;
  /** What the message is rendered from, so that it can be worded again in another language. */
  readonly params: IssueParams[Code];
}

/** Which of the library's errors an error is. */
export type GradingInputErrorKind = 'crs' | 'icans' | 'course';

// Symbol.for is shared by every copy of the library in a process (ESM and CJS builds, bundles):
// the brand is how an error is recognised across them.
const BRAND: unique symbol = Symbol.for('cytokine-release-syndrome.GradingInputError') as never;

function brandOf(value: unknown): GradingInputErrorKind | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const brand = (value as { [BRAND]?: unknown })[BRAND];
  return brand === 'crs' || brand === 'icans' || brand === 'course' ? brand : undefined;
}

function formatMessage(subject: string, issues: readonly InputIssue[], total: number): string {
  const lines = issues.map((issue) => `- ${issue.pathText === '' ? '(input)' : issue.pathText}: ${issue.message}`);
  if (total > issues.length) lines.push(`- … and ${total - issues.length} more`);
  return `Invalid ${subject} (${total} ${total === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`;
}

/** Renders raw issues' messages. @internal */
export function renderIssues(raw: readonly RawIssue[], messages: Partial<IssueMessages>): InputIssue[] {
  return raw.map((issue) =>
    Object.freeze({
      code: issue.code,
      path: Object.freeze(issue.path.slice()),
      pathText: formatIssuePath(issue.path),
      message: (messages[issue.code] as (params: unknown) => string)(issue.params),
      params: issue.params,
    }),
  );
}

/**
 * Base class of the errors thrown for invalid grading input. The message lists every issue with
 * its field path and the allowed values; `issues` has the same as data (at most 100; `issueCount`
 * says how many there were in all).
 *
 * Recognise it with `GradingInputError.is(error)` (or `instanceof`, which works too across the
 * ESM and CommonJS builds and across copies of the library: both check a `Symbol.for` brand).
 *
 * @example
 * ```ts
 * import { gradeCRS, GradingInputError } from 'cytokine-release-syndrome';
 * const body = '{"temperatureCelsius": 38.5, "hypotension": false}';
 * try {
 *   gradeCRS(JSON.parse(body));
 * } catch (error) {
 *   if (GradingInputError.is(error)) console.log(error.issues.map((issue) => issue.pathText)); // ['vasopressors', 'oxygen']
 * }
 * ```
 */
export class GradingInputError extends Error {
  /** Which grader rejected the input. */
  readonly kind: GradingInputErrorKind;
  /** The problems found, in the order they were found; at most 100. Never empty. */
  readonly issues: readonly InputIssue[];
  /** How many problems there were in all (more than `issues.length` when some were left out). */
  readonly issueCount: number;
  /** What was validated (`CRS assessment`, `ICANS grading options`), as the title names it. */
  readonly subject: string;

  /**
   * @param kind - which grader's input it is.
   * @param subject - what was validated, for the message title (e.g. "CRS assessment").
   * @param issues - the problems found; at least one.
   * @param issueCount - how many there were in all, when `issues` holds only the first of them.
   * @param messages - the wording of every code these issues can have.
   */
  constructor(kind: GradingInputErrorKind, subject: string, issues: readonly RawIssue[], issueCount: number, messages: Partial<IssueMessages>) {
    const rendered = renderIssues(issues, messages);
    super(formatMessage(subject, rendered, issueCount));
    this.name = new.target.name;
    this.kind = kind;
    // Assigned, not defined: a descriptor object would read a polluted Object.prototype.get.
    (this as { [BRAND]?: GradingInputErrorKind })[BRAND] = kind;
    this.issues = Object.freeze(rendered);
    this.issueCount = issueCount;
    this.subject = subject;
  }

  /**
   * Whether `value` is an input error of this library, from any build or copy of it.
   *
   * @example
   * ```ts
   * import { GradingInputError, safeGradeCRS } from 'cytokine-release-syndrome';
   * const result = safeGradeCRS(null);
   * GradingInputError.is(result.success ? undefined : result.error); // true
   * ```
   */
  static is(value: unknown): value is GradingInputError {
    return brandOf(value) !== undefined;
  }

  /** `instanceof` checks the brand, so it holds across builds and copies of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return brandOf(value) !== undefined;
  }
}

/** Whether `value` carries the brand of the given kind. @internal */
export function hasBrand(value: unknown, kind: GradingInputErrorKind): boolean {
  return brandOf(value) === kind;
}

/**
 * Creates an input error whose stack starts at the caller of the public function `api`, so that
 * the library's own frames never show up in a consumer's logs.
 *
 * @internal
 */
export function inputErrorFrom<E extends GradingInputError>(error: E, api: (...args: never[]) => unknown): E {
  // V8 only; elsewhere the stack is left as the engine made it.
  (Error as { captureStackTrace?: (target: object, fn: unknown) => void }).captureStackTrace?.(error, api);
  return error;
}
