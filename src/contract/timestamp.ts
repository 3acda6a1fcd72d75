/** An ISO 8601 date or date-time as the library reads it: its calendar date as written, and its instant when it has a time. */
export interface Timestamp {
  /** The text as given. */
  readonly text: string;
  /** The calendar date as written (`2026-03-02`), never shifted by an offset. */
  readonly date: string;
  /** Days since 1970-01-01 of that calendar date: differences count calendar days. */
  readonly day: number;
  /** Milliseconds since the epoch for a date-time (read as UTC when it has no offset); `null` for a date. */
  readonly instant: number | null;
}

// A date, or a date-time with minutes, optional seconds and fraction, and an optional offset.
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?)?$/;
const DAY_MS = 86_400_000;

/**
 * Reads an ISO 8601 calendar date (`2026-03-02`) or date-time (`2026-03-02T14:30`,
 * `2026-03-02T14:30:05.5+01:00`, `…Z`); `undefined` for anything else, including impossible dates
 * (`2026-02-30`) and times (`24:00`).
 *
 * @internal
 */
export function parseTimestamp(text: string): Timestamp | undefined {
  const match = TIMESTAMP.exec(text);
  if (match === null) return undefined;
  const [, year, month, day, hour, minute, second, fraction, offset] = match;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  const dayNumber = Date.UTC(y, m - 1, d) / DAY_MS;
  // Date.UTC rolls an impossible date over (February 30 is March 2): refuse it instead.
  const check = new Date(dayNumber * DAY_MS);
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d || y < 1) return undefined;
  const date = `${year}-${month}-${day}`;
  if (hour === undefined) return { text, date, day: dayNumber, instant: null };
  const h = Number(hour);
  const min = Number(minute);
  const s = second === undefined ? 0 : Number(second);
  if (h > 23 || min > 59 || s > 59) return undefined;
  let offsetMinutes = 0;
  if (offset !== undefined && offset !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const offsetHours = Number(offset.slice(1, 3));
    const offsetMins = Number(offset.slice(4, 6));
    if (offsetHours > 14 || offsetMins > 59) return undefined;
    offsetMinutes = sign * (offsetHours * 60 + offsetMins);
  }
  const milliseconds = fraction === undefined ? 0 : Number(`0.${fraction}`) * 1000;
  const instant = dayNumber * DAY_MS + ((h * 60 + min - offsetMinutes) * 60 + s) * 1000 + milliseconds;
  return { text, date, day: dayNumber, instant };
}

/**
 * Orders two timestamps: by calendar date as written, then, on one date, as instants when both
 * are date-times. `0` means the same date when either has no time, else the same instant. Ordering
 * by the written date first keeps the order total (transitive) when date-only and timed values mix,
 * and it agrees with the instants whenever a course's times come from one local clock.
 *
 * @internal
 */
export function compareTimestamps(a: Timestamp, b: Timestamp): number {
  if (a.day !== b.day) return a.day - b.day;
  if (a.instant !== null && b.instant !== null) return a.instant - b.instant;
  return 0;
}
