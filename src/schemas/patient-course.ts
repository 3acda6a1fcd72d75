import type * as z from 'zod';
import { objectSchema } from '../contract/json-schema.js';
import { DEFAULT_CAPD_BELOW_AGE_YEARS } from '../icans/assessment.js';
import { courseContract } from '../course/contract.js';
import type { CourseGradingOptions, PatientCourse } from '../course/course.js';
import { checkCourse } from '../course/grade-course.js';
import { COURSE_GRADING_OPTIONS_CONTRACT } from '../course/contract.js';
import type { Locale } from '../locale/locale.js';
import { schemaFromCheck, schemaFromContract } from './from-contract.js';

/**
 * Zod schema of the options of `gradeCourse`.
 *
 * @example
 * ```ts
 * import { CourseGradingOptionsSchema } from 'cytokine-release-syndrome/schemas';
 * CourseGradingOptionsSchema.safeParse({ mergeRecurrenceWithinDays: 7 }).success; // true
 * ```
 */
export const CourseGradingOptionsSchema = /* @__PURE__ */ schemaFromContract(COURSE_GRADING_OPTIONS_CONTRACT, {
  title: 'CourseGradingOptions',
  description: 'Options of gradeCourse: the CRS scale, joining recurrences within a number of days, and the ICANS age boundary.',
});

/**
 * Builds the Zod schema of a `PatientCourse` for the given grading options. It accepts exactly
 * what `gradeCourse` accepts with the same options (observations at the same time, an observation
 * after death and a `feverMasked` the course contradicts included), reports the same issues, and
 * outputs the validated copy.
 *
 * @param options - as for `gradeCourse` (invalid options throw a `ZodError`), and the `locale` of the messages (English by default).
 * @example
 * ```ts
 * import { createPatientCourseSchema } from 'cytokine-release-syndrome/schemas';
 * const schema = createPatientCourseSchema({ capdBelowAgeYears: 13 });
 * schema.safeParse({ infusionAt: '2026-03-02', observations: [] }).success; // false: no observations
 * ```
 */
export function createPatientCourseSchema(options: CourseGradingOptions & { readonly locale?: Locale } = {}): z.ZodType<PatientCourse, PatientCourse> {
  const { locale, ...gradingOptions } = options;
  const resolved = CourseGradingOptionsSchema.parse(gradingOptions);
  const boundary = resolved.capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS;
  return schemaFromCheck<PatientCourse>(
    (value) => {
      const checked = checkCourse(value, resolved);
      return checked.ok ? { ok: true, value: checked.course } : { ok: false, issues: checked.error.issues, total: checked.error.issueCount };
    },
    {
      ...objectSchema(courseContract(boundary)),
      title: 'PatientCourse',
      description: `One patient's course after an infusion: the infusion time (day 0), every assessment window and the treatments, graded by gradeCourse; CAPD below age ${boundary}.`,
      $comment:
        'Also checked by gradeCourse, but not expressible in JSON Schema: two observations at the same time (or on the same date when either is a date only), an observation after one graded 5, a stated feverMasked that the treatments contradict, and calendar dates that do not exist.',
    },
    locale,
  );
}

/**
 * Zod schema of a `PatientCourse` at the default options.
 *
 * @example
 * ```ts
 * import { PatientCourseSchema } from 'cytokine-release-syndrome/schemas';
 * PatientCourseSchema.safeParse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: { temperatureCelsius: 38.1, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } }] }).success; // true
 * ```
 */
export const PatientCourseSchema: z.ZodType<PatientCourse, PatientCourse> = /* @__PURE__ */ createPatientCourseSchema();
