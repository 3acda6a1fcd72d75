import { type IssuePath, formatIssuePath } from '../contract/path.js';
import type { NumberRange } from '../grading/number-range.js';
import { type UnitTable, convertByTable } from '../units/convert.js';
import { UnitConversionError } from '../units/unit-error.js';
import { described } from './fhir-input-error.js';
import type { Readings } from './readings.js';
import { isObject } from './resources.js';
import { FhirSystem } from './systems.js';

/** What a quantity is, for messages, and how it is checked. @internal */
export interface QuantityKind {
  readonly what: string;
  readonly units: UnitTable;
  readonly range: NumberRange;
}

function rangeText(range: NumberRange): string {
  const low = range.minExclusive === true ? `more than ${range.min}` : `${range.min}`;
  return `${low} to ${range.max}${range.unit === undefined ? '' : ` ${range.unit}`}`;
}

/** The R4 Quantity.comparator codes (a required binding). @internal */
export const QUANTITY_COMPARATORS: readonly string[] = /* @__PURE__ */ Object.freeze(['<', '<=', '>=', '>']);

/**
 * A quantity as read: its value in the kind's unit, and the range it could lie in (the value
 * itself, unless a comparator makes it a bound).
 *
 * @internal
 */
export interface QuantityRead {
  readonly value: number;
  readonly lowest: number;
  readonly highest: number;
  /** Whether the value is exact: no comparator. */
  readonly exact: boolean;
}

/**
 * Reads a FHIR Quantity into the unit of `kind`, or records why not. The unit is the UCUM `code`;
 * a quantity with only a `unit` text is read from that text, with a note. Values outside the
 * plausible range are refused, naming it. A `comparator` (a modifier element: `<38` is not 38)
 * makes the value a bound, with a note; the caller must not use it as the value.
 *
 * @internal
 */
export function readQuantity(quantity: unknown, kind: QuantityKind, path: IssuePath, reference: string, readings: Readings): QuantityRead | undefined {
  if (!isObject(quantity)) {
    readings.issues.push({ code: 'expected-type', path, message: `expected a Quantity; received ${described(quantity)}`, resource: reference });
    return undefined;
  }
  const comparator = quantity['comparator'];
  if (comparator !== undefined && (typeof comparator !== 'string' || !QUANTITY_COMPARATORS.includes(comparator))) {
    readings.issues.push({
      code: 'expected-one-of',
      path: [...path, 'comparator'],
      message: `expected a Quantity comparator: one of "<", "<=", ">=", ">"; received ${described(comparator)}`,
      allowed: QUANTITY_COMPARATORS,
      resource: reference,
    });
    return undefined;
  }
  const system = quantity['system'];
  if (system !== undefined && system !== FhirSystem.Ucum) {
    readings.issues.push({
      code: 'unknown-unit',
      path: [...path, 'system'],
      message: `expected the UCUM system ${JSON.stringify(FhirSystem.Ucum)}; received ${described(system)}`,
      allowed: [FhirSystem.Ucum],
      resource: reference,
    });
    return undefined;
  }
  const fromCode = quantity['code'] !== undefined;
  const unitPath = [...path, fromCode ? 'code' : 'unit'];
  if (!fromCode && quantity['unit'] !== undefined) {
    readings.notes.push({ code: 'unit-from-display', resource: reference, window: null, message: `${kind.what} read with the unit text ${described(quantity['unit'])}: the quantity has no UCUM code` });
  }
  try {
    const converted = convertByTable(kind.units, quantity['value'], fromCode ? quantity['code'] : quantity['unit'], kind.what, { value: [...path, 'value'], unit: unitPath });
    if (converted.nonUcumSpelling) {
      readings.notes.push({ code: 'non-ucum-unit', resource: reference, window: null, message: `${kind.what} read in ${converted.ucum}, written with a non-UCUM spelling` });
    }
    const { min, max, minExclusive } = kind.range;
    if (converted.value > max || converted.value < min || (minExclusive === true && converted.value === min)) {
      readings.issues.push({
        code: 'implausible-value',
        path: [...path, 'value'],
        message: `${kind.what} of ${converted.value}${kind.range.unit === undefined ? '' : ` ${kind.range.unit}`} is outside the plausible range ${rangeText(kind.range)}`,
        resource: reference,
      });
      return undefined;
    }
    const value = converted.value;
    if (typeof comparator !== 'string') return { value, lowest: value, highest: value, exact: true };
    readings.notes.push({
      code: 'quantity-comparator',
      resource: reference,
      window: null,
      message: `${kind.what} recorded as ${comparator} ${value}${kind.range.unit === undefined ? '' : ` ${kind.range.unit}`} (${formatIssuePath([...path, 'comparator'])}): its value is not known, so it counts only where it cannot change the worst finding`,
    });
    const below = comparator.startsWith('<');
    return { value, lowest: below ? Number.NEGATIVE_INFINITY : value, highest: below ? value : Number.POSITIVE_INFINITY, exact: false };
  } catch (error) {
    if (!UnitConversionError.is(error)) throw error;
    readings.issues.push({
      code: error.code === 'expected-number' ? 'expected-type' : 'unknown-unit',
      path: error.path,
      message: error.message.slice(error.message.indexOf(': ') + 2),
      allowed: error.allowed,
      resource: reference,
    });
    return undefined;
  }
}

/** A range without an exclusive bound, for messages. @internal */
export function closedRange(min: number, max: number, unit: string): NumberRange {
  return Object.freeze({ min, max, unit });
}
