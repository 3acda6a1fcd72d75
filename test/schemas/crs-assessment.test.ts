import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { CrsAssessment, OxygenSupport } from '../../src/crs/assessment.js';
import type { DeepReadonly } from '../../src/internal/deep-freeze.js';
import { safeGradeCRS } from '../../src/crs/grade-crs.js';
import { CrsAssessmentSchema, type OxygenSupportSchema, type VasopressorSchema } from '../../src/schemas/crs-assessment.js';
import type { Vasopressor } from '../../src/vocabulary/vasopressor.js';
import { mutatedCrsAssessment, validCrsAssessment } from '../arbitraries/crs.js';

function zodPaths(input: unknown): string[] {
  const result = CrsAssessmentSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) =>
        issue.path.reduce<string>((path, key) => (typeof key === 'number' ? `${path}[${key}]` : path === '' ? String(key) : `${path}.${String(key)}`), ''),
      );
}

describe('CrsAssessmentSchema', () => {
  it('infers exactly the CrsAssessment type', () => {
    // The library's types are read-only all the way down; zod's output is mutable.
    expectTypeOf<DeepReadonly<z.infer<typeof CrsAssessmentSchema>>>().toEqualTypeOf<CrsAssessment>();
    expectTypeOf<DeepReadonly<z.infer<typeof OxygenSupportSchema>>>().toEqualTypeOf<OxygenSupport>();
    expectTypeOf<z.infer<typeof VasopressorSchema>>().toEqualTypeOf<Vasopressor>();
  });

  it('accepts every valid assessment', () => {
    fc.assert(
      fc.property(validCrsAssessment, (assessment) => {
        expect(CrsAssessmentSchema.safeParse(assessment).success).toBe(true);
      }),
    );
  });

  it('accepts exactly what safeGradeCRS accepts', () => {
    fc.assert(
      fc.property(fc.oneof(validCrsAssessment, mutatedCrsAssessment), (input) => {
        expect(CrsAssessmentSchema.safeParse(input).success).toBe(safeGradeCRS(input).success);
      }),
      { numRuns: 2000 },
    );
  });

  it('points at the same first field as safeGradeCRS for single-field errors', () => {
    const cases: unknown[] = [
      { temperatureCelsius: 101.3, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } },
      { temperatureCelsius: 38, hypotension: false, vasopressors: [], oxygen: { device: 'nasal-cannula' } },
      { temperatureCelsius: 38, hypotension: false, vasopressors: [{ agent: 'dopamine' }], oxygen: { device: 'room-air' } },
      { temperatureCelsius: 38, hypotension: true, vasopressors: [{ agent: 'dopamine' }, { agent: 'dopamine' }], oxygen: { device: 'room-air' } },
      { temperatureCelsius: 38, hypotension: true, vasopressors: [{ agent: 'x' }], oxygen: { device: 'room-air' } },
    ];
    for (const input of cases) {
      const ours = safeGradeCRS(input);
      expect(ours.success).toBe(false);
      if (!ours.success) expect(zodPaths(input)).toEqual(ours.error.issues.map(({ path }) => path));
    }
  });

  it('yields a JSON Schema with the cross-field rules', () => {
    const jsonSchema = z.toJSONSchema(CrsAssessmentSchema, { io: 'input' }) as Record<string, unknown>;
    expect(jsonSchema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['temperatureCelsius', 'hypotension', 'vasopressors', 'oxygen'],
      allOf: [
        { if: { properties: { hypotension: { const: false } } }, then: { properties: { vasopressors: { maxItems: 0 }, multipleFluidBoluses: { const: false } } } },
        { if: { properties: { vasopressors: { maxItems: 0 } } } },
      ],
      properties: {
        temperatureCelsius: { type: 'number', minimum: 25, maximum: 45 },
        vasopressors: { type: 'array', uniqueItems: true },
        oxygen: {
          allOf: [
            { if: { properties: { device: { enum: ['nasal-cannula', 'high-flow-nasal-cannula'] } } }, then: { required: ['flowLitersPerMinute'] } },
            { if: { properties: { device: { const: 'room-air' } } }, then: { not: { required: ['flowLitersPerMinute'] } } },
          ],
          properties: { flowLitersPerMinute: { exclusiveMinimum: 0, maximum: 100 }, inspiredOxygenFractionPercent: { minimum: 21, maximum: 100 } },
        },
      },
    });
  });
});
