import type { RawIssue } from '../contract/issue.js';
import { MAX_ISSUES } from '../contract/read.js';
import { inputErrorFrom } from '../errors/input-error.js';
import type { Grade } from '../grading/grading.js';
import type { Treatment } from '../vocabulary/treatment.js';
import { CourseInputError } from './course-input-error.js';
import type { CourseEpisode, CourseGrading, SyndromeCourse } from './grading.js';

/** A count and its share of the denominator, in percent (one decimal; `null` when the denominator is 0). */
export interface CohortCount {
  readonly n: number;
  readonly percent: number | null;
}

/** The median and range of a number over patients; all `null` when no patient has it. */
export interface CohortRange {
  readonly n: number;
  readonly median: number | null;
  readonly min: number | null;
  readonly max: number | null;
}

/** One syndrome over a cohort, as CAR T publications report it. */
export interface SyndromeSummary {
  /** Patients with at least one window assessing the syndrome: the denominator of the counts. */
  readonly assessed: number;
  /** Patients with grade 1 or more. */
  readonly anyGrade: CohortCount;
  /** Patients with grade 3 or more. */
  readonly gradeAtLeast3: CohortCount;
  /** Patients by their highest grade, 0 to 5. */
  readonly byMaxGrade: Readonly<Record<Grade, CohortCount>>;
  /**
   * Patients whose highest grade is not certain (a scale other than ASTCT 2019 could not grade some
   * window). They are counted by the grade they certainly reached.
   */
  readonly uncertain: number;
  /** Day of onset of each patient's first episode (the infusion day is day 0). */
  readonly onsetDay: CohortRange;
  /** Duration in days of each patient's first episode, over the patients in whom it resolved. */
  readonly durationDays: CohortRange;
}

/**
 * The cohort table of a CAR T publication, from graded courses.
 *
 * @example
 * ```ts
 * import { gradeCourse, summarizeCohort } from 'cytokine-release-syndrome';
 * const none = { hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
 * const summary = summarizeCohort([
 *   gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-04', crs: { ...none, temperatureCelsius: 38.5 } }, { at: '2026-03-06', crs: { ...none, temperatureCelsius: 37 } }] }),
 *   gradeCourse({ infusionAt: '2026-03-09', observations: [{ at: '2026-03-10', crs: { ...none, temperatureCelsius: 37 } }] }),
 * ]);
 * summary.crs.anyGrade; // { n: 1, percent: 50 }
 * summary.crs.onsetDay; // { n: 1, median: 2, min: 2, max: 2 }
 * ```
 */
export interface CohortSummary {
  /** The number of patients (courses). */
  readonly patients: number;
  readonly crs: SyndromeSummary;
  readonly icans: SyndromeSummary;
  /** Patients who received tocilizumab at any time of their course. */
  readonly tocilizumab: CohortCount;
  /** Patients who received a corticosteroid (dexamethasone or methylprednisolone) at any time of their course. */
  readonly corticosteroids: CohortCount;
}

const CORTICOSTEROIDS: readonly Treatment[] = ['dexamethasone', 'methylprednisolone'];

function count(n: number, of: number): CohortCount {
  return { n, percent: of === 0 ? null : Math.round((n / of) * 1000) / 10 };
}

function range(values: readonly number[]): CohortRange {
  if (values.length === 0) return { n: 0, median: null, min: null, max: null };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { n: sorted.length, median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

function summarizeSyndrome(courses: readonly SyndromeCourse<CourseEpisode, unknown>[]): SyndromeSummary {
  const assessed = courses.filter((course) => course.maxGrade !== null);
  const grades = assessed.map((course) => course.maxGrade as Grade);
  const byMaxGrade = Object.fromEntries(([0, 1, 2, 3, 4, 5] as const).map((grade) => [grade, count(grades.filter((value) => value === grade).length, assessed.length)]));
  const first = assessed.flatMap((course) => (course.episodes[0] === undefined ? [] : [course.episodes[0]]));
  return {
    assessed: assessed.length,
    anyGrade: count(grades.filter((grade) => grade >= 1).length, assessed.length),
    gradeAtLeast3: count(grades.filter((grade) => grade >= 3).length, assessed.length),
    byMaxGrade: byMaxGrade as Record<Grade, CohortCount>,
    uncertain: assessed.filter((course) => course.possibleMaxGrades !== null && course.possibleMaxGrades.max > course.possibleMaxGrades.min).length,
    onsetDay: range(first.map((episode) => episode.onsetDay)),
    durationDays: range(first.flatMap((episode) => (episode.durationDays === null ? [] : [episode.durationDays]))),
  };
}

/** Issues for courses graded with another scale or joining than the first. */
function mixedSettings(gradings: readonly CourseGrading[]): RawIssue[] {
  const [first] = gradings;
  if (first === undefined) return [];
  const issues: RawIssue[] = [];
  gradings.forEach((grading, index) => {
    if (grading.scale !== first.scale) {
      issues.push({ code: 'cohort-mixes-settings', path: [index, 'scale'], params: { first: `"${first.scale}"`, value: `"${grading.scale}"` } });
    }
    if (grading.mergeRecurrenceWithinDays !== first.mergeRecurrenceWithinDays) {
      issues.push({
        code: 'cohort-mixes-settings',
        path: [index, 'mergeRecurrenceWithinDays'],
        params: { first: String(first.mergeRecurrenceWithinDays), value: String(grading.mergeRecurrenceWithinDays) },
      });
    }
  });
  return issues;
}

/**
 * Sums up graded courses as the cohort table of a CAR T publication: per syndrome, any grade and
 * grade 3 or more n (%), n (%) per highest grade, median (range) day of onset and duration of the
 * first episode; tocilizumab and corticosteroid use n (%). The counts of a syndrome are over the
 * patients in whom it was assessed; treatment use is over all patients.
 *
 * @param gradings - one `gradeCourse` result per patient, all graded with the same options.
 * @throws {@link CourseInputError} when the courses were graded on different scales or with
 *   different `mergeRecurrenceWithinDays`: one table counts one definition.
 * @see criteria DEC-47 (docs/criteria/decisions.md#dec-47)
 * @example
 * ```ts
 * import { gradeCourse, summarizeCohort } from 'cytokine-release-syndrome';
 * const none = { hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
 * const cohort = [
 *   gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: { ...none, temperatureCelsius: 38.2, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] } }], treatments: [{ at: '2026-03-03T20:00', treatment: 'tocilizumab' }] }),
 *   gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-05', crs: { ...none, temperatureCelsius: 38.4 } }] }),
 * ];
 * const summary = summarizeCohort(cohort);
 * summary.crs.gradeAtLeast3; // { n: 1, percent: 50 }
 * summary.tocilizumab; // { n: 1, percent: 50 }
 * ```
 */
export function summarizeCohort(gradings: readonly CourseGrading[]): CohortSummary {
  const mixed = mixedSettings(gradings);
  if (mixed.length > 0) throw inputErrorFrom(new CourseInputError(mixed.slice(0, MAX_ISSUES), 'cohort', mixed.length), summarizeCohort);
  const received = (treatments: readonly Treatment[]) =>
    gradings.filter((grading) => grading.treatments.some(({ treatment }) => treatments.includes(treatment))).length;
  return {
    patients: gradings.length,
    crs: summarizeSyndrome(gradings.map((grading) => grading.crs)),
    icans: summarizeSyndrome(gradings.map((grading) => grading.icans)),
    tocilizumab: count(received(['tocilizumab']), gradings.length),
    corticosteroids: count(received(CORTICOSTEROIDS), gradings.length),
  };
}
