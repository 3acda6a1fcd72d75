import type { CrsAssessment, OxygenSupport } from '../crs/assessment.js';
import { FEVER_THRESHOLD_CELSIUS, hypotensionFinding, hypoxiaFinding } from '../crs/scales/astct-2019.js';
import { OxygenDevice } from '../vocabulary/oxygen-device.js';
import type { Vasopressor } from '../vocabulary/vasopressor.js';
import type { RawFhirIssue } from './fhir-input-error.js';
import type { FhirNote } from './notes.js';
import { type OxygenEvaluation, type OxygenState, evaluateOxygen } from './oxygen-states.js';
import type { Readings, Sourced, SystolicReading, TemperatureReading, VasopressorReading } from './readings.js';
import { type Interval, certainInterval, possibleInterval } from './time.js';
import type { WindowClock } from './window-clock.js';

/**
 * Systolic pressure below which the `systolic-below-90` rule reads hypotension, in mmHg.
 *
 * @see criteria DEC-51 (docs/criteria/decisions.md#dec-51)
 * @example
 * ```ts
 * import { SYSTOLIC_HYPOTENSION_BELOW_MM_HG } from 'cytokine-release-syndrome/fhir';
 * 89 < SYSTOLIC_HYPOTENSION_BELOW_MM_HG; // true
 * 90 < SYSTOLIC_HYPOTENSION_BELOW_MM_HG; // false: 90 mmHg is not hypotension under the rule
 * ```
 */
export const SYSTOLIC_HYPOTENSION_BELOW_MM_HG = 90;

/**
 * A fact of a CRS window that the reader needs from the data.
 *
 * @example
 * ```ts
 * import type { WindowFact } from 'cytokine-release-syndrome/fhir';
 * const fact: WindowFact = 'oxygen';
 * ```
 */
export type WindowFact = 'temperatureCelsius' | 'hypotension' | 'vasopressors' | 'oxygen';

/**
 * What a window's hypotension rests on: the caller's statement, the `systolic-below-90` rule, or a
 * vasopressor given in the window (vasopressors are given for hypotension, DEC-09).
 *
 * @see criteria DEC-51 (docs/criteria/decisions.md#dec-51)
 * @example
 * ```ts
 * import type { HypotensionBasis } from 'cytokine-release-syndrome/fhir';
 * const basis: HypotensionBasis = 'stated';
 * ```
 */
export type HypotensionBasis = 'stated' | 'systolic-below-90' | 'vasopressor';

/**
 * One assessment window of {@link courseFromFhir}: which resources fed it and each of its facts,
 * and why it is not in the course when it is not.
 *
 * @example
 * ```ts
 * import type { FhirWindowSources } from 'cytokine-release-syndrome/fhir';
 * const gradable = (window: FhirWindowSources): boolean => window.missing.length === 0;
 * ```
 */
export interface FhirWindowSources {
  /**
   * Which window it is: its calendar date (`2026-03-03`), or for windows of hours the date-time it
   * starts, in the infusion's offset. Hypotension statements and notes name windows by it.
   */
  readonly window: string;
  /**
   * The window's time, as the course observation has it: the time of its first reading of fever
   * when it has fever, else of its latest reading, as written (in windows of hours, in the
   * infusion's offset); its date when such a reading has no time of day.
   */
  readonly at: string;
  /** Its index in `course.observations`, or `null` when a fact is missing and the window is left out. */
  readonly observation: number | null;
  /** Every resource that fed the window, by reference (`Observation/temp-1`). */
  readonly resources: readonly string[];
  /** The resources behind the highest temperature (or behind the reason it is missing). */
  readonly temperature: readonly string[];
  /** What the hypotension rests on, and the resources behind it. */
  readonly hypotension: { readonly basis: HypotensionBasis | null; readonly resources: readonly string[] };
  /** The vasopressor administrations of the window. */
  readonly vasopressors: readonly string[];
  /** The resources behind the worst oxygen support. */
  readonly oxygen: readonly string[];
  /** The facts the data does not give; empty when the window is in the course. */
  readonly missing: readonly WindowFact[];
  /** The facts the data gives, as the course observation would have them (all four when none is missing). */
  readonly known: FhirWindowFacts;
}

/**
 * The facts of a window that the data gives: the CRS findings `courseFromFhir` reads, each present
 * only when known.
 *
 * @example
 * ```ts
 * import type { FhirWindowFacts } from 'cytokine-release-syndrome/fhir';
 * const fever = (facts: FhirWindowFacts): boolean => (facts.temperatureCelsius ?? 0) >= 38;
 * ```
 */
export type FhirWindowFacts = Readonly<Partial<Pick<CrsAssessment, 'temperatureCelsius' | 'hypotension' | 'vasopressors' | 'oxygen'>>>;

/** A reading in a window: trusted there only when its window is certain and its status is used. @internal */
interface Placed<T extends Sourced> {
  readonly reading: T;
  readonly trusted: boolean;
  /** Whether it is certainly in this window (whatever its status). */
  readonly certain: boolean;
}

interface Bucket {
  readonly key: number;
  readonly temperatures: Placed<TemperatureReading>[];
  readonly systolics: Placed<SystolicReading>[];
  readonly vasopressors: Placed<VasopressorReading>[];
  readonly oxygen: Placed<OxygenState>[];
}

/** The settings the window facts depend on. @internal */
export interface WindowSettings {
  readonly clock: WindowClock;
  readonly hypotensionRule: 'systolic-below-90' | undefined;
  readonly statedHypotension: Readonly<Record<string, boolean>>;
  readonly administrationsComplete: boolean;
}

/** One window's facts, before it becomes a course observation. @internal */
export interface AssembledWindow {
  readonly key: number;
  readonly window: string;
  readonly at: string;
  readonly crs: Partial<Pick<CrsAssessment, 'temperatureCelsius' | 'hypotension' | 'vasopressors' | 'oxygen'>>;
  readonly sources: Omit<FhirWindowSources, 'observation' | 'missing' | 'known'>;
  readonly missing: WindowFact[];
  readonly reasons: string[];
  /**
   * When the window has fever: the earliest instant a withheld reading could put its onset at,
   * when that is before `at`; else `null`.
   */
  readonly onsetCouldBeFrom: number | null;
  /** The instant of `at` (`null` when `at` is the window's date), and of its earliest reading. */
  readonly atMs: number | null;
  readonly firstMs: number | null;
  /** Whether the window could have fever: its temperature is 38.0 °C or more, or not known. */
  readonly couldBeFever: boolean;
  /** Whether its readings from the instant on give the same hypotension, vasopressors and oxygen support. */
  readonly sameFactsFrom: (ms: number) => boolean;
  /** What is certain of a missing fact: the highest temperature certainly reached, the vasopressors certainly given. */
  readonly atLeast: { readonly temperatureCelsius?: number; readonly vasopressors?: readonly Vasopressor[] };
}

function unique(references: readonly string[]): string[] {
  return [...new Set(references)];
}

function refs(placed: readonly Placed<Sourced>[]): string[] {
  return unique(placed.flatMap(({ reading }) => reading.references));
}

/** The most windows a period opens (ten years of days): a longer one is not placed, so it refuses the input. */
const MAX_WINDOWS_OPENED = 3660;

/**
 * Places every reading in its windows. A reading opens every window it certainly falls in: a single
 * reading the one window of its time, a period every window it certainly went on in (an
 * administration or a procedure is ongoing throughout; one without an end only in the window of its
 * start). A reading that could fall in several windows is possible in each open one, so it is
 * withheld there; one that touches no open window at all is returned in `unplaced`, never dropped.
 *
 * @see criteria DEC-48 (docs/criteria/decisions.md#dec-48)
 */
function bucketsOf(readings: Readings, oxygen: readonly OxygenState[], clock: WindowClock, notes: FhirNote[], unplaced: Sourced[]): Bucket[] {
  const buckets = new Map<number, Bucket>();
  const all: readonly (readonly [Sourced, keyof Omit<Bucket, 'key'>])[] = [
    ...readings.temperatures.map((reading) => [reading, 'temperatures'] as const),
    ...readings.systolics.map((reading) => [reading, 'systolics'] as const),
    ...readings.vasopressors.map((reading) => [reading, 'vasopressors'] as const),
    ...oxygen.map((reading) => [reading, 'oxygen'] as const),
  ];
  const tooLong = new Set<Sourced>();
  const open = (key: number): void => {
    if (!buckets.has(key)) buckets.set(key, { key, temperatures: [], systolics: [], vasopressors: [], oxygen: [] });
  };
  for (const [reading] of all) {
    const { first, last } = clock.range(reading.time);
    const sure = reading.continuous ? clock.certain(reading.time) : first === last ? { first, last } : null;
    if (sure === null || !Number.isFinite(sure.first) || !Number.isFinite(sure.last)) continue;
    if (sure.last - sure.first >= MAX_WINDOWS_OPENED) {
      tooLong.add(reading);
      continue;
    }
    const skip = (reading as Partial<OxygenState>).skipWindows;
    for (let key = sure.first; key <= sure.last; key += 1) if (skip?.has(key) !== true) open(key);
  }
  const keys = [...buckets.keys()].sort((a, b) => a - b);
  for (const [reading, field] of all) {
    const { first, last } = clock.range(reading.time);
    const touched = keys.filter((key) => key >= first && key <= last);
    if (touched.length === 0 || tooLong.has(reading)) {
      unplaced.push(reading);
      continue;
    }
    const placed = touched.filter((key) => (reading as Partial<OxygenState>).skipWindows?.has(key) !== true);
    // A single reading is certain only when its time lies in one window; a period only in the
    // windows it certainly went on in (from its latest possible start to its earliest possible end).
    const sure = reading.continuous ? clock.certain(reading.time) : first === last ? { first, last } : null;
    const isSure = (key: number): boolean => sure !== null && key >= sure.first && key <= sure.last;
    const unsure = placed.filter((key) => !isSure(key));
    if (unsure.length > 0 && reading.continuous && Number.isFinite(reading.time.startMs) !== Number.isFinite(reading.time.endMs)) {
      const start = Number.isFinite(reading.time.startMs);
      notes.push({
        code: 'period-open',
        resource: reading.references[0] ?? null,
        window: null,
        message:
          sure === null
            ? `its period has no ${start ? 'end' : 'start'}, and its ${start ? 'start' : 'end'} is a date that spans several windows: it is certain in none of them, and counts only where it cannot change the worst finding`
            : `its period has no ${start ? 'end' : 'start'}: it counts only in the window of its ${start ? 'start' : 'end'} (${clock.label(sure.first)}); in the other windows whether it ${start ? 'went on' : 'had begun'} is unknown`,
      });
    } else if (unsure.length > 0) {
      notes.push({
        code: 'window-uncertain',
        resource: reading.references[0] ?? null,
        window: null,
        message: `its time spans several windows${Number.isFinite(first) && Number.isFinite(last) ? ` (${clock.label(first)} to ${clock.label(last)})` : ''}: counted only where it cannot change the worst finding in ${unsure.map((key) => clock.label(key)).join(', ')}`,
      });
    }
    for (const key of placed) {
      const bucket = buckets.get(key) as Bucket;
      const certain = isSure(key);
      (bucket[field] as Placed<Sourced>[]).push({ reading, trusted: reading.trusted && certain, certain });
    }
  }
  return keys.map((key) => buckets.get(key) as Bucket);
}

function temperatureOf(bucket: Bucket): { readonly value?: number; readonly atLeast?: number; readonly resources: string[]; readonly reason?: string } {
  const trusted = bucket.temperatures.filter(({ trusted }) => trusted);
  if (trusted.length === 0) {
    return { resources: refs(bucket.temperatures), reason: bucket.temperatures.length === 0 ? 'no body temperature' : 'only withheld body temperatures' };
  }
  const highest = Math.max(...trusted.map(({ reading }) => reading.celsius));
  // A withheld reading counts only where it cannot raise the highest: by its value, or by the
  // highest it could be (a bound such as "<38", or unknown under a modifier extension).
  const higher = bucket.temperatures.filter(({ trusted: sure, reading }) => !sure && reading.highest > highest);
  if (higher.length > 0) {
    const exact = higher.every(({ reading }) => reading.highest === reading.celsius);
    return { atLeast: highest, resources: refs(higher), reason: `a withheld temperature ${exact ? 'is' : 'could be'} higher than ${highest} °C` };
  }
  return { value: highest, resources: refs(trusted.filter(({ reading }) => reading.celsius === highest)) };
}

/** How an administration ran, for telling which vasopressors ran together. */
interface Run {
  readonly agent: Vasopressor;
  /** When it certainly ran (`null`: at no instant the data states). */
  readonly certain: Interval | null;
  /** When it could have run. */
  readonly possible: Interval;
}

function runOf({ agent, time, continuous }: VasopressorReading): Run {
  // An administration at an instant may stand for an infusion of unknown length that began then.
  return { agent, certain: continuous || time.point ? certainInterval(time) : null, possible: possibleInterval(time) };
}

const within = (interval: Interval | null, instant: number): boolean => interval !== null && interval.from <= instant && instant <= interval.to;

/** How a set of agents counts: the agents other than vasopressin first (ASTCT-CRS-02), then all. */
function rank(agents: readonly Vasopressor[]): readonly [number, number] {
  return [agents.filter((agent) => agent !== 'vasopressin').length, agents.length];
}

function outranks(a: readonly Vasopressor[], b: readonly Vasopressor[]): boolean {
  const [first, second] = [rank(a), rank(b)];
  return first[0] !== second[0] ? first[0] > second[0] : first[1] > second[1];
}

/**
 * The vasopressors of a window: the largest set of agents certainly running at one instant
 * (overlapping periods, an administration at an instant inside a period, two at the same instant),
 * preferring the most agents other than vasopressin; and the largest set that could have run
 * together, when the data cannot tell (an administration at an instant may stand for an infusion of
 * unknown length, a period without an end may have gone on, and a date has no time of day). The
 * most agents at once are found where some interval begins or ends.
 *
 * @see criteria ASTCT-CRS-02 (docs/criteria/astct-2019-crs.md#astct-crs-02); doi:10.1016/j.bbmt.2018.12.758, CRS grading table, hypotension row
 * @see criteria DEC-53 (docs/criteria/decisions.md#dec-53)
 */
function simultaneous(runs: readonly Run[], order: readonly Vasopressor[]): { readonly together: Vasopressor[]; readonly possible: Vasopressor[] } {
  const sorted = (agents: ReadonlySet<Vasopressor>): Vasopressor[] => order.filter((agent) => agents.has(agent));
  let together: Vasopressor[] = [];
  for (const agent of order) if (outranks([agent], together)) together = [agent];
  let possible = together;
  const instants = runs.flatMap(({ certain, possible: could }) => [certain?.from, certain?.to, could.from, could.to]).filter((instant): instant is number => instant !== undefined && Number.isFinite(instant));
  for (const instant of instants) {
    const certainly = sorted(new Set(runs.filter((run) => within(run.certain, instant)).map(({ agent }) => agent)));
    if (outranks(certainly, together)) together = certainly;
    const maybe = sorted(new Set(runs.filter((run) => within(run.possible, instant)).map(({ agent }) => agent)));
    if (outranks(maybe, possible)) possible = maybe;
  }
  // Intervals open at both ends (a period with neither bound is refused, so this is a safeguard).
  if (instants.length === 0 && runs.length > 1) possible = sorted(new Set(runs.map(({ agent }) => agent)));
  return { together, possible };
}

function vasopressorsOf(
  bucket: Bucket,
  complete: boolean,
  notes: FhirNote[],
  window: string,
): { readonly value?: Vasopressor[]; readonly certain: Vasopressor[]; readonly resources: string[]; readonly reason?: string } {
  const trusted = bucket.vasopressors.filter(({ trusted: sure }) => sure);
  const certain = unique(trusted.map(({ reading }) => reading.agent)) as Vasopressor[];
  const resources = refs(bucket.vasopressors);
  if (!complete) return { certain, resources, reason: 'the input is not stated to hold every medication administration' };
  const { together, possible } = simultaneous(
    trusted.map(({ reading }) => runOf(reading)),
    certain,
  );
  const doubtful = bucket.vasopressors.filter(({ trusted: sure, reading }) => !sure && !together.includes(reading.agent));
  if (doubtful.length > 0) return { certain, resources, reason: `a withheld administration of ${unique(doubtful.map(({ reading }) => reading.agent)).join(', ')}` };
  const [nonVasopressin, all] = rank(together);
  const [couldNonVasopressin, couldAll] = rank(possible);
  if (couldNonVasopressin > nonVasopressin || couldAll > all) {
    return { certain, resources, reason: `whether ${possible.join(', ')} ran at the same time cannot be told from the data (an administration at an instant, or on a date without a time)` };
  }
  if (together.length < certain.length) {
    notes.push({
      code: 'vasopressors-not-together',
      resource: null,
      window,
      message: `${certain.join(', ')} were given in this window but never at the same time: it counts ${together.join(', ')}`,
    });
  }
  return { value: together, certain, resources };
}

const DEVICE_ORDER = /* @__PURE__ */ Object.values(OxygenDevice);

function oxygenOf(bucket: Bucket, notes: FhirNote[], at: string): { readonly value?: OxygenSupport; readonly resources: string[]; readonly reason?: string } {
  const evaluated: { readonly placed: Placed<OxygenState>; readonly evaluation: OxygenEvaluation }[] = [];
  for (const placed of bucket.oxygen) {
    const { devices, flowsLitersPerMinute, fractionsPercent } = placed.reading;
    for (const device of devices.length === 0 ? [null] : devices) {
      const evaluation: OxygenEvaluation = placed.reading.valuesUnknown ? { known: false, upTo: 4, why: 'value-unknown' } : evaluateOxygen(device, flowsLitersPerMinute, fractionsPercent);
      evaluated.push({ placed, evaluation });
    }
  }
  for (const { placed, evaluation } of evaluated) {
    // Unknown device codes and unknown values were noted when read.
    if (evaluation.known || evaluation.why === 'unknown-device-code' || evaluation.why === 'value-unknown') continue;
    notes.push({
      code: evaluation.why,
      resource: placed.reading.references[0] ?? null,
      window: at,
      message:
        evaluation.why === 'oxygen-conflict'
          ? 'oxygen readings of one time contradict each other (e.g. room air with a flow): the support is unknown'
          : 'an oxygen flow or concentration without a device at its time, or a nasal cannula without its flow: the support is unknown',
    });
  }
  const known = evaluated.filter((item): item is { placed: Placed<OxygenState>; evaluation: Extract<OxygenEvaluation, { known: true }> } => item.evaluation.known && item.placed.trusted);
  if (known.length === 0) return { resources: refs(bucket.oxygen), reason: bucket.oxygen.length === 0 ? 'no oxygen support stated' : 'no oxygen support known for certain' };
  const best = known.reduce((a, b) => {
    if (a.evaluation.grade !== b.evaluation.grade) return a.evaluation.grade > b.evaluation.grade ? a : b;
    const flowA = a.evaluation.support.flowLitersPerMinute ?? 0;
    const flowB = b.evaluation.support.flowLitersPerMinute ?? 0;
    if (flowA !== flowB) return flowA > flowB ? a : b;
    return DEVICE_ORDER.indexOf(a.evaluation.support.device) >= DEVICE_ORDER.indexOf(b.evaluation.support.device) ? a : b;
  });
  const grade = best.evaluation.grade;
  const higher = evaluated.filter(({ placed, evaluation }) => (evaluation.known ? !placed.trusted && evaluation.grade > grade : evaluation.upTo > grade));
  if (higher.length > 0) return { resources: refs(higher.map(({ placed }) => placed)), reason: 'a reading that could mean more oxygen support is not known for certain' };
  const { device, flowLitersPerMinute } = best.evaluation.support;
  if (device === 'room-air') return { value: { device }, resources: refs([best.placed]) };
  // The highest concentration of the window, unless a withheld one could be higher.
  const fractions = evaluated.filter(({ evaluation }) => evaluation.known && evaluation.support.device !== 'room-air' && evaluation.fractionPercent !== undefined);
  const fractionOf = ({ evaluation }: (typeof fractions)[number]): number => (evaluation.known ? (evaluation.fractionPercent ?? 0) : 0);
  const trustedFractions = fractions.filter(({ placed }) => placed.trusted);
  const fraction = trustedFractions.length === 0 ? undefined : Math.max(...trustedFractions.map(fractionOf));
  const fractionDoubtful = fractions.some((item) => !item.placed.trusted && fractionOf(item) > (fraction ?? 0));
  const useFraction = fraction !== undefined && !fractionDoubtful;
  const support: OxygenSupport = {
    device,
    ...(flowLitersPerMinute === undefined ? {} : { flowLitersPerMinute }),
    ...(useFraction ? { inspiredOxygenFractionPercent: fraction } : {}),
  };
  const fractionSources = useFraction ? trustedFractions.filter((item) => fractionOf(item) === fraction).map(({ placed }) => placed) : [];
  return { value: support, resources: refs([best.placed, ...fractionSources]) };
}

function hypotensionOf(
  bucket: Bucket,
  window: string,
  settings: WindowSettings,
  vasopressors: ReturnType<typeof vasopressorsOf>,
  issues: RawFhirIssue[],
): { readonly value?: boolean; readonly basis: HypotensionBasis | null; readonly resources: string[]; readonly reason?: string } {
  const stated = Object.hasOwn(settings.statedHypotension, window) ? settings.statedHypotension[window] : undefined;
  const vasopressorResources = refs(bucket.vasopressors.filter(({ trusted }) => trusted));
  if (stated !== undefined) {
    if (!stated && vasopressors.certain.length > 0) {
      issues.push({
        code: 'hypotension-contradicts-vasopressor',
        path: ['options', 'hypotension', 'stated', window],
        message: `hypotension is stated absent, but ${vasopressors.certain.join(', ')} was given in this window (${vasopressorResources.join(', ')}); vasopressors are given for hypotension`,
        allowed: ['true'],
      });
    }
    return { value: stated, basis: 'stated', resources: [] };
  }
  if (vasopressors.certain.length > 0) return { value: true, basis: 'vasopressor', resources: vasopressorResources };
  if (settings.hypotensionRule === undefined) return { basis: null, resources: [], reason: 'neither stated nor read by a rule: choose options.hypotension.rule or state it' };
  const trusted = bucket.systolics.filter(({ trusted: sure }) => sure);
  const low = trusted.filter(({ reading }) => reading.mmHg < SYSTOLIC_HYPOTENSION_BELOW_MM_HG);
  if (low.length > 0) return { value: true, basis: 'systolic-below-90', resources: refs(low) };
  if (trusted.length === 0) return { basis: 'systolic-below-90', resources: refs(bucket.systolics), reason: 'no systolic blood pressure' };
  // A withheld pressure counts only where it cannot be below 90: by its value, or by the lowest it
  // could be (a bound such as ">85", or unknown under a modifier extension).
  const withheldLow = bucket.systolics.filter(({ trusted: sure, reading }) => !sure && reading.lowest < SYSTOLIC_HYPOTENSION_BELOW_MM_HG);
  if (withheldLow.length > 0) {
    const exact = withheldLow.every(({ reading }) => reading.lowest === reading.mmHg);
    return { basis: 'systolic-below-90', resources: refs(withheldLow), reason: `a withheld systolic pressure ${exact ? 'is' : 'could be'} below 90 mmHg` };
  }
  if (vasopressors.value === undefined) return { basis: 'systolic-below-90', resources: refs(trusted), reason: 'an unknown vasopressor would mean hypotension' };
  return { value: false, basis: 'systolic-below-90', resources: refs(trusted) };
}

/**
 * The window's time for the course (DEC-48): the first reading of fever when it has fever, so that
 * a treatment given after it counts as given after the onset; otherwise its latest reading, so that
 * a treatment given before that reading masks fever in the window. Only readings certainly in the
 * window and at one time count (trusted ones, when there are any); when one of those has no time of
 * day, the window's date.
 */
interface WindowTime {
  readonly at: string;
  /** The instant of `at`; `null` when it is the window's date. */
  readonly atMs: number | null;
  /** The instant of the window's earliest reading, periods included (−Infinity when unknown); `null` without one. */
  readonly firstMs: number | null;
  readonly onsetCouldBeFrom: number | null;
}

/**
 * The window's time for the course: its first reading of fever, else its latest reading (a period
 * at its start), else its date; with the instants the masking checks need.
 *
 * @see criteria DEC-48, DEC-42 (docs/criteria/decisions.md#dec-48)
 */
function timeOf(bucket: Bucket, clock: WindowClock, window: string): WindowTime {
  const placed: Placed<Sourced>[] = [...bucket.temperatures, ...bucket.systolics, ...bucket.vasopressors, ...bucket.oxygen].filter(({ certain, reading }) => certain && !reading.continuous);
  const trusted = placed.filter(({ trusted: sure }) => sure);
  const fever = bucket.temperatures.filter(({ trusted: sure, reading }) => sure && reading.celsius >= FEVER_THRESHOLD_CELSIUS);
  const pool = fever.length > 0 ? fever : trusted.length > 0 ? trusted : placed;
  // A reading over a period counts at its start; one without a time of day gives the window's date.
  if (pool.length === 0 || pool.some(({ reading }) => reading.time.startText === null || reading.time.vagueStart)) return { at: window, atMs: null, firstMs: null, onsetCouldBeFrom: null };
  const times = pool.map(({ reading }) => reading.time);
  const chosen = times.reduce((a, b) => ((fever.length > 0 ? b.startMs < a.startMs : b.startMs > a.startMs) ? b : a));
  // The earliest reading, periods included; one without a time of day or a start is earlier than any instant.
  const certain = [...bucket.temperatures, ...bucket.systolics, ...bucket.vasopressors, ...bucket.oxygen].filter(({ certain: sure }) => sure);
  const counted = certain.some(({ trusted: sure }) => sure) ? certain.filter(({ trusted: sure }) => sure) : certain;
  const firstMs = Math.min(...counted.map(({ reading }) => (reading.time.vagueStart ? Number.NEGATIVE_INFINITY : reading.time.startMs)));
  // A withheld reading that could be fever, earlier than the first used one, could be the onset.
  const earlier = fever.length === 0 ? [] : bucket.temperatures.filter(({ trusted: sure, reading }) => !sure && reading.highest >= FEVER_THRESHOLD_CELSIUS).map(({ reading }) => possibleInterval(reading.time).from);
  const onsetCouldBeFrom = Math.min(chosen.startMs, ...earlier);
  return {
    at: clock.write(chosen.startText as string, chosen.startMs),
    atMs: chosen.startMs,
    firstMs,
    onsetCouldBeFrom: onsetCouldBeFrom < chosen.startMs ? onsetCouldBeFrom : null,
  };
}

/**
 * Assembles every window: its worst temperature, hypotension, vasopressors and oxygen support,
 * each with the resources behind it, or the reason it is missing.
 *
 * @internal
 */
export function assembleWindows(
  readings: Readings,
  oxygen: readonly OxygenState[],
  settings: WindowSettings,
  notes: FhirNote[],
  issues: RawFhirIssue[],
  unplaced: Sourced[],
): AssembledWindow[] {
  return bucketsOf(readings, oxygen, settings.clock, notes, unplaced).map((bucket) => {
    const window = settings.clock.label(bucket.key);
    const { at, atMs, firstMs, onsetCouldBeFrom } = timeOf(bucket, settings.clock, window);
    const temperature = temperatureOf(bucket);
    const vasopressors = vasopressorsOf(bucket, settings.administrationsComplete, notes, window);
    const hypotension = hypotensionOf(bucket, window, settings, vasopressors, issues);
    const oxygenSupport = oxygenOf(bucket, notes, window);
    const missing: WindowFact[] = [];
    const reasons: string[] = [];
    const crs: AssembledWindow['crs'] = {};
    for (const [fact, found] of [
      ['temperatureCelsius', temperature],
      ['hypotension', hypotension],
      ['vasopressors', vasopressors],
      ['oxygen', oxygenSupport],
    ] as const) {
      if (found.value === undefined) {
        missing.push(fact);
        reasons.push(`${fact}: ${found.reason ?? 'unknown'}`);
      } else {
        (crs as Record<string, unknown>)[fact] = fact === 'vasopressors' ? (found.value).map((agent) => ({ agent })) : found.value;
      }
    }
    // The window's findings after an instant: masking from a treatment given between its readings
    // covers only the readings strictly after it (DEC-42), so the window stands only if they grade the same.
    const sameFactsFrom = (ms: number): boolean => {
      const after = <T extends Sourced>(placed: readonly Placed<T>[]): Placed<T>[] =>
        placed.filter(({ reading }) => (reading.continuous ? reading.time.endMs > ms : reading.time.startMs > ms));
      const later: Bucket = { key: bucket.key, temperatures: after(bucket.temperatures), systolics: after(bucket.systolics), vasopressors: after(bucket.vasopressors), oxygen: after(bucket.oxygen) };
      const laterVasopressors = vasopressorsOf(later, settings.administrationsComplete, [], window);
      const laterHypotension = hypotensionOf(later, window, settings, laterVasopressors, []);
      const laterOxygen = oxygenOf(later, [], window);
      // Compared by their ASTCT 2019 grades: a weaning flow within the same row is the same finding.
      if (laterHypotension.value === undefined || laterVasopressors.value === undefined || laterOxygen.value === undefined) return false;
      if (hypotension.value === undefined || vasopressors.value === undefined || oxygenSupport.value === undefined) return false;
      const agents = (list: readonly Vasopressor[]) => list.map((agent) => ({ agent }));
      return (
        hypotensionFinding(laterHypotension.value, agents(laterVasopressors.value)).grade === hypotensionFinding(hypotension.value, agents(vasopressors.value)).grade &&
        hypoxiaFinding(laterOxygen.value).grade === hypoxiaFinding(oxygenSupport.value).grade
      );
    };
    const atLeast = {
      ...(temperature.atLeast === undefined ? {} : { temperatureCelsius: temperature.atLeast }),
      ...(vasopressors.value === undefined && vasopressors.certain.length > 0 ? { vasopressors: vasopressors.certain } : {}),
    };
    return {
      key: bucket.key,
      window,
      at,
      crs,
      missing,
      reasons,
      atLeast,
      atMs,
      firstMs,
      onsetCouldBeFrom,
      couldBeFever: temperature.value === undefined || temperature.value >= FEVER_THRESHOLD_CELSIUS,
      sameFactsFrom,
      sources: {
        window,
        at,
        resources: unique([...refs(bucket.temperatures), ...refs(bucket.systolics), ...refs(bucket.vasopressors), ...refs(bucket.oxygen)]),
        temperature: temperature.resources,
        hypotension: { basis: hypotension.basis, resources: hypotension.resources },
        vasopressors: vasopressors.resources,
        oxygen: oxygenSupport.resources,
      },
    };
  });
}

/** Whether a known temperature is below the fever threshold, so that masked fever could matter. @internal */
export function belowFever(window: AssembledWindow): boolean {
  return window.crs.temperatureCelsius !== undefined && window.crs.temperatureCelsius < FEVER_THRESHOLD_CELSIUS;
}

