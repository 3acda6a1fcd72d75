import type { IssuePath } from '../contract/path.js';
import { deepFreeze } from '../internal/deep-freeze.js';
import { acceptedSpellings, readUcum } from './ucum.js';
import { UnitConversionError, quoteUnits, requireFiniteNumber, withoutFloatResidue } from './unit-error.js';

/** How to bring a value in one UCUM unit to the target unit. @internal */
export type UnitRule = (value: number) => number;

/**
 * The rule of a unit that is already the target unit: the value is returned exactly as given, never
 * rounded. @internal
 */
export const SAME_UNIT: UnitRule = (value: number): number => value;

/** A conversion table: each allowed UCUM code and its rule, in the order messages list them. @internal */
export type UnitTable = readonly (readonly [ucum: string, rule: UnitRule])[];

/**
 * Converts `value` in `unit` by `table`, refusing a unit outside it with an error that names the
 * path and the accepted spellings. Also tells whether the unit was a non-UCUM spelling. A value
 * already in the target unit ({@link SAME_UNIT}) is returned unchanged; the result of a real
 * conversion is rounded to 12 significant digits to remove floating-point residue.
 *
 * @internal
 */
export function convertByTable(
  table: UnitTable,
  value: unknown,
  unit: unknown,
  what: string,
  path: { readonly value: IssuePath; readonly unit: IssuePath },
): { readonly value: number; readonly ucum: string; readonly nonUcumSpelling: boolean } {
  const allowed = table.map(([ucum]) => ucum);
  const spellings = acceptedSpellings(allowed);
  const read = typeof unit === 'string' ? readUcum(unit, allowed) : undefined;
  if (read === undefined) {
    const received = typeof unit === 'string' ? unit.slice(0, 40) : null;
    throw new UnitConversionError(
      'unknown-unit',
      path.unit,
      received,
      spellings,
      `expected a ${what} unit: one of ${quoteUnits(spellings)} (UCUM codes are case-sensitive); received ${received === null ? 'no unit' : JSON.stringify(received)}`,
    );
  }
  const number = requireFiniteNumber(value, path.value);
  const rule = (table.find(([ucum]) => ucum === read.ucum) as readonly [string, UnitRule])[1];
  return { value: rule === SAME_UNIT ? number : withoutFloatResidue(rule(number)), ucum: read.ucum, nonUcumSpelling: read.nonUcumSpelling };
}

/** The paths of a direct call: `value` and `unit`. @internal */
export const DIRECT_CALL = /* @__PURE__ */ deepFreeze({ value: ['value'], unit: ['unit'] });
