// The ASTCT-only entry: the same gradings and the same input errors as the main entry's gradeCRS,
// and a scale other than astct-2019 refused, never ignored.
import { describe, expect, it } from 'vitest';
import { CrsInputError, gradeCRS, safeGradeCRS } from '../../src/astct/index.js';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import { gradeCRS as gradeOnAnyScale, safeGradeCRS as safeGradeOnAnyScale } from '../../src/crs/grade-crs.js';

const none: CrsAssessment = { temperatureCelsius: 37, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };

const assessments: [string, CrsAssessment][] = [
  ['afebrile, nothing else: 0', none],
  ['fever: 1', { ...none, temperatureCelsius: 38 }],
  ['fever, one vasopressor: 3', { ...none, temperatureCelsius: 38.9, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] }],
  ['masked fever on BiPAP: 4', { ...none, feverMasked: true, oxygen: { device: 'bipap' } }],
  ['no fever on two vasopressors: 0, gated', { ...none, hypotension: true, vasopressors: [{ agent: 'dopamine' }, { agent: 'epinephrine' }] }],
  ['died of CRS: 5', { ...none, diedOfCrs: true }],
];

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

describe('cytokine-release-syndrome/astct', () => {
  it.each(assessments)('%s, exactly as the main entry grades it', (_name, assessment) => {
    const expected = gradeOnAnyScale(assessment);
    expect(gradeCRS(assessment)).toEqual(expected);
    expect(gradeCRS(assessment, { scale: 'astct-2019' })).toEqual(expected);
    expect(gradeCRS(assessment, {})).toEqual(expected);
    expect(safeGradeCRS(assessment)).toEqual({ success: true, data: expected });
    expect(safeGradeCRS(assessment, { scale: 'astct-2019' })).toEqual({ success: true, data: expected });
  });

  it.each(['lee-2014', 'ctcae-v5.0', 'nope'])('refuses scale %j under options, naming astct-2019 as the only value', (scale) => {
    const error = thrown(() => gradeCRS(none, { scale } as never));
    expect(error).toBeInstanceOf(CrsInputError);
    const issues = (error as CrsInputError).issues.map(({ code, path, params }) => ({ code, path, params }));
    expect(issues).toEqual([{ code: 'expected-one-of', path: ['options', 'scale'], params: { allowed: ['astct-2019'], received: { type: 'string', value: scale } } }]);
    expect((error as CrsInputError).message).toMatch(/^Invalid CRS grading options \(1 problem\):/);
    const result = safeGradeCRS(none, { scale } as never);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues).toEqual((error as CrsInputError).issues);
  });

  it('refuses an invalid assessment with the same issues as the main entry', () => {
    const input = { temperatureCelsius: 101.3, hypotension: false };
    const error = thrown(() => gradeCRS(input as never));
    expect(CrsInputError.is(error)).toBe(true);
    const main = safeGradeOnAnyScale(input);
    expect(main.success).toBe(false);
    if (!main.success) expect((error as CrsInputError).issues).toEqual(main.error.issues);
    const result = safeGradeCRS(input);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues.map(({ pathText, code }) => `${pathText}: ${code}`)).toEqual(['temperatureCelsius: looks-like-fahrenheit', 'vasopressors: required', 'oxygen: required']);
    }
  });

  it('the error starts its stack at the caller, not inside the library', () => {
    const error = thrown(() => gradeCRS(null as never)) as Error;
    expect(error.stack?.split('\n')[1]).not.toMatch(/src[\\/]astct[\\/]index/);
    const result = safeGradeCRS(null);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.stack?.split('\n')[1]).not.toMatch(/src[\\/]astct[\\/]index/);
  });
});
