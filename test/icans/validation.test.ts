import { describe, expect, it } from 'vitest';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import { gradeICANS, safeGradeICANS } from '../../src/icans/grade-icans.js';
import { IcansInputError } from '../../src/icans/icans-input-error.js';
import { GradingInputError } from '../../src/errors/input-error.js';

const adult = {
  ageYears: 45,
  ice: 10,
  consciousness: 'alert',
  seizure: 'none',
  motorWeakness: 'none',
  cerebralEdema: 'none',
  raisedIcpSigns: [],
} as const;
const child = { ...adult, ageYears: 6, ice: undefined, capd: 3 };

function issuesOf(input: unknown, options?: unknown): { path: string; message: string }[] {
  const result = safeGradeICANS(input, options as never);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be invalid`);
  return result.error.issues.map(({ pathText, message }) => ({ path: pathText, message }));
}

function expectIssue(input: unknown, path: string, message: RegExp, options?: unknown): void {
  const issues = issuesOf(input, options);
  const issue = issues.find((candidate) => candidate.path === path);
  expect(issue, `no issue at "${path}" in ${JSON.stringify(issues)}`).toBeDefined();
  expect(issue?.message).toMatch(message);
}

describe('invalid input: wrong types, non-finite and out-of-range numbers', () => {
  it.each<[string, Record<string, unknown>, string, RegExp]>([
    ['age as string', { ageYears: '45' }, 'ageYears', /number from 0 to 130 years; received "45"/],
    ['age NaN', { ageYears: Number.NaN }, 'ageYears', /number from 0 to 130.*received NaN/],
    ['age Infinity', { ageYears: Number.POSITIVE_INFINITY }, 'ageYears', /received Infinity/],
    ['age negative', { ageYears: -1 }, 'ageYears', /from 0 to 130/],
    ['age 131', { ageYears: 131 }, 'ageYears', /from 0 to 130/],
    ['age null', { ageYears: null }, 'ageYears', /received null/],
    ['ICE 11', { ice: 11 }, 'ice', /integer from 0 to 10; received 11/],
    ['ICE -1', { ice: -1 }, 'ice', /integer from 0 to 10/],
    ['ICE 7.5', { ice: 7.5 }, 'ice', /integer from 0 to 10; received 7.5/],
    ['ICE NaN', { ice: Number.NaN }, 'ice', /integer from 0 to 10; received NaN/],
    ['ICE -Infinity', { ice: Number.NEGATIVE_INFINITY }, 'ice', /received -Infinity/],
    ['ICE string', { ice: '9' }, 'ice', /integer from 0 to 10, or an object with the ICE items.*received "9"/],
    ['ICE array', { ice: [4, 3, 1, 1, 1] }, 'ice', /received an array/],
    ['ICE null', { ice: null }, 'ice', /received null/],
    ['ICE item out of range', { ice: { orientation: 5, naming: 3, commands: 1, writing: 1, attention: 1 } }, 'ice.orientation', /integer from 0 to 4/],
    ['ICE item missing', { ice: { orientation: 4, naming: 3, commands: 1, writing: 1 } }, 'ice.attention', /required/],
    ['ICE item extra', { ice: { orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1, bonus: 1 } }, 'ice.bonus', /unknown field.*"attention"/],
    ['ICE extra nesting', { ice: { score: { value: 9 } } }, 'ice.score', /unknown field/],
    ['consciousness unknown', { consciousness: 'drowsy' }, 'consciousness', /"alert".*"awakens-spontaneously".*"awakens-to-voice".*"awakens-to-tactile-stimulus".*"unarousable"; received "drowsy"/],
    ['consciousness as number', { consciousness: 2 }, 'consciousness', /"alert".*received 2/],
    ['seizure unknown', { seizure: 'generalized' }, 'seizure', /"none".*"rapidly-resolving".*"life-threatening"/],
    ['seizure boolean', { seizure: true }, 'seizure', /"none".*received true/],
    ['motor unknown', { motorWeakness: 'hemiparesis' }, 'motorWeakness', /"none".*"deep-focal"/],
    ['oedema unknown', { cerebralEdema: 'global' }, 'cerebralEdema', /"none".*"focal".*"diffuse".*"not-imaged"/],
    ['oedema missing as null', { cerebralEdema: null }, 'cerebralEdema', /received null/],
    ['signs not an array', { raisedIcpSigns: 'papilledema' }, 'raisedIcpSigns', /expected an array \(use \[\] for none\)/],
    ['signs unknown entry', { raisedIcpSigns: ['papilledema', 'headache'] }, 'raisedIcpSigns[1]', /"decerebrate-posturing".*"cushings-triad"; received "headache"/],
    ['signs nested object', { raisedIcpSigns: [{ sign: 'papilledema' }] }, 'raisedIcpSigns[0]', /received an object/],
    ['signs duplicate', { raisedIcpSigns: ['papilledema', 'papilledema'] }, 'raisedIcpSigns[1]', /listed twice/],
    ['sedated as string', { sedated: 'yes' }, 'sedated', /true or false; received "yes"/],
    ['diedOfIcans as 1', { diedOfIcans: 1 }, 'diedOfIcans', /true or false; received 1/],
    ['developmentalDelay null', { developmentalDelay: null }, 'developmentalDelay', /true or false; received null/],
    ['unknown field', { tremor: true }, 'tremor', /unknown field.*"ageYears"/],
    ['unknown nested field', { icans: { grade: 2 } }, 'icans', /unknown field/],
  ])('%s', (_name, overrides, path, message) => {
    expectIssue({ ...adult, ...overrides }, path, message);
  });

  it.each(['ageYears', 'consciousness', 'seizure', 'motorWeakness', 'cerebralEdema', 'raisedIcpSigns'])(
    'missing %s is an input error, never read as normal',
    (key) => {
      const input = Object.fromEntries(Object.entries(adult).filter(([name]) => name !== key));
      expectIssue(input, key, /required; state absence explicitly/);
      expectIssue({ ...adult, [key]: undefined }, key, /required/);
    },
  );

  it('rejects non-objects at the root', () => {
    for (const input of [null, undefined, 3, 'ICANS', [], true]) {
      expect(issuesOf(input)[0]).toMatchObject({ path: '', message: expect.stringMatching(/expected an object/) as unknown });
    }
  });

  it('reads a JSON __proto__ key as an unknown field, never as data', () => {
    const parsed: unknown = JSON.parse(
      '{"ageYears":45,"ice":10,"seizure":"none","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[],"__proto__":{"consciousness":"alert"}}',
    );
    const paths = issuesOf(parsed).map(({ path }) => path);
    expect(paths).toContain('__proto__');
    expect(paths).toContain('consciousness');
  });

  it('ignores inherited properties', () => {
    const inherited = Object.create({ consciousness: 'alert' }) as Record<string, unknown>;
    Object.assign(inherited, { ...adult });
    delete inherited['consciousness'];
    expect(issuesOf(inherited).map(({ path }) => path)).toContain('consciousness');
  });

  it('treats a present key set to undefined as absent (optional fields)', () => {
    expect(safeGradeICANS({ ...adult, sedated: undefined, diedOfIcans: undefined, developmentalDelay: undefined, capd: undefined }).success).toBe(true);
  });

  it('reports every problem at once', () => {
    const paths = issuesOf({ ageYears: 'x', ice: 99, consciousness: 'x', seizure: 'x', motorWeakness: 'x', cerebralEdema: 'x', raisedIcpSigns: 'x', extra: 1 }).map(
      ({ path }) => path,
    );
    expect(paths).toEqual(expect.arrayContaining(['extra', 'ageYears', 'consciousness', 'seizure', 'motorWeakness', 'cerebralEdema', 'raisedIcpSigns', 'ice']));
  });
});

describe('instrument rules', () => {
  it('requires ICE for an arousable adult, naming why ICE applies', () => {
    expectIssue({ ...adult, ice: undefined }, 'ice', /required: ICE is the instrument because ageYears 45 is at least 12/);
  });

  it('requires CAPD for an arousable child, naming why CAPD applies', () => {
    expectIssue({ ...child, capd: undefined }, 'capd', /required: CAPD is the instrument because ageYears 6 is below 12/);
    expectIssue({ ...adult, ice: undefined, developmentalDelay: true }, 'capd', /because developmentalDelay is true/);
  });

  it('rejects the instrument that is not in use', () => {
    expectIssue({ ...adult, capd: 4 }, 'capd', /not allowed: ICE is the instrument because ageYears 45 is at least 12/);
    expectIssue({ ...child, ice: 9 }, 'ice', /not allowed: CAPD is the instrument because ageYears 6 is below 12.*"capd"/);
    expectIssue({ ...adult, developmentalDelay: true, capd: 2 }, 'ice', /not allowed: CAPD is the instrument because developmentalDelay is true/);
    expectIssue({ ...adult, ageYears: 12, capd: 4, ice: undefined }, 'capd', /ageYears 12 is at least 12 \(capdBelowAgeYears\)/);
    expectIssue({ ...child, ageYears: 12, ice: 4, capd: undefined }, 'ice', /ageYears 12 is below 13/, { capdBelowAgeYears: 13 });
  });

  it('an unarousable patient with ICE > 0 is contradictory', () => {
    expectIssue({ ...adult, ice: 1, consciousness: 'unarousable' }, 'ice', /must be 0 or left out when consciousness is "unarousable".*received a score of 1/);
    expectIssue({ ...adult, ice: { orientation: 0, naming: 1, commands: 0, writing: 0, attention: 0 }, consciousness: 'unarousable' }, 'ice', /score of 1/);
    expect(safeGradeICANS({ ...adult, ice: 0, consciousness: 'unarousable' }).success).toBe(true);
  });

  it('an unarousable child is unable to perform CAPD: a CAPD score is rejected', () => {
    expectIssue({ ...child, consciousness: 'unarousable' }, 'capd', /must be left out when consciousness is "unarousable"/);
  });

  it('an unarousable patient under sedation cannot be graded', () => {
    expectIssue({ ...adult, ice: 0, consciousness: 'unarousable', sedated: true }, 'sedated', /cannot be true when consciousness is "unarousable".*sedation interruption/);
    expectIssue({ ...child, capd: undefined, consciousness: 'unarousable', sedated: true }, 'sedated', /cannot be true/);
    expect(safeGradeICANS({ ...adult, ice: 0, consciousness: 'unarousable', sedated: false }).success).toBe(true);
  });

  it('does not guess requiredness when the age is invalid', () => {
    const paths = issuesOf({ ...adult, ageYears: -3, ice: undefined }).map(({ path }) => path);
    expect(paths).toEqual(['ageYears']);
  });
});

describe('options', () => {
  it.each<[unknown, string, RegExp]>([
    [{ capdBelowAgeYears: 0 }, 'options.capdBelowAgeYears', /integer from 1 to 21 years; received 0/],
    [{ capdBelowAgeYears: 22 }, 'options.capdBelowAgeYears', /from 1 to 21/],
    [{ capdBelowAgeYears: 12.5 }, 'options.capdBelowAgeYears', /integer/],
    [{ capdBelowAgeYears: Number.NaN }, 'options.capdBelowAgeYears', /received NaN/],
    [{ capdBelowAgeYears: '13' }, 'options.capdBelowAgeYears', /received "13"/],
    [{ boundary: 13 }, 'options.boundary', /unknown field.*"capdBelowAgeYears"/],
    [null, 'options', /expected an object/],
    [13, 'options', /expected an object/],
  ])('rejects options %o', (options, path, message) => {
    expectIssue(adult, path, message, options);
  });

  it('accepts empty options', () => {
    expect(safeGradeICANS(adult, {}).success).toBe(true);
  });
});

describe('gradeICANS throws, safeGradeICANS returns', () => {
  it('throws an IcansInputError (a GradingInputError) whose message lists every path and allowed values', () => {
    let caught: unknown;
    try {
      gradeICANS({ ...adult, seizure: 'focal' } as unknown as IcansAssessment);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IcansInputError);
    expect(caught).toBeInstanceOf(GradingInputError);
    const error = caught as IcansInputError;
    expect(error.name).toBe('IcansInputError');
    expect(error.message).toMatch(/^Invalid ICANS assessment \(1 problem\):\n- seizure: expected one of "none".*"life-threatening"; received "focal"$/);
    expect(error.stack?.split('\n')[1]).not.toMatch(/src[\\/]icans/);
  });

  it('safeGradeICANS returns the error without throwing', () => {
    const result = safeGradeICANS('nope');
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error).toBeInstanceOf(IcansInputError);
  });
});
