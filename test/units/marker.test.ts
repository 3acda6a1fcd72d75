import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MARKER_UNITS, convertMarkerUnit } from '../../src/units/marker.js';
import { UnitConversionError } from '../../src/units/unit-error.js';
import { type Marker, markers } from '../../src/vocabulary/marker.js';

function refusal(run: () => unknown): UnitConversionError {
  try {
    run();
  } catch (error) {
    if (UnitConversionError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a UnitConversionError');
}

describe('convertMarkerUnit (CODE-87 to CODE-92)', () => {
  it.each([
    ['c-reactive-protein', 3.2, 'mg/dL', 'mg/L', 32],
    ['c-reactive-protein', 32, 'mg/L', 'mg/dL', 3.2],
    ['ferritin', 650, 'ng/mL', 'ug/L', 650],
    ['interleukin-6', 6.4, 'pg/mL', 'ng/L', 6.4],
    ['creatinine', 1.1, 'mg/dL', 'umol/L', 97.24],
    ['creatinine', 88.4, 'umol/L', 'mg/dL', 1],
    ['fibrinogen', 250, 'mg/dL', 'g/L', 2.5],
    ['fibrinogen', 1.5, 'g/L', 'mg/dL', 150],
    ['d-dimer', 480, 'ng/mL{FEU}', 'mg/L{FEU}', 0.48],
    ['d-dimer', 0.5, 'ug/mL{FEU}', 'mg/L{FEU}', 0.5],
  ] as const)('%s %s %s is %s', (marker, value, from, to, expected) => {
    expect(convertMarkerUnit(marker, value, from, to)).toBe(expected);
  });

  it.each([
    ['ferritin', 650.0000000000001, 'ng/mL', 'ug/L'],
    ['interleukin-6', 6.399999999999999, 'pg/mL', 'ng/L'],
    ['creatinine', 97.24000000000001, 'umol/L', 'umol/L'],
    ['d-dimer', 0.49999999999999994, 'ug/mL{FEU}', 'mg/L{FEU}'],
  ] as const)('returns %s %s %s in %s unchanged: a unit of the same size is not a conversion', (marker, value, from, to) => {
    expect(convertMarkerUnit(marker, value, from, to)).toBe(value);
  });

  it('rounds a real conversion to 12 significant digits', () => {
    expect(convertMarkerUnit('creatinine', 1.1, 'mg/dL', 'umol/L')).toBe(97.24);
    expect(convertMarkerUnit('c-reactive-protein', 0.30000000000001, 'mg/dL', 'mg/L')).toBe(3);
  });

  it("converts to the marker's own unit by default", () => {
    for (const [marker, units] of Object.entries(MARKER_UNITS)) {
      expect(units[0]).toBe(markers[marker as Marker].ucumUnit);
      expect(convertMarkerUnit(marker as Marker, 1, units[0]!)).toBe(1);
    }
  });

  it.each(['ng/mL{DDU}', 'ug/mL{DDU}', 'mg/L{DDU}'])('never converts D-dimer units %s into FEU, naming the trap', (unit) => {
    const error = refusal(() => convertMarkerUnit('d-dimer', 250, unit));
    expect(error.code).toBe('d-dimer-basis-mismatch');
    expect(error.pathText).toBe('unit');
    expect(error.message).toMatch(/never converted.*assay/);
    expect(error.allowed).toEqual(['mg/L{FEU}', 'ug/mL{FEU}', 'ng/mL{FEU}']);
  });

  it('refuses a D-dimer target in DDU too', () => {
    expect(refusal(() => convertMarkerUnit('d-dimer', 0.5, 'mg/L{FEU}', 'ng/mL{DDU}')).pathText).toBe('toUnit');
  });

  it.each(['mg/L', 'ug/mL', 'ng/mL'])('refuses a D-dimer unit %s that does not state its basis', (unit) => {
    expect(refusal(() => convertMarkerUnit('d-dimer', 0.5, unit)).code).toBe('d-dimer-basis-missing');
  });

  it('refuses a marker without a conversion, and a unit outside the marker table', () => {
    expect(refusal(() => convertMarkerUnit('platelets', 150, '10*3/uL')).pathText).toBe('marker');
    const error = refusal(() => convertMarkerUnit('c-reactive-protein', 5, 'mg/l'));
    expect(error.pathText).toBe('unit');
    expect(error.allowed).toEqual(['mg/L', 'mg/dL']);
    expect(refusal(() => convertMarkerUnit('c-reactive-protein', 5, 'mg/L', 'g/L')).pathText).toBe('toUnit');
  });

  it('goes there and back to the same value, for every pair of units (property)', () => {
    const pairs = Object.entries(MARKER_UNITS).flatMap(([marker, units]) => units.flatMap((from) => units.map((to) => [marker as Marker, from, to] as const)));
    fc.assert(
      fc.property(fc.constantFrom(...pairs), fc.double({ min: 0.001, max: 100_000, noNaN: true }), ([marker, from, to], value) => {
        const back = convertMarkerUnit(marker, convertMarkerUnit(marker, value, from, to), to, from);
        expect(Math.abs(back - value) / value).toBeLessThan(1e-9);
      }),
    );
  });
});
