import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { IcansAssessment, IcansGradingOptions } from '../../src/icans/assessment.js';
import { safeGradeICANS } from '../../src/icans/grade-icans.js';
import type { IceItems } from '../../src/icans/ice.js';
import { scoreICE } from '../../src/icans/score-ice.js';
import type { DeepReadonly } from '../../src/internal/deep-freeze.js';
import {
  type ConsciousnessLevelSchema,
  IcansAssessmentSchema,
  IcansGradingOptionsSchema,
  IceItemsSchema,
  type RaisedIcpSignSchema,
  createIcansAssessmentSchema,
} from '../../src/schemas/icans-assessment.js';
import type { ConsciousnessLevel } from '../../src/vocabulary/consciousness-level.js';
import type { RaisedIcpSign } from '../../src/vocabulary/raised-icp-sign.js';
import { mutatedIcansAssessment, validIceItems, validIcansAssessment } from '../icans/arbitraries.js';


const adult = { ageYears: 45, ice: 10, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };

describe('IcansAssessmentSchema', () => {
  it('infers exactly the library types', () => {
    // The library's types are read-only all the way down; zod's output is mutable.
    expectTypeOf<DeepReadonly<z.infer<typeof IcansAssessmentSchema>>>().toEqualTypeOf<IcansAssessment>();
    expectTypeOf<DeepReadonly<z.infer<typeof IceItemsSchema>>>().toEqualTypeOf<IceItems>();
    expectTypeOf<DeepReadonly<z.infer<typeof IcansGradingOptionsSchema>>>().toEqualTypeOf<IcansGradingOptions>();
    expectTypeOf<z.infer<typeof ConsciousnessLevelSchema>>().toEqualTypeOf<ConsciousnessLevel>();
    expectTypeOf<z.infer<typeof RaisedIcpSignSchema>>().toEqualTypeOf<RaisedIcpSign>();
  });

  it('accepts every valid assessment', () => {
    fc.assert(
      fc.property(validIcansAssessment(), (assessment) => {
        expect(IcansAssessmentSchema.safeParse(assessment).success).toBe(true);
      }),
    );
  });

  it('accepts exactly what safeGradeICANS accepts', () => {
    fc.assert(
      fc.property(fc.oneof(validIcansAssessment(), mutatedIcansAssessment), (input) => {
        expect(IcansAssessmentSchema.safeParse(input).success).toBe(safeGradeICANS(input).success);
      }),
      { numRuns: 3000 },
    );
  });

  it('with another age boundary, accepts exactly what safeGradeICANS accepts with that option', () => {
    const options = { capdBelowAgeYears: 13 };
    const schema = createIcansAssessmentSchema(options);
    fc.assert(
      fc.property(fc.oneof(validIcansAssessment(13), validIcansAssessment(12), mutatedIcansAssessment), (input) => {
        expect(schema.safeParse(input).success).toBe(safeGradeICANS(input, options).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects invalid options when building a schema', () => {
    expect(() => createIcansAssessmentSchema({ capdBelowAgeYears: 30 })).toThrow();
  });

  it('reports exactly the issues safeGradeICANS reports: the same paths and the same messages', () => {
    const cases: unknown[] = [
      { ...adult, ice: 11 },
      { ...adult, ice: 7.5 },
      { ...adult, ice: undefined },
      { ...adult, capd: 3 },
      { ...adult, ice: 2, consciousness: 'unarousable' },
      { ...adult, ageYears: 5, ice: undefined },
      { ...adult, ageYears: 5, ice: undefined, capd: 3, consciousness: 'unarousable' },
      { ...adult, consciousness: 'drowsy' },
      { ...adult, raisedIcpSigns: ['papilledema', 'papilledema'] },
      { ...adult, raisedIcpSigns: ['papilledema', 'x'] },
      { ...adult, ice: { orientation: 5, naming: 3, commands: 1, writing: 1, attention: 1 } },
      { ...adult, sedated: 'no' },
      { ...adult, ice: 0, consciousness: 'unarousable', sedated: true },
    ];
    for (const input of cases) {
      const ours = safeGradeICANS(input);
      expect(ours.success).toBe(false);
      if (ours.success) continue;
      const theirs = IcansAssessmentSchema.safeParse(input);
      const sort = (issues: readonly { path: readonly PropertyKey[]; message: string }[]) => issues.map(({ path, message }) => JSON.stringify({ path, message })).sort();
      expect(sort(theirs.success ? [] : theirs.error.issues)).toEqual(sort(ours.error.issues));
    }
  });

  it('rejects a JSON __proto__ key like the grader does', () => {
    const parsed: unknown = JSON.parse(JSON.stringify(adult).replace('{', '{"__proto__":{"x":1},'));
    expect(IcansAssessmentSchema.safeParse(parsed).success).toBe(false);
    expect(safeGradeICANS(parsed).success).toBe(false);
  });

  it('yields a JSON Schema with the instrument rules', () => {
    const jsonSchema = z.toJSONSchema(IcansAssessmentSchema, { io: 'input' }) as Record<string, unknown>;
    expect(jsonSchema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['ageYears', 'consciousness', 'seizure', 'motorWeakness', 'cerebralEdema', 'raisedIcpSigns'],
      properties: {
        ageYears: { type: 'number', minimum: 0, maximum: 130 },
        capd: { type: 'integer', minimum: 0, maximum: 32 },
        raisedIcpSigns: { type: 'array', uniqueItems: true },
      },
    });
    expect(JSON.stringify(jsonSchema['allOf'])).toContain('"exclusiveMaximum":12');
  });
});

describe('IceItemsSchema', () => {
  it('accepts exactly what scoreICE accepts', () => {
    const items = fc.oneof(
      validIceItems,
      fc.tuple(validIceItems, fc.constantFrom('orientation', 'naming', 'commands', 'writing', 'attention', 'extra'), fc.oneof(fc.integer({ min: -2, max: 6 }), fc.double(), fc.constant(undefined), fc.string())).map(
        ([valid, key, value]) => ({ ...valid, [key]: value }),
      ),
    );
    fc.assert(
      fc.property(items, (input) => {
        let accepted = true;
        try {
          scoreICE(input);
        } catch {
          accepted = false;
        }
        expect(IceItemsSchema.safeParse(input).success).toBe(accepted);
      }),
    );
  });
});

describe('IcansGradingOptionsSchema', () => {
  it.each([
    [{}, true],
    [{ capdBelowAgeYears: 13 }, true],
    [{ capdBelowAgeYears: 1 }, true],
    [{ capdBelowAgeYears: 21 }, true],
    [{ capdBelowAgeYears: 0 }, false],
    [{ capdBelowAgeYears: 22 }, false],
    [{ capdBelowAgeYears: 12.5 }, false],
    [{ other: 1 }, false],
  ])('%o → %s, like the grader', (options, expected) => {
    expect(IcansGradingOptionsSchema.safeParse(options).success).toBe(expected);
    expect(safeGradeICANS(adult, options as IcansGradingOptions).success).toBe(expected);
  });
});
