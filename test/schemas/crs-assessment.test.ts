import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { CrsAssessment, OxygenSupport } from '../../src/crs/assessment.js';
import type { DeepReadonly } from '../../src/internal/deep-freeze.js';
import { safeGradeCRS } from '../../src/crs/grade-crs.js';
import { CrsAssessmentSchema, type OxygenSupportSchema, type VasopressorSchema } from '../../src/schemas/crs-assessment.js';
import type { Vasopressor } from '../../src/vocabulary/vasopressor.js';
import { mutatedCrsAssessment, validCrsAssessment } from '../arbitraries/crs.js';

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

  it('reports exactly the issues safeGradeCRS reports: the same paths and the same messages', () => {
    const cases: unknown[] = [
      { temperatureCelsius: 101.3, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } },
      { temperatureCelsius: 38, hypotension: false, vasopressors: [], oxygen: { device: 'nasal-cannula' } },
      { temperatureCelsius: 38, hypotension: false, vasopressors: [{ agent: 'dopamine' }], oxygen: { device: 'room-air' } },
      { temperatureCelsius: 38, hypotension: true, vasopressors: [{ agent: 'dopamine' }, { agent: 'dopamine' }], oxygen: { device: 'room-air' } },
      { temperatureCelsius: 38, hypotension: true, vasopressors: [{ agent: 'x' }], oxygen: { device: 'room-air' } },
      { temperatureCelsius: 38, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' }, spo2: 91, 'oxygen.device': 'cpap' },
      { temperatureCelsius: '38', hypotension: 'no', oxygen: { device: 'room-air', flowLitersPerMinute: 2 } },
      { temperatureCelsius: 38, hypotension: false, vasopressors: [], oxygen: { device: 'mechanical-ventilation' }, lifeThreatening: false },
      null,
    ];
    for (const input of cases) {
      const ours = safeGradeCRS(input);
      expect(ours.success).toBe(false);
      if (ours.success) continue;
      const theirs = CrsAssessmentSchema.safeParse(input);
      const zodIssues = theirs.success ? [] : theirs.error.issues.map((issue) => ({ path: issue.path, message: issue.message }));
      const sort = (issues: readonly { path: unknown; message: string }[]) => issues.map((issue) => JSON.stringify(issue)).sort();
      expect(sort(zodIssues)).toEqual(sort(ours.error.issues.map(({ path, message }) => ({ path, message }))));
    }
  });

  it('yields a JSON Schema with the cross-field rules, closed objects and ranges', () => {
    const jsonSchema = z.toJSONSchema(CrsAssessmentSchema, { io: 'input' }) as Record<string, unknown>;
    expect(jsonSchema).toMatchObject({
      type: 'object',
      additionalProperties: false,
      required: ['temperatureCelsius', 'hypotension', 'vasopressors', 'oxygen'],
      properties: {
        temperatureCelsius: { type: 'number', minimum: 25, maximum: 45 },
        vasopressors: { type: 'array', uniqueItems: true, maxItems: 6 },
        oxygen: {
          additionalProperties: false,
          properties: { flowLitersPerMinute: { exclusiveMinimum: 0, maximum: 100 }, inspiredOxygenFractionPercent: { minimum: 21, maximum: 100 } },
        },
      },
    });
    expect(jsonSchema['allOf']).toContainEqual({
      not: { allOf: [{ required: ['hypotension'], properties: { hypotension: { const: false } } }, { required: ['vasopressors'], properties: { vasopressors: { minItems: 1 } } }] },
    });
    expect(jsonSchema['$comment']).toMatch(/highDoseVasopressorDurationHours \(high-dose-duration-too-long\)/);
  });
});
