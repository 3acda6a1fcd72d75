import type { IssuePath } from '../contract/path.js';
import { type Timestamp, parseTimestamp } from '../contract/timestamp.js';
import { type RawFhirIssue, described } from './fhir-input-error.js';
import { type Json, isObject } from './resources.js';

const DAY_MS = 86_400_000;

/** The most a written date can be from UTC midnight: a date in +14:00 starts 14 h before it, one in −12:00 ends 12 h after. @internal */
export const EARLIEST_OFFSET_MS = 14 * 3_600_000;
/** @internal */
export const LATEST_OFFSET_MS = 12 * 3_600_000;

/**
 * When a resource happened, as the reader places it: a point (a date-time), a whole written date,
 * or a period between them. Days are written calendar dates (days since 1970-01-01); instants are
 * milliseconds (a date-time without an offset read as UTC, as in a course). `endMs` is exclusive
 * except for a point, where it equals `startMs`.
 *
 * @internal
 */
export interface TimeSpan {
  /** The start as written, for a course treatment's `at`; `null` for a period without a start. */
  readonly startText: string | null;
  readonly point: boolean;
  readonly firstDay: number;
  readonly lastDay: number;
  readonly startMs: number;
  readonly endMs: number;
  /** The start is a date without a time of day: it happened at an unknown time of that date. */
  readonly vagueStart: boolean;
  /** The end is a date without a time of day. */
  readonly vagueEnd: boolean;
}

const MIDNIGHT = /T00:00(?::00(?:\.0+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

function pointOrDate(stamp: Timestamp): TimeSpan {
  if (stamp.instant !== null) {
    return { startText: stamp.text, point: true, firstDay: stamp.day, lastDay: stamp.day, startMs: stamp.instant, endMs: stamp.instant, vagueStart: false, vagueEnd: false };
  }
  return { startText: stamp.text, point: false, firstDay: stamp.day, lastDay: stamp.day, startMs: stamp.day * DAY_MS, endMs: (stamp.day + 1) * DAY_MS, vagueStart: true, vagueEnd: true };
}

function readStamp(value: unknown, path: IssuePath, issues: RawFhirIssue[], reference: string): Timestamp | undefined {
  const stamp = typeof value === 'string' ? parseTimestamp(value) : undefined;
  if (stamp === undefined) {
    issues.push({
      code: 'expected-timestamp',
      path,
      message: `expected a FHIR date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm:ss with an offset); a month or a year alone cannot be placed in a window; received ${described(value)}`,
      allowed: ['YYYY-MM-DD', 'YYYY-MM-DDThh:mm:ss+zz:zz'],
      resource: reference,
    });
  }
  return stamp;
}

/**
 * Reads the time of a resource from the first of `fields` that is present: a `…DateTime` or
 * `…Instant` string, or a `…Period`. `undefined` (with an issue) when none is present or it cannot
 * be read.
 *
 * @internal
 */
export function readTime(
  resource: Json,
  fields: { readonly dateTime: readonly string[]; readonly period: string },
  path: IssuePath,
  issues: RawFhirIssue[],
  reference: string,
): TimeSpan | undefined {
  for (const field of fields.dateTime) {
    if (resource[field] === undefined) continue;
    const stamp = readStamp(resource[field], [...path, field], issues, reference);
    return stamp === undefined ? undefined : pointOrDate(stamp);
  }
  const period = resource[fields.period];
  if (period === undefined) {
    issues.push({
      code: 'required',
      path: [...path, fields.dateTime[0] ?? fields.period],
      message: `a resource the reader uses needs its time: ${[...fields.dateTime, fields.period].map((field) => JSON.stringify(field)).join(' or ')}`,
      allowed: [...fields.dateTime, fields.period],
      resource: reference,
    });
    return undefined;
  }
  const periodPath = [...path, fields.period];
  if (!isObject(period)) {
    issues.push({ code: 'expected-type', path: periodPath, message: `expected a Period object; received ${described(period)}`, resource: reference });
    return undefined;
  }
  const start = period['start'] === undefined ? null : readStamp(period['start'], [...periodPath, 'start'], issues, reference);
  const end = period['end'] === undefined ? null : readStamp(period['end'], [...periodPath, 'end'], issues, reference);
  if (start === undefined || end === undefined) return undefined;
  if (start === null && end === null) {
    issues.push({ code: 'required', path: [...periodPath, 'start'], message: 'a period needs a start or an end', allowed: ['start', 'end'], resource: reference });
    return undefined;
  }
  const from = start === null ? null : pointOrDate(start);
  const to = end === null ? null : pointOrDate(end);
  let lastDay = to === null ? Number.POSITIVE_INFINITY : to.lastDay;
  // A period that ends at midnight did not run on that date.
  if (end !== null && end.instant !== null && MIDNIGHT.test(end.text) && (from === null || end.instant > from.startMs)) lastDay -= 1;
  const span: TimeSpan = {
    startText: from?.startText ?? null,
    point: false,
    firstDay: from?.firstDay ?? Number.NEGATIVE_INFINITY,
    lastDay,
    startMs: from?.startMs ?? Number.NEGATIVE_INFINITY,
    endMs: to === null ? Number.POSITIVE_INFINITY : to.point ? to.startMs : to.endMs,
    vagueStart: from?.vagueStart ?? false,
    vagueEnd: to?.vagueEnd ?? false,
  };
  if (span.endMs < span.startMs || span.lastDay < span.firstDay) {
    issues.push({ code: 'expected-timestamp', path: [...periodPath, 'end'], message: 'the period ends before it starts', resource: reference });
    return undefined;
  }
  return span;
}

/** Instants from `from` to `to`, both included (either may be infinite). @internal */
export interface Interval {
  readonly from: number;
  readonly to: number;
}

/**
 * When a reading over a period certainly went on: from the latest it could have started to the
 * earliest it could have ended. A point is certain at its instant; a period without an end only at
 * its start (it began then; whether it went on is unknown), one without a start only just before its
 * end. A bound written as a date is a day in an unknown offset. `null` when no instant is certain.
 *
 * @internal
 *
 * @see criteria DEC-48 (docs/criteria/decisions.md#dec-48)
 */
export function certainInterval(span: TimeSpan): Interval | null {
  if (span.point) return { from: span.startMs, to: span.startMs };
  const hasStart = Number.isFinite(span.startMs);
  const hasEnd = Number.isFinite(span.endMs);
  if (!hasEnd) return span.vagueStart ? null : { from: span.startMs, to: span.startMs };
  if (!hasStart) return span.vagueEnd ? null : { from: span.endMs - 1, to: span.endMs - 1 };
  const latestStart = span.vagueStart ? span.startMs + DAY_MS + LATEST_OFFSET_MS : span.startMs;
  const earliestEnd = span.vagueEnd ? span.endMs - DAY_MS - EARLIEST_OFFSET_MS : span.endMs;
  if (latestStart < earliestEnd) return { from: latestStart, to: earliestEnd - 1 };
  // It ran at a bound written to the instant, whenever the other one was.
  if (!span.vagueStart) return { from: span.startMs, to: span.startMs };
  return span.vagueEnd ? null : { from: span.endMs - 1, to: span.endMs - 1 };
}

/**
 * When a reading over a time could have gone on. A point may stand for an infusion of unknown
 * length that began then; a period without an end may have gone on for ever, one without a start
 * may have begun at any time; a date is a day in an unknown offset.
 *
 * @internal
 */
export function possibleInterval(span: TimeSpan): Interval {
  if (span.point) return { from: span.startMs, to: Number.POSITIVE_INFINITY };
  const from = span.vagueStart ? span.startMs - EARLIEST_OFFSET_MS : span.startMs;
  const end = span.vagueEnd ? span.endMs + LATEST_OFFSET_MS : span.endMs;
  return { from, to: end - 1 };
}
