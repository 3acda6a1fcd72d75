import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import type { PatientCourse } from '../../src/course/course.js';
import { CourseInputError } from '../../src/course/course-input-error.js';
import { gradeCourse } from '../../src/course/grade-course.js';
import { summarizeCohort } from '../../src/course/summarize-cohort.js';
import type { IcansAssessment } from '../../src/icans/assessment.js';

const quiet: CrsAssessment = { temperatureCelsius: 37.0, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
const fever: CrsAssessment = { ...quiet, temperatureCelsius: 38.5 };
const pressor: CrsAssessment = { ...fever, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] };
const icans3: IcansAssessment = { ageYears: 60, ice: 2, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };

function patient(onsetDay: number | null, peak: CrsAssessment, resolvedAfterDays: number | null, extra: Partial<PatientCourse> = {}): PatientCourse {
  const day = (offset: number) => `2026-03-${String(2 + offset).padStart(2, '0')}`;
  const observations = onsetDay === null ? [{ at: day(1), crs: quiet }] : [{ at: day(onsetDay), crs: peak }, ...(resolvedAfterDays === null ? [] : [{ at: day(onsetDay + resolvedAfterDays), crs: quiet }])];
  return { infusionAt: day(0), observations, ...extra };
}

describe('summarizeCohort', () => {
  const cohort = [
    patient(1, fever, 2),
    patient(2, pressor, 5, { treatments: [{ at: '2026-03-04T12:00', treatment: 'tocilizumab' }, { at: '2026-03-05', treatment: 'dexamethasone' }] }),
    patient(5, fever, null),
    patient(null, quiet, null),
  ].map((course) => gradeCourse(course));

  it('counts any grade and grade 3 or more over the patients assessed', () => {
    const { crs } = summarizeCohort(cohort);
    expect(crs.assessed).toBe(4);
    expect(crs.anyGrade).toEqual({ n: 3, percent: 75 });
    expect(crs.gradeAtLeast3).toEqual({ n: 1, percent: 25 });
    expect(crs.byMaxGrade).toEqual({
      0: { n: 1, percent: 25 },
      1: { n: 2, percent: 50 },
      2: { n: 0, percent: 0 },
      3: { n: 1, percent: 25 },
      4: { n: 0, percent: 0 },
      5: { n: 0, percent: 0 },
    });
    expect(crs.uncertain).toBe(0);
  });

  it('gives median (range) onset day over first episodes, and duration over those that resolved', () => {
    const { crs } = summarizeCohort(cohort);
    expect(crs.onsetDay).toEqual({ n: 3, median: 2, min: 1, max: 5 });
    expect(crs.durationDays).toEqual({ n: 2, median: 3.5, min: 2, max: 5 });
  });

  it('counts tocilizumab and corticosteroid use over all patients', () => {
    const summary = summarizeCohort(cohort);
    expect(summary.patients).toBe(4);
    expect(summary.tocilizumab).toEqual({ n: 1, percent: 25 });
    expect(summary.corticosteroids).toEqual({ n: 1, percent: 25 });
  });

  it('leaves a syndrome that no course assessed at 0 assessed, with null percentages and ranges', () => {
    const { icans } = summarizeCohort(cohort);
    expect(icans.assessed).toBe(0);
    expect(icans.anyGrade).toEqual({ n: 0, percent: null });
    expect(icans.onsetDay).toEqual({ n: 0, median: null, min: null, max: null });
  });

  it('summarizes ICANS the same way', () => {
    const withIcans = gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-07', icans: icans3 }] });
    expect(summarizeCohort([withIcans]).icans).toMatchObject({ assessed: 1, gradeAtLeast3: { n: 1, percent: 100 }, onsetDay: { median: 5 } });
  });

  it('an empty cohort is all zeros and nulls', () => {
    expect(summarizeCohort([])).toMatchObject({ patients: 0, tocilizumab: { n: 0, percent: null }, crs: { assessed: 0 } });
  });

  it('rounds percentages to one decimal', () => {
    const three = [patient(1, fever, 2), patient(null, quiet, null), patient(null, quiet, null)].map((course) => gradeCourse(course));
    expect(summarizeCohort(three).crs.anyGrade).toEqual({ n: 1, percent: 33.3 });
  });

  it('refuses courses graded with different options, naming each that differs from the first', () => {
    const input = patient(1, fever, 2);
    const mixed = [gradeCourse(input), gradeCourse(input, { scale: 'lee-2014' }), gradeCourse(input, { mergeRecurrenceWithinDays: 7 })];
    let error: unknown;
    try {
      summarizeCohort(mixed);
    } catch (caught) {
      error = caught;
    }
    expect(CourseInputError.is(error)).toBe(true);
    expect((error as CourseInputError).issues.map(({ pathText, message }) => `${pathText}: ${message}`)).toEqual([
      '[1].scale: is "lee-2014", but the first course of the cohort was graded with "astct-2019": grade every course of one table with the same options',
      '[2].mergeRecurrenceWithinDays: is 7, but the first course of the cohort was graded with 0: grade every course of one table with the same options',
    ]);
  });
});
