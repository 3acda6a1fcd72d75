import { type IssuePath, formatIssuePath } from '../contract/path.js';
import { INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE, TEMPERATURE_CELSIUS_RANGE } from '../crs/assessment.js';
import { BLOOD_PRESSURE_UNITS, INSPIRED_OXYGEN_UNITS, OXYGEN_FLOW_UNITS, TEMPERATURE_UNITS } from '../units/vital-signs.js';
import type { VitalSignMeasure } from '../vocabulary/vital-sign-loinc.js';
import { type CodeTables, codingsOf, match } from './codes.js';
import { described, listed } from './fhir-input-error.js';
import { type QuantityKind, type QuantityRead, closedRange, readQuantity } from './quantity.js';
import type { DeviceRead, Readings } from './readings.js';
import { type InputResource, type Json, type ResourceIndex, isObject, modifierOf, recordSubject } from './resources.js';
import { OBSERVATION_STATUSES, type StatusUse } from './status.js';
import { readTime } from './time.js';

/**
 * Plausible systolic blood pressures in mmHg: a data-entry guard for the hypotension rule, not a
 * clinical threshold; a value outside it is an input error.
 *
 * @see criteria DEC-51 (docs/criteria/decisions.md#dec-51)
 * @example
 * ```ts
 * import { SYSTOLIC_PRESSURE_MM_HG_RANGE } from 'cytokine-release-syndrome/fhir';
 * SYSTOLIC_PRESSURE_MM_HG_RANGE; // { min: 20, max: 300, unit: 'mmHg' }
 * ```
 */
export const SYSTOLIC_PRESSURE_MM_HG_RANGE = /* @__PURE__ */ closedRange(20, 300, 'mmHg');

const TEMPERATURE: QuantityKind = { what: 'body temperature', units: TEMPERATURE_UNITS, range: TEMPERATURE_CELSIUS_RANGE };
const SYSTOLIC: QuantityKind = { what: 'systolic blood pressure', units: BLOOD_PRESSURE_UNITS, range: SYSTOLIC_PRESSURE_MM_HG_RANGE };
// 0 L/min is room air here (US Core), so the range is closed at 0.
const FLOW: QuantityKind = { what: 'oxygen flow', units: OXYGEN_FLOW_UNITS, range: /* @__PURE__ */ closedRange(0, 100, 'L/min') };
const FRACTION: QuantityKind = { what: 'inhaled oxygen concentration', units: INSPIRED_OXYGEN_UNITS, range: INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE };

/** What the reader gathers from the values of one Observation. */
interface Values {
  temperatures: QuantityRead[];
  systolics: QuantityRead[];
  devices: DeviceRead[];
  flows: number[];
  fractions: number[];
  /** A flow or concentration known only as a bound, or a part under a modifier: what the observation says about oxygen is unknown. */
  oxygenUnknown: boolean;
}

/** A value that is not known at all: the reading of a part under a modifier extension. */
const UNKNOWN: QuantityRead = /* @__PURE__ */ Object.freeze({ value: Number.NaN, lowest: Number.NEGATIVE_INFINITY, highest: Number.POSITIVE_INFINITY, exact: false });

/** Options of the Observation reader. @internal */
export interface ObservationReading {
  readonly tables: CodeTables;
  readonly includePreliminary: boolean;
  /** Whether systolic pressures are read (only under the hypotension rule). */
  readonly readSystolic: boolean;
}

/**
 * Whether a resource's status says it is never data; such a resource is not read or checked
 * further. @internal
 */
export function neverUsed(input: InputResource, statuses: Readonly<Record<string, StatusUse>>, readings: Readings): boolean {
  const status = input.resource['status'];
  if (typeof status !== 'string' || !Object.hasOwn(statuses, status) || statuses[status] !== 'never') return false;
  readings.notes.push({ code: 'status-not-used', resource: input.reference, window: null, message: `status ${described(status)}: never used` });
  return true;
}

/** The status use of a resource, or `undefined` with an issue when its status is missing or unknown. @internal */
export function statusUse(input: InputResource, statuses: Readonly<Record<string, StatusUse>>, readings: Readings, preliminary = false): StatusUse | undefined {
  const status = input.resource['status'];
  if (typeof status === 'string' && Object.hasOwn(statuses, status)) return status === 'preliminary' && preliminary ? 'used' : statuses[status];
  const allowed = Object.keys(statuses);
  readings.issues.push({
    code: status === undefined ? 'required' : 'expected-one-of',
    path: [...input.path, 'status'],
    message: `expected a ${input.resourceType} status: one of ${listed(allowed)}; received ${described(status)}`,
    allowed,
    resource: input.reference,
  });
  return undefined;
}

function measureOf(concept: unknown, tables: CodeTables, path: IssuePath, reference: string, readings: Readings): VitalSignMeasure | undefined {
  const found = match(concept, tables.vitals);
  if (found === undefined) return undefined;
  if ('found' in found) return found.found;
  readings.issues.push({ code: 'ambiguous-code', path, message: `its codes name several measurements (${listed(found.ambiguous)}); the reader cannot tell which`, resource: reference });
  return undefined;
}

function readValue(holder: Json, measure: VitalSignMeasure, path: IssuePath, input: InputResource, settings: ObservationReading, readings: Readings, values: Values): void {
  const reference = input.reference;
  if (measure === 'oxygen-saturation' || measure === 'blood-pressure-panel') return;
  if (measure === 'systolic-blood-pressure' && !settings.readSystolic) return;
  if (measure === 'oxygen-delivery-method') {
    const concept = holder['valueCodeableConcept'];
    if (concept === undefined) {
      readings.notes.push({ code: 'no-value', resource: reference, window: null, message: `the oxygen delivery method at ${formatIssuePath(path)} has no coded value: the device is unknown` });
      values.devices.push('unknown');
      return;
    }
    const found = match(concept, settings.tables.devices);
    if (found !== undefined && 'ambiguous' in found) {
      readings.issues.push({ code: 'ambiguous-code', path: [...path, 'valueCodeableConcept'], message: `its codes name several oxygen devices (${listed(found.ambiguous)})`, resource: reference });
      return;
    }
    if (found === undefined) {
      const codes = codingsOf(concept).map((coding) => `${coding.system}|${coding.code}`);
      readings.notes.push({
        code: 'unknown-device-code',
        resource: reference,
        window: null,
        message: `oxygen device ${codes.length === 0 ? 'without a code' : listed(codes)} is not in the vocabulary: the device is unknown (add it to options.codes.oxygenDevices)`,
      });
      values.devices.push('unknown');
      return;
    }
    values.devices.push(found.found);
    return;
  }
  const quantity = holder['valueQuantity'];
  if (quantity === undefined) {
    const other = Object.keys(holder).find((key) => key.startsWith('value'));
    if (other !== undefined) {
      readings.issues.push({ code: 'expected-type', path: [...path, other], message: `expected valueQuantity for a ${measure}; received ${other}`, allowed: ['valueQuantity'], resource: reference });
    } else {
      readings.notes.push({ code: 'no-value', resource: reference, window: null, message: `the ${measure} has no value${holder['dataAbsentReason'] === undefined ? '' : ' (a data-absent reason is given)'}` });
    }
    return;
  }
  const kinds: Record<'body-temperature' | 'systolic-blood-pressure' | 'inhaled-oxygen-flow' | 'inhaled-oxygen-concentration', [QuantityKind, QuantityRead[] | number[]]> = {
    'body-temperature': [TEMPERATURE, values.temperatures],
    'systolic-blood-pressure': [SYSTOLIC, values.systolics],
    'inhaled-oxygen-flow': [FLOW, values.flows],
    'inhaled-oxygen-concentration': [FRACTION, values.fractions],
  };
  const [kind, into] = kinds[measure];
  const read = readQuantity(quantity, kind, [...path, 'valueQuantity'], reference, readings);
  if (read === undefined) return;
  if (measure === 'body-temperature' || measure === 'systolic-blood-pressure') (measure === 'body-temperature' ? values.temperatures : values.systolics).push(read);
  else if (read.exact) (into as number[]).push(read.value);
  else values.oxygenUnknown = true;
}

/** What a part under a modifier extension adds: its measurement, with a value that is not known. */
function unknownValue(measure: VitalSignMeasure, values: Values): void {
  if (measure === 'body-temperature') values.temperatures.push(UNKNOWN);
  else if (measure === 'systolic-blood-pressure') values.systolics.push(UNKNOWN);
  else values.oxygenUnknown = true;
}

/**
 * Reads one Observation: body temperature, systolic pressure, oxygen flow, inhaled oxygen
 * concentration and the oxygen device, from its value and from its components.
 *
 * @internal
 */
export function readObservation(input: InputResource, settings: ObservationReading, index: ResourceIndex, readings: Readings): void {
  const { resource, path, reference } = input;
  if (neverUsed(input, OBSERVATION_STATUSES, readings)) return;
  const own = measureOf(resource['code'], settings.tables, [...path, 'code'], reference, readings);
  const components = Array.isArray(resource['component']) ? (resource['component'] as unknown[]) : [];
  const parts: { readonly holder: Json; readonly measure: VitalSignMeasure; readonly path: IssuePath; readonly modifier: string | null }[] = [];
  if (own !== undefined) parts.push({ holder: resource, measure: own, path, modifier: input.modifier });
  components.forEach((component, index) => {
    if (!isObject(component)) return;
    const at: IssuePath = [...path, 'component', index];
    const measure = measureOf(component['code'], settings.tables, [...at, 'code'], reference, readings);
    if (measure !== undefined) parts.push({ holder: component, measure, path: at, modifier: input.modifier ?? modifierOf(component, at) });
  });
  const relevant = parts.filter(({ measure }) => measure !== 'oxygen-saturation' && measure !== 'blood-pressure-panel' && (measure !== 'systolic-blood-pressure' || settings.readSystolic));
  if (relevant.length === 0) {
    const why = parts.some(({ measure }) => measure === 'systolic-blood-pressure')
      ? 'a blood pressure, read only under a hypotension rule'
      : parts.some(({ measure }) => measure === 'oxygen-saturation')
        ? 'an oxygen saturation without an oxygen flow or concentration (ASTCT grades the support, not the saturation)'
        : 'no code the reader grades with';
    readings.notes.push({ code: 'not-read', resource: reference, window: null, message: `not read: ${why}` });
    return;
  }
  const use = statusUse(input, OBSERVATION_STATUSES, readings, settings.includePreliminary);
  if (use === undefined) return;
  const time = readTime(resource, { dateTime: ['effectiveDateTime', 'effectiveInstant'], period: 'effectivePeriod' }, path, readings.issues, reference);
  if (use === 'withheld') {
    readings.notes.push({ code: 'status-withheld', resource: reference, window: null, message: `status ${described(resource['status'])}: counted only where it cannot change a window's worst finding` });
  }
  const values: Values = { temperatures: [], systolics: [], devices: [], flows: [], fractions: [], oxygenUnknown: false };
  const modifiers = new Set<string>();
  for (const part of relevant) {
    // FHIR: a reader that does not understand a modifier extension must not process the element.
    if (part.modifier === null) readValue(part.holder, part.measure, part.path, input, settings, readings, values);
    else {
      modifiers.add(part.modifier);
      unknownValue(part.measure, values);
    }
  }
  for (const at of modifiers) noteModifier(reference, at, readings);
  if (time === undefined) return;
  recordSubject(input, index, readings.subjects);
  const common = { references: [reference], time, continuous: false };
  const used = use === 'used';
  for (const { value, highest, exact } of values.temperatures) readings.temperatures.push({ ...common, trusted: used && exact, celsius: value, highest });
  for (const { value, lowest, exact } of values.systolics) readings.systolics.push({ ...common, trusted: used && exact, mmHg: value, lowest });
  if (values.devices.length > 0 || values.flows.length > 0 || values.fractions.length > 0 || values.oxygenUnknown) {
    readings.oxygen.push({
      ...common,
      trusted: used && !values.oxygenUnknown,
      devices: values.devices,
      flowsLitersPerMinute: values.flows,
      fractionsPercent: values.fractions,
      procedure: false,
      valuesUnknown: values.oxygenUnknown,
    });
  }
}

/** Notes a modifier the reader does not understand, on a resource or an element it would read. @internal */
export function noteModifier(reference: string, at: string, readings: Readings): void {
  readings.notes.push({
    code: 'modifier-extension',
    resource: reference,
    window: null,
    message: `${at} modifies what it means, and the reader does not understand it: its values are not used, and the facts it is about count as unknown in its window`,
  });
}
