import { describe, expect, it } from 'vitest';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import { gradeICANS } from '../../src/icans/grade-icans.js';
import type { ConsciousnessLevel } from '../../src/vocabulary/consciousness-level.js';
import type { RaisedIcpSign } from '../../src/vocabulary/raised-icp-sign.js';

const adult: IcansAssessment = {
  ageYears: 45,
  ice: 10,
  consciousness: 'alert',
  seizure: 'none',
  motorWeakness: 'none',
  cerebralEdema: 'none',
  raisedIcpSigns: [],
};
const child: IcansAssessment = {
  ageYears: 7,
  capd: 0,
  consciousness: 'alert',
  seizure: 'none',
  motorWeakness: 'none',
  cerebralEdema: 'none',
  raisedIcpSigns: [],
};

function grade(base: IcansAssessment, overrides: Partial<IcansAssessment>): number {
  return gradeICANS({ ...base, ...overrides }).grade;
}

describe('ICE row (§2.2) with N2 and N5', () => {
  it.each([
    [10, 0],
    [9, 1],
    [8, 1],
    [7, 1],
    [6, 2],
    [3, 2],
    [2, 3],
    [1, 3],
    [0, 3],
  ])('ICE %s in an alert adult is grade %s', (ice, expected) => {
    expect(grade(adult, { ice })).toBe(expected);
  });

  it('scores ICE items with scoreICE: 4+3+1+1+0 = 9 is grade 1', () => {
    const grading = gradeICANS({ ...adult, ice: { orientation: 4, naming: 3, commands: 1, writing: 1, attention: 0 } });
    expect(grading.grade).toBe(1);
    expect(grading.findings[0]).toEqual({ domain: 'ice-score', finding: 'ice-7-to-9', grade: 1 });
  });

  it('N2: ICE 0 awake with global aphasia is grade 3, ICE 0 unarousable is grade 4', () => {
    const awake = gradeICANS({ ...adult, ice: 0 });
    expect(awake.grade).toBe(3);
    expect(awake.drivers).toEqual([{ domain: 'ice-score', finding: 'ice-0-to-2', grade: 3 }]);
    const unarousable = gradeICANS({ ...adult, ice: 0, consciousness: 'unarousable' });
    expect(unarousable.grade).toBe(4);
    expect(unarousable.drivers).toEqual([
      { domain: 'ice-score', finding: 'ice-unarousable', grade: 4 },
      { domain: 'consciousness', finding: 'unarousable', grade: 4 },
    ]);
    expect(gradeICANS({ ...adult, ice: undefined, consciousness: 'unarousable' }).grade).toBe(4);
  });

  it('N5: ICE 10 with nothing else is grade 0 with no ICD-10-CM code', () => {
    const grading = gradeICANS(adult);
    expect(grading.grade).toBe(0);
    expect(grading.icd10Cm).toBeNull();
    expect(grading.instrument).toBe('ice');
    expect(grading.notes).toEqual(['ice-at-or-above-age-boundary']);
  });
});

describe('CAPD row (§2.3, Part 2 §D; CAPD 0 decision)', () => {
  it.each([
    [0, 0],
    [1, 1],
    [8, 1],
    [9, 3],
    [32, 3],
  ])('CAPD %s in an alert child is grade %s', (capd, expected) => {
    expect(grade(child, { capd })).toBe(expected);
  });

  it('CAPD 1–8 is grade 1 or 2 by the consciousness row', () => {
    expect(grade(child, { capd: 5, consciousness: 'awakens-spontaneously' })).toBe(1);
    expect(grade(child, { capd: 5, consciousness: 'awakens-to-voice' })).toBe(2);
    expect(grade(child, { capd: 8, consciousness: 'awakens-to-voice' })).toBe(2);
  });

  it('a child unable to perform CAPD because unarousable is grade 4', () => {
    const grading = gradeICANS({ ...child, capd: undefined, consciousness: 'unarousable' });
    expect(grading.grade).toBe(4);
    expect(grading.findings[0]).toEqual({ domain: 'capd-score', finding: 'capd-unarousable', grade: 4 });
  });

  it('records CAPD as the instrument with the reason', () => {
    const grading = gradeICANS({ ...child, capd: 9 });
    expect(grading.instrument).toBe('capd');
    expect(grading.notes).toEqual(['capd-below-age-boundary']);
    expect(grading.drivers).toEqual([{ domain: 'capd-score', finding: 'capd-9-or-more', grade: 3 }]);
    expect(grading.icd10Cm).toBe('G92.03');
  });
});

describe('consciousness row', () => {
  it.each<[ConsciousnessLevel, number]>([
    ['alert', 0],
    ['awakens-spontaneously', 1],
    ['awakens-to-voice', 2],
    ['awakens-to-tactile-stimulus', 3],
  ])('%s with ICE 10 is grade %s', (consciousness, expected) => {
    expect(grade(adult, { consciousness })).toBe(expected);
    expect(grade(child, { consciousness })).toBe(expected);
  });

  it('unarousable is grade 4 for adults and children', () => {
    expect(grade(adult, { ice: undefined, consciousness: 'unarousable' })).toBe(4);
    expect(grade(child, { capd: undefined, consciousness: 'unarousable' })).toBe(4);
  });
});

describe('sedation (depressed consciousness attributable to another cause)', () => {
  it.each<[ConsciousnessLevel]>([['awakens-spontaneously'], ['awakens-to-voice'], ['awakens-to-tactile-stimulus']])(
    'sedated and %s: consciousness not graded, and a note says so',
    (consciousness) => {
      const grading = gradeICANS({ ...adult, consciousness, sedated: true });
      expect(grading.grade).toBe(0);
      expect(grading.findings[1]).toEqual({ domain: 'consciousness', finding: 'depressed-consciousness-sedated', grade: 0 });
      expect(grading.notes).toContain('consciousness-not-graded-sedated');
    },
  );

  it('sedated and unarousable cannot be graded: an input error, never a grade from the other domains alone', () => {
    expect(() => gradeICANS({ ...adult, ice: undefined, consciousness: 'unarousable', sedated: true })).toThrow(/sedated: cannot be true when consciousness is "unarousable"/);
    expect(() => gradeICANS({ ...child, capd: undefined, consciousness: 'unarousable', sedated: true, seizure: 'life-threatening' })).toThrow(/sedated/);
  });

  it('sedation does not hide a low ICE score in an arousable patient', () => {
    expect(grade(adult, { ice: 2, consciousness: 'awakens-to-voice', sedated: true })).toBe(3);
  });

  it('sedated but alert: nothing to discount, no note', () => {
    const grading = gradeICANS({ ...adult, sedated: true });
    expect(grading.findings[1]?.finding).toBe('alert');
    expect(grading.notes).toEqual(['ice-at-or-above-age-boundary']);
  });

  it('sedated: false is the same as leaving it out', () => {
    expect(gradeICANS({ ...adult, consciousness: 'awakens-to-voice', sedated: false })).toEqual(gradeICANS({ ...adult, consciousness: 'awakens-to-voice' }));
  });
});

describe('seizure, motor, cerebral oedema and raised ICP rows', () => {
  it.each<[string, Partial<IcansAssessment>, number]>([
    ['no seizure', { seizure: 'none' }, 0],
    ['rapidly resolving seizure (never grade 1 or 2)', { seizure: 'rapidly-resolving' }, 3],
    ['life-threatening seizure', { seizure: 'life-threatening' }, 4],
    ['no motor weakness', { motorWeakness: 'none' }, 0],
    ['deep focal motor weakness', { motorWeakness: 'deep-focal' }, 4],
    ['no oedema', { cerebralEdema: 'none' }, 0],
    ['focal oedema', { cerebralEdema: 'focal' }, 3],
    ['diffuse oedema', { cerebralEdema: 'diffuse' }, 4],
    ['not imaged', { cerebralEdema: 'not-imaged' }, 0],
  ])('%s → grade %s (adult and child)', (_name, overrides, expected) => {
    expect(grade(adult, overrides)).toBe(expected);
    expect(grade(child, overrides)).toBe(expected);
  });

  it.each<[RaisedIcpSign]>([['decerebrate-posturing'], ['decorticate-posturing'], ['cranial-nerve-vi-palsy'], ['papilledema'], ['cushings-triad']])(
    '%s alone is grade 4',
    (sign) => {
      const grading = gradeICANS({ ...adult, raisedIcpSigns: [sign] });
      expect(grading.grade).toBe(4);
      expect(grading.drivers).toEqual([{ domain: 'raised-icp', finding: 'raised-icp-signs', grade: 4 }]);
    },
  );

  it('not imaged: graded as no finding, and the result says so', () => {
    const grading = gradeICANS({ ...adult, cerebralEdema: 'not-imaged' });
    expect(grading.findings[4]).toEqual({ domain: 'cerebral-edema', finding: 'cerebral-edema-not-imaged', grade: 0 });
    expect(grading.notes).toContain('cerebral-edema-not-imaged');
    expect(gradeICANS(adult).notes).not.toContain('cerebral-edema-not-imaged');
  });
});

describe('N1 most severe event, worked example, death', () => {
  it('worked example: ICE 3 with a generalised seizure is grade 3', () => {
    const grading = gradeICANS({ ...adult, ice: 3, seizure: 'rapidly-resolving' });
    expect(grading.grade).toBe(3);
    expect(grading.drivers).toEqual([{ domain: 'seizure', finding: 'rapidly-resolving-seizure', grade: 3 }]);
  });

  it('the grade is the most severe domain, and every domain at that grade drives it', () => {
    const grading = gradeICANS({ ...adult, ice: 8, consciousness: 'awakens-to-voice', cerebralEdema: 'focal', seizure: 'rapidly-resolving' });
    expect(grading.grade).toBe(3);
    expect(grading.drivers.map(({ domain }) => domain)).toEqual(['seizure', 'cerebral-edema']);
    expect(grading.findings.map(({ domain }) => domain)).toEqual([
      'ice-score',
      'consciousness',
      'seizure',
      'motor-findings',
      'cerebral-edema',
      'raised-icp',
      'death',
    ]);
  });

  it('death from ICANS is grade 5 whatever else', () => {
    const grading = gradeICANS({ ...adult, ice: 9, diedOfIcans: true });
    expect(grading.grade).toBe(5);
    expect(grading.drivers).toEqual([{ domain: 'death', finding: 'died-of-icans', grade: 5 }]);
    expect(grading.icd10Cm).toBe('G92.05');
    expect(grade(adult, { diedOfIcans: false })).toBe(0);
  });

  it.each([
    [1, 'G92.01', { ice: 9 }],
    [2, 'G92.02', { ice: 5 }],
    [3, 'G92.03', { ice: 1 }],
    [4, 'G92.04', { motorWeakness: 'deep-focal' }],
  ] as const)('grade %s has ICD-10-CM %s', (expected, code, overrides) => {
    const grading = gradeICANS({ ...adult, ...overrides });
    expect(grading.grade).toBe(expected);
    expect(grading.icd10Cm).toBe(code);
    expect(grading.scale).toBe('astct-2019');
  });
});

describe('exclusions (N3, N4)', () => {
  it('tremor, myoclonus and intracranial haemorrhage are not inputs: they are rejected, never graded', () => {
    for (const key of ['tremor', 'myoclonus', 'intracranialHemorrhage']) {
      expect(() => gradeICANS({ ...adult, [key]: true })).toThrow(key);
    }
  });

  it('tremor is not a motor finding', () => {
    expect(() => gradeICANS({ ...adult, motorWeakness: 'tremor' } as unknown as IcansAssessment)).toThrow(/"none".*"deep-focal"/);
  });
});
