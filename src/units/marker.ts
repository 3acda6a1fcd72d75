import { defineRecord } from '../internal/deep-freeze.js';
import type { Marker } from '../vocabulary/marker.js';
import { DIRECT_CALL, SAME_UNIT, type UnitTable, convertByTable } from './convert.js';
import { UnitConversionError, quoteUnits } from './unit-error.js';

/**
 * For each marker the library converts, its units and how many of the marker's base unit one of
 * each is. A value goes from one unit to another through the base unit.
 */
const FACTORS: Readonly<Partial<Record<Marker, Readonly<Record<string, number>>>>> = /* @__PURE__ */ defineRecord(() => ({
  // Base mg/L; 1 mg/dL = 10 mg/L.
  'c-reactive-protein': { 'mg/L': 1, 'mg/dL': 10 },
  // 1 ng/mL = 1 ug/L: the same mass concentration.
  ferritin: { 'ng/mL': 1, 'ug/L': 1 },
  // 1 pg/mL = 1 ng/L.
  'interleukin-6': { 'pg/mL': 1, 'ng/L': 1 },
  // Base umol/L; 1 mg/dL = 88.4 umol/L (molar mass of creatinine 113.12 g/mol). The marker's own
  // unit comes first in every entry: it is the default target.
  creatinine: { 'mg/dL': 88.4, 'umol/L': 1 },
  // Base mg/dL; 1 g/L = 100 mg/dL (1 mg/dL = 0.01 g/L).
  fibrinogen: { 'mg/dL': 1, 'g/L': 100 },
  // Fibrinogen-equivalent units only; base mg/L{FEU}; 1 ug/mL = 1 mg/L; 1 ng/mL = 0.001 mg/L.
  'd-dimer': { 'mg/L{FEU}': 1, 'ug/mL{FEU}': 1, 'ng/mL{FEU}': 0.001 },
}));

const D_DIMER_MASS_UNITS = ['mg/L', 'ug/mL', 'ng/mL'];

/**
 * The markers {@link convertMarkerUnit} converts, and the units it accepts for each.
 *
 * @see criteria CODE-87 to CODE-92 (docs/criteria/codes.md#code-87)
 * @example
 * ```ts
 * import { MARKER_UNITS } from 'cytokine-release-syndrome';
 * MARKER_UNITS['c-reactive-protein']; // ['mg/L', 'mg/dL']
 * ```
 */
export const MARKER_UNITS: Readonly<Partial<Record<Marker, readonly string[]>>> = /* @__PURE__ */ defineRecord(() =>
  Object.fromEntries(Object.entries(FACTORS).map(([marker, factors]) => [marker, Object.keys(factors)])),
);

/** The rules into a unit worth `to` base units; a unit worth the same (the target itself, ng/mL to ug/L) keeps the value as given. */
function tableFor(factors: Readonly<Record<string, number>>, to: number): UnitTable {
  return Object.entries(factors).map(([unit, factor]) => [unit, factor === to ? SAME_UNIT : (value: number) => (value * factor) / to] as const);
}

/** The D-dimer basis a unit states: `FEU`, `DDU`, or `null` for none. */
function dDimerBasis(unit: string): 'FEU' | 'DDU' | null {
  if (unit.endsWith('{FEU}')) return 'FEU';
  if (unit.endsWith('{DDU}')) return 'DDU';
  return null;
}

/**
 * Converts a laboratory value between the units of one marker: CRP mg/dL to mg/L (×10), ferritin
 * ng/mL = ug/L, IL-6 pg/mL = ng/L, creatinine mg/dL to umol/L (×88.4), fibrinogen mg/dL to g/L
 * (×0.01), and D-dimer in fibrinogen-equivalent units between mg/L, ug/mL and ng/mL. `toUnit`
 * defaults to the marker's own `ucumUnit` (the unit of its example range). A value between units
 * of the same size (ng/mL to ug/L, or a unit to itself) is returned exactly as given; any other
 * result is rounded to 12 significant digits, which removes floating-point residue.
 *
 * D-dimer units must state their basis (`{FEU}`): D-dimer units (`{DDU}`) are about half the FEU
 * value, but the ratio depends on the assay, so the two are never converted into each other.
 *
 * @param marker - a marker of {@link MARKER_UNITS}.
 * @param value - the value.
 * @param fromUnit - its UCUM unit code.
 * @param toUnit - the UCUM unit wanted; the marker's own unit when absent.
 * @throws {@link UnitConversionError} for a unit outside the marker's table, a D-dimer unit without `{FEU}` or with `{DDU}`, or a value that is not a finite number.
 * @see criteria CODE-87 to CODE-92 (docs/criteria/codes.md#code-87)
 * @example
 * ```ts
 * import { convertMarkerUnit } from 'cytokine-release-syndrome';
 * convertMarkerUnit('c-reactive-protein', 3.2, 'mg/dL'); // 32
 * convertMarkerUnit('creatinine', 1.1, 'mg/dL', 'umol/L'); // 97.24
 * convertMarkerUnit('fibrinogen', 250, 'mg/dL', 'g/L'); // 2.5
 * convertMarkerUnit('d-dimer', 480, 'ng/mL{FEU}'); // 0.48
 * ```
 */
export function convertMarkerUnit(marker: Marker, value: number, fromUnit: string, toUnit?: string): number {
  const factors = Object.hasOwn(FACTORS, marker) ? FACTORS[marker] : undefined;
  if (factors === undefined) {
    const convertible = Object.keys(FACTORS);
    const received = typeof marker === 'string' ? (marker as string).slice(0, 40) : null;
    throw new UnitConversionError('unknown-unit', ['marker'], received, convertible, `no unit conversion is defined for this marker; convertible markers: ${quoteUnits(convertible)}`);
  }
  const units = Object.keys(factors);
  if (marker === 'd-dimer') {
    for (const [unit, path] of [
      [fromUnit, DIRECT_CALL.unit],
      [toUnit, ['toUnit']],
    ] as const) {
      if (typeof unit !== 'string' || units.includes(unit)) continue;
      const basis = dDimerBasis(unit);
      if (basis === 'DDU') {
        throw new UnitConversionError(
          'd-dimer-basis-mismatch',
          path,
          unit.slice(0, 40),
          units,
          `D-dimer in D-dimer units (DDU) is never converted to fibrinogen-equivalent units (FEU): FEU is about twice DDU, but the ratio depends on the assay; allowed: ${quoteUnits(units)}`,
        );
      }
      if (basis === null && D_DIMER_MASS_UNITS.includes(unit)) {
        throw new UnitConversionError(
          'd-dimer-basis-missing',
          path,
          unit.slice(0, 40),
          units,
          `a D-dimer unit must state its basis: FEU and DDU differ about twofold and are never converted into each other; allowed: ${quoteUnits(units)}`,
        );
      }
    }
  }
  const target = toUnit ?? units[0];
  const to = typeof target === 'string' && Object.hasOwn(factors, target) ? factors[target] : undefined;
  if (to === undefined) {
    const received = typeof target === 'string' ? target.slice(0, 40) : null;
    throw new UnitConversionError('unknown-unit', ['toUnit'], received, units, `expected a unit of ${marker}: one of ${quoteUnits(units)}; received ${JSON.stringify(received)}`);
  }
  return convertByTable(tableFor(factors, to), value, fromUnit, marker, DIRECT_CALL).value;
}
