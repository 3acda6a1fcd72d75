import type { NumberRange } from '../grading/number-range.js';
import type { IssuePath } from './path.js';

/**
 * A received value as an issue describes it: its type, and the value itself only for short
 * scalars (strings are cut at 40 characters), so that an issue never carries a whole input.
 */
export interface ReceivedValue {
  /** What was received. `'undefined'` means nothing was there. */
  readonly type: 'string' | 'number' | 'boolean' | 'null' | 'undefined' | 'array' | 'object' | 'function' | 'symbol' | 'bigint';
  /** The value, for strings (at most 40 characters), numbers and booleans. */
  readonly value?: string | number | boolean;
}

/** Why the ICANS instrument is ICE or CAPD, for the messages that depend on it. */
export interface InstrumentReason {
  /** The instrument in use. */
  readonly instrument: 'ice' | 'capd';
  /** Why: below the age boundary, developmental delay, or at or above the boundary. */
  readonly reason: 'capd-below-age-boundary' | 'capd-for-developmental-delay' | 'ice-at-or-above-age-boundary';
  /** The patient's age in years. */
  readonly ageYears: number;
  /** The age boundary in use (`capdBelowAgeYears`). */
  readonly boundary: number;
}

/** Why two facts cannot both hold; the wording of a `contradiction` issue. */
export type ContradictionReason =
  | 'organ-toxicity-grade-4-is-life-threatening'
  | 'intubation-is-urgent-intervention'
  | 'refractory-hypotension-is-life-threatening'
  | 'life-threatening-hypotension-is-life-threatening'
  | 'is-an-intervention'
  | 'hypotension-is-treated'
  | 'masking-therapy-is-an-intervention'
  | 'urgent-intervention-indicated';

/**
 * The parameters of each issue code: what a message in any language is rendered from. Every issue
 * the library reports has one of these codes; the codes are stable.
 */
export interface IssueParams {
  /** A required field is missing (absence must be stated explicitly). */
  readonly required: Readonly<Record<string, never>>;
  /** A key the object does not have. */
  readonly 'unknown-key': { readonly allowed: readonly string[] };
  /** Not an object. */
  readonly 'expected-object': { readonly received: ReceivedValue };
  /** Not an array. */
  readonly 'expected-array': { readonly received: ReceivedValue };
  /** Not a boolean. */
  readonly 'expected-boolean': { readonly received: ReceivedValue };
  /** Not a finite number in the range (or not an integer where one is needed). */
  readonly 'expected-number': { readonly range: NumberRange; readonly integer: boolean; readonly received: ReceivedValue };
  /** A Celsius field received a value that looks like degrees Fahrenheit. */
  readonly 'looks-like-fahrenheit': { readonly range: NumberRange; readonly received: number; readonly celsius: number };
  /** Not one of the allowed values. */
  readonly 'expected-one-of': { readonly allowed: readonly string[]; readonly received: ReceivedValue };
  /** Neither an ICE score nor ICE items. */
  readonly 'expected-ice-score': { readonly received: ReceivedValue };
  /** Not an ISO 8601 date or date-time. */
  readonly 'expected-timestamp': { readonly received: ReceivedValue };
  /** A list names the same value twice. */
  readonly duplicate: { readonly value: string; readonly item: 'agent' | 'sign' | 'observation' | 'treatment' };
  /** A list is longer than allowed (for distinct items: than there are values). */
  readonly 'too-many-items': { readonly maximum: number; readonly received: number; readonly item: 'agent' | 'sign' | 'observation' | 'treatment' };
  /** A form gave one field twice with something in both (a total and its items, a nested and a dotted name). */
  readonly 'given-twice': Readonly<Record<string, never>>;
  /** A hole in a sparse array. */
  readonly 'missing-item': Readonly<Record<string, never>>;
  /** A getter or setter, which is never called. */
  readonly accessor: Readonly<Record<string, never>>;
  /** The value threw while it was being read (for example a revoked Proxy). */
  readonly unreadable: Readonly<Record<string, never>>;
  /** A nasal cannula without its flow. */
  readonly 'flow-required': { readonly device: string };
  /** A flow on room air. */
  readonly 'flow-on-room-air': Readonly<Record<string, never>>;
  /** An inspired oxygen fraction other than 21% on room air. */
  readonly 'fraction-on-room-air': Readonly<Record<string, never>>;
  /** Vasopressors while `hypotension` is false. */
  readonly 'vasopressors-without-hypotension': Readonly<Record<string, never>>;
  /** Fluid boluses while `hypotension` is false. */
  readonly 'boluses-without-hypotension': Readonly<Record<string, never>>;
  /** A vasopressor fact while no vasopressor is given. */
  readonly 'without-vasopressors': { readonly fact: 'dose' | 'duration' | 'life-threatening-hypotension' };
  /** A high-dose duration without a high dose. */
  readonly 'high-dose-duration-without-high-dose': Readonly<Record<string, never>>;
  /** A high-dose duration longer than the time on vasopressors. */
  readonly 'high-dose-duration-too-long': { readonly hours: number; readonly totalHours: number };
  /** Two facts that cannot both hold; the issue is at one, `other` names the second. */
  readonly contradiction: {
    readonly other: string;
    readonly otherValue: string | number | boolean | null;
    readonly reason: ContradictionReason;
  };
  /** A score of the instrument not in use (ICE for a child on CAPD, or the reverse). */
  readonly 'score-not-allowed': { readonly why: InstrumentReason };
  /** The score of the instrument in use is missing. */
  readonly 'score-required': { readonly why: InstrumentReason };
  /** An ICE score above 0 for an unarousable patient. */
  readonly 'ice-when-unarousable': { readonly score: number };
  /** A CAPD score for an unarousable child. */
  readonly 'capd-when-unarousable': Readonly<Record<string, never>>;
  /** Sedation given as the reason for an unarousable patient. */
  readonly 'sedated-when-unarousable': Readonly<Record<string, never>>;
  /** A course without observations. */
  readonly 'no-observations': Readonly<Record<string, never>>;
  /** An observation of a course with neither a CRS nor an ICANS assessment. */
  readonly 'observation-without-assessment': Readonly<Record<string, never>>;
  /** Two observations of a course at the same time; `other` is the first one's path. */
  readonly 'same-time': { readonly other: string; readonly dateOnly: boolean };
  /** An observation after one graded 5 (death). */
  readonly 'after-death': { readonly death: string; readonly syndrome: 'crs' | 'icans' };
  /** A graded course of a cohort built with another scale or joining than the first one. */
  readonly 'cohort-mixes-settings': { readonly first: string; readonly value: string };
  /** An observation's `feverMasked` contradicts what the course derives from its treatments. */
  readonly 'fever-masking-contradicts-course': { readonly stated: boolean; readonly derived: boolean; readonly treatment: string | null };
}

/** A stable code for each kind of problem an input can have. */
export type IssueCode = keyof IssueParams;

/** An issue before its message is worded: its code, where it is, and what the message is built from. */
export interface RawIssue<Code extends IssueCode = IssueCode> {
  /** The kind of problem. */
  readonly code: Code;
  /** Where it is, from the input's root. */
  readonly path: IssuePath;
  /** What a message is worded from. */
  readonly params: IssueParams[Code];
}

/** Describes a received value for an issue, never keeping more than a short scalar. @internal */
export function receivedValue(value: unknown): ReceivedValue {
  if (value === null) return { type: 'null' };
  const type = typeof value;
  // Array.isArray throws on a revoked Proxy: such a value is described as an object.
  if (type === 'object') return { type: isArraySafely(value) ? 'array' : 'object' };
  if (type === 'string') return { type, value: (value as string).slice(0, 40) };
  if (type === 'number' || type === 'boolean') return { type, value: value as number | boolean };
  return { type };
}

function isArraySafely(value: unknown): boolean {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}
