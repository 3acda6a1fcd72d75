import type { StandardSchemaV1 } from '@standard-schema/spec';
import fc from 'fast-check';
import { describe, expect, expectTypeOf, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import type { PatientCourse } from '../../src/course/course.js';
import { safeGradeCourse } from '../../src/course/grade-course.js';
import { safeGradeCRS } from '../../src/crs/grade-crs.js';
import { CrsInputError } from '../../src/crs/crs-input-error.js';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import { safeGradeICANS } from '../../src/icans/grade-icans.js';
import { IcansInputError } from '../../src/icans/icans-input-error.js';
import { de } from '../../src/locale/de/index.js';
import { createCrsAssessmentValidator, crsAssessmentValidator } from '../../src/validators/crs-assessment-validator.js';
import { createIcansAssessmentValidator, icansAssessmentValidator } from '../../src/validators/icans-assessment-validator.js';
import { createPatientCourseValidator, patientCourseValidator } from '../../src/validators/patient-course-validator.js';
import { mutatedCrsAssessment, validCrsAssessment } from '../arbitraries/crs.js';

const flowless = { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'nasal-cannula' } };

describe('Standard Schema', () => {
  it('the validators are Standard Schemas by the published spec types, with the right output types', () => {
    const crs: StandardSchemaV1<CrsAssessment, CrsAssessment> = crsAssessmentValidator;
    const icans: StandardSchemaV1<IcansAssessment, IcansAssessment> = icansAssessmentValidator;
    const course: StandardSchemaV1<PatientCourse, PatientCourse> = patientCourseValidator;
    expectTypeOf<StandardSchemaV1.InferOutput<typeof crsAssessmentValidator>>().toEqualTypeOf<CrsAssessment>();
    expectTypeOf<StandardSchemaV1.InferOutput<typeof icansAssessmentValidator>>().toEqualTypeOf<IcansAssessment>();
    expect([crs, icans, course].map((schema) => [schema['~standard'].version, schema['~standard'].vendor])).toEqual([
      [1, 'cytokine-release-syndrome'],
      [1, 'cytokine-release-syndrome'],
      [1, 'cytokine-release-syndrome'],
    ]);
  });

  it('validate is synchronous, returns the validated copy, and issues with array paths and codes', () => {
    const result = crsAssessmentValidator['~standard'].validate(flowless);
    expect(result).not.toBeInstanceOf(Promise);
    expect(result.issues?.map(({ path, code }) => ({ path, code }))).toEqual([{ path: ['oxygen', 'flowLitersPerMinute'], code: 'flow-required' }]);
    const valid = { ...flowless, oxygen: { device: 'room-air' } };
    const passed = crsAssessmentValidator['~standard'].validate(valid);
    expect(passed).toEqual({ value: valid });
    expect(passed.issues).toBeUndefined();
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('words the issues in the validator locale, leaving code, path and params as they are', () => {
    const german = createCrsAssessmentValidator({ locale: de })['~standard'].validate(flowless);
    const english = crsAssessmentValidator['~standard'].validate(flowless);
    expect(german.issues?.[0]?.message).toBe(de.issues['flow-required']({ device: 'nasal-cannula' }));
    expect(german.issues?.[0]?.message).not.toBe(english.issues?.[0]?.message);
    expect({ ...german.issues?.[0], message: '' }).toEqual({ ...english.issues?.[0], message: '' });
  });

  it('parse and safeParse word their errors in the validator locale too', () => {
    const german = createCrsAssessmentValidator({ locale: de });
    const result = german.safeParse(flowless);
    expect(!result.success && result.error.issues[0]?.message).toBe(de.issues['flow-required']({ device: 'nasal-cannula' }));
    expect(!result.success && CrsInputError.is(result.error) && result.error.subject).toBe('CRS assessment');
    expect(() => german.parse(flowless)).toThrow(de.issues['flow-required']({ device: 'nasal-cannula' }));
  });

  it('parse throws the grader error and safeParse returns it', () => {
    expect(() => crsAssessmentValidator.parse(flowless)).toThrow(CrsInputError);
    const result = crsAssessmentValidator.safeParse(flowless);
    expect(result.success).toBe(false);
    expect(!result.success && CrsInputError.is(result.error)).toBe(true);
  });

  it('refuses a locale that is not a Locale object, and invalid ICANS options, naming the allowed values', () => {
    expect(() => createCrsAssessmentValidator({ locale: 'de' as never })).toThrow(/locale: expected a Locale object .*received "de"/);
    expect(() => createIcansAssessmentValidator({ capdBelowAgeYears: 30 })).toThrow(IcansInputError);
    expect(() => createIcansAssessmentValidator({ capdBelowAgeYears: 30 })).toThrow(/options\.capdBelowAgeYears: expected an integer from 1 to 21/);
  });
});

describe('each validator accepts exactly what its grader accepts, with the same issues', () => {
  it('CRS, for valid and mutated assessments', () => {
    fc.assert(
      fc.property(fc.oneof(validCrsAssessment, mutatedCrsAssessment), (input) => {
        const graded = safeGradeCRS(input);
        const validated = crsAssessmentValidator.safeParse(input);
        expect(validated.success).toBe(graded.success);
        if (!graded.success && !validated.success) expect(validated.error.issues).toEqual(graded.error.issues);
      }),
      { numRuns: 300 },
    );
  });

  it('ICANS, at the default and another age boundary', () => {
    const child = { ageYears: 12, capd: 4, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };
    expect(icansAssessmentValidator.safeParse(child).success).toBe(safeGradeICANS(child).success);
    expect(icansAssessmentValidator.safeParse(child).success).toBe(false);
    expect(createIcansAssessmentValidator({ capdBelowAgeYears: 13 }).safeParse(child).success).toBe(safeGradeICANS(child, { capdBelowAgeYears: 13 }).success);
    expect(createIcansAssessmentValidator({ capdBelowAgeYears: 13 }).safeParse(child).success).toBe(true);
  });

  it('courses, with the checks between windows', () => {
    const window = { crs: { ...flowless, oxygen: { device: 'room-air' } } };
    const clash = { infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', ...window }, { at: '2026-03-03', ...window }] };
    const result = patientCourseValidator.safeParse(clash);
    const graded = safeGradeCourse(clash);
    expect(result.success).toBe(false);
    expect(!result.success && !graded.success && result.error.issues).toEqual(!graded.success && graded.error.issues);
    const german = createPatientCourseValidator({ locale: de })['~standard'].validate(clash);
    expect(german.issues?.[0]?.message).toBe(de.issues['same-time']({ other: 'observations[0].at', dateOnly: true }));
  });
});
