// summarizeCohort at its boundaries: medians of odd and even counts, percentages to one decimal,
// the first episode only, patients whose maximum is a range, each treatment class, and a cohort
// that mixes grading options.
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import type { CourseGrading } from '../../src/course/grading.js';
import type { PatientCourse } from '../../src/course/course.js';
import { CourseInputError } from '../../src/course/course-input-error.js';
import { gradeCourse } from '../../src/course/grade-course.js';
import { summarizeCohort } from '../../src/course/summarize-cohort.js';
import type { Treatment } from '../../src/vocabulary/treatment.js';

const quiet: CrsAssessment = { temperatureCelsius: 37.0, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
const fever: CrsAssessment = { ...quiet, temperatureCelsius: 38.5 };
const grade2: CrsAssessment = { ...fever, hypotension: true };
const grade4: CrsAssessment = { ...fever, oxygen: { device: 'bipap' } };
const day = (offset: number) => `2026-03-${String(2 + offset).padStart(2, '0')}`;

/** A patient with CRS from `onset` (days after infusion) at `findings`, resolved `duration` days later (null: not resolved). */
function patient(onset: number, findings: CrsAssessment, duration: number | null, treatments: Treatment[] = []): CourseGrading {
  const observations: PatientCourse['observations'][number][] = [{ at: day(onset), crs: findings }];
  if (duration !== null) observations.push({ at: day(onset + duration), crs: quiet });
  return gradeCourse({ infusionAt: day(0), observations, treatments: treatments.map((treatment) => ({ at: day(onset), treatment })) });
}
const none = (): CourseGrading => gradeCourse({ infusionAt: day(0), observations: [{ at: day(1), crs: quiet }] });

describe('medians and ranges', () => {
  it.each<[string, CourseGrading[], unknown, unknown]>([
    ['one patient', [patient(3, fever, 2)], { n: 1, median: 3, min: 3, max: 3 }, { n: 1, median: 2, min: 2, max: 2 }],
    ['two patients: the mean of the middle two', [patient(1, fever, 1), patient(4, fever, 4)], { n: 2, median: 2.5, min: 1, max: 4 }, { n: 2, median: 2.5, min: 1, max: 4 }],
    ['three patients, given out of order', [patient(5, fever, 6), patient(1, fever, 1), patient(2, fever, 9)], { n: 3, median: 2, min: 1, max: 5 }, { n: 3, median: 6, min: 1, max: 9 }],
    ['four patients', [patient(1, fever, 4), patient(2, fever, 3), patient(6, fever, 2), patient(10, fever, 1)], { n: 4, median: 4, min: 1, max: 10 }, { n: 4, median: 2.5, min: 1, max: 4 }],
    ['unresolved episodes count for onset, not for duration', [patient(1, fever, null), patient(3, fever, 2)], { n: 2, median: 2, min: 1, max: 3 }, { n: 1, median: 2, min: 2, max: 2 }],
    ['onset on the infusion day is day 0', [patient(0, fever, 1)], { n: 1, median: 0, min: 0, max: 0 }, { n: 1, median: 1, min: 1, max: 1 }],
  ])('%s', (_name, cohort, onsetDay, durationDays) => {
    const { crs } = summarizeCohort(cohort);
    expect(crs.onsetDay).toEqual(onsetDay);
    expect(crs.durationDays).toEqual(durationDays);
  });

  it('takes the first episode of each patient only', () => {
    const twice = gradeCourse({
      infusionAt: day(0),
      observations: [
        { at: day(2), crs: fever },
        { at: day(3), crs: quiet },
        { at: day(9), crs: grade4 },
        { at: day(20), crs: quiet },
      ],
    });
    expect(summarizeCohort([twice]).crs).toMatchObject({ onsetDay: { n: 1, median: 2 }, durationDays: { n: 1, median: 1 }, byMaxGrade: { 4: { n: 1, percent: 100 } } });
  });
});

describe('counts', () => {
  it.each<[number, number, number | null]>([
    [0, 3, 0],
    [1, 3, 33.3],
    [2, 3, 66.7],
    [3, 3, 100],
    [1, 6, 16.7],
    [1, 8, 12.5],
    [1, 7, 14.3],
  ])('%i of %i patients is %s%', (affected, of, percent) => {
    const cohort = [...Array.from({ length: affected }, () => patient(1, fever, 1)), ...Array.from({ length: of - affected }, none)];
    expect(summarizeCohort(cohort).crs.anyGrade).toEqual({ n: affected, percent });
  });

  it('any grade is 1 or more, grade 3 or more includes 3 and above', () => {
    const cohort = [none(), patient(1, fever, 1), patient(1, grade2, 1), patient(1, { ...fever, hypotension: true, vasopressors: [{ agent: 'dopamine' }] }, 1), patient(1, grade4, 1)];
    const { crs } = summarizeCohort(cohort);
    expect(crs.anyGrade).toEqual({ n: 4, percent: 80 });
    expect(crs.gradeAtLeast3).toEqual({ n: 2, percent: 40 });
    expect(crs.byMaxGrade).toEqual({
      0: { n: 1, percent: 20 },
      1: { n: 1, percent: 20 },
      2: { n: 1, percent: 20 },
      3: { n: 1, percent: 20 },
      4: { n: 1, percent: 20 },
      5: { n: 0, percent: 0 },
    });
  });

  it('counts a patient whose maximum is a range by the grade certainly reached, and as uncertain', () => {
    const complete = { constitutionalSymptoms: false, organToxicityGrade: 0, transaminitisGrade: 0 } as const;
    const lee = (findings: CrsAssessment) => gradeCourse({ infusionAt: day(0), observations: [{ at: day(1), crs: { ...findings, ...complete } }] }, { scale: 'lee-2014' });
    const cohort = [lee({ ...fever, oxygen: { device: 'simple-face-mask' } }), lee(fever), lee(quiet)];
    const { crs } = summarizeCohort(cohort);
    expect(crs.uncertain).toBe(1);
    expect(crs.byMaxGrade[2]).toEqual({ n: 1, percent: 33.3 });
    expect(crs.gradeAtLeast3).toEqual({ n: 0, percent: 0 });
  });

  it('counts patients, not treatments, and each class of treatment over every patient', () => {
    const cohort = [
      patient(1, fever, 1, ['tocilizumab', 'tocilizumab']),
      patient(1, fever, 1, ['methylprednisolone']),
      patient(1, fever, 1, ['dexamethasone', 'methylprednisolone', 'tocilizumab']),
      patient(1, fever, 1, ['paracetamol', 'siltuximab', 'anakinra']),
      none(),
    ];
    const summary = summarizeCohort(cohort);
    expect(summary.patients).toBe(5);
    expect(summary.tocilizumab).toEqual({ n: 2, percent: 40 });
    expect(summary.corticosteroids).toEqual({ n: 2, percent: 40 });
  });

  it('a syndrome not assessed in some patients counts over those it was assessed in', () => {
    const icansOnly = gradeCourse({
      infusionAt: day(0),
      observations: [{ at: day(4), icans: { ageYears: 50, ice: 8, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] } }],
    });
    const summary = summarizeCohort([icansOnly, patient(1, fever, 1)]);
    expect(summary.crs).toMatchObject({ assessed: 1, anyGrade: { n: 1, percent: 100 } });
    expect(summary.icans).toMatchObject({ assessed: 1, anyGrade: { n: 1, percent: 100 }, gradeAtLeast3: { n: 0, percent: 0 }, onsetDay: { n: 1, median: 4 }, durationDays: { n: 0, median: null } });
  });
});

describe('one table, one definition', () => {
  function issuesOf(cohort: CourseGrading[]): { path: string; params: unknown }[] {
    try {
      summarizeCohort(cohort);
    } catch (error) {
      if (error instanceof CourseInputError) return error.issues.map(({ pathText, params }) => ({ path: pathText, params }));
      throw error;
    }
    return [];
  }
  const input: PatientCourse = { infusionAt: day(0), observations: [{ at: day(1), crs: fever }] };

  it('a course that differs in both options is named twice', () => {
    expect(issuesOf([gradeCourse(input), gradeCourse(input), gradeCourse(input, { scale: 'penn-2018', mergeRecurrenceWithinDays: 3 })])).toEqual([
      { path: '[2].scale', params: { first: '"astct-2019"', value: '"penn-2018"' } },
      { path: '[2].mergeRecurrenceWithinDays', params: { first: '0', value: '3' } },
    ]);
  });

  it('the same options, given or defaulted, are one definition', () => {
    expect(issuesOf([gradeCourse(input), gradeCourse(input, { scale: 'astct-2019', mergeRecurrenceWithinDays: 0 })])).toEqual([]);
  });

  it('counts every difference and keeps the first 100, titled by the cohort', () => {
    const cohort = [gradeCourse(input), ...Array.from({ length: 101 }, () => gradeCourse(input, { scale: 'lee-2014' }))];
    let error: unknown;
    try {
      summarizeCohort(cohort);
    } catch (caught) {
      error = caught;
    }
    expect(CourseInputError.is(error)).toBe(true);
    expect((error as CourseInputError).issues).toHaveLength(100);
    expect((error as CourseInputError).issueCount).toBe(101);
    expect((error as CourseInputError).message).toMatch(/^Invalid cohort \(101 problems\):/);
  });
});
