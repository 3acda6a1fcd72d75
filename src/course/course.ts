import type { CrsAssessment } from '../crs/assessment.js';
import type { IcansAssessment } from '../icans/assessment.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { Treatment } from '../vocabulary/treatment.js';

/**
 * One assessment window of a patient's course: its time, and its worst CRS findings, its worst
 * ICANS findings, or both.
 *
 * @example
 * ```ts
 * import type { CourseObservation } from 'cytokine-release-syndrome';
 * const day1: CourseObservation = {
 *   at: '2026-03-03',
 *   crs: { temperatureCelsius: 38.6, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } },
 * };
 * ```
 */
export interface CourseObservation {
  /** When: an ISO 8601 date (`2026-03-03`) or date-time (`2026-03-03T14:30`, with or without seconds, fraction and offset). */
  readonly at: string;
  /**
   * The CRS findings of the window. Leave `feverMasked` out: the course derives it from its
   * treatments (stating it is allowed only when it agrees).
   */
  readonly crs?: CrsAssessment | undefined;
  /** The ICANS findings of the window. */
  readonly icans?: IcansAssessment | undefined;
}

/**
 * A treatment given during the course, at a time.
 *
 * @example
 * ```ts
 * import type { CourseTreatment } from 'cytokine-release-syndrome';
 * const firstDose: CourseTreatment = { at: '2026-03-04T09:00', treatment: 'tocilizumab' };
 * ```
 */
export interface CourseTreatment {
  /** When it was given: an ISO 8601 date or date-time. */
  readonly at: string;
  /** What was given. */
  readonly treatment: Treatment;
}

/**
 * One patient's course after an infusion: the infusion time (day 0), every assessment window, and
 * the treatments given. Days without an observation are not days without CRS: they are unknown.
 *
 * @see criteria DEC-42 to DEC-47 (docs/criteria/decisions.md#dec-42)
 * @example
 * ```ts
 * import type { PatientCourse } from 'cytokine-release-syndrome';
 * const course: PatientCourse = {
 *   infusionAt: '2026-03-02',
 *   observations: [
 *     { at: '2026-03-03', crs: { temperatureCelsius: 38.6, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } },
 *     { at: '2026-03-05', crs: { temperatureCelsius: 37.0, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } },
 *   ],
 * };
 * ```
 */
export interface PatientCourse {
  /** When the cells were infused: an ISO 8601 date or date-time. Its calendar date is day 0. */
  readonly infusionAt: string;
  /** Every assessment window, in any order; at least one. */
  readonly observations: readonly CourseObservation[];
  /** Treatments given, in any order; the same treatment may be given many times. */
  readonly treatments?: readonly CourseTreatment[] | undefined;
}

/**
 * Options of `gradeCourse` and `safeGradeCourse`.
 *
 * @example
 * ```ts
 * import type { CourseGradingOptions } from 'cytokine-release-syndrome';
 * // Some trials count CRS that comes back within 7 days of resolving as one event (DEC-44).
 * const options: CourseGradingOptions = { mergeRecurrenceWithinDays: 7 };
 * ```
 */
export interface CourseGradingOptions<Scale extends GradingScale = GradingScale> {
  /** The CRS scale to grade each window on; `astct-2019` when absent. ICANS is always ASTCT 2019. */
  readonly scale?: Scale | undefined;
  /**
   * Joins a CRS or ICANS episode that starts again within this many calendar days of the previous
   * one's resolution into that episode (an integer from 0 to 365; 0, the default, never joins).
   */
  readonly mergeRecurrenceWithinDays?: number | undefined;
  /** As for `gradeICANS`: CAPD below this age (default 12). */
  readonly capdBelowAgeYears?: number | undefined;
}
