import { describe, expect, it } from 'vitest';
import { complete, gradeOn, onOxygen, onVasopressor, without } from './helpers.js';

const mskcc = (overrides: Parameters<typeof gradeOn>[1], base = complete) => gradeOn('mskcc-2018', overrides, base);

describe('MSKCC (clinical reference §3.6)', () => {
  it.each([
    ['no symptoms', { temperatureCelsius: 37 }, 0],
    ['fever', {}, 1],
    ['mild symptoms without fever', { temperatureCelsius: 37, constitutionalSymptoms: true }, 1],
    ['hypotension without vasopressor (supportive care)', { hypotension: true }, 1],
    ['vasopressor for 23 h', onVasopressor('high', 23), 2],
    ['vasopressor for 23.9 h', onVasopressor('low', 23.9), 2],
    ['vasopressor for 24 h', onVasopressor('low', 24), 3],
    ['refractory to high-dose vasopressors', onVasopressor('refractory-to-high', 2), 4],
    ['FiO2 39%', onOxygen('nasal-cannula', 39, 4), 2],
    ['FiO2 40%', onOxygen('nasal-cannula', 40, 4), 3],
    ['BiPAP at FiO2 30% (not mechanical ventilation, but more than oxygen)', onOxygen('bipap', 30), 3],
    ['mechanical ventilation', onOxygen('mechanical-ventilation', 30), 4],
    ['organ toxicity is not an MSKCC criterion', { organToxicityGrade: 4 }, 1],
    ['death', { diedOfCrs: true }, 5],
  ] as const)('%s → %s', (_name, overrides, expected) => {
    expect(mskcc(overrides)).toEqual(expected);
  });

  it.each([
    ['neither duration nor dose', { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] }, ['vasopressorDose', 'vasopressorDurationHours']],
    ['the dose (24 h is 3, refractory would be 4)', { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], vasopressorDurationHours: 30 }, ['vasopressorDose']],
    ['the duration', { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], vasopressorDose: 'low' }, ['vasopressorDurationHours']],
  ] as const)('is not gradable without %s', (_name, overrides, missing) => {
    expect(mskcc(overrides)).toEqual(missing);
  });

  it('needs no other facts than its own', () => {
    const bare = without(complete, 'organToxicityGrade', 'transaminitisGrade', 'hospitalization', 'intravenousTherapy', 'treatmentResponse', 'lifeThreatening', 'coagulopathyNeedingReplacement');
    expect(mskcc({}, bare)).toBe(1);
  });
});
