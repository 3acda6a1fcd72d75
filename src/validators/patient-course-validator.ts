import type { PatientCourse } from '../course/course.js';
import type { CourseInputError } from '../course/course-input-error.js';
import { checkCourse } from '../course/grade-course.js';
import type { Locale } from '../locale/locale.js';
import { type Validator, createValidator } from './validator.js';

/**
 * A validator of patient courses (with `capdBelowAgeYears` as for `gradeCourse`), whose Standard
 * Schema issues are worded in `locale`. It runs every check of `gradeCourse`, the ones between
 * windows included (two windows at one time, a window after death, a stated `feverMasked` the
 * course contradicts).
 *
 * @example
 * ```ts
 * import { createPatientCourseValidator } from 'cytokine-release-syndrome';
 * const validator = createPatientCourseValidator();
 * const none = { hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
 * const result = validator.safeParse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: { ...none, temperatureCelsius: 38.1 } }, { at: '2026-03-03', crs: { ...none, temperatureCelsius: 37 } }] });
 * result.success === false && result.error.issues[0]?.pathText; // 'observations[1].at'
 * ```
 */
export function createPatientCourseValidator(options: { readonly locale?: Locale; readonly capdBelowAgeYears?: number } = {}): Validator<PatientCourse, CourseInputError> {
  const settings = options.capdBelowAgeYears === undefined ? undefined : { capdBelowAgeYears: options.capdBelowAgeYears };
  return createValidator((value) => {
    const checked = checkCourse(value, settings);
    return checked.ok ? { ok: true, value: checked.course } : checked;
  }, options.locale);
}

/**
 * The validator of a patient course, without zod: a Standard Schema with `parse` and `safeParse`,
 * accepting exactly what `gradeCourse` accepts.
 *
 * @example
 * ```ts
 * import { patientCourseValidator } from 'cytokine-release-syndrome';
 * patientCourseValidator.safeParse({ infusionAt: '2026-03-02', observations: [] }).success; // false
 * ```
 */
export const patientCourseValidator: Validator<PatientCourse, CourseInputError> = /* @__PURE__ */ createPatientCourseValidator();
