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

  it('an ICE total and its items both filled is one issue at ice, in either order, never a silent pick', () => {
    const items = { 'ice.orientation': '4', 'ice.naming': '3', 'ice.commands': '1', 'ice.writing': '1', 'ice.attention': '1' };
    expect(issues({ ...adult, ice: '2', ...items })).toEqual(['ice: given-twice']);
    expect(issues({ ...adult, ...items, ice: '2' })).toEqual(['ice: given-twice']);
    const nested = { orientation: '4', naming: '3', commands: '1', writing: '1', attention: '1' };
    expect(issues({ ...adult, ice: nested, 'ice.orientation': '3' })).toEqual(['ice.orientation: given-twice']);
    expect(issues({ ...adult, ice: nested, 'ice.orientation': '4' })).toEqual(['ice.orientation: given-twice']);
  });

  it('an empty total beside filled items, or empty items beside a total, is no conflict', () => {
    const items = { 'ice.orientation': '4', 'ice.naming': '3', 'ice.commands': '1', 'ice.writing': '1', 'ice.attention': '1' };
    expect(gradeICANS(icansAssessmentFormValidator.parse({ ...adult, ice: '', ...items })).grade).toBe(0);
    expect(gradeICANS(icansAssessmentFormValidator.parse({ ...adult, ...items, ice: '' })).grade).toBe(0);
    const empty = { 'ice.orientation': '', 'ice.naming': '', 'ice.commands': '', 'ice.writing': '', 'ice.attention': '' };
    expect(gradeICANS(icansAssessmentFormValidator.parse({ ...adult, ice: '2', ...empty })).grade).toBe(3);
    expect(gradeICANS(icansAssessmentFormValidator.parse({ ...adult, ...empty, ice: '2' })).grade).toBe(3);
  });

  it('a multi-select of raised ICP signs is the list; an issue in it stays on it', () => {
    const child = { ...adult, ageYears: '8', capd: '12' };
    expect(icansAssessmentFormValidator.parse({ ...child, raisedIcpSigns: 'papilledema' }).raisedIcpSigns).toEqual(['papilledema']);
    expect(issues({ ...child, raisedIcpSigns: ['papilledema', 'headache'] })).toEqual(['raisedIcpSigns: expected-one-of']);
    expect(icansAssessmentFormValidator.parse({ ...child, raisedIcpSigns: 'none' }).raisedIcpSigns).toEqual([]);
    expect(icansAssessmentFormValidator.parse({ ...child, raisedIcpSigns: ['none'] }).raisedIcpSigns).toEqual([]);
    expect(issues({ ...child, raisedIcpSigns: ['none', 'papilledema'] })).toEqual(['raisedIcpSigns: expected-one-of']);
    expect(issues({ ...child, raisedIcpSigns: undefined })).toEqual(['raisedIcpSigns: required']);
  });

  it('the age boundary of the validator decides the instrument, and an invalid one is refused', () => {
    const twelve = { ...adult, ageYears: '12', capd: '4' };
    expect(issues(twelve)).toEqual(['capd: score-not-allowed', 'ice: score-required']);
    expect(createIcansAssessmentFormValidator({ capdBelowAgeYears: 13 }).safeParse(twelve).success).toBe(true);
    expect(() => createIcansAssessmentFormValidator({ capdBelowAgeYears: 0 })).toThrow(IcansInputError);
  });
});
