import { describe, expect, it } from 'vitest';
import type { CrsAssessment, OxygenSupport } from '../../../src/crs/assessment.js';
import { hypoxiaFinding } from '../../../src/crs/scales/astct-2019.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { Vasopressor } from '../../../src/vocabulary/vasopressor.js';

const base: CrsAssessment = { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };

function grade(overrides: Partial<CrsAssessment>): number {
  return gradeCRS({ ...base, ...overrides }).grade;
}

function pressors(...agents: Vasopressor[]): Partial<CrsAssessment> {
  return { hypotension: true, vasopressors: agents.map((agent) => ({ agent })) };
}

describe('R1 fever threshold (≥ 38.0 °C)', () => {
  it.each([
    [37.9, 0],
    [37.99, 0],
    [38.0, 1],
    [38.01, 1],
    [41, 1],
  ])('%s °C alone is grade %s', (temperatureCelsius, expected) => {
    expect(grade({ temperatureCelsius })).toBe(expected);
  });
});

describe('R2 masked fever', () => {
  it.each<[string, Partial<CrsAssessment>, number]>([
    ['afebrile, masked, low-flow cannula', { temperatureCelsius: 36.8, feverMasked: true, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } }, 2],
    ['afebrile, not masked, low-flow cannula', { temperatureCelsius: 36.8, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } }, 0],
    ['afebrile, masked, one vasopressor', { temperatureCelsius: 36.8, feverMasked: true, ...pressors('norepinephrine') }, 3],
    ['afebrile, masked, explicitly false', { temperatureCelsius: 36.8, feverMasked: false, ...pressors('norepinephrine') }, 0],
    ['afebrile, masked, BiPAP', { temperatureCelsius: 37.0, feverMasked: true, oxygen: { device: 'bipap' } }, 4],
    ['afebrile, masked, nothing else: grade driven by hypotension/hypoxia only', { temperatureCelsius: 37.0, feverMasked: true }, 0],
    ['febrile and masked, nothing else: fever still counts', { temperatureCelsius: 38.2, feverMasked: true }, 1],
  ])('%s → grade %s', (_name, overrides, expected) => {
    expect(grade(overrides)).toBe(expected);
  });

  it('says why a masked, afebrile patient without hypotension or hypoxia is grade 0 (no drivers: nothing was held back)', () => {
    const grading = gradeCRS({ ...base, temperatureCelsius: 37, feverMasked: true });
    expect(grading.notes).toEqual(['masked-fever-without-hypotension-or-hypoxia']);
    expect(grading.drivers).toEqual([]);
    expect(grading.findings[0]).toEqual({ domain: 'fever', finding: 'fever-masked', grade: 0 });
  });
});

describe('hypotension row and R6 vasopressin', () => {
  it.each<[string, Partial<CrsAssessment>, number]>([
    ['no hypotension', {}, 1],
    ['hypotension, no vasopressor', { hypotension: true }, 2],
    ['one vasopressor', pressors('norepinephrine'), 3],
    ['vasopressin alone (one vasopressor)', pressors('vasopressin'), 3],
    ['one vasopressor + vasopressin', pressors('norepinephrine', 'vasopressin'), 3],
    ['vasopressin + one vasopressor (order irrelevant)', pressors('vasopressin', 'phenylephrine'), 3],
    ['two vasopressors', pressors('norepinephrine', 'epinephrine'), 4],
    ['two vasopressors + vasopressin', pressors('norepinephrine', 'epinephrine', 'vasopressin'), 4],
    ['angiotensin II counts as a vasopressor', pressors('angiotensin-ii', 'dopamine'), 4],
  ])('%s → grade %s', (_name, overrides, expected) => {
    expect(grade(overrides)).toBe(expected);
  });

  it('notes that vasopressin was not counted', () => {
    expect(gradeCRS({ ...base, ...pressors('norepinephrine', 'vasopressin') }).notes).toContain('vasopressin-not-counted');
    expect(gradeCRS({ ...base, ...pressors('vasopressin') }).notes).not.toContain('vasopressin-not-counted');
  });
});

describe('hypoxia row, R4 (≤ 6 / > 6 L/min) and R5 (device → grade)', () => {
  it.each<[OxygenSupport, number]>([
    [{ device: 'room-air' }, 1],
    [{ device: 'blow-by' }, 2],
    [{ device: 'blow-by', flowLitersPerMinute: 10 }, 2],
    [{ device: 'nasal-cannula', flowLitersPerMinute: 0.5 }, 2],
    [{ device: 'nasal-cannula', flowLitersPerMinute: 6 }, 2],
    [{ device: 'nasal-cannula', flowLitersPerMinute: 6.000001 }, 3],
    [{ device: 'nasal-cannula', flowLitersPerMinute: 6.5 }, 3],
    [{ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 6 }, 2],
    [{ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 6.5 }, 3],
    [{ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 40 }, 3],
    [{ device: 'simple-face-mask' }, 3],
    [{ device: 'non-rebreather-mask', flowLitersPerMinute: 15 }, 3],
    [{ device: 'venturi-mask' }, 3],
    [{ device: 'cpap' }, 4],
    [{ device: 'bipap' }, 4],
    [{ device: 'mechanical-ventilation' }, 4],
  ])('%j → grade %s', (oxygen, expected) => {
    expect(grade({ oxygen })).toBe(expected);
  });

  it('notes a high-flow cannula run at low flow', () => {
    expect(gradeCRS({ ...base, oxygen: { device: 'high-flow-nasal-cannula', flowLitersPerMinute: 5 } }).notes).toEqual(['high-flow-cannula-at-low-flow']);
    expect(gradeCRS({ ...base, oxygen: { device: 'high-flow-nasal-cannula', flowLitersPerMinute: 7 } }).notes).toEqual([]);
  });

  it('never reads a missing cannula flow as low-flow, even past validation', () => {
    expect(() => hypoxiaFinding({ device: 'nasal-cannula' })).toThrow(TypeError);
  });
});

describe('R3 worst-of rule and the worked example', () => {
  it('fever + one vasopressor + low-flow cannula is grade 3, driven by hypotension', () => {
    const grading = gradeCRS({ ...base, ...pressors('norepinephrine'), oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 3 } });
    expect(grading.grade).toBe(3);
    expect(grading.drivers).toEqual([{ domain: 'hypotension', finding: 'one-vasopressor', grade: 3 }]);
    expect(grading.icd10Cm).toBe('D89.833');
  });

  it('lists both domains when they tie', () => {
    const grading = gradeCRS({ ...base, ...pressors('norepinephrine'), oxygen: { device: 'venturi-mask' } });
    expect(grading.drivers.map(({ domain }) => domain)).toEqual(['hypotension', 'hypoxia']);
  });

  it('hypoxia can set the grade above hypotension', () => {
    expect(grade({ hypotension: true, oxygen: { device: 'mechanical-ventilation' } })).toBe(4);
  });
});

describe('R10 and the implementation note: no fever, no CRS', () => {
  it.each<[string, Partial<CrsAssessment>]>([
    ['hypotension on two vasopressors', { temperatureCelsius: 37.5, ...pressors('norepinephrine', 'epinephrine') }],
    ['mechanical ventilation', { temperatureCelsius: 37.5, oxygen: { device: 'mechanical-ventilation' } }],
  ])('%s without fever is grade 0 with a note, never grade 1', (_name, overrides) => {
    const grading = gradeCRS({ ...base, ...overrides });
    expect(grading.grade).toBe(0);
    expect(grading.icd10Cm).toBeNull();
    expect(grading.notes).toContain('no-fever-no-crs');
    expect(grading.drivers).toEqual([{ domain: 'fever', finding: 'no-fever', grade: 0 }]);
  });

  it('an afebrile patient with nothing else is grade 0 without notes', () => {
    expect(gradeCRS({ ...base, temperatureCelsius: 36.6 })).toMatchObject({ grade: 0, notes: [] });
  });
});

describe('grade 5 and ICD-10-CM codes', () => {
  it('death from CRS is grade 5', () => {
    const grading = gradeCRS({ ...base, diedOfCrs: true });
    expect(grading).toMatchObject({ grade: 5, icd10Cm: 'D89.835', drivers: [{ domain: 'death', finding: 'died-of-crs', grade: 5 }] });
  });

  it('diedOfCrs false changes nothing', () => {
    expect(grade({ diedOfCrs: false })).toBe(1);
  });

  it.each([
    [{}, 'D89.831'],
    [{ hypotension: true }, 'D89.832'],
    [pressors('dopamine'), 'D89.833'],
    [{ oxygen: { device: 'cpap' } as const }, 'D89.834'],
  ])('%j → %s', (overrides, code) => {
    expect(gradeCRS({ ...base, ...overrides }).icd10Cm).toBe(code);
  });
});

describe('R7: organ toxicity and the other scales\' facts never change the ASTCT grade', () => {
  it.each([0, 1, 2, 3, 4] as const)('organ toxicity grade %i leaves grade 1 at 1', (organToxicityGrade) => {
    expect(grade({ organToxicityGrade, transaminitisGrade: organToxicityGrade })).toBe(1);
  });
  it('ignores every fact only other scales read', () => {
    expect(
      grade({
        constitutionalSymptoms: true,
        organToxicityGrade: 4,
        transaminitisGrade: 4,
        coagulopathyNeedingReplacement: true,
        hospitalization: 'for-organ-dysfunction',
        intravenousTherapy: true,
        treatmentResponse: 'prolonged-or-recurrent',
        lifeThreatening: true,
        oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent: 90 },
      }),
    ).toBe(3);
  });
});

describe('result shape', () => {
  it('names its scale and lists every domain once, in table order', () => {
    const grading = gradeCRS(base);
    expect(grading.scale).toBe('astct-2019');
    expect(grading.findings.map(({ domain }) => domain)).toEqual(['fever', 'hypotension', 'hypoxia', 'death']);
  });
});

describe('ICD-10-CM code of an ASTCT grading', () => {
  it('is the CRS code of the grade, and null for grade 0', () => {
    expect(gradeCRS({ ...base, temperatureCelsius: 37 }).icd10Cm).toBeNull();
    expect(gradeCRS(base).icd10Cm).toBe('D89.831');
    expect(gradeCRS({ ...base, diedOfCrs: true }).icd10Cm).toBe('D89.835');
  });
});
