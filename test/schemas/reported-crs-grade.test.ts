import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { type ReportedCrsGrade, checkReportedGrade } from '../../src/crs/check-reported-grade.js';
import { CrsInputError } from '../../src/crs/crs-input-error.js';
import {
  type GradingScaleSchema,
  type HospitalizationSchema,
  ReportedCrsGradeSchema,
  type TreatmentResponseSchema,
  type VasopressorDoseSchema,
} from '../../src/schemas/crs-assessment.js';
import { GradingScale } from '../../src/vocabulary/grading-scale.js';
import type { Hospitalization } from '../../src/vocabulary/hospitalization.js';
import type { TreatmentResponse } from '../../src/vocabulary/treatment-response.js';
import type { VasopressorDose } from '../../src/vocabulary/vasopressor-dose.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';

const assessment = { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;

function accepted(report: unknown): boolean {
  try {
    checkReportedGrade(assessment, report as ReportedCrsGrade);
    return true;
  } catch (error) {
    if (error instanceof CrsInputError) return false;
    throw error;
  }
}

describe('ReportedCrsGradeSchema and the vocabulary schemas', () => {
  it('infer exactly the library types', () => {
    expectTypeOf<Readonly<z.infer<typeof ReportedCrsGradeSchema>>>().toEqualTypeOf<ReportedCrsGrade>();
    expectTypeOf<z.infer<typeof GradingScaleSchema>>().toEqualTypeOf<GradingScale>();
    expectTypeOf<z.infer<typeof VasopressorDoseSchema>>().toEqualTypeOf<VasopressorDose>();
    expectTypeOf<z.infer<typeof HospitalizationSchema>>().toEqualTypeOf<Hospitalization>();
    expectTypeOf<z.infer<typeof TreatmentResponseSchema>>().toEqualTypeOf<TreatmentResponse>();
  });

  it('accept exactly what checkReportedGrade accepts', () => {
    const value = fc.oneof(
      fc.constantFrom(...enumValues(GradingScale), 'astct', '', null),
      fc.integer({ min: -1, max: 6 }),
      fc.double(),
      fc.constant(undefined),
    );
    const report = fc.oneof(
      fc.record({ scale: value, grade: value }, { requiredKeys: [] }),
      fc.record({ scale: value, grade: value, extra: value }),
      value,
    );
    fc.assert(
      fc.property(report, (input) => {
        expect(ReportedCrsGradeSchema.safeParse(input).success).toBe(accepted(input));
      }),
      { numRuns: 500 },
    );
  });
});
