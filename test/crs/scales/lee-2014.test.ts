import { describe, expect, it } from 'vitest';
import { complete, gradeOn, onOxygen, onVasopressor, without } from './helpers.js';

const lee = (overrides: Parameters<typeof gradeOn>[1], base = complete) => gradeOn('lee-2014', overrides, base);

describe('Lee 2014 (clinical reference §3.4)', () => {
  it.each([
    ['no fever, no symptoms', { temperatureCelsius: 37.9 }, 0],
    ['fever 38.0 °C', { temperatureCelsius: 38.0 }, 1],
    ['constitutional symptoms without fever', { temperatureCelsius: 37, constitutionalSymptoms: true }, 1],
    ['fluid-responsive hypotension', { hypotension: true }, 2],
    ['one low-dose vasopressor', onVasopressor('low', 30), 2],
    ['one vasopressor of unknown dose for 2.9 h (no dose is high yet)', { hypotension: true, vasopressors: [{ agent: 'dopamine' }], vasopressorDurationHours: 2.9 }, 2],
    ['high dose for 2.9 h (not yet 3 h)', onVasopressor('high', 2.9), 2],
    ['high dose for 3 h', onVasopressor('high', 3), 3],
    ['30 h on norepinephrine, the last hour at a high dose (Lee 2; MSKCC 3)', { ...onVasopressor('high', 30), highDoseVasopressorDurationHours: 1 }, 2],
    ['30 h on norepinephrine, the last 3 h at a high dose', { ...onVasopressor('high', 30), highDoseVasopressorDurationHours: 3 }, 3],
    ['high dose for 2.9 h of 30 h', { ...onVasopressor('high', 30), highDoseVasopressorDurationHours: 2.9 }, 2],
    ['refractory to a high dose for 3 h', onVasopressor('refractory-to-high', 3), 3],
    ['two low-dose vasopressors', onVasopressor('low', 1, [{ agent: 'norepinephrine' }, { agent: 'phenylephrine' }]), 3],
    ['norepinephrine with vasopressin (counted)', onVasopressor('low', 1, [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }]), 3],
    ['FiO2 39%', onOxygen('simple-face-mask', 39), 2],
    ['FiO2 40%', onOxygen('simple-face-mask', 40), 3],
    ['BiPAP at FiO2 35% (not ventilator support, but more than oxygen)', onOxygen('bipap', 35), 3],
    ['mechanical ventilation', onOxygen('mechanical-ventilation', 30), 4],
    ['organ toxicity grade 1', { organToxicityGrade: 1 }, 1],
    ['organ toxicity grade 2', { organToxicityGrade: 2 }, 2],
    ['organ toxicity grade 3', { organToxicityGrade: 3 }, 3],
    ['organ toxicity grade 4', { organToxicityGrade: 4 }, 4],
    ['transaminitis grade 3', { transaminitisGrade: 3 }, 3],
    ['transaminitis grade 4 (never above 3)', { transaminitisGrade: 4 }, 3],
    ['death', { diedOfCrs: true }, 5],
  ] as const)('%s → %s', (_name, overrides, expected) => {
    expect(lee(overrides)).toEqual(expected);
  });

  it('ignores masked fever, which is an ASTCT rule', () => {
    expect(lee({ temperatureCelsius: 37, feverMasked: true })).toBe(0);
  });

  it.each([
    ['the FiO2 of a mask', { oxygen: { device: 'simple-face-mask' } }, ['oxygen.inspiredOxygenFractionPercent']],
    ['the dose of one vasopressor and how long a high dose lasted', { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] }, ['vasopressorDose', 'highDoseVasopressorDurationHours']],
    ['the dose of one vasopressor given for 3 h', { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], vasopressorDurationHours: 3 }, ['vasopressorDose', 'highDoseVasopressorDurationHours']],
    ['how long a high dose lasted', { hypotension: true, vasopressors: [{ agent: 'dopamine' }], vasopressorDose: 'high' }, ['highDoseVasopressorDurationHours']],
    ['how long a high dose lasted, 30 h on vasopressors', { hypotension: true, vasopressors: [{ agent: 'dopamine' }], vasopressorDose: 'high', vasopressorDurationHours: 30 }, ['highDoseVasopressorDurationHours']],
  ] as const)('is not gradable without %s', (_name, overrides, missing) => {
    expect(lee(overrides)).toEqual(missing);
  });

  it('does not ask for facts that cannot change the grade', () => {
    // Mechanical ventilation is grade 4 whatever the FiO2, and organ toxicity cannot raise it further.
    expect(lee({ oxygen: { device: 'mechanical-ventilation' } }, without(complete, 'organToxicityGrade'))).toBe(4);
    // Two vasopressors are grade 3 whatever their dose.
    expect(lee({ hypotension: true, vasopressors: [{ agent: 'norepinephrine' }, { agent: 'epinephrine' }] })).toBe(3);
    // Without fever, constitutional symptoms matter only below grade 1.
    const withoutSymptoms = without(complete, 'constitutionalSymptoms');
    expect(lee({ temperatureCelsius: 37, organToxicityGrade: 2 }, withoutSymptoms)).toBe(2);
    expect(lee({ temperatureCelsius: 37 }, withoutSymptoms)).toEqual(['constitutionalSymptoms']);
  });
});
