import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FEVER_THRESHOLD_CELSIUS } from '../../src/crs/scales/astct-2019.js';
import { NON_UCUM_UNIT_SPELLINGS } from '../../src/units/ucum.js';
import { UnitConversionError } from '../../src/units/unit-error.js';
import { toCelsius, toInspiredOxygenPercent, toLitersPerMinute, toMillimetersOfMercury } from '../../src/units/vital-signs.js';

function refusal(run: () => unknown): UnitConversionError {
  try {
    run();
  } catch (error) {
    if (UnitConversionError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a UnitConversionError');
}

describe('toCelsius (CODE-86)', () => {
  // The fever boundary from both sides, in °F: 100.4 °F is exactly 38.0 °C.
  it.each([
    [100.4, 38, true],
    [100.41, 38.0055555556, true],
    [100.39, 37.9944444444, false],
    [100.22, 37.9, false],
    [98.6, 37, false],
    [104, 40, true],
    [32, 0, false],
  ])('%s [degF] is %s °C (fever: %s)', (fahrenheit, celsius, fever) => {
    const converted = toCelsius(fahrenheit, '[degF]');
    expect(converted).toBe(celsius);
    expect(converted >= FEVER_THRESHOLD_CELSIUS).toBe(fever);
  });

  it.each([
    [37.9, false],
    [38.0, true],
    [37.99, false],
  ])('%s Cel passes through unchanged (fever: %s)', (celsius, fever) => {
    expect(toCelsius(celsius, 'Cel')).toBe(celsius);
    expect(toCelsius(celsius, 'Cel') >= FEVER_THRESHOLD_CELSIUS).toBe(fever);
  });

  it('reads the non-UCUM spelling degF as [degF] (CODE-93)', () => {
    expect(toCelsius(100.4, 'degF')).toBe(38);
  });

  it.each(['K', 'cel', 'CEL', '°C', '°F', 'F', 'C', '[degC]', 'degC', ''])('refuses %j, naming the unit and the allowed units', (unit) => {
    const error = refusal(() => toCelsius(38, unit));
    expect(error.code).toBe('unknown-unit');
    expect(error.path).toEqual(['unit']);
    expect(error.allowed).toEqual(['Cel', '[degF]', 'degF']);
    expect(error.message).toContain('unit: expected a body temperature unit: one of "Cel", "[degF]", "degF"');
    expect(error).toBeInstanceOf(UnitConversionError);
    expect(error).toBeInstanceOf(Error);
  });

  it.each([Number.NaN, Number.POSITIVE_INFINITY, '38', null])('refuses the value %j as not a finite number', (value) => {
    const error = refusal(() => toCelsius(value as number, 'Cel'));
    expect(error.code).toBe('expected-number');
    expect(error.pathText).toBe('value');
  });

  it('is strictly increasing and agrees with the formula to 1e-9 (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 77, max: 113, noNaN: true }), fc.double({ min: 0.001, max: 5, noNaN: true }), (fahrenheit, step) => {
        const celsius = toCelsius(fahrenheit, '[degF]');
        expect(Math.abs(celsius - ((fahrenheit - 32) * 5) / 9)).toBeLessThan(1e-9);
        expect(toCelsius(fahrenheit + step, '[degF]')).toBeGreaterThan(celsius);
      }),
    );
  });

  it('never moves a temperature across the fever threshold by residue (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 7700, max: 11300 }), (hundredths) => {
        const fahrenheit = hundredths / 100;
        // Exact in integers: F >= 100.4 exactly when 100·F >= 10040.
        expect(toCelsius(fahrenheit, '[degF]') >= FEVER_THRESHOLD_CELSIUS).toBe(hundredths >= 10040);
      }),
    );
  });
});

describe('toLitersPerMinute (CODE-94)', () => {
  it.each([
    [6, 'L/min', 6],
    [6, 'l/min', 6],
    [6000, 'mL/min', 6],
    [6100, 'ml/min', 6.1],
    [0, 'L/min', 0],
  ])('%s %s is %s L/min', (value, unit, liters) => {
    expect(toLitersPerMinute(value, unit)).toBe(liters);
  });

  it.each(['L/h', 'lpm', 'LPM', 'L/Min'])('refuses %j', (unit) => {
    expect(refusal(() => toLitersPerMinute(2, unit)).allowed).toEqual(['L/min', 'l/min', 'mL/min', 'ml/min']);
  });
});

describe('toInspiredOxygenPercent (CODE-95)', () => {
  it.each([
    [40, '%', 40],
    [0.4, '1', 40],
    [0.21, '1', 21],
  ])('%s %s is %s %', (value, unit, percent) => {
    expect(toInspiredOxygenPercent(value, unit)).toBe(percent);
  });

  it('refuses L/min, which is a flow, not a concentration', () => {
    expect(refusal(() => toInspiredOxygenPercent(2, 'L/min')).allowed).toEqual(['%', '1']);
  });
});

describe('toMillimetersOfMercury (CODE-93)', () => {
  it('reads mm[Hg] and the non-UCUM spelling mmHg', () => {
    expect(toMillimetersOfMercury(89, 'mm[Hg]')).toBe(89);
    expect(toMillimetersOfMercury(89, 'mmHg')).toBe(89);
  });

  it('converts no other pressure unit', () => {
    expect(refusal(() => toMillimetersOfMercury(12, 'kPa')).allowed).toEqual(['mm[Hg]', 'mmHg']);
  });
});

describe('NON_UCUM_UNIT_SPELLINGS', () => {
  it('maps exactly the two spellings seen in the wild, and is frozen', () => {
    expect(NON_UCUM_UNIT_SPELLINGS).toEqual({ mmHg: 'mm[Hg]', degF: '[degF]' });
    expect(Object.isFrozen(NON_UCUM_UNIT_SPELLINGS)).toBe(true);
  });

  it('is not fooled by inherited keys', () => {
    expect(refusal(() => toCelsius(38, 'toString')).code).toBe('unknown-unit');
    expect(refusal(() => toCelsius(38, '__proto__')).code).toBe('unknown-unit');
  });
});

describe('identity conversions return the value unchanged; real conversions keep 12 significant digits', () => {
  // A value already in the target unit is never rounded, so the FHIR reader and gradeCRS see the same number.
  it.each([
    [37.9999999999999, 'Cel', false],
    [37.99999999999, 'Cel', false],
    [38.00000000000001, 'Cel', true],
  ] as const)('%s %s stays %s as given (fever: %s)', (value, unit, fever) => {
    expect(toCelsius(value, unit)).toBe(value);
    expect(toCelsius(value, unit) >= FEVER_THRESHOLD_CELSIUS).toBe(fever);
  });

  it.each([
    [6.0000000000001, 'L/min'],
    [6.0000000000001, 'l/min'],
    [5.9999999999999, 'L/min'],
  ] as const)('%s %s stays as given', (value, unit) => {
    expect(toLitersPerMinute(value, unit)).toBe(value);
    expect(toLitersPerMinute(value, unit) > 6).toBe(value > 6);
  });

  it('keeps percent and mm[Hg] as given', () => {
    expect(toInspiredOxygenPercent(40.00000000000001, '%')).toBe(40.00000000000001);
    expect(toMillimetersOfMercury(89.99999999999999, 'mm[Hg]')).toBe(89.99999999999999);
  });

  it('rounds a real conversion to 12 significant digits: only a value within half a unit of the 12th digit lands on the threshold', () => {
    expect(toLitersPerMinute(6000.0000000001, 'mL/min')).toBe(6);
    expect(toLitersPerMinute(6000.000001, 'mL/min')).toBe(6.000000001);
    expect(toCelsius(100.39999999999, '[degF]')).toBe(38);
    expect(toCelsius(100.3999999, '[degF]')).toBe(37.9999999444);
  });

  it('never changes a value in its own unit (property)', () => {
    fc.assert(
      fc.property(fc.double({ min: 25, max: 45, noNaN: true }), (celsius) => {
        expect(toCelsius(celsius, 'Cel')).toBe(celsius);
      }),
    );
    fc.assert(
      fc.property(fc.double({ min: 0, max: 100, noNaN: true }), (liters) => {
        expect(toLitersPerMinute(liters, 'L/min')).toBe(liters);
        expect(toInspiredOxygenPercent(liters, '%')).toBe(liters);
      }),
    );
  });
});
