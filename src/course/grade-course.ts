import { ABSENT, MAX_ISSUES, failedParts, readInput } from '../contract/read.js';
import type { RawIssue } from '../contract/issue.js';
import { type Timestamp, compareTimestamps, parseTimestamp } from '../contract/timestamp.js';
import type { CrsAssessment } from '../crs/assessment.js';
import type { CrsGradingOutcome } from '../crs/grading.js';
import { gradeValidatedCrs } from '../crs/scales/index.js';
import { inputErrorFrom } from '../errors/input-error.js';
import { gradeIcansAstct2019 } from '../icans/astct-2019.js';
import { DEFAULT_CAPD_BELOW_AGE_YEARS } from '../icans/assessment.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { Treatment } from '../vocabulary/treatment.js';
import { COURSE_GRADING_OPTIONS_CONTRACT, courseContract } from './contract.js';
import type { CourseGradingOptions, PatientCourse } from './course.js';
import { CourseInputError } from './course-input-error.js';
import { EpisodeBuilder, type EpisodeDraft, type GradedWindow, type TimedTreatment, finishEpisode, mergeRecurrences } from './episodes.js';
import type { CourseEpisode, CourseGrading, CrsCourseObservation, GradeRange, IcansCourseEpisode, IcansCourseObservation, RelationToCrs, SyndromeCourse } from './grading.js';

/**
 * The treatments that mask fever once CRS has started: the antipyretic and the anti-cytokine and
 * immunosuppressive therapies the consensus names.
 *
 * @see criteria ASTCT-CRS-07 (docs/criteria/astct-2019-crs.md#astct-crs-07); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-42 (docs/criteria/decisions.md#dec-42)
 * @example
 * ```ts
 * import { FEVER_MASKING_TREATMENTS } from 'cytokine-release-syndrome';
 * FEVER_MASKING_TREATMENTS.includes('tocilizumab'); // true
 * FEVER_MASKING_TREATMENTS.includes('intravenous-fluids'); // false
 * ```
 */
export const FEVER_MASKING_TREATMENTS: readonly Treatment[] = /* @__PURE__ */ Object.freeze([
  'paracetamol',
  'tocilizumab',
  'dexamethasone',
  'methylprednisolone',
  'siltuximab',
  'anakinra',
]);

/** The result of {@link safeGradeCourse}. */
export type SafeCourseGradingResult<Scale extends GradingScale = GradingScale> =
  | { readonly success: true; readonly data: CourseGrading<Scale> }
  | { readonly success: false; readonly error: CourseInputError };

interface Window {
  readonly index: number;
  readonly time: Timestamp;
  readonly crs: CrsAssessment | undefined;
  readonly icans: PatientCourse['observations'][number]['icans'];
}

function rangeOf(outcome: CrsGradingOutcome): GradeRange {
  return outcome.gradable ? { min: outcome.grade, max: outcome.grade } : outcome.possibleGrades;
}

/**
 * Issues for observations at the same time, each naming an earlier one by input position: on a
 * date with a date-only window, every other window of that date clashes with the first date-only
 * one; two date-times clash when they are the same instant, however written.
 */
function sameTimeIssues(windows: readonly Window[]): RawIssue[] {
  const issues: RawIssue[] = [];
  const dateOnly = new Map<number, Window>();
  for (const window of windows) {
    if (window.time.instant === null && !dateOnly.has(window.time.day)) dateOnly.set(window.time.day, window);
  }
  const byInstant = new Map<number, Window>();
  for (const window of windows) {
    const undated = dateOnly.get(window.time.day);
    if (undated !== undefined && undated !== window) {
      issues.push({ code: 'same-time', path: ['observations', window.index, 'at'], params: { other: `observations[${undated.index}].at`, dateOnly: true } });
      continue;
    }
    if (window.time.instant === null) continue;
    const first = byInstant.get(window.time.instant);
    if (first === undefined) byInstant.set(window.time.instant, window);
    else issues.push({ code: 'same-time', path: ['observations', window.index, 'at'], params: { other: `observations[${first.index}].at`, dateOnly: false } });
  }
  return issues;
}

/** The masking treatment given during `episode` before `time`, if any. */
function maskingTreatment(episode: EpisodeDraft | null, time: Timestamp, treatments: readonly TimedTreatment[]): TimedTreatment | undefined {
  if (episode === null) return undefined;
  return treatments.find(
    (given) => FEVER_MASKING_TREATMENTS.includes(given.treatment) && compareTimestamps(given.time, episode.onset.time) >= 0 && compareTimestamps(given.time, time) < 0,
  );
}

function syndrome<Episode extends CourseEpisode, Observation>(
  windows: readonly GradedWindow[],
  episodes: readonly Episode[],
  observations: readonly Observation[],
): SyndromeCourse<Episode, Observation> {
  if (windows.length === 0) return { maxGrade: null, possibleMaxGrades: null, gradable: true, episodes, observations };
  let min = 0;
  let max = 0;
  for (const { range } of windows) {
    if (range.min > min) min = range.min;
    if (range.max > max) max = range.max;
  }
  const gradable = windows.every(({ range }) => range.min === range.max);
  return { maxGrade: min as GradeRange['min'], possibleMaxGrades: { min: min as GradeRange['min'], max: max as GradeRange['max'] }, gradable, episodes, observations };
}

function relationToCrs(onset: Timestamp, crsEpisodes: readonly EpisodeDraft[]): RelationToCrs {
  const started = crsEpisodes.filter((episode) => compareTimestamps(episode.onset.time, onset) <= 0);
  if (started.some((episode) => compareTimestamps(episode.lastPositive.time, onset) >= 0)) return 'during-crs';
  // Last seen positive before the onset and not yet seen resolved: whether CRS lasted is not known.
  if (started.some((episode) => episode.resolved === null || compareTimestamps(episode.resolved.time, onset) > 0)) return 'unknown';
  return started.length > 0 ? 'after-crs' : 'without-crs';
}

/** Grades a validated course. Returns the course-level issues instead when there are any. */
function gradeValidatedCourse<Scale extends GradingScale>(
  course: PatientCourse,
  scale: Scale,
  mergeWithinDays: number,
  capdBelowAgeYears: number,
): CourseGrading<Scale> | RawIssue[] {
  const infusion = parseTimestamp(course.infusionAt) as Timestamp;
  const windows: Window[] = course.observations.map((observation, index) => ({
    index,
    time: parseTimestamp(observation.at) as Timestamp,
    crs: observation.crs,
    icans: observation.icans,
  }));
  const clashes = sameTimeIssues(windows);
  if (clashes.length > 0) return clashes;
  // After the check, no two windows share a time, so this order is total.
  const ordered = [...windows].sort((a, b) => compareTimestamps(a.time, b.time));
  const treatments: TimedTreatment[] = (course.treatments ?? [])
    .map((given, index) => ({ index, time: parseTimestamp(given.at) as Timestamp, treatment: given.treatment }))
    .sort((a, b) => compareTimestamps(a.time, b.time) || a.index - b.index);

  const issues: RawIssue[] = [];
  const crs = new EpisodeBuilder();
  const icans = new EpisodeBuilder();
  const crsWindows: GradedWindow[] = [];
  const icansWindows: GradedWindow[] = [];
  const crsObservations: CrsCourseObservation[] = [];
  const icansObservations: IcansCourseObservation[] = [];
  let death: Window | null = null;
  for (const window of ordered) {
    if (death !== null) {
      issues.push({ code: 'after-death', path: ['observations', window.index, 'at'], params: { death: `observations[${death.index}]`, syndrome: crs.death === null ? 'icans' : 'crs' } });
      continue;
    }
    if (window.crs !== undefined) {
      const masking = maskingTreatment(crs.current, window.time, treatments);
      const derived = masking !== undefined;
      const stated = window.crs.feverMasked;
      if (stated !== undefined && stated !== derived) {
        issues.push({
          code: 'fever-masking-contradicts-course',
          path: ['observations', window.index, 'crs', 'feverMasked'],
          params: { stated, derived, treatment: masking === undefined ? null : `treatments[${masking.index}] (${masking.treatment})` },
        });
      }
      const grading = gradeValidatedCrs({ ...window.crs, feverMasked: derived }, scale);
      const graded = { index: window.index, time: window.time, range: rangeOf(grading) };
      crs.add(graded);
      crsWindows.push(graded);
      crsObservations.push({ index: window.index, at: window.time.text, grading, feverMaskedDerived: derived });
    }
    if (window.icans !== undefined) {
      const grading = gradeIcansAstct2019(window.icans, { capdBelowAgeYears });
      const graded = { index: window.index, time: window.time, range: { min: grading.grade, max: grading.grade } };
      icans.add(graded);
      icansWindows.push(graded);
      icansObservations.push({ index: window.index, at: window.time.text, grading });
    }
    if (crs.death !== null || icans.death !== null) death = window;
  }
  if (issues.length > 0) return issues;

  const crsDrafts = mergeRecurrences(crs.drafts, mergeWithinDays);
  const crsEpisodes = crsDrafts.map((draft) => finishEpisode(draft, infusion, treatments));
  const icansEpisodes: IcansCourseEpisode[] = mergeRecurrences(icans.drafts, mergeWithinDays).map((draft) => ({
    ...finishEpisode(draft, infusion, treatments),
    relationToCrs: relationToCrs(draft.onset.time, crsDrafts),
  }));
  return {
    scale,
    mergeRecurrenceWithinDays: mergeWithinDays,
    infusionAt: course.infusionAt,
    crs: syndrome(crsWindows, crsEpisodes, crsObservations),
    icans: syndrome(icansWindows, icansEpisodes, icansObservations),
    treatments: treatments.map(({ index, time, treatment }) => ({ at: time.text, treatment, index })),
  };
}

/**
 * Checks an untrusted course as `gradeCourse` does, for the Zod schema: the validated copy, or
 * every issue with how many there were.
 *
 * @internal
 */
export function checkCourse(input: unknown, options: unknown): { readonly ok: true; readonly course: PatientCourse } | { readonly ok: false; readonly error: CourseInputError } {
  const graded = gradeCall(input, options);
  return graded instanceof CourseInputError ? { ok: false, error: graded } : { ok: true, course: graded.course };
}

function gradeCall<Scale extends GradingScale>(input: unknown, options: unknown): { readonly grading: CourseGrading<Scale>; readonly course: PatientCourse } | CourseInputError {
  const settings = options === undefined ? ABSENT : readInput(options, COURSE_GRADING_OPTIONS_CONTRACT, ['options']);
  const resolved = settings.ok ? (settings.value ?? {}) : undefined;
  const boundary = resolved === undefined ? null : (resolved.capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS);
  const course = readInput(input, courseContract(boundary));
  if (!course.ok || resolved === undefined || boundary === null) {
    const failure = failedParts([
      { outcome: course, subject: 'patient course' },
      { outcome: settings, subject: 'course grading options' },
    ]) as NonNullable<ReturnType<typeof failedParts>>;
    return new CourseInputError(failure.issues, failure.subject, failure.total);
  }
  const scale = (resolved.scale ?? 'astct-2019') as Scale;
  const graded = gradeValidatedCourse(course.value, scale, resolved.mergeRecurrenceWithinDays ?? 0, boundary);
  if (Array.isArray(graded)) return new CourseInputError(graded.slice(0, MAX_ISSUES), 'patient course', graded.length);
  return { grading: graded, course: course.value };
}

/**
 * Grades a patient's course: every window on the chosen CRS scale (ASTCT 2019 by default) and on
 * ASTCT 2019 ICANS, then the episodes of each: onset (days after the infusion, day 0), peak,
 * duration and outcome, the treatments given during each, and for ICANS its relation to CRS.
 *
 * Once CRS has started and antipyretic or anti-cytokine therapy is given during the episode, every
 * later window of that episode is graded with fever masked (ASTCT 2019); premedication before any
 * CRS masks nothing. Days without a window are unknown, never days without CRS.
 *
 * @param course - the infusion time, the windows (any order) and the treatments.
 * @param options - `scale`, `mergeRecurrenceWithinDays` (default 0: never join) and `capdBelowAgeYears`.
 * @throws {@link CourseInputError} naming each invalid field by its input position.
 * @see criteria ASTCT-CRS-07 (docs/criteria/astct-2019-crs.md#astct-crs-07); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-42 to DEC-47 (docs/criteria/decisions.md#dec-42)
 * @example
 * ```ts
 * import { gradeCourse } from 'cytokine-release-syndrome';
 * const none = { hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
 * const grading = gradeCourse({
 *   infusionAt: '2026-03-02',
 *   observations: [
 *     { at: '2026-03-03', crs: { ...none, temperatureCelsius: 38.9 } },
 *     // After tocilizumab, 37.8 °C with a 2 L/min cannula is grade 2, not "no fever, no CRS".
 *     { at: '2026-03-04', crs: { ...none, temperatureCelsius: 37.8, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } } },
 *     { at: '2026-03-06', crs: { ...none, temperatureCelsius: 36.8 } },
 *   ],
 *   treatments: [{ at: '2026-03-03', treatment: 'tocilizumab' }],
 * });
 * grading.crs.observations.map(({ grading: { grade } }) => grade); // [1, 2, 0]
 * grading.crs.episodes[0]?.peakGrade; // 2
 * grading.crs.episodes[0]?.durationDays; // 3
 * ```
 */
export function gradeCourse<Scale extends GradingScale = 'astct-2019'>(course: PatientCourse, options?: CourseGradingOptions<Scale>): CourseGrading<Scale> {
  const graded = gradeCall<Scale>(course, options);
  if (graded instanceof CourseInputError) throw inputErrorFrom(graded, gradeCourse);
  return graded.grading;
}

/**
 * Grades untrusted input (e.g. parsed JSON) as a course like {@link gradeCourse}, returning the
 * input error instead of throwing it.
 *
 * @example
 * ```ts
 * import { safeGradeCourse } from 'cytokine-release-syndrome';
 * const result = safeGradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03' }] });
 * result.success; // false: an observation needs "crs", "icans" or both
 * ```
 */
export function safeGradeCourse<Scale extends GradingScale = 'astct-2019'>(input: unknown, options?: CourseGradingOptions<Scale>): SafeCourseGradingResult<Scale> {
  const graded = gradeCall<Scale>(input, options);
  if (graded instanceof CourseInputError) return { success: false, error: inputErrorFrom(graded, safeGradeCourse) };
  return { success: true, data: graded.grading };
}
