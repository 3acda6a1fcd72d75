import fc from 'fast-check';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import * as z from 'zod';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import { crsAssessmentFormValidator } from '../../src/forms/crs-assessment-form-validator.js';
import type { FormInput } from '../../src/forms/form-input.js';
import { icansAssessmentFormValidator } from '../../src/forms/icans-assessment-form-validator.js';
import { de } from '../../src/locale/de/index.js';
import { CrsAssessmentSchema, createCrsAssessmentSchema } from '../../src/schemas/crs-assessment.js';
import { CrsAssessmentFormSchema, IcansAssessmentFormSchema, createCrsAssessmentFormSchema, createIcansAssessmentFormSchema } from '../../src/schemas/forms.js';
import { createIcansAssessmentSchema } from '../../src/schemas/icans-assessment.js';
import { createPatientCourseSchema } from '../../src/schemas/patient-course.js';
import { mutatedCrsAssessment, validCrsAssessment } from '../arbitraries/crs.js';

afterEach(() => {
  z.config(z.locales.en());
});

const fahrenheit = { temperatureCelsius: 101.3, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };

describe('the schemas word issues as the graders do, in the locale asked for', () => {
  it('zod\'s own locale changes nothing: the library never relies on z.config', () => {
    z.config(z.locales.de());
    const english = CrsAssessmentSchema.safeParse(fahrenheit);
    expect(english.error?.issues[0]?.message).toContain('looks like degrees Fahrenheit');
    const german = createCrsAssessmentSchema({ locale: de }).safeParse(fahrenheit);
    expect(german.error?.issues[0]?.message).toContain('Fahrenheit');
    expect(german.error?.issues[0]?.message).toContain('101,3 °F');
  });

  it('each create…Schema takes a locale and refuses what is not one', () => {
    expect(createIcansAssessmentSchema({ locale: de }).safeParse({}).error?.issues[0]?.message).toBe(de.issues.required({}));
    expect(createPatientCourseSchema({ locale: de }).safeParse({ infusionAt: '2026-03-02', observations: [] }).error?.issues[0]?.message).toBe(de.issues['no-observations']({}));
    expect(() => createCrsAssessmentSchema({ locale: 'de' as never })).toThrow(/expected a Locale object/);
  });

  it('types their input as the value shape, so form libraries infer their fields', () => {
    expectTypeOf<z.input<typeof CrsAssessmentSchema>>().toEqualTypeOf<CrsAssessment>();
    expectTypeOf<z.output<typeof CrsAssessmentSchema>>().toEqualTypeOf<CrsAssessment>();
    expectTypeOf<z.input<typeof CrsAssessmentFormSchema>>().toEqualTypeOf<FormInput<CrsAssessment>>();
  });
});

describe('form schemas', () => {
  it('agree with the form validators on acceptance, output and issues', () => {
    fc.assert(
      fc.property(fc.oneof(validCrsAssessment, mutatedCrsAssessment), (input) => {
        const validated = crsAssessmentFormValidator.safeParse(input);
        const parsed = CrsAssessmentFormSchema.safeParse(input);
        expect(parsed.success).toBe(validated.success);
        if (validated.success) expect(parsed.data).toEqual(validated.data);
        else expect(parsed.error?.issues.map(({ path, message }) => ({ path, message }))).toEqual(validated.error.issues.map(({ path, message }) => ({ path, message })));
      }),
      { numRuns: 300 },
    );
  });

  it('coerce strings and report at the field', () => {
    const form = { temperatureCelsius: '38,4', hypotension: 'false', vasopressors: [], oxygen: { device: 'nasal-cannula', flowLitersPerMinute: '' } };
    const result = createCrsAssessmentFormSchema({ locale: de }).safeParse(form);
    expect(result.error?.issues.map(({ path }) => path)).toEqual([['oxygen', 'flowLitersPerMinute']]);
    expect(result.error?.issues[0]?.message).toBe(de.issues['flow-required']({ device: 'nasal-cannula' }));
    const icans = { ageYears: '12', capd: '4', consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };
    expect(IcansAssessmentFormSchema.safeParse(icans).success).toBe(icansAssessmentFormValidator.safeParse(icans).success);
    expect(createIcansAssessmentFormSchema({ capdBelowAgeYears: 13 }).safeParse(icans).success).toBe(true);
  });
});
