import type { Timestamp } from '../contract/timestamp.js';
import { EARLIEST_OFFSET_MS, LATEST_OFFSET_MS, type TimeSpan, certainInterval } from './time.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/**
 * How times fall into assessment windows. Keys are integers in time order: a written calendar date
 * (days since 1970-01-01) by default, or the index of a caller-set window counted from the
 * infusion.
 *
 * @internal
 */
export interface WindowClock {
  /** The first and last window a time touches (±Infinity for an open period). */
  readonly range: (span: TimeSpan) => { readonly first: number; readonly last: number };
  /**
   * The windows a reading over a period certainly went on in; `null` for none. A period without
   * an end is certain only in the window of its start, one without a start only in that of its end.
   */
  readonly certain: (span: TimeSpan) => { readonly first: number; readonly last: number } | null;
  /** The window's name: its date, or its start as a date-time in the infusion's offset. */
  readonly label: (key: number) => string;
  /**
   * A reading's time as a window's `at`: as written, except that in windows of hours a date-time
   * in another offset than the infusion's is written in the infusion's, so that the course orders
   * the windows as the reader does.
   */
  readonly write: (text: string, instant: number) => string;
}

/** Windows of one written calendar date each. @internal */
export const CALENDAR_DAY_CLOCK: WindowClock = /* @__PURE__ */ Object.freeze({
  range: (span: TimeSpan) => ({ first: span.firstDay, last: span.lastDay }),
  // Dates are read as written, so a written date is certain even without a time of day.
  certain: (span: TimeSpan) =>
    Number.isFinite(span.firstDay)
      ? { first: span.firstDay, last: Number.isFinite(span.lastDay) ? span.lastDay : span.firstDay }
      : { first: span.lastDay, last: span.lastDay },
  label: (key: number) => new Date(key * DAY_MS).toISOString().slice(0, 10),
  write: (text: string) => text,
});

function offsetOf(text: string): { readonly suffix: string; readonly minutes: number } {
  const match = /(Z|[+-]\d{2}:\d{2})$/.exec(text);
  if (match === null || match[1] === undefined) return { suffix: '', minutes: 0 };
  if (match[1] === 'Z') return { suffix: 'Z', minutes: 0 };
  const sign = match[1].startsWith('-') ? -1 : 1;
  return { suffix: match[1], minutes: sign * (Number(match[1].slice(1, 3)) * 60 + Number(match[1].slice(4, 6))) };
}

/**
 * Windows of `hours` hours from the infusion instant (window 0 starts at the infusion; earlier
 * windows have negative keys). Names are written with seconds in the infusion's offset, or
 * without one when the infusion has none.
 *
 * @internal
 */
export function hourClock(hours: number, infusion: Timestamp & { readonly instant: number }): WindowClock {
  const length = hours * HOUR_MS;
  const { suffix, minutes } = offsetOf(infusion.text);
  const index = (ms: number): number => Math.floor((ms - infusion.instant) / length);
  const written = (ms: number): string => {
    const local = new Date(ms + minutes * 60_000).toISOString();
    // Seconds are always written, so that a time with an offset is a valid FHIR dateTime.
    return `${local.slice(0, 19)}${local.slice(19, 23) === '.000' ? '' : local.slice(19, 23)}${suffix}`;
  };
  const range = (span: TimeSpan): { readonly first: number; readonly last: number } => {
    if (span.point) return { first: index(span.startMs), last: index(span.startMs) };
    // A bound written as a date is a day in an unknown offset: it may start up to 14 h before
    // UTC midnight and end up to 12 h after the next one.
    const start = span.startMs - (span.vagueStart ? EARLIEST_OFFSET_MS : 0);
    const end = span.endMs + (span.vagueEnd ? LATEST_OFFSET_MS : 0);
    return {
      first: Number.isFinite(start) ? index(start) : Number.NEGATIVE_INFINITY,
      // The end is exclusive: a period that ends where a window starts does not touch it.
      last: Number.isFinite(end) ? Math.max(index(end - 1), index(start)) : Number.POSITIVE_INFINITY,
    };
  };
  return {
    range,
    certain: (span: TimeSpan) => {
      const sure = certainInterval(span);
      if (sure !== null) return { first: index(sure.from), last: index(sure.to) };
      // No instant is certain, but the whole time may still lie in one window.
      const { first, last } = range(span);
      return first === last && Number.isFinite(first) ? { first, last } : null;
    },
    label: (key: number) => written(infusion.instant + key * length),
    write: (text: string, instant: number) => (offsetOf(text).suffix === suffix ? text : written(instant)),
  };
}
