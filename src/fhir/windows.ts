import type { CrsAssessment, OxygenSupport } from '../crs/assessment.js';
import { FEVER_THRESHOLD_CELSIUS } from '../crs/scales/astct-2019.js';
import { OxygenDevice } from '../vocabulary/oxygen-device.js';
import type { Vasopressor } from '../vocabulary/vasopressor.js';
import type { RawFhirIssue } from './fhir-input-error.js';
import type { FhirNote } from './notes.js';
import { type OxygenEvaluation, type OxygenState, evaluateOxygen } from './oxygen-states.js';
import type { Readings, Sourced, SystolicReading, TemperatureReading, VasopressorReading } from './readings.js';
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
  /** The window's time: its date, or the start of a caller-set window. The course observation has the same `at`. */
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
}

/** A reading in a window: trusted there only when its window is certain and its status is used. @internal */
interface Placed<T extends Sourced> {
  readonly reading: T;
  readonly trusted: boolean;
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
  readonly at: string;
  readonly crs: Partial<Pick<CrsAssessment, 'temperatureCelsius' | 'hypotension' | 'vasopressors' | 'oxygen'>>;
  readonly sources: Omit<FhirWindowSources, 'observation' | 'missing'>;
  readonly missing: WindowFact[];
  readonly reasons: string[];
}

function unique(references: readonly string[]): string[] {
  return [...new Set(references)];
}

function refs(placed: readonly Placed<Sourced>[]): string[] {
  return unique(placed.flatMap(({ reading }) => reading.references));
}

/**
 * Places every reading in its windows. A reading whose time falls in exactly one window opens that
 * window; a reading over a period applies to every open window it overlaps (an administration or a
 * procedure is ongoing throughout); a single reading whose time spans several windows is possible
 * in each, so it is withheld there.
 */
function bucketsOf(readings: Readings, oxygen: readonly OxygenState[], clock: WindowClock, notes: FhirNote[]): Bucket[] {
  const buckets = new Map<number, Bucket>();
  const all: readonly (readonly [Sourced, keyof Omit<Bucket, 'key'>])[] = [
    ...readings.temperatures.map((reading) => [reading, 'temperatures'] as const),
    ...readings.systolics.map((reading) => [reading, 'systolics'] as const),
    ...readings.vasopressors.map((reading) => [reading, 'vasopressors'] as const),
    ...oxygen.map((reading) => [reading, 'oxygen'] as const),
  ];
  for (const [reading] of all) {
    if (reading.continuous) continue;
    const { first, last } = clock.range(reading.time);
    if (first === last && Number.isFinite(first) && !buckets.has(first)) {
      buckets.set(first, { key: first, temperatures: [], systolics: [], vasopressors: [], oxygen: [] });
    }
  }
  const keys = [...buckets.keys()].sort((a, b) => a - b);
  for (const [reading, field] of all) {
    const { first, last } = clock.range(reading.time);
    const certain = reading.continuous || first === last;
    if (!certain) {
      notes.push({
        code: 'window-uncertain',
        resource: reading.references[0] ?? null,
        window: null,
        message: `its time spans several windows${Number.isFinite(first) && Number.isFinite(last) ? ` (${clock.label(first)} to ${clock.label(last)})` : ''}: counted in each only where it cannot change the worst finding`,
      });
    }
    for (const key of keys) {
      if (key < first || key > last) continue;
      if ((reading as Partial<OxygenState>).skipWindows?.has(key) === true) continue;
      const bucket = buckets.get(key) as Bucket;
      (bucket[field] as Placed<Sourced>[]).push({ reading, trusted: reading.trusted && certain });
    }
  }
  return keys.map((key) => buckets.get(key) as Bucket);
}

function temperatureOf(bucket: Bucket): { readonly value?: number; readonly resources: string[]; readonly reason?: string } {
  const trusted = bucket.temperatures.filter(({ trusted }) => trusted);
  if (trusted.length === 0) {
    return { resources: refs(bucket.temperatures), reason: bucket.temperatures.length === 0 ? 'no body temperature' : 'only withheld body temperatures' };
  }
  const highest = Math.max(...trusted.map(({ reading }) => reading.celsius));
  const higher = bucket.temperatures.filter(({ trusted: sure, reading }) => !sure && reading.celsius > highest);
  if (higher.length > 0) return { resources: refs(higher), reason: `a withheld temperature is higher than ${highest} °C` };
  return { value: highest, resources: refs(trusted.filter(({ reading }) => reading.celsius === highest)) };
}

function vasopressorsOf(bucket: Bucket, complete: boolean): { readonly value?: Vasopressor[]; readonly certain: Vasopressor[]; readonly resources: string[]; readonly reason?: string } {
  const certain = unique(bucket.vasopressors.filter(({ trusted }) => trusted).map(({ reading }) => reading.agent)) as Vasopressor[];
  const resources = refs(bucket.vasopressors);
  if (!complete) return { certain, resources, reason: 'the input is not stated to hold every medication administration' };
  const doubtful = bucket.vasopressors.filter(({ trusted, reading }) => !trusted && !certain.includes(reading.agent));
  if (doubtful.length > 0) return { certain, resources, reason: `a withheld administration of ${doubtful.map(({ reading }) => reading.agent).join(', ')}` };
  return { value: certain, certain, resources };
}

const DEVICE_ORDER = /* @__PURE__ */ Object.values(OxygenDevice);

function oxygenOf(bucket: Bucket, notes: FhirNote[], at: string): { readonly value?: OxygenSupport; readonly resources: string[]; readonly reason?: string } {
  const evaluated: { readonly placed: Placed<OxygenState>; readonly evaluation: OxygenEvaluation }[] = [];
  for (const placed of bucket.oxygen) {
    const { devices, flowsLitersPerMinute, fractionsPercent } = placed.reading;
    for (const device of devices.length === 0 ? [null] : devices) evaluated.push({ placed, evaluation: evaluateOxygen(device, flowsLitersPerMinute, fractionsPercent) });
  }
  for (const { placed, evaluation } of evaluated) {
    if (evaluation.known || evaluation.why === 'unknown-device-code') continue;
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
  at: string,
  settings: WindowSettings,
  vasopressors: ReturnType<typeof vasopressorsOf>,
  issues: RawFhirIssue[],
): { readonly value?: boolean; readonly basis: HypotensionBasis | null; readonly resources: string[]; readonly reason?: string } {
  const stated = Object.hasOwn(settings.statedHypotension, at) ? settings.statedHypotension[at] : undefined;
  const vasopressorResources = refs(bucket.vasopressors.filter(({ trusted }) => trusted));
  if (stated !== undefined) {
    if (!stated && vasopressors.certain.length > 0) {
      issues.push({
        code: 'hypotension-contradicts-vasopressor',
        path: ['options', 'hypotension', 'stated', at],
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
  const withheldLow = bucket.systolics.filter(({ trusted: sure, reading }) => !sure && reading.mmHg < SYSTOLIC_HYPOTENSION_BELOW_MM_HG);
  if (withheldLow.length > 0) return { basis: 'systolic-below-90', resources: refs(withheldLow), reason: 'a withheld systolic pressure is below 90 mmHg' };
  if (vasopressors.value === undefined) return { basis: 'systolic-below-90', resources: refs(trusted), reason: 'an unknown vasopressor would mean hypotension' };
  return { value: false, basis: 'systolic-below-90', resources: refs(trusted) };
}

/**
 * Assembles every window: its worst temperature, hypotension, vasopressors and oxygen support,
 * each with the resources behind it, or the reason it is missing.
 *
 * @internal
 */
export function assembleWindows(readings: Readings, oxygen: readonly OxygenState[], settings: WindowSettings, notes: FhirNote[], issues: RawFhirIssue[]): AssembledWindow[] {
  return bucketsOf(readings, oxygen, settings.clock, notes).map((bucket) => {
    const at = settings.clock.label(bucket.key);
    const temperature = temperatureOf(bucket);
    const vasopressors = vasopressorsOf(bucket, settings.administrationsComplete);
    const hypotension = hypotensionOf(bucket, at, settings, vasopressors, issues);
    const oxygenSupport = oxygenOf(bucket, notes, at);
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
    return {
      key: bucket.key,
      at,
      crs,
      missing,
      reasons,
      sources: {
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

