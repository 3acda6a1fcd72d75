import type { CrsGradingOutcome } from '../crs/grading.js';
import type { Grade } from '../grading/grading.js';
import type { IcansGrading } from '../icans/astct-2019.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { Treatment } from '../vocabulary/treatment.js';

/** The lowest and the highest grade something can have. */
export interface GradeRange {
  readonly min: Grade;
  readonly max: Grade;
}

/** A treatment given during an episode, with its position in the course's `treatments`. */
export interface EpisodeTreatment {
  readonly at: string;
  readonly treatment: Treatment;
  /** Its index in the input's `treatments`. */
  readonly index: number;
}

/** How an episode ended: resolved (a later window graded 0), still ongoing at the last window, or death. */
export type EpisodeOutcome = 'resolved' | 'ongoing' | 'death';

/**
 * One episode of CRS or ICANS: from the first window graded 1 or more to the first later window
 * graded 0. Times are returned as written.
 *
 * @example
 * ```ts
 * import { gradeCourse } from 'cytokine-release-syndrome';
 * const [episode] = gradeCourse({
 *   infusionAt: '2026-03-02',
 *   observations: [
 *     { at: '2026-03-04', crs: { temperatureCelsius: 38.8, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } },
 *     { at: '2026-03-07', crs: { temperatureCelsius: 36.9, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } },
 *   ],
 * }).crs.episodes;
 * episode?.onsetDay; // 2
 * episode?.durationDays; // 3
 * ```
 */
export interface CourseEpisode {
  /** The first window graded 1 or more. */
  readonly onsetAt: string;
  /** Calendar date of onset minus calendar date of infusion (the infusion day is day 0). */
  readonly onsetDay: number;
  /**
   * The highest grade reached. On a scale other than ASTCT 2019, the highest grade certainly
   * reached: a window the scale could not grade may have been higher (see `possiblePeakGrades`).
   */
  readonly peakGrade: Grade;
  /** The range the peak lies in: `min` is `peakGrade`; `max` is higher only when a window inside the episode could not be graded. */
  readonly possiblePeakGrades: GradeRange;
  /** The first window at the peak grade. */
  readonly peakAt: string;
  /** The last window graded 1 or more. */
  readonly lastPositiveAt: string;
  /** The first later window graded 0, or `null` when none came (ongoing) or the patient died. */
  readonly resolvedAt: string | null;
  /** Calendar date of `resolvedAt` minus calendar date of `onsetAt`; `null` when not resolved. */
  readonly durationDays: number | null;
  /** How the episode ended. */
  readonly outcome: EpisodeOutcome;
  /** Episodes that started again within `mergeRecurrenceWithinDays` of resolving and were joined into this one. */
  readonly recurrences: number;
  /** The input indices of the episode's windows, in time order. */
  readonly observations: readonly number[];
  /** Treatments given from the onset until the resolution (excluded), or through the last window of an unresolved episode. */
  readonly treatments: readonly EpisodeTreatment[];
}

/** Whether an ICANS episode started during CRS, after CRS had resolved, with no CRS before it, or when the windows cannot tell. */
export type RelationToCrs = 'during-crs' | 'after-crs' | 'unknown' | 'without-crs';

/** An ICANS episode, with its relation to CRS. */
export interface IcansCourseEpisode extends CourseEpisode {
  /**
   * `during-crs` when a CRS episode had started at or before its onset and CRS was still observed at
   * or after it (the episode's last window graded 1 or more); else `unknown` when a CRS episode had
   * started before it but was last observed positive before it and had not been seen resolved by
   * then (the true end of CRS lies in that gap, DEC-44); else `after-crs` when a CRS episode had
   * resolved at or before its onset; else `without-crs`.
   */
  readonly relationToCrs: RelationToCrs;
}

/** One window's CRS grading in a course. */
export interface CrsCourseObservation {
  /** Its index in the input's `observations`. */
  readonly index: number;
  readonly at: string;
  /** The grading, as `gradeCRS` gives it with `feverMasked` set as derived. */
  readonly grading: CrsGradingOutcome;
  /** Fever was masked here: antipyretic or anti-cytokine therapy was given during this episode, before this window. */
  readonly feverMaskedDerived: boolean;
}

/** One window's ICANS grading in a course. */
export interface IcansCourseObservation {
  /** Its index in the input's `observations`. */
  readonly index: number;
  readonly at: string;
  /** The grading, as `gradeICANS` gives it. */
  readonly grading: IcansGrading;
}

/** What a course shows of one syndrome. */
export interface SyndromeCourse<Episode extends CourseEpisode, Observation> {
  /**
   * The highest grade over the course: `null` when no window assessed this syndrome (not assessed
   * is never 0); 0 when assessed and none occurred. On a scale other than ASTCT 2019, the highest
   * grade certainly reached (see `possibleMaxGrades`).
   */
  readonly maxGrade: Grade | null;
  /** The range the maximum lies in; `null` when not assessed. */
  readonly possibleMaxGrades: GradeRange | null;
  /** Whether the scale could grade every window (always on ASTCT 2019). */
  readonly gradable: boolean;
  /** The episodes, in time order. */
  readonly episodes: readonly Episode[];
  /** Every window that assessed this syndrome, in time order. */
  readonly observations: readonly Observation[];
}

/**
 * A graded course: CRS on the chosen scale and ICANS on ASTCT 2019, window by window and episode
 * by episode.
 *
 * @example
 * ```ts
 * import { gradeCourse } from 'cytokine-release-syndrome';
 * const grading = gradeCourse({
 *   infusionAt: '2026-03-02',
 *   observations: [{ at: '2026-03-03', crs: { temperatureCelsius: 37.1, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } }],
 * });
 * grading.crs.maxGrade; // 0
 * grading.icans.maxGrade; // null: not assessed
 * ```
 */
export interface CourseGrading<Scale extends GradingScale = GradingScale> {
  /** The CRS scale. */
  readonly scale: Scale;
  /** The `mergeRecurrenceWithinDays` the episodes were built with (0: never joined). */
  readonly mergeRecurrenceWithinDays: number;
  /** The infusion time, as written. */
  readonly infusionAt: string;
  readonly crs: SyndromeCourse<CourseEpisode, CrsCourseObservation>;
  readonly icans: SyndromeCourse<IcansCourseEpisode, IcansCourseObservation>;
  /** Every treatment given, in time order, with its input index. */
  readonly treatments: readonly EpisodeTreatment[];
}
