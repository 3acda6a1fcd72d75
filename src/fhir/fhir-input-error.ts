import { MAX_ISSUES } from '../contract/read.js';
import { type IssuePath, formatIssuePath } from '../contract/path.js';
import type { FhirWindowSources } from './windows.js';

/**
 * The kinds of problem the FHIR entry reports, each with a stable code.
 *
 * @example
 * ```ts
 * import type { FhirIssueCode } from 'cytokine-release-syndrome/fhir';
 * const code: FhirIssueCode = 'unknown-unit';
 * ```
 */
export type FhirIssueCode =
  /** Not a Bundle and not an array of resources. */
  | 'expected-resources'
  /** Not an object with a string `resourceType`. */
  | 'expected-resource'
  /** A field of the wrong JSON type. */
  | 'expected-type'
  /** A required field is missing. */
  | 'required'
  /** Not one of the allowed values (a status, an option). */
  | 'expected-one-of'
  /** Not a FHIR date, date-time or instant the reader can place. */
  | 'expected-timestamp'
  /** A unit outside the conversion table. */
  | 'unknown-unit'
  /** A D-dimer unit without a basis, or in the other basis. */
  | 'd-dimer-basis'
  /** A number outside the plausible range. */
  | 'implausible-value'
  /** Two resources with the same type and id, or the same fullUrl. */
  | 'duplicate-resource'
  /** A reference to a resource that is not in the input. */
  | 'unresolved-reference'
  /** The codes of one concept name two different things the library reads. */
  | 'ambiguous-code'
  /** A medication's text names a drug the library reads, but none of its codes matches. */
  | 'unmatched-medication'
  /** Resources read are about different subjects: a course is one patient's. */
  | 'several-subjects'
  /** Hypotension stated absent in a window where a vasopressor was given. */
  | 'hypotension-contradicts-vasopressor'
  /** A grading or episode that cannot be written (grade 0, not gradable, uncertain peak). */
  | 'not-writable'
  /** A window whose temperature, hypotension, vasopressors or oxygen the data does not give (refused unless `incompleteWindows: 'leave-out'`). */
  | 'incomplete-window'
  /** Hypotension stated for a window the data does not have (the key is not a window's name). */
  | 'unknown-window'
  /** A reading whose time could fall in several windows, none of which another reading opens (refused unless `incompleteWindows: 'leave-out'`). */
  | 'unplaced-reading';

/**
 * One problem with the FHIR input or the options: where it is (`path` into the input as given,
 * e.g. `['entry', 3, 'resource', 'valueQuantity', 'code']`), what is wrong, and the allowed values.
 *
 * @example
 * ```ts
 * import type { FhirIssue } from 'cytokine-release-syndrome/fhir';
 * const describe = (issue: FhirIssue): string => `${issue.pathText}: ${issue.message}`;
 * ```
 */
export interface FhirIssue {
  readonly code: FhirIssueCode;
  readonly path: IssuePath;
  /** The same path as text: `entry[3].resource.valueQuantity.code`. */
  readonly pathText: string;
  /** What is wrong, naming the allowed values. */
  readonly message: string;
  /** The allowed values, when there is a list of them (`[]` otherwise). */
  readonly allowed: readonly string[];
  /** The resource the problem is in (`Observation/temp-1`), when it is in one. */
  readonly resource: string | null;
}

/** An issue before its path is written as text. @internal */
export interface RawFhirIssue {
  readonly code: FhirIssueCode;
  readonly path: IssuePath;
  readonly message: string;
  readonly allowed?: readonly string[];
  readonly resource?: string | null;
}

const BRAND: unique symbol = Symbol.for('cytokine-release-syndrome.FhirInputError') as never;

/**
 * Thrown for FHIR input or options the library refuses. The message lists every issue (at most
 * 100; `issueCount` says how many there were) with its path and the allowed values; `issues` has
 * the same as data. Recognise it with `FhirInputError.is(error)` or `instanceof` (both work across
 * the ESM and CommonJS builds).
 *
 * @example
 * ```ts
 * import { courseFromFhir, FhirInputError } from 'cytokine-release-syndrome/fhir';
 * let refused: unknown;
 * try {
 *   courseFromFhir({ resourceType: 'Patient' } as never, { infusionAt: '2026-03-02' });
 * } catch (error) {
 *   refused = error;
 * }
 * FhirInputError.is(refused) && refused.issues[0]?.code; // 'expected-resources'
 * ```
 */
export class FhirInputError extends Error {
  /** The problems found, in the order found; at most 100. Never empty. */
  readonly issues: readonly FhirIssue[];
  /** How many problems there were in all. */
  readonly issueCount: number;
  /**
   * When `courseFromFhir` refused windows the data does not describe fully (issues
   * `incomplete-window`): every such window, with the facts it misses and those it has. Empty
   * otherwise.
   */
  readonly incompleteWindows: readonly FhirWindowSources[];

  /**
   * @param subject - what was read, for the message title.
   * @param issues - the problems; at least one.
   * @param incompleteWindows - the windows refused as incomplete, if that is the problem.
   * @internal The readers and writers construct it.
   */
  constructor(subject: string, issues: readonly RawFhirIssue[], incompleteWindows: readonly FhirWindowSources[] = []) {
    const rendered = issues.slice(0, MAX_ISSUES).map(
      (issue): FhirIssue =>
        Object.freeze({
          code: issue.code,
          path: Object.freeze(issue.path.slice()),
          pathText: formatIssuePath(issue.path),
          message: issue.message,
          allowed: Object.freeze((issue.allowed ?? []).slice()),
          resource: issue.resource ?? null,
        }),
    );
    const lines = rendered.map((issue) => `- ${issue.pathText === '' ? '(input)' : issue.pathText}: ${issue.message}`);
    if (issues.length > rendered.length) lines.push(`- … and ${issues.length - rendered.length} more`);
    super(`Invalid ${subject} (${issues.length} ${issues.length === 1 ? 'problem' : 'problems'}):\n${lines.join('\n')}`);
    this.name = new.target.name;
    (this as { [BRAND]?: true })[BRAND] = true;
    this.issues = Object.freeze(rendered);
    this.issueCount = issues.length;
    this.incompleteWindows = Object.freeze(incompleteWindows.slice());
  }

  /**
   * Whether `value` is a FHIR input error of this library, from any build or copy of it.
   *
   * @example
   * ```ts
   * import { FhirInputError } from 'cytokine-release-syndrome/fhir';
   * FhirInputError.is(new TypeError('no')); // false
   * ```
   */
  static is(value: unknown): value is FhirInputError {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  /** `instanceof` checks the brand, so it holds across builds and copies of the library. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return FhirInputError.is(value);
  }
}

/** Lists values for a message: `"final", "amended"`. @internal */
export function listed(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

/** Describes a received value briefly, never more than a short scalar. @internal */
export function described(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return Array.isArray(value) ? 'an array' : `a ${typeof value}`;
}
