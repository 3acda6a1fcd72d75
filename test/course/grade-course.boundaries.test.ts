// gradeCourse at its boundaries: which treatments mask fever and from when (ASTCT-CRS-07, DEC-42),
// what a course-level issue says (its params, not only its code), the order of treatments, the
// maximum over a syndrome, ICANS relative to CRS at equal times (DEC-47), and the issue cap.
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import type { PatientCourse } from '../../src/course/course.js';
import { FEVER_MASKING_TREATMENTS, gradeCourse, safeGradeCourse } from '../../src/course/grade-course.js';
import { MAX_ISSUES } from '../../src/contract/read.js';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import type { Treatment } from '../../src/vocabulary/treatment.js';

const quiet: CrsAssessment = { temperatureCelsius: 37.0, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
const fever: CrsAssessment = { ...quiet, temperatureCelsius: 38.6 };
const lowFlow: CrsAssessment = { ...quiet, temperatureCelsius: 37.8, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } };
const died: CrsAssessment = { ...fever, diedOfCrs: true };
const icansNormal: IcansAssessment = { ageYears: 50, ice: 10, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };
const icans2: IcansAssessment = { ...icansNormal, ice: 5 };

function course(observations: [string, CrsAssessment][], treatments: [string, Treatment][] = []): PatientCourse {
  return { infusionAt: '2026-03-02', observations: observations.map(([at, crs]) => ({ at, crs })), treatments: treatments.map(([at, treatment]) => ({ at, treatment })) };
}

function issues(input: unknown, options?: unknown): { path: string; params: unknown; message: string }[] {
  const result = safeGradeCourse(input, options as never);
  return result.success ? [] : result.error.issues.map(({ pathText, params, message }) => ({ path: pathText, params, message }));
}

describe('the treatments that mask fever', () => {
  it('are the antipyretic and the anti-cytokine and immunosuppressive therapies, in this order', () => {
    expect(FEVER_MASKING_TREATMENTS).toEqual(['paracetamol', 'tocilizumab', 'dexamethasone', 'methylprednisolone', 'siltuximab', 'anakinra']);
    expect(Object.isFrozen(FEVER_MASKING_TREATMENTS)).toBe(true);
  });

  it.each(FEVER_MASKING_TREATMENTS)('%s given during an episode masks the next window', (treatment) => {
    const grading = gradeCourse(course([['2026-03-03T08:00', fever], ['2026-03-04T08:00', lowFlow]], [['2026-03-03T12:00', treatment]]));
    expect(grading.crs.observations.map(({ grading: { grade }, feverMaskedDerived }) => [grade, feverMaskedDerived])).toEqual([
      [1, false],
      [2, true],
    ]);
  });

  it.each(['intravenous-fluids', 'oxygen', 'vasopressors'] as Treatment[])('%s masks nothing', (treatment) => {
    const grading = gradeCourse(course([['2026-03-03T08:00', fever], ['2026-03-04T08:00', lowFlow]], [['2026-03-03T12:00', treatment]]));
    expect(grading.crs.observations.map(({ grading: { grade } }) => grade)).toEqual([1, 0]);
  });

  it.each<[string, string, boolean]>([
    ['a minute before the onset', '2026-03-03T07:59', false],
    ['at the onset itself', '2026-03-03T08:00', true],
    ['a minute before the window', '2026-03-04T07:59', true],
    ['at the window itself', '2026-03-04T08:00', false],
    ['after the window', '2026-03-04T09:00', false],
  ])('tocilizumab %s: masked %s', (_name, at, masked) => {
    const grading = gradeCourse(course([['2026-03-03T08:00', fever], ['2026-03-04T08:00', lowFlow]], [[at, 'tocilizumab']]));
    expect(grading.crs.observations[1]?.feverMaskedDerived).toBe(masked);
    expect(grading.crs.observations[1]?.grading.grade).toBe(masked ? 2 : 0);
  });

  it('the first masking treatment of the episode is the one named', () => {
    const input = course([['2026-03-03T08:00', fever], ['2026-03-04T08:00', { ...lowFlow, feverMasked: false }]], [['2026-03-03T09:00', 'intravenous-fluids'], ['2026-03-03T10:00', 'dexamethasone'], ['2026-03-03T11:00', 'tocilizumab']]);
    expect(issues(input)).toEqual([
      {
        path: 'observations[1].crs.feverMasked',
        params: { stated: false, derived: true, treatment: 'treatments[1] (dexamethasone)' },
        message: 'false contradicts the course: fever is masked here by treatments[1] (dexamethasone) given during this CRS episode; leave feverMasked out or make it true',
      },
    ]);
  });

  it('a stated mask without a treatment names none', () => {
    expect(issues(course([['2026-03-03', fever], ['2026-03-04', { ...lowFlow, feverMasked: true }]]))).toEqual([
      {
        path: 'observations[1].crs.feverMasked',
        params: { stated: true, derived: false, treatment: null },
        message:
          'true contradicts the course: no antipyretic or anti-cytokine treatment was given during this CRS episode before this observation; leave feverMasked out, or add the treatment to "treatments"',
      },
    ]);
  });

  it('a stated feverMasked that agrees is accepted, both ways', () => {
    expect(gradeCourse(course([['2026-03-03', { ...fever, feverMasked: false }], ['2026-03-04', { ...quiet, feverMasked: false }]])).crs.maxGrade).toBe(1);
    expect(gradeCourse(course([['2026-03-03', fever], ['2026-03-04', { ...lowFlow, feverMasked: true }]], [['2026-03-03', 'tocilizumab']])).crs.maxGrade).toBe(2);
  });

  it('masking outside an episode: a window without CRS going on is graded unmasked', () => {
    // CRS resolved on 03-04; tocilizumab during the episode masks nothing after it.
    const grading = gradeCourse(course([['2026-03-03', fever], ['2026-03-04', quiet], ['2026-03-05', lowFlow]], [['2026-03-03T12:00', 'tocilizumab']]));
    expect(grading.crs.observations.map(({ feverMaskedDerived }) => feverMaskedDerived)).toEqual([false, true, false]);
  });
});

describe('death ends the course', () => {
  it('names the window of the death and the syndrome that caused it', () => {
    expect(issues(course([['2026-03-03', died], ['2026-03-04', quiet]]))).toEqual([
      { path: 'observations[1].at', params: { death: 'observations[0]', syndrome: 'crs' }, message: 'follows observations[0], where CRS was graded 5 (death); nothing can follow it' },
    ]);
    const afterIcansDeath: PatientCourse = {
      infusionAt: '2026-03-02',
      observations: [
        { at: '2026-03-05', crs: quiet },
        { at: '2026-03-03', icans: { ...icansNormal, diedOfIcans: true } },
      ],
    };
    expect(issues(afterIcansDeath)).toEqual([
      { path: 'observations[0].at', params: { death: 'observations[1]', syndrome: 'icans' }, message: 'follows observations[1], where ICANS was graded 5 (death); nothing can follow it' },
    ]);
  });

  it('every window after the death is named', () => {
    expect(issues(course([['2026-03-03', died], ['2026-03-04', quiet], ['2026-03-05', fever]])).map(({ path }) => path)).toEqual(['observations[1].at', 'observations[2].at']);
  });

  it('a death in the last window is accepted', () => {
    const grading = gradeCourse(course([['2026-03-03', fever], ['2026-03-04', died]]));
    expect(grading.crs.maxGrade).toBe(5);
    expect(grading.crs.episodes.map(({ outcome }) => outcome)).toEqual(['death']);
  });
});

describe('same-time issues', () => {
  it('two date-times at one instant name the first', () => {
    expect(issues(course([['2026-03-03T10:00Z', fever], ['2026-03-03T10:00Z', quiet], ['2026-03-03T10:00Z', quiet]]))).toEqual([
      { path: 'observations[1].at', params: { other: 'observations[0].at', dateOnly: false }, message: 'the same time as observations[0].at: each observation is one assessment window; give each its own time' },
      { path: 'observations[2].at', params: { other: 'observations[0].at', dateOnly: false }, message: 'the same time as observations[0].at: each observation is one assessment window; give each its own time' },
    ]);
  });

  it('date-only windows on different dates, and date-times on a date without a date-only one, are fine', () => {
    expect(issues(course([['2026-03-03', fever], ['2026-03-04', quiet], ['2026-03-05T10:00', quiet], ['2026-03-05T11:00', quiet]]))).toEqual([]);
  });

  it('counts every clash and keeps the first 100', () => {
    const observations: [string, CrsAssessment][] = Array.from({ length: 103 }, () => ['2026-03-03T10:00', fever]);
    const result = safeGradeCourse(course(observations));
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(MAX_ISSUES);
    expect(result.error.issueCount).toBe(102);
    expect(result.error.message).toMatch(/^Invalid patient course \(102 problems\):/);
  });
});

describe('the course result', () => {
  it('lists every treatment in time order, those at one time in input order, with their input index', () => {
    const grading = gradeCourse(
      course(
        [['2026-03-03', fever]],
        [
          ['2026-03-04T10:00', 'dexamethasone'],
          ['2026-03-03T10:00', 'tocilizumab'],
          ['2026-03-04T10:00', 'paracetamol'],
          ['2026-03-04', 'oxygen'],
        ],
      ),
    );
    expect(grading.treatments).toEqual([
      { at: '2026-03-03T10:00', treatment: 'tocilizumab', index: 1 },
      { at: '2026-03-04T10:00', treatment: 'dexamethasone', index: 0 },
      { at: '2026-03-04T10:00', treatment: 'paracetamol', index: 2 },
      { at: '2026-03-04', treatment: 'oxygen', index: 3 },
    ]);
  });

  it('without treatments lists none, and says what it was graded with', () => {
    const grading = gradeCourse({ infusionAt: '2026-03-02T09:30', observations: [{ at: '2026-03-03', crs: fever }] });
    expect(grading).toMatchObject({ scale: 'astct-2019', mergeRecurrenceWithinDays: 0, infusionAt: '2026-03-02T09:30', treatments: [] });
  });

  it('the maximum over a syndrome: the highest certain grade, the range, and whether all could be graded', () => {
    const astct = gradeCourse(course([['2026-03-03', fever], ['2026-03-04', { ...fever, hypotension: true }], ['2026-03-05', quiet]]));
    expect(astct.crs).toMatchObject({ maxGrade: 2, possibleMaxGrades: { min: 2, max: 2 }, gradable: true });
    const complete = { constitutionalSymptoms: false, organToxicityGrade: 0, transaminitisGrade: 0 } as const;
    const lee = gradeCourse(course([['2026-03-03', { ...fever, ...complete }], ['2026-03-04', { ...fever, ...complete, oxygen: { device: 'simple-face-mask' } }]]), { scale: 'lee-2014' });
    expect(lee.crs).toMatchObject({ maxGrade: 2, possibleMaxGrades: { min: 2, max: 3 }, gradable: false });
    const leeAllKnown = gradeCourse(course([['2026-03-03', { ...fever, ...complete }]]), { scale: 'lee-2014' });
    expect(leeAllKnown.crs).toMatchObject({ maxGrade: 1, possibleMaxGrades: { min: 1, max: 1 }, gradable: true });
    const zero = gradeCourse(course([['2026-03-03', quiet]]));
    expect(zero.crs).toMatchObject({ maxGrade: 0, possibleMaxGrades: { min: 0, max: 0 }, gradable: true, episodes: [] });
  });

  it('ICANS windows are graded on ASTCT 2019 with the age boundary, whatever the CRS scale', () => {
    const grading = gradeCourse({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', icans: icans2 }, { at: '2026-03-04', icans: icansNormal }] }, { scale: 'lee-2014' });
    expect(grading.icans.observations.map(({ index, at, grading: { grade, scale } }) => ({ index, at, grade, scale }))).toEqual([
      { index: 0, at: '2026-03-03', grade: 2, scale: 'astct-2019' },
      { index: 1, at: '2026-03-04', grade: 0, scale: 'astct-2019' },
    ]);
    expect(grading.icans).toMatchObject({ maxGrade: 2, possibleMaxGrades: { min: 2, max: 2 }, gradable: true });
    expect(grading.icans.episodes).toEqual([expect.objectContaining({ onsetAt: '2026-03-03', resolvedAt: '2026-03-04', relationToCrs: 'without-crs' })]);
    expect(grading.crs).toMatchObject({ maxGrade: null, possibleMaxGrades: null, gradable: true });
  });
});

describe('ICANS relative to CRS at equal times (DEC-47)', () => {
  /** CRS windows, and ICANS at `icansAt` (in the CRS window of that time, if there is one). */
  function relation(crs: [string, CrsAssessment][], icansAt: string, merge = 0): string | undefined {
    const observations: PatientCourse['observations'][number][] = crs.map(([at, findings]) => (at === icansAt ? { at, crs: findings, icans: icans2 } : { at, crs: findings }));
    if (!crs.some(([at]) => at === icansAt)) observations.push({ at: icansAt, icans: icans2 });
    return gradeCourse({ infusionAt: '2026-03-02', observations }, { mergeRecurrenceWithinDays: merge }).icans.episodes[0]?.relationToCrs;
  }

  it.each<{ name: string; crs: [string, CrsAssessment][]; icansAt: string; expected: string }>([
    { name: 'ICANS in the window of the CRS onset', crs: [['2026-03-03T10:00', fever]], icansAt: '2026-03-03T10:00', expected: 'during-crs' },
    { name: 'ICANS a minute before the CRS onset', crs: [['2026-03-03T10:00', fever]], icansAt: '2026-03-03T09:59', expected: 'without-crs' },
    // During CRS only while CRS is still seen: its last window graded 1 or more is at or after the ICANS onset.
    { name: 'ICANS at the last positive window of ongoing CRS', crs: [['2026-03-03T10:00', fever], ['2026-03-05T10:00', fever]], icansAt: '2026-03-05T10:00', expected: 'during-crs' },
    { name: 'ICANS a minute before the last positive window', crs: [['2026-03-03T10:00', fever], ['2026-03-05T10:00', fever]], icansAt: '2026-03-05T09:59', expected: 'during-crs' },
    // After the last positive window, before CRS is seen resolved: nobody looked in between.
    { name: 'ICANS a minute after the last positive window of ongoing CRS', crs: [['2026-03-03T10:00', fever], ['2026-03-05T10:00', fever]], icansAt: '2026-03-05T10:01', expected: 'unknown' },
    { name: 'ICANS after the only window of ongoing CRS', crs: [['2026-03-03T10:00', fever]], icansAt: '2026-03-05T10:00', expected: 'unknown' },
    { name: 'ICANS a minute before the window where CRS resolves', crs: [['2026-03-03T10:00', fever], ['2026-03-05T10:00', quiet]], icansAt: '2026-03-05T09:59', expected: 'unknown' },
    // From the window where CRS is graded 0 on, after CRS.
    { name: 'ICANS in the window where CRS resolves', crs: [['2026-03-03T10:00', fever], ['2026-03-05T10:00', quiet]], icansAt: '2026-03-05T10:00', expected: 'after-crs' },
    { name: 'ICANS a minute after the CRS resolution', crs: [['2026-03-03T10:00', fever], ['2026-03-05T10:00', quiet]], icansAt: '2026-03-05T10:01', expected: 'after-crs' },
    { name: 'ICANS after one CRS episode resolved, before another', crs: [['2026-03-03', fever], ['2026-03-04', quiet], ['2026-03-09', fever]], icansAt: '2026-03-06', expected: 'after-crs' },
    { name: 'ICANS with CRS only later', crs: [['2026-03-09', fever]], icansAt: '2026-03-06', expected: 'without-crs' },
    { name: 'ICANS after one CRS episode resolved and during the gap of another', crs: [['2026-03-03', fever], ['2026-03-04', quiet], ['2026-03-06', fever]], icansAt: '2026-03-08', expected: 'unknown' },
    { name: 'ICANS after one CRS episode resolved and at the window of another', crs: [['2026-03-03', fever], ['2026-03-04', quiet], ['2026-03-06', fever]], icansAt: '2026-03-06', expected: 'during-crs' },
  ])('$name: $expected', ({ crs, icansAt, expected }) => {
    expect(relation(crs, icansAt)).toBe(expected);
  });

  it('between two CRS episodes, ICANS is after CRS; once they are joined as one recurrence, during it', () => {
    const crs: [string, CrsAssessment][] = [['2026-03-03', fever], ['2026-03-04', quiet], ['2026-03-07', fever], ['2026-03-08', quiet]];
    expect(relation(crs, '2026-03-05', 0)).toBe('after-crs');
    expect(relation(crs, '2026-03-05', 2)).toBe('after-crs');
    expect(relation(crs, '2026-03-05', 3)).toBe('during-crs');
    expect(relation(crs, '2026-03-07', 0)).toBe('during-crs');
  });
});

describe('invalid options', () => {
  it('leave the ICANS age rules unchecked, so that only the options are reported for an ICANS window', () => {
    const child: IcansAssessment = { ...icansNormal, ageYears: 8 };
    const input: PatientCourse = { infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', icans: child }] };
    expect(issues(input).map(({ path }) => path)).toEqual(['observations[0].icans.ice', 'observations[0].icans.capd']);
    expect(issues(input, { scale: 'nope' }).map(({ path }) => path)).toEqual(['options.scale']);
    const result = safeGradeCourse(input, { scale: 'nope' } as never);
    expect(result.success ? '' : result.error.message).toMatch(/^Invalid course grading options \(1 problem\)/);
    const both = safeGradeCourse({ infusionAt: 'x', observations: [] }, { scale: 'nope' } as never);
    expect(both.success ? '' : both.error.message).toMatch(/^Invalid patient course and course grading options \(3 problems\)/);
  });

  it('options left out or empty are the defaults', () => {
    const input = course([['2026-03-03', fever]]);
    expect(gradeCourse(input, {})).toEqual(gradeCourse(input));
    expect(gradeCourse(input, { capdBelowAgeYears: 12 })).toEqual(gradeCourse(input));
  });
});
