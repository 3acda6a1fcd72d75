import { type Timestamp, compareTimestamps, parseTimestamp } from '../contract/timestamp.js';
import { FEVER_MASKING_TREATMENTS } from '../course/grade-course.js';
import { FEVER_THRESHOLD_CELSIUS } from '../crs/scales/astct-2019.js';
import type { TreatmentReading } from './readings.js';
import type { WindowClock } from './window-clock.js';
import { type AssembledWindow, belowFever } from './windows.js';

/**
 * A treatment's time as the course has it: as written, except that in windows of hours a time of
 * day is written in the infusion's offset, as the windows are.
 *
 * @internal
 */
export function treatmentTime({ time }: TreatmentReading, clock: WindowClock): string {
  return time.vagueStart ? (time.startText as string) : clock.write(time.startText as string, time.startMs);
}

/** A masking treatment, with its time as the course orders it and as it happened. */
interface Given {
  readonly reading: TreatmentReading;
  readonly stamp: Timestamp;
  /** Its instant; `null` for a date without a time of day. */
  readonly ms: number | null;
}

/** A window's time as the course orders it and as it happened. */
interface Seen {
  readonly window: AssembledWindow;
  readonly stamp: Timestamp;
}

function describe({ reading }: Given): string {
  return `${reading.treatment} (${reading.references.join(', ')})`;
}

/** Whether the treatment could be before the window's time, as the course orders them or as they happened. */
function possiblyBefore(given: Given, { window, stamp }: Seen): boolean {
  if (compareTimestamps(given.stamp, stamp) < 0) return true;
  if (given.ms === null || window.atMs === null) return given.stamp.day === stamp.day;
  return given.ms < window.atMs;
}

/** Whether the window's time could be before the treatment, as the course orders them or as they happened. */
function possiblyEarlier({ window, stamp }: Seen, given: Given): boolean {
  if (compareTimestamps(stamp, given.stamp) < 0) return true;
  if (given.ms === null || window.atMs === null) return stamp.day === given.stamp.day;
  return window.atMs < given.ms;
}

/** Whether the course orders the two as they happened (both with a time of day). */
function orderedAsHappened(given: Given, { window, stamp }: Seen): boolean {
  if (given.ms === null || window.atMs === null || given.ms === window.atMs) return true;
  return compareTimestamps(given.stamp, stamp) < 0 === given.ms < window.atMs;
}

function febrile({ crs, missing }: AssembledWindow): boolean {
  return missing.length === 0 && (crs.temperatureCelsius ?? 0) >= FEVER_THRESHOLD_CELSIUS;
}

/** Whether a complete window has a finding beside fever: masked, it is graded 1 or more and resolves nothing. */
function abnormal({ crs, missing }: AssembledWindow): boolean {
  return missing.length === 0 && (crs.hypotension === true || (crs.vasopressors?.length ?? 0) > 0 || (crs.oxygen !== undefined && crs.oxygen.device !== 'room-air'));
}

/** Whether a used dose was certainly given before all of the window's readings. */
function certainlyBeforeWindow(given: Given, { window, stamp }: Seen): boolean {
  return given.reading.trusted && given.ms !== null && window.firstMs !== null && given.ms < window.firstMs && compareTimestamps(given.stamp, stamp) < 0;
}

/**
 * Whether the episode of the fever at `fever` is certainly still open at every window from it up to
 * (not including) `until`: each is febrile, or has another finding while a masking dose certainly
 * given after the fever and before the window masks it. Any other window could resolve it.
 */
function openThrough(seen: readonly Seen[], fever: number, until: number, masking: readonly Given[]): boolean {
  const onset = seen[fever] as Seen;
  for (let at = fever + 1; at < until; at += 1) {
    const item = seen[at] as Seen;
    if (febrile(item.window)) continue;
    const masked = masking.some((given) => !possiblyBefore(given, onset) && certainlyBeforeWindow(given, item));
    if (!masked || !abnormal(item.window)) return false;
  }
  return true;
}

/** Whether a fever in the course certainly came before the dose, in an episode certainly still open at it. */
function openFeverBefore(seen: readonly Seen[], given: Given, masking: readonly Given[]): boolean {
  // Every window that could be before the dose, including those whose order with it is unknown.
  let until = 0;
  seen.forEach((item, index) => {
    if (possiblyEarlier(item, given)) until = index + 1;
  });
  for (let fever = until - 1; fever >= 0; fever -= 1) {
    const item = seen[fever] as Seen;
    if (febrile(item.window) && !possiblyBefore(given, item) && openThrough(seen, fever, until, masking)) return true;
  }
  return false;
}

/**
 * Whether an episode could be open when the dose was given: some window that could precede it
 * could have fever, and no window certainly after that one and certainly before the dose resolves
 * it for sure (complete, afebrile, with no other finding: grade 0 masked or not).
 */
function possiblyOpenAt(seen: readonly Seen[], given: Given): boolean {
  let fever = -1;
  seen.forEach((item, index) => {
    const onsetCouldPrecede = item.window.onsetCouldBeFrom !== null && given.ms !== null && item.window.onsetCouldBeFrom <= given.ms;
    if ((possiblyEarlier(item, given) || onsetCouldPrecede) && item.window.couldBeFever) fever = index;
  });
  if (fever === -1) return false;
  for (let at = fever + 1; at < seen.length; at += 1) {
    const item = seen[at] as Seen;
    const { window } = item;
    if (window.missing.length === 0 && !febrile(window) && !abnormal(window) && !possiblyBefore(given, item)) return false;
  }
  return true;
}

/**
 * Whether masking is certainly in force at all of the window's readings already: a used masking
 * dose certainly before them, after a fever in the course whose episode is certainly still open.
 */
function alreadyMasked(seen: readonly Seen[], index: number, masking: readonly Given[]): boolean {
  const target = seen[index];
  if (target === undefined) return false;
  return masking.some((given) => {
    if (!certainlyBeforeWindow(given, target)) return false;
    for (let fever = index - 1; fever >= 0; fever -= 1) {
      const item = seen[fever] as Seen;
      if (febrile(item.window) && !possiblyBefore(given, item) && openThrough(seen, fever, index, masking)) return true;
    }
    return false;
  });
}

/**
 * Leaves the temperature missing in every window below 38.0 °C whose masked fever (DEC-42) the
 * course could decide wrongly from what the data says:
 *
 * - after a withheld masking treatment, which may or may not have been given;
 * - after a masking treatment given after a withheld reading that could be the onset of fever and
 *   before the first used one (whether it came after the onset is unknown);
 * - after a masking treatment given after a window left out that could have fever (it could be
 *   the onset, which the course does not see), unless a window in the course had fever before it;
 * - where a masking treatment and a window's time are written in different offsets and the course
 *   would order them otherwise than they happened (the window itself; and every later window when
 *   that window could be the onset of fever);
 * - where a masking treatment was given between the window's own readings while fever was
 *   possible before it, masking is not already certainly in force, and the readings after it
 *   (masked) do not give the window's worst ASTCT 2019 grade: that comes from readings it does not mask;
 * - where a masking treatment has no time of day: the windows of its date (unless masking is
 *   already in force), and every later window when its date could hold the onset of fever.
 *
 * Mutates the windows it withdraws a temperature from (their `crs`, `missing` and `reasons`).
 *
 * @internal
 *
 * @see criteria ASTCT-CRS-07 (docs/criteria/astct-2019-crs.md#astct-crs-07); doi:10.1016/j.bbmt.2018.12.758, CRS grading table, fever footnote
 * @see criteria DEC-42, DEC-49 (docs/criteria/decisions.md#dec-49)
 */
export function withdrawDoubtfulTemperatures(windows: readonly AssembledWindow[], treatments: readonly TreatmentReading[], clock: WindowClock): void {
  const masking: Given[] = treatments
    .filter(({ treatment, time }) => FEVER_MASKING_TREATMENTS.includes(treatment) && time.startText !== null)
    .map((reading) => ({ reading, stamp: parseTimestamp(treatmentTime(reading, clock)) as Timestamp, ms: reading.time.vagueStart ? null : reading.time.startMs }));
  if (masking.length === 0) return;
  const seen: Seen[] = windows.map((window) => ({ window, stamp: parseTimestamp(window.at) as Timestamp }));
  // Doubts about every later window below fever, and doubts about one window only.
  const later: { readonly given: Given; readonly reason: string }[] = [];
  const own = new Map<AssembledWindow, string>();
  for (const given of masking) {
    // A dose no episode could be open at masks nothing, in the course as in fact (DEC-42).
    if (!possiblyOpenAt(seen, given)) continue;
    if (!given.reading.trusted) {
      later.push({ given, reason: `a withheld ${describe(given)} administration could mask fever` });
      continue;
    }
    // Windows whose fever could be at or before the treatment, and whether one in the course certainly is.
    const feverBefore = seen.filter((item) => item.window.couldBeFever && (compareTimestamps(item.stamp, given.stamp) <= 0 || (item.window.atMs !== null && given.ms !== null && item.window.atMs <= given.ms)));
    const certainFeverBefore = openFeverBefore(seen, given, masking);
    const withheldOnset = seen.find((item) => item.window.onsetCouldBeFrom !== null && given.ms !== null && item.window.onsetCouldBeFrom <= given.ms && possiblyBefore(given, item));
    if (withheldOnset !== undefined) {
      later.push({ given, reason: `a withheld temperature of ${withheldOnset.window.window} could put the onset of fever before ${describe(given)}, which would then mask fever` });
    }
    // Whether the dose came in an open episode depends on every window before it: one the course
    // does not see (left out) or cannot order against it could be an onset or a resolution.
    if (feverBefore.length > 0 && !certainFeverBefore) {
      const unseen = seen.find((item) => possiblyEarlier(item, given) && (item.window.missing.length > 0 || possiblyBefore(given, item)));
      if (unseen !== undefined) {
        const what = unseen.window.missing.length > 0 ? 'which is not in the course' : 'whose readings cannot be ordered against it';
        later.push({ given, reason: `${unseen.window.window}, ${what}, decides whether ${describe(given)} came in an open episode of CRS and masks fever` });
      }
    }
    // A window at its date has readings without a time of day: before or after a dose that day is unknown.
    if (given.ms !== null && feverBefore.length > 0) {
      seen.forEach((item, index) => {
        if (item.window.atMs === null && item.stamp.day === given.stamp.day && !own.has(item.window) && !alreadyMasked(seen, index, masking)) {
          own.set(item.window, `its readings have no time of day: whether they came after ${describe(given)} is unknown`);
        }
      });
    }
    for (const item of seen) {
      if (orderedAsHappened(given, item)) continue;
      const why = `${describe(given)} and the time of ${item.window.window} are written in different offsets, and the course would order them otherwise than they happened`;
      if (item.window.couldBeFever) later.push({ given, reason: why });
      else own.set(item.window, why);
    }
    if (given.ms === null) {
      // A date without a time of day: before or after the readings of its date is unknown.
      const sameDay = seen.filter(({ stamp }) => stamp.day === given.stamp.day);
      const onset = sameDay.find(({ window }) => window.couldBeFever);
      if (onset !== undefined && !certainFeverBefore) {
        later.push({ given, reason: `${describe(given)} has no time of day, and ${onset.window.window} could have the onset of fever: whether it came after the onset is unknown` });
      }
      for (const { window } of sameDay) {
        if (!own.has(window) && !alreadyMasked(seen, seen.findIndex((item) => item.window === window), masking)) {
          own.set(window, `${describe(given)} has no time of day: whether it came before the readings of this window is unknown`);
        }
      }
      continue;
    }
    if (feverBefore.length === 0) continue;
    seen.forEach(({ window }, index) => {
      if (window.firstMs === null || window.atMs === null || !(window.firstMs < (given.ms as number) && (given.ms as number) < window.atMs) || own.has(window)) return;
      if (window.sameFactsFrom(given.ms as number) || alreadyMasked(seen, index, masking)) return;
      own.set(window, `${describe(given)} was given between the readings of this window, and the readings after it (which it masks) do not show the window's worst grade, those before it (not masked) do; windows of hours can tell them apart`);
      // Whether the episode was still open at the dose then depends on this window's readings.
      later.push({ given, reason: `whether ${describe(given)} came in an open episode of CRS depends on ${window.window}, whose readings it masks only in part` });
    });
  }
  for (const item of seen) {
    const { window } = item;
    // Masked or not, a window with no finding beside fever is graded 0 (DEC-42).
    if (!belowFever(window) || (window.missing.length === 0 && !abnormal(window))) continue;
    const reason = own.get(window) ?? later.find(({ given }) => possiblyBefore(given, item))?.reason;
    if (reason === undefined) continue;
    delete (window.crs as { temperatureCelsius?: number }).temperatureCelsius;
    window.missing.unshift('temperatureCelsius');
    window.reasons.unshift(`temperatureCelsius: ${reason}`);
  }
}
