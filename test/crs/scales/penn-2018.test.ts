import { describe, expect, it } from 'vitest';
import { complete, gradeOn, onOxygen, onVasopressor, without } from './helpers.js';

const penn = (overrides: Parameters<typeof gradeOn>[1], base = complete) => gradeOn('penn-2018', overrides, base);

describe('Penn (clinical reference §3.5)', () => {
  it.each([
    ['no reaction', { temperatureCelsius: 37 }, 0],
    ['fever', {}, 1],
    ['hospitalisation for CRS symptoms', { hospitalization: 'for-crs-symptoms' }, 2],
    ['IV therapy', { intravenousTherapy: true }, 2],
    ['organ toxicity grade 2 (e.g. creatinine)', { organToxicityGrade: 2 }, 2],
    ['transaminitis grade 2', { transaminitisGrade: 2 }, 1],
    ['transaminitis grade 3', { transaminitisGrade: 3 }, 2],
    ['transaminitis grade 4', { transaminitisGrade: 4 }, 3],
    ['organ toxicity grade 3', { organToxicityGrade: 3 }, 3],
    ['organ toxicity grade 4 (life-threatening by CTCAE definition)', { organToxicityGrade: 4 }, 4],
    ['hospitalisation for organ dysfunction', { hospitalization: 'for-organ-dysfunction' }, 3],
    ['hypotension with one fluid bolus', { hypotension: true, multipleFluidBoluses: false }, 1],
    ['hypotension with multiple fluid boluses', { hypotension: true, multipleFluidBoluses: true }, 3],
    ['low-dose vasopressors', onVasopressor('low', 50), 3],
    ['high-dose vasopressors', onVasopressor('high', 1), 4],
    ['coagulopathy needing plasma or fibrinogen', { coagulopathyNeedingReplacement: true }, 3],
    ['low-flow nasal cannula', onOxygen('nasal-cannula', 28, 2), 3],
    ['BiPAP', onOxygen('bipap', 30), 3],
    ['mechanical ventilation', onOxygen('mechanical-ventilation', 30), 4],
    ['life-threatening complications', { lifeThreatening: true }, 4],
    ['death', { diedOfCrs: true }, 5],
  ] as const)('%s → %s', (_name, overrides, expected) => {
    expect(penn(overrides)).toEqual(expected);
  });

  it('needs fluid boluses for hypotension without vasopressors, and the dose of vasopressors', () => {
    expect(penn({ hypotension: true })).toEqual(['multipleFluidBoluses']);
    expect(penn({ hypotension: true, vasopressors: [{ agent: 'vasopressin' }] })).toEqual(['vasopressorDose']);
  });

  it('names every absent fact that could raise the grade', () => {
    expect(penn({}, without(complete, 'hospitalization', 'intravenousTherapy', 'lifeThreatening'))).toEqual(['hospitalization', 'intravenousTherapy', 'lifeThreatening']);
  });
});
