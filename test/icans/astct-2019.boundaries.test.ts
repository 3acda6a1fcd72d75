/**
 * ASTCT 2019 ICANS: the ICD-10-CM code and drivers of each grade, and the graders' refusal to read
 * a missing encephalopathy score as normal.
 */
import { describe, expect, it } from 'vitest';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import { capdFinding, iceFinding } from '../../src/icans/astct-2019.js';
import { gradeICANS } from '../../src/icans/grade-icans.js';

const adult: IcansAssessment = { ageYears: 45, ice: 10, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };
const child: IcansAssessment = { ageYears: 6, capd: 0, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };

describe('ICANS grades with their ICD-10-CM code (G92.01 to G92.05) and drivers', () => {
  it.each([
    { name: 'ICE 9', assessment: { ...adult, ice: 9 }, grade: 1, drivers: [{ domain: 'ice-score', finding: 'ice-7-to-9', grade: 1 }] },
    { name: 'CAPD 1', assessment: { ...child, capd: 1 }, grade: 1, drivers: [{ domain: 'capd-score', finding: 'capd-1-to-8', grade: 1 }] },
    {
      name: 'CAPD 8, awakens to voice',
      assessment: { ...child, capd: 8, consciousness: 'awakens-to-voice' },
      grade: 2,
      drivers: [{ domain: 'consciousness', finding: 'awakens-to-voice', grade: 2 }],
    },
    { name: 'ICE 6', assessment: { ...adult, ice: 6 }, grade: 2, drivers: [{ domain: 'ice-score', finding: 'ice-3-to-6', grade: 2 }] },
    { name: 'CAPD 9', assessment: { ...child, capd: 9 }, grade: 3, drivers: [{ domain: 'capd-score', finding: 'capd-9-or-more', grade: 3 }] },
    {
      name: 'ICE 2 and focal oedema',
      assessment: { ...adult, ice: 2, cerebralEdema: 'focal' },
      grade: 3,
      drivers: [
        { domain: 'ice-score', finding: 'ice-0-to-2', grade: 3 },
        { domain: 'cerebral-edema', finding: 'focal-cerebral-edema', grade: 3 },
      ],
    },
    {
      name: 'unarousable adult',
      assessment: { ...adult, ice: 0, consciousness: 'unarousable' },
      grade: 4,
      drivers: [
        { domain: 'ice-score', finding: 'ice-unarousable', grade: 4 },
        { domain: 'consciousness', finding: 'unarousable', grade: 4 },
      ],
    },
    {
      name: 'unarousable child',
      assessment: { ...child, capd: undefined, consciousness: 'unarousable' },
      grade: 4,
      drivers: [
        { domain: 'capd-score', finding: 'capd-unarousable', grade: 4 },
        { domain: 'consciousness', finding: 'unarousable', grade: 4 },
      ],
    },
    { name: 'died of ICANS', assessment: { ...adult, ice: 5, diedOfIcans: true }, grade: 5, drivers: [{ domain: 'death', finding: 'died-of-icans', grade: 5 }] },
  ] satisfies { name: string; assessment: IcansAssessment; grade: number; drivers: unknown[] }[])('$name: grade $grade', ({ assessment, grade, drivers }) => {
    const result = gradeICANS(assessment);
    expect(result).toMatchObject({ grade, drivers, icd10Cm: `G92.0${grade}` });
  });

  it('has no code at grade 0', () => {
    expect(gradeICANS(adult).icd10Cm).toBeNull();
    expect(gradeICANS(child).icd10Cm).toBeNull();
  });
});

describe('a missing encephalopathy score is never read as normal, even past validation', () => {
  it('refuses ICE left out in an arousable patient', () => {
    expect(() => iceFinding({ consciousness: 'alert' })).toThrow(new TypeError('ice is required when ICE is the instrument and the patient is arousable'));
  });

  it('refuses CAPD left out in an arousable child', () => {
    expect(() => capdFinding({ consciousness: 'awakens-spontaneously' })).toThrow(new TypeError('capd is required when CAPD is the instrument and the child is arousable'));
  });
});
