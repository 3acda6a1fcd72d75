import { describe, expect, it } from 'vitest';
import { createIcansAssessmentFormValidator, icansAssessmentFormValidator } from '../../src/forms/icans-assessment-form-validator.js';
import { gradeICANS } from '../../src/icans/grade-icans.js';
import { IcansInputError } from '../../src/icans/icans-input-error.js';

const adult = { ageYears: '54', consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] as string[] };

function issues(values: unknown): string[] {
  const result = icansAssessmentFormValidator.safeParse(values);
  return result.success ? [] : result.error.issues.map(({ path, code }) => `${path.join('.')}: ${code}`);
}

describe('ICANS form values', () => {
  it.each([
    ['10', 0],
    ['9', 1],
    ['7', 1],
    ['6', 2],
    ['3', 2],
    ['2', 3],
    ['0', 3],
  ])('an ICE total of %j grades %i', (ice, grade) => {
    expect(gradeICANS(icansAssessmentFormValidator.parse({ ...adult, ice })).grade).toBe(grade);
  });

  it('reads the ICE items as numbers, and all of them empty as no score', () => {
    const items = { orientation: '4', naming: '3', commands: '1', writing: '1', attention: '0' };
    expect(icansAssessmentFormValidator.parse({ ...adult, ice: items }).ice).toEqual({ orientation: 4, naming: 3, commands: 1, writing: 1, attention: 0 });
    expect(issues({ ...adult, ice: { orientation: '', naming: '', commands: '', writing: '', attention: '' } })).toEqual(['ice: score-required']);
    expect(issues({ ...adult, ice: { ...items, attention: '' } })).toEqual(['ice.attention: required']);
    expect(issues({ ...adult, ice: '' })).toEqual(['ice: score-required']);
  });

  it('a multi-select of raised ICP signs is the list; an issue in it stays on it', () => {
    const child = { ...adult, ageYears: '8', capd: '12' };
    expect(icansAssessmentFormValidator.parse({ ...child, raisedIcpSigns: 'papilledema' }).raisedIcpSigns).toEqual(['papilledema']);
    expect(issues({ ...child, raisedIcpSigns: ['papilledema', 'headache'] })).toEqual(['raisedIcpSigns: expected-one-of']);
  });

  it('the age boundary of the validator decides the instrument, and an invalid one is refused', () => {
    const twelve = { ...adult, ageYears: '12', capd: '4' };
    expect(issues(twelve)).toEqual(['capd: score-not-allowed', 'ice: score-required']);
    expect(createIcansAssessmentFormValidator({ capdBelowAgeYears: 13 }).safeParse(twelve).success).toBe(true);
    expect(() => createIcansAssessmentFormValidator({ capdBelowAgeYears: 0 })).toThrow(IcansInputError);
  });
});
