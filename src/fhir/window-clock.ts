import type { Timestamp } from '../contract/timestamp.js';
import type { TimeSpan } from './time.js';

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
  /** The window's `at`: its date, or its start as a date-time in the infusion's offset. */
  readonly label: (key: number) => string;
}

/** Windows of one written calendar date each. @internal */
export const CALENDAR_DAY_CLOCK: WindowClock = /* @__PURE__ */ Object.freeze({
  range: (span: TimeSpan) => ({ first: span.firstDay, last: span.lastDay }),
  label: (key: number) => new Date(key * DAY_MS).toISOString().slice(0, 10),
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
 * windows have negative keys). Labels are written with seconds in the infusion's offset, or
 * without one when the infusion has none.
 *
 * @internal
 */
export function hourClock(hours: number, infusion: Timestamp & { readonly instant: number }): WindowClock {
  const length = hours * HOUR_MS;
  const { suffix, minutes } = offsetOf(infusion.text);
  const index = (ms: number): number => Math.floor((ms - infusion.instant) / length);
  return {
    range: (span: TimeSpan) =>
      span.point
        ? { first: index(span.startMs), last: index(span.startMs) }
        : {
            first: Number.isFinite(span.startMs) ? index(span.startMs) : Number.NEGATIVE_INFINITY,
            // The end is exclusive: a period that ends where a window starts does not touch it.
            last: Number.isFinite(span.endMs) ? Math.max(index(span.endMs - 1), index(span.startMs)) : Number.POSITIVE_INFINITY,
          },
    label: (key: number) => {
      const local = new Date(infusion.instant + key * length + minutes * 60_000).toISOString();
      // Seconds are always written, so that a label with an offset is a valid FHIR dateTime.
      return `${local.slice(0, 19)}${local.slice(19, 23) === '.000' ? '' : local.slice(19, 23)}${suffix}`;
    },
  };
}
