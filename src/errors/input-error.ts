/** One problem with a grading input: where it is, and what was expected there. */
export interface InputIssue {
  /** Path of the field, e.g. `oxygen.flowLitersPerMinute` or `vasopressors[1].agent`; `""` is the input itself. */
  readonly path: string;
  /** What is wrong, naming the allowed values. */
  readonly message: string;
}

function formatMessage(subject: string, issues: readonly InputIssue[]): string {
  const lines = issues.map((issue) => `- ${issue.path === '' ? '(input)' : issue.path}: ${issue.message}`);
  return `Invalid ${subject} (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`;
}

/**
 * Base class of the errors thrown for invalid grading input. The message lists every issue with
 * its field path and the allowed values; `issues` has the same as data.
 *
 * @example
 * ```ts
 * import { gradeCRS, GradingInputError } from 'cytokine-release-syndrome';
 * const body = '{"temperatureCelsius": 38.5, "hypotension": false}';
 * try {
 *   gradeCRS(JSON.parse(body));
 * } catch (error) {
 *   if (error instanceof GradingInputError) console.log(error.issues); // vasopressors and oxygen are required
 * }
 * ```
 */
export class GradingInputError extends Error {
  /** Every problem found, in input order. Never empty. */
  readonly issues: readonly InputIssue[];

  /**
   * @param subject - what was being validated, for the message (e.g. "CRS assessment").
   * @param issues - the problems found; at least one.
   */
  constructor(subject: string, issues: readonly InputIssue[]) {
    super(formatMessage(subject, issues));
    this.name = new.target.name;
    this.issues = Object.freeze(issues.map((issue) => Object.freeze({ ...issue })));
  }
}

/**
 * Creates an input error whose stack starts at the caller of the public function `api`, so that
 * the library's own frames never show up in a consumer's logs.
 *
 * @internal
 */
export function inputErrorFrom<E extends GradingInputError>(
  ErrorClass: new (issues: readonly InputIssue[]) => E,
  issues: readonly InputIssue[],
  api: (...args: never[]) => unknown,
): E {
  const error = new ErrorClass(issues);
  // V8 only; elsewhere the stack is left as the engine made it.
  (Error as { captureStackTrace?: (target: object, fn: unknown) => void }).captureStackTrace?.(error, api);
  return error;
}
