import type { CourseGrading, CourseEpisode, EpisodeOutcome } from '../course/grading.js';
import type { CrsGradingOutcome } from '../crs/grading.js';
import type { IcansGrading } from '../icans/astct-2019.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import { FhirInputError, type RawFhirIssue, described } from './fhir-input-error.js';
import { isObject } from './resources.js';
import type { FhirReferenceOut } from './types.js';

/**
 * An episode of a graded course, named together with the course it belongs to (the course knows
 * its scale and which syndrome the episode is).
 *
 * @example
 * ```ts
 * import { gradeCourse } from 'cytokine-release-syndrome';
 * import type { CourseEpisodeRef } from 'cytokine-release-syndrome/fhir';
 * const course = gradeCourse({
 *   infusionAt: '2026-03-02',
 *   observations: [{ at: '2026-03-04', crs: { temperatureCelsius: 38.8, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } }],
 * });
 * const first: CourseEpisodeRef | undefined = course.crs.episodes[0] && { course, episode: course.crs.episodes[0] };
 * first?.episode.peakGrade; // 1
 * ```
 */
export interface CourseEpisodeRef {
  readonly course: CourseGrading;
  readonly episode: CourseEpisode;
}

/**
 * What the writers take: one window's grading (`gradeCRS`, on any scale, or `gradeICANS`), or an
 * episode of a graded course. A CRS result that could not grade is refused at run time.
 *
 * @example
 * ```ts
 * import { gradeCRS } from 'cytokine-release-syndrome';
 * import type { GradingOrEpisode } from 'cytokine-release-syndrome/fhir';
 * const graded: GradingOrEpisode = gradeCRS({ temperatureCelsius: 38.9, hypotension: true, vasopressors: [], oxygen: { device: 'room-air' } });
 * ```
 */
export type GradingOrEpisode = CrsGradingOutcome | IcansGrading | CourseEpisodeRef;

/** A grade 1 to 5 of one syndrome on one scale, with what an episode adds. @internal */
export interface GradedEvent {
  readonly syndrome: 'crs' | 'icans';
  readonly scale: GradingScale;
  readonly grade: 1 | 2 | 3 | 4 | 5;
  /** From an episode: its onset, resolution and outcome; `null` for a single grading. */
  readonly episode: { readonly onsetAt: string; readonly resolvedAt: string | null; readonly outcome: EpisodeOutcome } | null;
}

const FHIR_DATE_TIME = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2}))?$/;

/** Whether a time can be written as a FHIR dateTime (a time of day needs seconds and an offset). @internal */
export function checkFhirDateTime(value: unknown, path: readonly (string | number)[], issues: RawFhirIssue[]): value is string {
  if (typeof value === 'string' && FHIR_DATE_TIME.test(value)) return true;
  issues.push({
    code: 'not-writable',
    path,
    message: `expected a FHIR dateTime: a date, or a date-time with seconds and an offset (e.g. "2026-03-03T14:30:00+01:00"); received ${described(value)}`,
    allowed: ['YYYY-MM-DD', 'YYYY-MM-DDThh:mm:ss+zz:zz'],
  });
  return false;
}

function sameEpisode(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** Reads what the writers take, or records why it cannot be written. @internal */
export function gradedEvent(input: unknown, issues: RawFhirIssue[]): GradedEvent | undefined {
  function fail(path: (string | number)[], message: string): undefined {
    issues.push({ code: 'not-writable', path, message });
    return undefined;
  }
  if (!isObject(input)) { fail([], `expected a CRS or ICANS grading, or { course, episode }; received ${described(input)}`); return; }
  let syndrome: 'crs' | 'icans';
  let scale: GradingScale;
  let grade: unknown;
  let episode: GradedEvent['episode'] = null;
  if (isObject(input['episode']) && isObject(input['course'])) {
    const course = input['course'] as unknown as CourseGrading;
    const found = input['episode'] as unknown as CourseEpisode;
    if (course.crs.episodes.some((candidate) => sameEpisode(candidate, found))) syndrome = 'crs';
    else if (course.icans.episodes.some((candidate) => sameEpisode(candidate, found))) syndrome = 'icans';
    else { fail(['episode'], 'the episode is not one of the episodes of the course given with it'); return; }
    scale = syndrome === 'crs' ? course.scale : 'astct-2019';
    if (found.possiblePeakGrades.min !== found.possiblePeakGrades.max) {
      fail(['episode', 'possiblePeakGrades'], `the peak grade is only known to lie from ${found.possiblePeakGrades.min} to ${found.possiblePeakGrades.max} on ${scale}: an uncertain grade is never written`); return;
    }
    grade = found.peakGrade;
    episode = { onsetAt: found.onsetAt, resolvedAt: found.resolvedAt, outcome: found.outcome };
  } else if ('instrument' in input) {
    syndrome = 'icans';
    scale = 'astct-2019';
    grade = input['grade'];
  } else if (typeof input['scale'] === 'string') {
    syndrome = 'crs';
    scale = input['scale'] as GradingScale;
    if (input['gradable'] === false) { fail(['gradable'], `the ${scale} grading could not grade (facts missing): there is no grade to write`); return; }
    grade = input['grade'];
  } else {
    fail([], 'expected a CRS or ICANS grading, or { course, episode }'); return;
  }
  if (grade === 0) { fail(['grade'], `grade 0: the criteria of ${syndrome === 'crs' ? 'CRS' : 'ICANS'} are not met, so there is no adverse event or condition to write`); return; }
  if (grade !== 1 && grade !== 2 && grade !== 3 && grade !== 4 && grade !== 5) { fail(['grade'], `expected a grade from 1 to 5; received ${described(grade)}`); return; }
  return { syndrome, scale, grade, episode };
}

/** Copies a caller's reference, keeping only `reference` and `display`. @internal */
export function copyReference(value: unknown, path: (string | number)[], issues: RawFhirIssue[]): FhirReferenceOut | undefined {
  const reference = isObject(value) ? value['reference'] : undefined;
  const display = isObject(value) ? value['display'] : undefined;
  if (!isObject(value) || (typeof reference !== 'string' && typeof display !== 'string') || (reference !== undefined && typeof reference !== 'string') || (display !== undefined && typeof display !== 'string')) {
    issues.push({ code: 'expected-type', path, message: `expected a Reference such as { reference: "Patient/123" }; received ${described(value)}`, allowed: ['reference', 'display'] });
    return undefined;
  }
  return { ...(typeof reference === 'string' ? { reference } : {}), ...(typeof display === 'string' ? { display } : {}) };
}

/** Copies a list of references. @internal */
export function copyReferences(value: unknown, path: (string | number)[], issues: RawFhirIssue[]): FhirReferenceOut[] | undefined {
  if (value === undefined) return undefined;
  if (!Array.isArray(value)) {
    issues.push({ code: 'expected-type', path, message: `expected an array of References; received ${described(value)}` });
    return undefined;
  }
  return (value as unknown[]).flatMap((item, index) => {
    const copy = copyReference(item, [...path, index], issues);
    return copy === undefined ? [] : [copy];
  });
}

/** Throws when there are issues. @internal */
export function throwIfAny(subject: string, issues: readonly RawFhirIssue[]): void {
  if (issues.length > 0) throw new FhirInputError(subject, issues);
}

