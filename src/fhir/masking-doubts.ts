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

/** Whether the course orders the two as they happened (both with a time of day). */
function orderedAsHappened(given: Given, { window, stamp }: Seen): boolean {
  if (given.ms === null || window.atMs === null || given.ms === window.atMs) return true;
  return compareTimestamps(given.stamp, stamp) < 0 === given.ms < window.atMs;
}

/** Whether the window shows anything but normal findings, so that the course cannot resolve an episode at it. */
function abnormal({ crs, missing }: AssembledWindow): boolean {
  if (missing.length > 0) return false;
  return (crs.temperatureCelsius ?? 0) >= FEVER_THRESHOLD_CELSIUS || crs.hypotension === true || (crs.vasopressors?.length ?? 0) > 0 || (crs.oxygen !== undefined && crs.oxygen.device !== 'room-air');
}

/**
 * Whether masking is certainly in force at all of the window's readings already: a used masking
 * treatment certainly before them and certainly after a fever in the course, with every window
 * between that fever and this one abnormal, so that the episode cannot have resolved in between.
 */
function alreadyMasked(seen: readonly Seen[], index: number, masking: readonly Given[]): boolean {
  const target = seen[index];
  if (target === undefined || target.window.firstMs === null || !Number.isFinite(target.window.firstMs)) return false;
  const firstMs = target.window.firstMs;
  return masking.some((given) => {
    if (!given.reading.trusted || given.ms === null || given.ms >= firstMs || compareTimestamps(given.stamp, target.stamp) >= 0) return false;
    let fever = -1;
    for (let at = 0; at < index; at += 1) {
      const item = seen[at] as Seen;
      if (item.window.missing.length === 0 && (item.window.crs.temperatureCelsius ?? 0) >= FEVER_THRESHOLD_CELSIUS && !possiblyBefore(given, item)) fever = at;
    }
    if (fever === -1) return false;
    for (let at = fever + 1; at < index; at += 1) if (!abnormal((seen[at] as Seen).window)) return false;
    return true;
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
    if (!given.reading.trusted) {
      later.push({ given, reason: `a withheld ${describe(given)} administration could mask fever` });
      continue;
    }
    // Windows whose fever could be at or before the treatment, and whether one in the course certainly is.
    const feverBefore = seen.filter((item) => item.window.couldBeFever && (compareTimestamps(item.stamp, given.stamp) <= 0 || (item.window.atMs !== null && given.ms !== null && item.window.atMs <= given.ms)));
    const certainFeverBefore = feverBefore.some((item) => item.window.missing.length === 0 && !possiblyBefore(given, item));
    const withheldOnset = seen.find((item) => item.window.onsetCouldBeFrom !== null && given.ms !== null && item.window.onsetCouldBeFrom <= given.ms && possiblyBefore(given, item));
    if (withheldOnset !== undefined) {
      later.push({ given, reason: `a withheld temperature of ${withheldOnset.window.window} could put the onset of fever before ${describe(given)}, which would then mask fever` });
    }
    const leftOutOnset = feverBefore.find(({ window }) => window.missing.length > 0);
    if (leftOutOnset !== undefined && !certainFeverBefore) {
      later.push({ given, reason: `${leftOutOnset.window.window}, which is not in the course, could have fever before ${describe(given)}, which would then mask fever` });
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
    });
  }
  for (const item of seen) {
    const { window } = item;
    if (!belowFever(window)) continue;
    const reason = own.get(window) ?? later.find(({ given }) => possiblyBefore(given, item))?.reason;
    if (reason === undefined) continue;
    delete (window.crs as { temperatureCelsius?: number }).temperatureCelsius;
    window.missing.unshift('temperatureCelsius');
    window.reasons.unshift(`temperatureCelsius: ${reason}`);
  }
}
