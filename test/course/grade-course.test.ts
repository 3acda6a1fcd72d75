import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import type { CourseObservation, PatientCourse } from '../../src/course/course.js';
import { CourseInputError } from '../../src/course/course-input-error.js';
import { gradeCourse, safeGradeCourse } from '../../src/course/grade-course.js';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import type { Treatment } from '../../src/vocabulary/treatment.js';

const quiet: CrsAssessment = { temperatureCelsius: 37.0, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
const fever: CrsAssessment = { ...quiet, temperatureCelsius: 38.6 };
const lowFlow: CrsAssessment = { ...quiet, temperatureCelsius: 37.8, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } };
const pressor: CrsAssessment = { ...fever, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] };
const icansNormal: IcansAssessment = { ageYears: 50, ice: 10, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };
const icans1: IcansAssessment = { ...icansNormal, ice: 8 };

function course(observations: [string, CrsAssessment][], treatments: [string, Treatment][] = [], infusionAt = '2026-03-02'): PatientCourse {
  return { infusionAt, observations: observations.map(([at, crs]) => ({ at, crs })), treatments: treatments.map(([at, treatment]) => ({ at, treatment })) };
}

function grades(input: PatientCourse): number[] {
  return gradeCourse(input).crs.observations.map(({ grading }) => grading.grade as number);
}

function issues(input: unknown, options?: unknown): string[] {
  const result = safeGradeCourse(input, options as never);
  return result.success ? [] : result.error.issues.map(({ pathText, code }) => `${pathText}: ${code}`);
}

describe('episodes', () => {
  it('start at the first window graded 1 or more and end at the first later window graded 0', () => {
    const [episode] = gradeCourse(course([['2026-03-03', quiet], ['2026-03-04', fever], ['2026-03-05', pressor], ['2026-03-06', fever], ['2026-03-08', quiet], ['2026-03-09', quiet]])).crs.episodes;
    expect(episode).toMatchObject({
      onsetAt: '2026-03-04',
      onsetDay: 2,
      peakGrade: 3,
      possiblePeakGrades: { min: 3, max: 3 },
      peakAt: '2026-03-05',
      lastPositiveAt: '2026-03-06',
      resolvedAt: '2026-03-08',
      durationDays: 4,
      outcome: 'resolved',
      recurrences: 0,
      observations: [1, 2, 3, 4],
    });
  });

  it('peakAt is the first time the peak is reached', () => {
    const [episode] = gradeCourse(course([['2026-03-03', pressor], ['2026-03-04', pressor]])).crs.episodes;
    expect(episode?.peakAt).toBe('2026-03-03');
  });

  it('an episode without a later grade 0 is ongoing: resolvedAt and durationDays are null', () => {
    const [episode] = gradeCourse(course([['2026-03-03', fever], ['2026-03-04', fever]])).crs.episodes;
    expect(episode).toMatchObject({ resolvedAt: null, durationDays: null, outcome: 'ongoing', lastPositiveAt: '2026-03-04' });
  });

  it('grade 5 ends the episode with death; durations are null; nothing may follow', () => {
    const died = { ...pressor, diedOfCrs: true };
    const [episode] = gradeCourse(course([['2026-03-03', fever], ['2026-03-05', died]])).crs.episodes;
    expect(episode).toMatchObject({ outcome: 'death', peakGrade: 5, resolvedAt: null, durationDays: null });
    expect(issues(course([['2026-03-03', fever], ['2026-03-05', died], ['2026-03-06', quiet]]))).toEqual(['observations[2].at: after-death']);
    // An ICANS window after a CRS death is refused too.
    expect(issues({ ...course([['2026-03-05', died]]), observations: [{ at: '2026-03-05', crs: died }, { at: '2026-03-07', icans: icansNormal }] })).toEqual(['observations[1].at: after-death']);
  });

  it('a grade 1 or more after resolution starts a new episode', () => {
    const { episodes } = gradeCourse(course([['2026-03-03', fever], ['2026-03-04', quiet], ['2026-03-10', fever], ['2026-03-11', quiet]])).crs;
    expect(episodes.map(({ onsetAt, resolvedAt }) => [onsetAt, resolvedAt])).toEqual([
      ['2026-03-03', '2026-03-04'],
      ['2026-03-10', '2026-03-11'],
    ]);
  });

  it.each([
    [0, 2],
    [5, 2],
    [6, 1],
    [7, 1],
  ])('mergeRecurrenceWithinDays %i: a recurrence 6 days after resolving gives %i episode(s)', (within, count) => {
    const input = course([['2026-03-03', fever], ['2026-03-04', quiet], ['2026-03-10', pressor], ['2026-03-12', quiet]]);
    const { episodes } = gradeCourse(input, { mergeRecurrenceWithinDays: within }).crs;
    expect(episodes).toHaveLength(count);
    if (count === 1) {
      expect(episodes[0]).toMatchObject({ onsetAt: '2026-03-03', peakGrade: 3, peakAt: '2026-03-10', resolvedAt: '2026-03-12', durationDays: 9, recurrences: 1 });
    }
  });

  it('windows may come in any order; results are in time order and keep input positions', () => {
    const sorted = gradeCourse(course([['2026-03-03', fever], ['2026-03-04', pressor], ['2026-03-05', quiet]]));
    const shuffled = gradeCourse(course([['2026-03-05', quiet], ['2026-03-03', fever], ['2026-03-04', pressor]]));
    expect(shuffled.crs.observations.map(({ at, index }) => [at, index])).toEqual([
      ['2026-03-03', 1],
      ['2026-03-04', 2],
      ['2026-03-05', 0],
    ]);
    expect(shuffled.crs.episodes[0]).toMatchObject({ ...sorted.crs.episodes[0], observations: [1, 2, 0] });
  });
});

describe('days are counted from the infusion (day 0), by calendar date as written', () => {
  it.each([
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-02', '2026-03-03', 1],
    ['2026-03-02T23:59', '2026-03-03T00:01', 1],
    ['2026-03-02T08:00+14:00', '2026-03-02T20:00-12:00', 0],
    ['2026-02-27', '2026-03-01', 2],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-02', '2026-03-01', -1],
  ])('infusion %s, onset %s: day %i', (infusionAt, onset, day) => {
    expect(gradeCourse(course([[onset, fever]], [], infusionAt)).crs.episodes[0]?.onsetDay).toBe(day);
  });

  it('a window before the infusion (baseline) is accepted and graded', () => {
    expect(grades(course([['2026-03-01', quiet], ['2026-03-03', fever]]))).toEqual([0, 1]);
  });
});

describe('masked fever carried forward (ASTCT-CRS-07, DEC-42)', () => {
  it('after tocilizumab, 37.8 °C with a 2 L/min cannula is grade 2, not "no fever, no CRS"', () => {
    const input = course([['2026-03-03', fever], ['2026-03-04', lowFlow]], [['2026-03-03T18:00', 'tocilizumab']]);
    expect(grades(input)).toEqual([1, 2]);
    expect(gradeCourse(input).crs.observations.map(({ feverMaskedDerived }) => feverMaskedDerived)).toEqual([false, true]);
  });

  it.each<[string, [string, Treatment][], number[]]>([
    ['no treatment', [], [1, 0]],
    ['premedication before any CRS masks nothing', [['2026-03-02', 'paracetamol']], [1, 0]],
    ['prophylactic tocilizumab before CRS masks nothing', [['2026-03-02T10:00', 'tocilizumab']], [1, 0]],
    ['a treatment on the onset date (dates only) masks later dates', [['2026-03-03', 'paracetamol']], [1, 2]],
    ['a treatment on the date of the window masks nothing on that date', [['2026-03-04', 'dexamethasone']], [1, 0]],
    ['a treatment the hour before the window masks it', [['2026-03-04T07:00', 'methylprednisolone']], [1, 2]],
    ['intravenous fluids do not mask fever', [['2026-03-03T18:00', 'intravenous-fluids']], [1, 0]],
    ['siltuximab masks', [['2026-03-03T18:00', 'siltuximab']], [1, 2]],
    ['anakinra masks', [['2026-03-03T18:00', 'anakinra']], [1, 2]],
  ])('%s', (_name, treatments, expected) => {
    expect(grades(course([['2026-03-03', fever], ['2026-03-04T08:00', lowFlow]], treatments))).toEqual(expected);
  });

  it('masking ends when the episode resolves: a new episode needs fever again', () => {
    const input = course([['2026-03-03', fever], ['2026-03-04', quiet], ['2026-03-08', lowFlow]], [['2026-03-03T12:00', 'tocilizumab']]);
    expect(grades(input)).toEqual([1, 0, 0]);
    expect(gradeCourse(input).crs.observations[2]?.grading.notes).toContain('no-fever-no-crs');
  });

  it('a stated feverMasked that the course contradicts is an input error, either way', () => {
    expect(issues(course([['2026-03-03', fever], ['2026-03-04', { ...lowFlow, feverMasked: true }]]))).toEqual(['observations[1].crs.feverMasked: fever-masking-contradicts-course']);
    expect(issues(course([['2026-03-03', fever], ['2026-03-04', { ...lowFlow, feverMasked: false }]], [['2026-03-03T20:00', 'tocilizumab']]))).toEqual([
      'observations[1].crs.feverMasked: fever-masking-contradicts-course',
    ]);
    expect(grades(course([['2026-03-03', fever], ['2026-03-04', { ...lowFlow, feverMasked: true }]], [['2026-03-03T20:00', 'tocilizumab']]))).toEqual([1, 2]);
  });

  it('lists the treatments given during each episode', () => {
    const input = course([['2026-03-03', fever], ['2026-03-05', quiet]], [['2026-03-02', 'paracetamol'], ['2026-03-04', 'tocilizumab'], ['2026-03-05', 'dexamethasone']]);
    expect(gradeCourse(input).crs.episodes[0]?.treatments).toEqual([{ at: '2026-03-04', treatment: 'tocilizumab', index: 1 }]);
  });
});

describe('episode treatments (DEC-44)', () => {
  it('an unresolved episode lists treatments through its last window, not after it', () => {
    const input = course([['2026-03-03', fever], ['2026-03-04T08:00', fever]], [['2026-03-04T08:00', 'tocilizumab'], ['2026-03-04T09:00', 'dexamethasone']]);
    const grading = gradeCourse(input);
    expect(grading.crs.episodes[0]?.outcome).toBe('ongoing');
    expect(grading.crs.episodes[0]?.treatments.map(({ treatment }) => treatment)).toEqual(['tocilizumab']);
    expect(grading.treatments.map(({ treatment }) => treatment)).toEqual(['tocilizumab', 'dexamethasone']);
  });

  it('a resolved episode lists treatments before its resolution only', () => {
    const input = course([['2026-03-03T08:00', fever], ['2026-03-04T08:00', quiet]], [['2026-03-04T07:59', 'tocilizumab'], ['2026-03-04T08:00', 'dexamethasone']]);
    expect(gradeCourse(input).crs.episodes[0]?.treatments.map(({ treatment }) => treatment)).toEqual(['tocilizumab']);
  });

  it('records the options it was graded with', () => {
    const input = course([['2026-03-03', fever]]);
    expect(gradeCourse(input).mergeRecurrenceWithinDays).toBe(0);
    expect(gradeCourse(input, { mergeRecurrenceWithinDays: 7, scale: 'lee-2014' })).toMatchObject({ mergeRecurrenceWithinDays: 7, scale: 'lee-2014' });
  });
});

describe('times (DEC-45)', () => {
  it.each([
    [['2026-03-03', '2026-03-03'], 'observations[1].at: same-time'],
    [['2026-03-03', '2026-03-03T10:00'], 'observations[1].at: same-time'],
    [['2026-03-03T10:00Z', '2026-03-03T11:00+01:00'], 'observations[1].at: same-time'],
  ])('%j are the same time', (times, expected) => {
    expect(issues(course(times.map((at) => [at, fever] as [string, CrsAssessment])))).toEqual([expected]);
  });

  it('on a date with a date-only window, each other window of that date names the date-only one', () => {
    const input = course([['2026-03-03T08:00', fever], ['2026-03-03T20:00', pressor], ['2026-03-03', fever]]);
    const result = safeGradeCourse(input);
    expect(result.success ? [] : result.error.issues.map(({ pathText, message }) => `${pathText}: ${message}`)).toEqual([
      'observations[0].at: the same date as observations[2].at, which has no time of day: two observations on one date are allowed only when both give one',
      'observations[1].at: the same date as observations[2].at, which has no time of day: two observations on one date are allowed only when both give one',
    ]);
  });

  it('the same instant on two written dates is the same time', () => {
    expect(issues(course([['2026-03-03T23:30-05:00', fever], ['2026-03-04T04:30Z', fever]]))).toEqual(['observations[1].at: same-time']);
  });

  it('orders by written date first, so date-only windows and far offsets still give one order', () => {
    // As instants 03-03T23:59-14:00 is after 03-05T00:00+14:00; by date with 03-04 between them the
    // order would cycle. The written date decides.
    const input = course([['2026-03-05T00:00+14:00', quiet], ['2026-03-04', pressor], ['2026-03-03T23:59-14:00', fever]]);
    expect(gradeCourse(input).crs.observations.map(({ index }) => index)).toEqual([2, 1, 0]);
  });

  it('two date-times on one date are distinct windows', () => {
    expect(grades(course([['2026-03-03T08:00', fever], ['2026-03-03T20:00', pressor]]))).toEqual([1, 3]);
  });

  it.each(['2026-02-30', '2026-13-01', '2026-03-03T24:00', '2026-03-03T12:60', '2026-03-03T12:00+15:00', '03/03/2026', '2026-03-03 12:00', ''])('%j is not a time', (at) => {
    expect(issues(course([[at, fever]]))).toEqual(['observations[0].at: expected-timestamp']);
  });

  it.each(['2026-03-03', '2026-03-03T12:00', '2026-03-03T12:00:05', '2026-03-03T12:00:05.123', '2026-03-03T12:00Z', '2026-03-03T12:00:00.5-05:30'])('%j is a time, returned as written', (at) => {
    expect(gradeCourse(course([[at, fever]])).crs.episodes[0]?.onsetAt).toBe(at);
  });
});

describe('ICANS in a course, and its relation to CRS (DEC-47)', () => {
  function relation(icansOnset: string): string | undefined {
    const observations: CourseObservation[] = [
      { at: '2026-03-03', crs: fever },
      { at: '2026-03-05', crs: quiet },
      { at: icansOnset, icans: icans1 },
    ];
    return gradeCourse({ infusionAt: '2026-03-02', observations }).icans.episodes[0]?.relationToCrs;
  }

  it.each([
    ['2026-03-02', 'without-crs'],
    // Between the last window graded 1 or more and the resolution nobody looked: CRS may or may not have lasted.
    ['2026-03-04T12:00', 'unknown'],
    ['2026-03-04', 'unknown'],
    ['2026-03-06', 'after-crs'],
  ])('ICANS starting %s is %s', (onset, expected) => {
    expect(relation(onset)).toBe(expected);
  });

  it('ICANS starting at the window where CRS is graded 0 is after CRS; at a window graded 1 or more, during it', () => {
    const resolving: CourseObservation[] = [
      { at: '2026-03-03', crs: fever },
      { at: '2026-03-05', crs: quiet, icans: icans1 },
    ];
    expect(gradeCourse({ infusionAt: '2026-03-02', observations: resolving }).icans.episodes[0]?.relationToCrs).toBe('after-crs');
    const positive: CourseObservation[] = [
      { at: '2026-03-03', crs: fever },
      { at: '2026-03-05', crs: fever, icans: icans1 },
    ];
    expect(gradeCourse({ infusionAt: '2026-03-02', observations: positive }).icans.episodes[0]?.relationToCrs).toBe('during-crs');
  });

  it('ICANS long after the last CRS window of an episode never seen resolved: unknown, never assumed during CRS', () => {
    const observations: CourseObservation[] = [
      { at: '2026-03-03', crs: fever, icans: icansNormal },
      ...['2026-03-05', '2026-03-08', '2026-03-12'].map((at) => ({ at, icans: at === '2026-03-12' ? icans1 : icansNormal })),
    ];
    const grading = gradeCourse({ infusionAt: '2026-03-02', observations });
    expect(grading.crs.episodes[0]?.outcome).toBe('ongoing');
    expect(grading.icans.episodes[0]?.relationToCrs).toBe('unknown');
  });

  it('a syndrome that was never assessed has maxGrade null, never 0', () => {
    const grading = gradeCourse(course([['2026-03-03', quiet]]));
    expect(grading.crs.maxGrade).toBe(0);
    expect(grading.icans).toMatchObject({ maxGrade: null, possibleMaxGrades: null, episodes: [], observations: [] });
  });

  it('passes the age boundary to ICANS', () => {
    const child = { ...icansNormal, ageYears: 12, ice: undefined, capd: 10 };
    const input: PatientCourse = { infusionAt: '2026-03-02', observations: [{ at: '2026-03-04', icans: child }] };
    expect(issues(input)).toEqual(['observations[0].icans.capd: score-not-allowed', 'observations[0].icans.ice: score-required']);
    expect(gradeCourse(input, { capdBelowAgeYears: 13 }).icans.maxGrade).toBe(3);
  });
});

describe('scales other than ASTCT 2019 (DEC-46)', () => {
  it('a window the scale cannot grade neither starts nor ends an episode; inside one it widens the peak', () => {
    const complete = { constitutionalSymptoms: false, organToxicityGrade: 0, transaminitisGrade: 0 } as const;
    const input = course([
      ['2026-03-03', { ...fever, ...complete }],
      // Any oxygen is at least grade 2 on Lee 2014; without its fraction, 3 stays possible.
      ['2026-03-04', { ...fever, ...complete, oxygen: { device: 'simple-face-mask' } }],
      // Without fever, and constitutional symptoms unknown: 0 or 1, so the episode has not ended.
      ['2026-03-05', { ...quiet, organToxicityGrade: 0, transaminitisGrade: 0 }],
      ['2026-03-06', { ...quiet, ...complete }],
      // Unknown again, with no episode going on: it starts nothing.
      ['2026-03-07', { ...quiet, organToxicityGrade: 0, transaminitisGrade: 0 }],
    ]);
    const grading = gradeCourse(input, { scale: 'lee-2014' });
    expect(grading.scale).toBe('lee-2014');
    expect(grading.crs.gradable).toBe(false);
    expect(grading.crs.maxGrade).toBe(2);
    expect(grading.crs.possibleMaxGrades).toEqual({ min: 2, max: 3 });
    expect(grading.crs.episodes).toHaveLength(1);
    expect(grading.crs.episodes[0]).toMatchObject({ peakGrade: 2, possiblePeakGrades: { min: 2, max: 3 }, lastPositiveAt: '2026-03-04', resolvedAt: '2026-03-06', observations: [0, 1, 2, 3] });
  });
});

describe('input errors use input positions', () => {
  it('names nested fields by their place in the input, not after sorting', () => {
    const input = course([['2026-03-05', quiet], ['2026-03-03', { ...fever, oxygen: { device: 'nasal-cannula' } }]]);
    expect(issues(input)).toEqual(['observations[1].crs.oxygen.flowLitersPerMinute: flow-required']);
  });

  it.each<[string, unknown, string[]]>([
    ['no observations', { infusionAt: '2026-03-02', observations: [] }, ['observations: no-observations']],
    ['an observation with nothing to grade', { infusionAt: '2026-03-02', observations: [{ at: '2026-03-03' }] }, ['observations[0]: observation-without-assessment']],
    ['an unknown treatment', { ...course([['2026-03-03', fever]]), treatments: [{ at: '2026-03-03', treatment: 'aspirin' }] }, ['treatments[0].treatment: expected-one-of']],
    ['no infusion time', { observations: [{ at: '2026-03-03', crs: fever }] }, ['infusionAt: required']],
    ['an unknown key', { ...course([['2026-03-03', fever]]), patientId: 'P1' }, ['patientId: unknown-key']],
  ])('%s', (_name, input, expected) => {
    expect(issues(input)).toEqual(expected);
  });

  it.each<[unknown, string]>([
    [{ scale: 'lee' }, 'options.scale: expected-one-of'],
    [{ mergeRecurrenceWithinDays: -1 }, 'options.mergeRecurrenceWithinDays: expected-number'],
    [{ mergeRecurrenceWithinDays: 1.5 }, 'options.mergeRecurrenceWithinDays: expected-number'],
    [{ capdBelowAgeYears: 30 }, 'options.capdBelowAgeYears: expected-number'],
  ])('options %j', (options, expected) => {
    expect(issues(course([['2026-03-03', fever]]), options)).toEqual([expected]);
  });

  it('gradeCourse throws a CourseInputError titled by what was validated', () => {
    expect(() => gradeCourse({ infusionAt: 'today', observations: [] })).toThrow(CourseInputError);
    expect(() => gradeCourse({ infusionAt: 'today', observations: [] })).toThrow(/^Invalid patient course \(2 problems\)/);
  });
});

describe('properties', () => {
  const window = fc.constantFrom(quiet, fever, lowFlow, pressor);
  const days = fc.uniqueArray(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 12 });

  it('the order of the input changes nothing but the indices', () => {
    fc.assert(
      fc.property(days, fc.array(window, { minLength: 12, maxLength: 12 }), fc.integer(), (offsets, findings, seed) => {
        const observations = offsets.map((day, index) => [`2026-04-${String(1 + (day % 28)).padStart(2, '0')}T${String(day % 24).padStart(2, '0')}:00`, findings[index]!] as [string, CrsAssessment]);
        const unique = [...new Map(observations.map((entry) => [entry[0], entry])).values()];
        const shuffled = [...unique].sort((a, b) => ((a[0].charCodeAt(15) * seed) % 7) - ((b[0].charCodeAt(15) * seed) % 7));
        const strip = (input: PatientCourse) => gradeCourse(input).crs.episodes.map((episode) => ({ ...episode, observations: [] }));
        expect(strip(course(shuffled))).toEqual(strip(course(unique)));
      }),
    );
  });

  it('every episode lies inside the course: onset ≤ peak ≤ last positive < resolution', () => {
    fc.assert(
      fc.property(days, fc.array(window, { minLength: 12, maxLength: 12 }), (offsets, findings) => {
        const input = course(offsets.map((day, index) => [`2026-05-01T00:00Z`.replace('01T00', `${String(1 + (day % 28)).padStart(2, '0')}T${String(Math.floor(day / 28)).padStart(2, '0')}`), findings[index]!]));
        for (const episode of gradeCourse(input).crs.episodes) {
          expect(episode.onsetAt <= episode.peakAt).toBe(true);
          expect(episode.peakAt <= episode.lastPositiveAt).toBe(true);
          if (episode.resolvedAt !== null) expect(episode.lastPositiveAt < episode.resolvedAt).toBe(true);
          expect(episode.peakGrade).toBeGreaterThanOrEqual(1);
        }
      }),
    );
  });
});
