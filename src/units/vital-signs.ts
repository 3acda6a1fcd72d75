import { DIRECT_CALL, SAME_UNIT as same, type UnitTable, convertByTable } from './convert.js';

/**
 * Body temperature units: `Cel`, and `[degF]` by °C = (°F − 32) × 5/9.
 *
 * @internal
 */
export const TEMPERATURE_UNITS: UnitTable = /* @__PURE__ */ Object.freeze([
  ['Cel', same],
  ['[degF]', (fahrenheit: number) => ((fahrenheit - 32) * 5) / 9],
]);

/** Oxygen flow units: litres (UCUM `L` or `l`) or millilitres per minute. @internal */
export const OXYGEN_FLOW_UNITS: UnitTable = /* @__PURE__ */ Object.freeze([
  ['L/min', same],
  ['l/min', same],
  ['mL/min', (milliliters: number) => milliliters / 1000],
  ['ml/min', (milliliters: number) => milliliters / 1000],
]);

/** Inspired oxygen concentration units: percent, or a fraction (UCUM `1`). @internal */
export const INSPIRED_OXYGEN_UNITS: UnitTable = /* @__PURE__ */ Object.freeze([
  ['%', same],
  ['1', (fraction: number) => fraction * 100],
]);

/** Blood pressure units: `mm[Hg]` only. @internal */
export const BLOOD_PRESSURE_UNITS: UnitTable = /* @__PURE__ */ Object.freeze([['mm[Hg]', same]]);

/**
 * Converts a body temperature to degrees Celsius from UCUM `Cel` or `[degF]` (°C = (°F − 32) × 5/9).
 * The non-UCUM spelling `degF` is read as `[degF]`. A value in `Cel` is returned exactly as given.
 * A value converted from `[degF]` is rounded to 12 significant digits, which removes floating-point
 * residue (100.4 °F is exactly 38 °C, not 37.99999999999999) and changes it by at most half a unit
 * in the 12th digit (5 × 10⁻¹¹ °C near 38 °C); nothing is rounded to clinical precision (100.39 °F
 * stays below 38 °C).
 *
 * @param value - the temperature as measured.
 * @param ucumUnit - its UCUM unit code, as in a FHIR Quantity's `code`.
 * @throws {@link UnitConversionError} for another unit (naming the allowed ones) or a value that is not a finite number.
 * @see criteria CODE-86, CODE-93 (docs/criteria/codes.md#code-86)
 * @example
 * ```ts
 * import { toCelsius } from 'cytokine-release-syndrome';
 * toCelsius(100.4, '[degF]'); // 38
 * toCelsius(100.2, '[degF]') >= 38; // false
 * toCelsius(38.3, 'Cel'); // 38.3
 * ```
 */
export function toCelsius(value: number, ucumUnit: string): number {
  return convertByTable(TEMPERATURE_UNITS, value, ucumUnit, 'body temperature', DIRECT_CALL).value;
}

/**
 * Converts an oxygen flow to litres per minute from UCUM `L/min` (or `l/min`: UCUM writes the
 * litre either way) or `mL/min` (or `ml/min`).
 *
 * @param value - the flow.
 * @param ucumUnit - its UCUM unit code.
 * @throws {@link UnitConversionError} for another unit or a value that is not a finite number.
 * @see criteria CODE-94 (docs/criteria/codes.md#code-94)
 * @example
 * ```ts
 * import { toLitersPerMinute } from 'cytokine-release-syndrome';
 * toLitersPerMinute(6100, 'ml/min'); // 6.1
 * ```
 */
export function toLitersPerMinute(value: number, ucumUnit: string): number {
  return convertByTable(OXYGEN_FLOW_UNITS, value, ucumUnit, 'oxygen flow', DIRECT_CALL).value;
}

/**
 * Converts an inspired oxygen concentration to percent, from UCUM `%` or a fraction (`1`, so 0.4
 * is 40 %).
 *
 * @param value - the concentration.
 * @param ucumUnit - its UCUM unit code.
 * @throws {@link UnitConversionError} for another unit or a value that is not a finite number.
 * @see criteria CODE-95 (docs/criteria/codes.md#code-95)
 * @example
 * ```ts
 * import { toInspiredOxygenPercent } from 'cytokine-release-syndrome';
 * toInspiredOxygenPercent(0.4, '1'); // 40
 * ```
 */
export function toInspiredOxygenPercent(value: number, ucumUnit: string): number {
  return convertByTable(INSPIRED_OXYGEN_UNITS, value, ucumUnit, 'inspired oxygen concentration', DIRECT_CALL).value;
}

/**
 * Reads a blood pressure in millimetres of mercury: UCUM `mm[Hg]`, or the non-UCUM spelling `mmHg`
 * seen in real data. No other pressure unit is converted.
 *
 * @param value - the pressure.
 * @param ucumUnit - its UCUM unit code.
 * @throws {@link UnitConversionError} for another unit or a value that is not a finite number.
 * @see criteria CODE-93 (docs/criteria/codes.md#code-93)
 * @example
 * ```ts
 * import { toMillimetersOfMercury } from 'cytokine-release-syndrome';
 * toMillimetersOfMercury(88, 'mmHg'); // 88
 * ```
 */
export function toMillimetersOfMercury(value: number, ucumUnit: string): number {
  return convertByTable(BLOOD_PRESSURE_UNITS, value, ucumUnit, 'blood pressure', DIRECT_CALL).value;
}
