import { courseContract } from '../course/contract.js';
import type { CourseFieldKey } from '../locale/locale.js';
import { type FieldDescriptor, type FieldExtras, describeContract } from './field-descriptor.js';

const EXTRAS: Readonly<Partial<Record<CourseFieldKey, FieldExtras>>> = {
  'treatments.treatment': { vocabulary: 'treatments' },
};

/**
 * The fields of a patient course of its own: infusion time, windows and treatments. A window's
 * `crs` and `icans` are inputs of their own, described by `crsAssessmentFields` and
 * `icansAssessmentFields`.
 *
 * @example
 * ```ts
 * import { patientCourseFields } from 'cytokine-release-syndrome';
 * patientCourseFields.map((field) => field.key);
 * // ['infusionAt', 'observations', 'observations.at', 'observations.crs', 'observations.icans', 'treatments', 'treatments.at', 'treatments.treatment']
 * ```
 */
export const patientCourseFields: readonly FieldDescriptor<CourseFieldKey>[] = /* @__PURE__ */ (() =>
  Object.freeze(
    describeContract<CourseFieldKey>('course', courseContract() as never, EXTRAS, '', ['observations.crs', 'observations.icans']).map((field) => Object.freeze(field)),
  ))();
