// The ICANS assessment contract as built: the first test here builds the default contract, so the
// JSON Schema of its rules and its CAPD field are checked on the contract this file builds (it is
// built once per age boundary and cached); the reasons named for the instrument; and the rules that
// remain when invalid options leave the age boundary unknown (DEC-33, DEC-39).
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { objectSchema } from '../../src/contract/json-schema.js';
import { icansAssessmentContract } from '../../src/icans/contract.js';
import { safeGradeICANS } from '../../src/icans/grade-icans.js';

const adult = { ageYears: 45, ice: 10, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] } as const;
const zeroItems = { orientation: 0, naming: 0, commands: 0, writing: 0, attention: 0 };

function issuesOf(input: unknown, options?: unknown): { path: string; code: string; params: unknown }[] {
  const result = safeGradeICANS(input, options as never);
  return result.success ? [] : result.error.issues.map(({ pathText, code, params }) => ({ path: pathText, code, params }));
}

describe('the default ICANS contract, as built', () => {
  it('states the unarousable ICE rule in its JSON Schema (ICE 0 or items all 0 allowed, above 0 refused) and takes CAPD as an integer', () => {
    const validate = new Ajv2020({ strict: false }).compile(objectSchema(icansAssessmentContract()));
    const unarousable = { ...adult, consciousness: 'unarousable' };
    expect([
      validate({ ...unarousable, ice: 0 }),
      validate({ ...unarousable, ice: zeroItems }),
      validate({ ...unarousable, ice: 1 }),
      validate({ ...unarousable, ice: { ...zeroItems, orientation: 1 } }),
      validate({ ...unarousable, ice: { ...zeroItems, attention: 1 } }),
    ]).toEqual([true, true, false, false, false]);
    const child = { ...adult, ageYears: 6, ice: undefined };
    expect(issuesOf({ ...child, capd: 4.5 })).toEqual([
      { path: 'capd', code: 'expected-number', params: { range: { min: 0, max: 32 }, integer: true, received: { type: 'number', value: 4.5 } } },
    ]);
    expect(issuesOf({ ...child, capd: 4 })).toEqual([]);
  });
});

describe('the instrument a score is required or refused for, and why', () => {
  it.each([
    ['an adult with a CAPD score', { ...adult, capd: 3 }, 'capd', { instrument: 'ice', reason: 'ice-at-or-above-age-boundary', ageYears: 45, boundary: 12 }],
    ['a child with an ICE score', { ...adult, ageYears: 6 }, 'ice', { instrument: 'capd', reason: 'capd-below-age-boundary', ageYears: 6, boundary: 12 }],
    ['an adult with developmental delay and an ICE score', { ...adult, developmentalDelay: true }, 'ice', { instrument: 'capd', reason: 'capd-for-developmental-delay', ageYears: 45, boundary: 12 }],
  ])('%s', (_name, input, path, why) => {
    expect(issuesOf(input).find((issue) => issue.path === path)).toEqual({ path, code: 'score-not-allowed', params: { why } });
  });
});

describe('invalid options: no instrument rules, the sedation rule still holds', () => {
  it.each([{ capdBelowAgeYears: 0 }, { capdBelowAgeYears: 'x' }])('%j', (options) => {
    const sedated = { ...adult, consciousness: 'unarousable', ice: 0, sedated: true };
    expect(issuesOf(sedated, options).map(({ path, code }) => `${path}: ${code}`)).toEqual(['sedated: sedated-when-unarousable', 'options.capdBelowAgeYears: expected-number']);
    // A child with an ICE score breaks no rule while the boundary is unknown.
    expect(issuesOf({ ...adult, ageYears: 6 }, options).map(({ path }) => path)).toEqual(['options.capdBelowAgeYears']);
  });
});
