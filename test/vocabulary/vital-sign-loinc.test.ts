import { describe, expect, it } from 'vitest';
import { VitalSignLoinc, VitalSignMeasure, vitalSignLoincCodes } from '../../src/vocabulary/vital-sign-loinc.js';
import { expectDeeplyFrozen, isValidLoinc } from './helpers.js';

describe('vitalSignLoincCodes', () => {
  it('has one entry per code and none more', () => {
    expect(Object.keys(vitalSignLoincCodes).sort()).toEqual(Object.values(VitalSignLoinc).sort());
  });

  it.each(Object.values(VitalSignLoinc))('%s is a LOINC code with a valid check digit', (code) => {
    expect(isValidLoinc(code)).toBe(true);
  });

  it('reads the generic body temperature and eight site codes as body temperature (CODE-57, CODE-58)', () => {
    const temperatures = Object.entries(vitalSignLoincCodes)
      .filter(([, entry]) => entry.measures === VitalSignMeasure.BodyTemperature)
      .map(([code]) => code)
      .sort();
    expect(temperatures).toEqual(['60834-9', '60836-4', '8310-5', '8328-7', '8329-5', '8331-1', '8332-9', '8333-7', '8334-5'].sort());
    for (const code of temperatures) expect(vitalSignLoincCodes[code as VitalSignLoinc].ucumUnits).toEqual(['Cel', '[degF]']);
  });

  it('has the CONFIRMED codes for flow, concentration, blood pressure and the oxygen delivery method (CODE-60 to CODE-64)', () => {
    expect(VitalSignLoinc.InhaledOxygenFlowRate).toBe('3151-8');
    expect(VitalSignLoinc.InhaledOxygenConcentration).toBe('3150-0');
    expect(VitalSignLoinc.SystolicBloodPressure).toBe('8480-6');
    expect(VitalSignLoinc.BloodPressurePanel).toBe('85354-9');
    expect(VitalSignLoinc.OxygenDeliveryMethod).toBe('107117-4');
  });

  it('never uses mean blood pressure 8478-0, which one implementation sent for the oxygen delivery method (CODE-64 trap)', () => {
    expect(Object.values(VitalSignLoinc)).not.toContain('8478-0');
  });

  it('says what each code measures with a kebab-case value', () => {
    for (const entry of Object.values(vitalSignLoincCodes)) expect(Object.values(VitalSignMeasure)).toContain(entry.measures);
  });

  it('is frozen at every depth', () => {
    expectDeeplyFrozen(vitalSignLoincCodes, 'vitalSignLoincCodes');
    expectDeeplyFrozen(VitalSignLoinc, 'VitalSignLoinc');
  });
});
