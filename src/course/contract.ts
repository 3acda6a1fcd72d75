// The field contracts of a patient's course: the course, each observation (whose ICANS part depends
// on the age boundary), each treatment, and the options. The validator, the Zod schema and the JSON
// Schema document are all built from them.
import { type ObjectContract, defineContract, numberField, objectField, oneOfField, openListField, optional, required, timestampField } from '../contract/field.js';
import { CRS_ASSESSMENT_CONTRACT } from '../crs/contract.js';
import { CAPD_BELOW_AGE_YEARS_RANGE, DEFAULT_CAPD_BELOW_AGE_YEARS } from '../icans/assessment.js';
import { icansAssessmentContract } from '../icans/contract.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { Treatment } from '../vocabulary/treatment.js';
import { enumValues } from '../vocabulary/vocabulary.js';
import type { CourseGradingOptions, CourseObservation, CourseTreatment, PatientCourse } from './course.js';

/**
 * The longest course the library reads: 100,000 observations (an hourly record for more than ten
 * years), and as many treatments. A longer list is refused without being read.
 *
 * @example
 * ```ts
 * import { MAX_COURSE_ENTRIES } from 'cytokine-release-syndrome';
 * MAX_COURSE_ENTRIES; // 100000
 * ```
 */
export const MAX_COURSE_ENTRIES = 100_000;

/**
 * The range of `mergeRecurrenceWithinDays`: an integer from 0 (never join) to 365 days.
 *
 * @example
 * ```ts
 * import { MERGE_RECURRENCE_WITHIN_DAYS_RANGE } from 'cytokine-release-syndrome';
 * MERGE_RECURRENCE_WITHIN_DAYS_RANGE.max; // 365
 * ```
 */
export const MERGE_RECURRENCE_WITHIN_DAYS_RANGE = /* @__PURE__ */ Object.freeze({ min: 0, max: 365, unit: 'days' });

/**
 * The contract of one treatment of a course.
 *
 * @internal
 */
export const COURSE_TREATMENT_CONTRACT = /* @__PURE__ */ defineContract<CourseTreatment>(() => ({
  fields: { at: required(timestampField), treatment: required(oneOfField(enumValues(Treatment))) },
}));

function buildCourseContract(boundary: number | null): ObjectContract<PatientCourse> {
  const observation = defineContract<CourseObservation>(() => ({
    fields: {
      at: required(timestampField),
      crs: optional(objectField(CRS_ASSESSMENT_CONTRACT)),
      icans: optional(objectField(icansAssessmentContract(boundary))),
    },
    rules: [{ code: 'observation-without-assessment', at: '', when: [{ field: 'crs', present: false }, { field: 'icans', present: false }], params: {} }],
  }));
  return defineContract<PatientCourse>(() => ({
    fields: {
      infusionAt: required(timestampField),
      observations: required(openListField(objectField(observation), { maxItems: MAX_COURSE_ENTRIES, itemName: 'observation' })),
      treatments: optional(openListField(objectField(COURSE_TREATMENT_CONTRACT), { maxItems: MAX_COURSE_ENTRIES, itemName: 'treatment' })),
    },
    rules: [{ code: 'no-observations', at: 'observations', when: [{ field: 'observations', nonEmpty: false }], params: {} }],
  }));
}

const contracts: (ObjectContract<PatientCourse> | undefined)[] = [];

/**
 * The contract of a course at an ICANS age boundary, or without the ICANS instrument rules for
 * `null` (when invalid options leave it unknown). Built once per boundary.
 *
 * @internal
 */
export function courseContract(boundary: number | null = DEFAULT_CAPD_BELOW_AGE_YEARS): ObjectContract<PatientCourse> {
  return (contracts[boundary ?? 0] ??= buildCourseContract(boundary));
}

/**
 * The contract of the options of `gradeCourse`.
 *
 * @internal
 */
export const COURSE_GRADING_OPTIONS_CONTRACT = /* @__PURE__ */ defineContract<CourseGradingOptions>(() => ({
  fields: {
    scale: optional(oneOfField(enumValues(GradingScale))),
    mergeRecurrenceWithinDays: optional(numberField(MERGE_RECURRENCE_WITHIN_DAYS_RANGE, { integer: true })),
    capdBelowAgeYears: optional(numberField(CAPD_BELOW_AGE_YEARS_RANGE, { integer: true })),
  },
}));
