// Fuzzes the graders with mutated inputs: wrong types, NaN, Infinity, -0, strings for numbers,
// unknown and prototype-named keys, getters, Proxies (transparent, throwing, revoked),
// null-prototype objects, inherited facts, sparse arrays and arrays with their own constructor.
// FUZZ_RUNS sets the number of runs (a few thousand here; `npm run test:fuzz` runs 100,000).
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as z from 'zod';
import { GradingInputError } from '../../src/errors/input-error.js';
import { CrsInputError, IcansInputError, gradeCRS, gradeICANS, safeGradeCRS, safeGradeICANS, scoreICE } from '../../src/index.js';
import { CrsAssessmentSchema, IcansAssessmentSchema, IceItemsSchema } from '../../src/schemas/index.js';
import { validCrsAssessment } from '../arbitraries/crs.js';
import { getterCalls, isPlainData, mutate, mutations } from '../arbitraries/exotic.js';
import { validIcansAssessment, validIceItems } from '../icans/arbitraries.js';

const runs = Number(process.env['FUZZ_RUNS'] ?? 3000);
const timeout = 10_000 + runs * 5;
const ajv = new Ajv2020({ strict: false, allErrors: false });

/** What JSON Schema cannot say (a comparison of two fields); the graders and Zod still check it. */
const NOT_IN_JSON_SCHEMA = new Set(['high-dose-duration-too-long']);

/** A snapshot of a value that reads descriptors only (never calls a getter) and survives throwing proxies. */
function snapshot(value: unknown, seen = new Set<unknown>()): unknown {
  if (typeof value !== 'object' || value === null) return Object.is(value, -0) ? '-0' : value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  try {
    return Reflect.ownKeys(value).map((key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(value, key);
      return [String(key), descriptor?.enumerable, descriptor !== undefined && 'value' in descriptor ? snapshot(descriptor.value, seen) : descriptor?.get];
    });
  } catch {
    return '[unreadable]';
  }
}

const suites = [
  {
    name: 'CRS',
    valid: validCrsAssessment as fc.Arbitrary<unknown>,
    safe: (input: unknown) => safeGradeCRS(input),
    strict: (input: unknown) => gradeCRS(input as never),
    ErrorClass: CrsInputError,
    schema: CrsAssessmentSchema as z.ZodType,
  },
  {
    name: 'ICANS',
    valid: validIcansAssessment(12) as fc.Arbitrary<unknown>,
    safe: (input: unknown) => safeGradeICANS(input),
    strict: (input: unknown) => gradeICANS(input as never),
    ErrorClass: IcansInputError,
    schema: IcansAssessmentSchema as z.ZodType,
  },
  {
    name: 'ICE items',
    valid: validIceItems as fc.Arbitrary<unknown>,
    safe: (input: unknown) => {
      try {
        return { success: true as const, data: scoreICE(input as never) };
      } catch (error) {
        return { success: false as const, error: error as GradingInputError };
      }
    },
    strict: (input: unknown) => scoreICE(input as never),
    ErrorClass: IcansInputError,
    schema: IceItemsSchema as z.ZodType,
  },
];

describe.each(suites)('$name: mutated and exotic inputs', ({ valid, safe, strict, ErrorClass, schema }) => {
  const jsonSchema = ajv.compile(z.toJSONSchema(schema, { io: 'input' }));

  it('never throws anything but the library error, never calls a getter, never mutates the input', () => {
    fc.assert(
      fc.property(valid, mutations, (base, changes) => {
        const input = mutate(base, changes);
        const before = snapshot(input);
        getterCalls.count = 0;
        const result = safe(input);
        let thrown: unknown;
        try {
          strict(input);
        } catch (error) {
          thrown = error;
        }
        expect(getterCalls.count).toBe(0);
        expect(snapshot(input)).toEqual(before);
        if (result.success) {
          expect(thrown).toBeUndefined();
        } else {
          expect(GradingInputError.is(result.error)).toBe(true);
          expect(result.error).toBeInstanceOf(ErrorClass);
          expect(thrown).toBeInstanceOf(ErrorClass);
          expect(result.error.issues.length).toBeGreaterThan(0);
          expect(result.error.issues.length).toBeLessThanOrEqual(100);
          for (const issue of result.error.issues) expect(result.error.message).toContain(issue.message);
        }
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('agrees with the Zod schema on every input: the same verdict and the same issues', () => {
    fc.assert(
      fc.property(valid, mutations, (base, changes) => {
        const input = mutate(base, changes);
        const ours = safe(input);
        const theirs = schema.safeParse(input);
        expect(theirs.success).toBe(ours.success);
        if (!ours.success && !theirs.success) {
          const sort = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => issues.map(({ path, message }) => JSON.stringify({ path, message })).sort();
          expect(sort(theirs.error.issues.filter((issue) => !issue.message.startsWith('…')))).toEqual(sort(ours.error.issues));
        }
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('agrees with the shipped JSON Schema on JSON data (ajv), except for the rules JSON Schema cannot state', () => {
    fc.assert(
      fc.property(valid, mutations, (base, changes) => {
        const input = mutate(base, changes);
        if (!isPlainData(input)) return;
        const json = JSON.parse(JSON.stringify(input)) as unknown;
        const ours = safe(json);
        const accepted = jsonSchema(json);
        if (ours.success) expect(accepted).toBe(true);
        else if (ours.error.issues.every((issue) => NOT_IN_JSON_SCHEMA.has(issue.code))) expect(accepted).toBe(true);
        else expect(accepted).toBe(false);
      }),
      { numRuns: runs },
    );
  }, timeout);
});

describe('valid inputs', () => {
  it('every valid input grades, and the JSON Schema accepts it', () => {
    const crsSchema = ajv.compile(z.toJSONSchema(CrsAssessmentSchema, { io: 'input' }));
    fc.assert(
      fc.property(validCrsAssessment, (assessment) => {
        expect(safeGradeCRS(assessment).success).toBe(true);
        expect(crsSchema(JSON.parse(JSON.stringify(assessment)))).toBe(true);
      }),
      { numRuns: Math.min(runs, 2000) },
    );
  }, timeout);
});
