// The time of a window (DEC-48): the first reading of fever when the window has fever, else its
// latest reading, as written. A course built from FHIR must then mask fever as gradeCourse does
// with the readings' real times: a treatment given before a reading of the window masks it, and a
// treatment given after the first fever counts as given after the onset.
import { describe, expect, it } from 'vitest';
import type { CourseObservation, PatientCourse } from '../../src/course/course.js';
import { gradeCourse } from '../../src/course/grade-course.js';
import { type CourseFromFhirOptions, courseFromFhir } from '../../src/fhir/course-from-fhir.js';
import { RXNORM, administration, flow, temperature } from './fixtures.js';

const TOCILIZUMAB = '612865';
const DEXAMETHASONE = '3264';
const NOREPINEPHRINE = '7512';
const ROOM_AIR = { device: 'room-air' } as const;
const options = (extra: Partial<CourseFromFhirOptions> = {}): CourseFromFhirOptions => ({ infusionAt: '2026-03-02', medicationAdministrationsComplete: true, ...extra });

/** The grades, masking and episodes of a course, to compare two courses. */
function summary(course: PatientCourse) {
  const grading = gradeCourse(course);
  return {
    maxGrade: grading.crs.maxGrade,
    windows: grading.crs.observations.map(({ grading: { grade }, feverMaskedDerived }) => [grade, feverMaskedDerived]),
    episodes: grading.crs.episodes.map(({ onsetDay, peakGrade, durationDays, outcome }) => ({ onsetDay, peakGrade, durationDays, outcome })),
  };
}

describe('window times: fever masking as with the real times (DEC-48, DEC-42)', () => {
  it('masks a day whose readings come after a tocilizumab dose given that day (review p6: was "no fever, no CRS")', () => {
    const resources = [
      temperature('t1', '2026-03-03T20:00:00Z', 39.2),
      flow('f1', '2026-03-03T20:00:00Z', 0),
      administration('toci', '2026-03-04T01:00:00Z', RXNORM, TOCILIZUMAB),
      temperature('t2a', '2026-03-04T08:00:00Z', 37.4),
      temperature('t2b', '2026-03-04T20:00:00Z', 37.6),
      flow('f2', '2026-03-04T08:00:00Z', 0),
      administration('ne', { start: '2026-03-04T10:00:00Z', end: '2026-03-05T22:00:00Z' }, RXNORM, NOREPINEPHRINE),
      temperature('t3', '2026-03-05T08:00:00Z', 37.1),
      flow('f3', '2026-03-05T08:00:00Z', 0),
    ];
    const { course, sources } = courseFromFhir(resources, options({ hypotension: { stated: { '2026-03-03': true } } }));
    expect(sources.windows.map(({ window, at }) => [window, at])).toEqual([
      ['2026-03-03', '2026-03-03T20:00:00Z'],
      ['2026-03-04', '2026-03-04T20:00:00Z'],
      ['2026-03-05', '2026-03-05T08:00:00Z'],
    ]);
    const vasopressor = { temperatureCelsius: 0, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], oxygen: ROOM_AIR } as const;
    const realTimes: PatientCourse = {
      infusionAt: '2026-03-02',
      observations: [
        { at: '2026-03-03T20:00:00Z', crs: { temperatureCelsius: 39.2, hypotension: true, vasopressors: [], oxygen: ROOM_AIR } },
        { at: '2026-03-04T20:00:00Z', crs: { ...vasopressor, temperatureCelsius: 37.6 } },
        { at: '2026-03-05T08:00:00Z', crs: { ...vasopressor, temperatureCelsius: 37.1 } },
      ],
      treatments: [{ at: '2026-03-04T01:00:00Z', treatment: 'tocilizumab' }],
    };
    expect(summary(course)).toEqual(summary(realTimes));
    expect(summary(course)).toMatchObject({ maxGrade: 3, windows: [[2, false], [3, true], [3, true]] });
  });

  it('does not count prophylaxis given earlier on the day of an evening onset (review p3: masked the next day)', () => {
    const resources = [
      administration('dexa', '2026-03-02T08:00:00Z', RXNORM, DEXAMETHASONE),
      temperature('t0', '2026-03-02T22:00:00Z', 38.4),
      flow('f0', '2026-03-02T22:00:00Z', 0),
      temperature('t1', '2026-03-03T08:00:00Z', 37.2),
      flow('f1', '2026-03-03T08:00:00Z', 0),
      administration('ne', '2026-03-03T09:00:00Z', RXNORM, NOREPINEPHRINE),
    ];
    const { course } = courseFromFhir(resources, options({ infusionAt: '2026-03-02T06:00:00Z', hypotension: { stated: { '2026-03-02': false } } }));
    const realTimes: PatientCourse = {
      infusionAt: '2026-03-02T06:00:00Z',
      observations: [
        { at: '2026-03-02T22:00:00Z', crs: { temperatureCelsius: 38.4, hypotension: false, vasopressors: [], oxygen: ROOM_AIR } },
        { at: '2026-03-03T08:00:00Z', crs: { temperatureCelsius: 37.2, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], oxygen: ROOM_AIR } },
      ],
      treatments: [{ at: '2026-03-02T08:00:00Z', treatment: 'dexamethasone' }],
    };
    expect(summary(course)).toEqual(summary(realTimes));
    expect(summary(course).windows).toEqual([
      [1, false],
      [0, false],
    ]);
  });

  it('counts a treatment given after the first fever of the onset day, though a later reading of that day is afebrile', () => {
    // Fever at 08:00, tocilizumab at 15:00, 37.5 °C at 20:00; the next day afebrile on norepinephrine.
    // Labelling the onset day by its latest reading (20:00) would put the dose before the onset and
    // grade the next day "no fever, no CRS": the window takes the time of its first fever instead.
    const resources = [
      temperature('a', '2026-03-03T08:00:00Z', 39),
      temperature('b', '2026-03-03T20:00:00Z', 37.5),
      flow('f1', '2026-03-03T08:00:00Z', 0),
      administration('toci', '2026-03-03T15:00:00Z', RXNORM, TOCILIZUMAB),
      temperature('c', '2026-03-04T08:00:00Z', 37.2),
      flow('f2', '2026-03-04T08:00:00Z', 0),
      administration('ne', '2026-03-04T08:00:00Z', RXNORM, NOREPINEPHRINE),
    ];
    const { course } = courseFromFhir(resources, options({ hypotension: { stated: { '2026-03-03': false } } }));
    expect(course.observations.map(({ at }) => at)).toEqual(['2026-03-03T08:00:00Z', '2026-03-04T08:00:00Z']);
    expect(summary(course)).toMatchObject({ maxGrade: 3, windows: [[1, false], [3, true]] });
  });

  // Both sides of the window's time: a treatment strictly before it masks the window, one at it or after does not.
  it.each([
    ['19:59', true],
    ['20:00', false],
    ['20:01', false],
  ])('a tocilizumab dose at %s before an afebrile day whose latest reading is 20:00 masks it: %s', (time, masked) => {
    const resources = [
      temperature('t1', '2026-03-03T10:00:00Z', 39),
      flow('f1', '2026-03-03T10:00:00Z', 0),
      temperature('t2', '2026-03-04T08:00:00Z', 37.4),
      flow('f2', '2026-03-04T20:00:00Z', 0),
      administration('ne', { start: '2026-03-04T09:00:00Z', end: '2026-03-04T21:00:00Z' }, RXNORM, NOREPINEPHRINE),
      administration('toci', `2026-03-04T${time}:00Z`, RXNORM, TOCILIZUMAB),
    ];
    const { course } = courseFromFhir(resources, options({ hypotension: { stated: { '2026-03-03': false } } }));
    expect(course.observations[1]?.at).toBe('2026-03-04T20:00:00Z');
    const [, day2] = gradeCourse(course).crs.observations;
    expect(day2?.feverMaskedDerived).toBe(masked);
    expect(day2?.grading.grade).toBe(masked ? 3 : 0);
  });

  // Review 2, d4: a treatment between a window's readings masks only the readings after it.
  it.each([
    ['norepinephrine ran only before it', '2026-03-04T09:00:00Z', { start: '2026-03-04T09:00:00Z', end: '2026-03-04T12:00:00Z' }, 'refused'],
    ['norepinephrine was given at an instant before it (whether it went on is unknown)', '2026-03-04T09:00:00Z', '2026-03-04T09:00:00Z', 'refused'],
    ['norepinephrine still ran after it', '2026-03-04T09:00:00Z', { start: '2026-03-04T09:00:00Z', end: '2026-03-04T21:00:00Z' }, 3],
  ] as const)('tocilizumab between an afebrile window\'s readings, when %s: %s', (_, __, ne, expected) => {
    const resources = [
      temperature('t1', '2026-03-03T10:00:00Z', 39),
      flow('f1', '2026-03-03T10:00:00Z', 0),
      temperature('t2', '2026-03-04T08:00:00Z', 37.4),
      flow('f2', '2026-03-04T20:00:00Z', 0),
      administration('ne', ne, RXNORM, NOREPINEPHRINE),
      administration('toci', '2026-03-04T15:00:00Z', RXNORM, TOCILIZUMAB),
    ];
    const read = () => courseFromFhir(resources, options({ hypotension: { stated: { '2026-03-03': false } } }));
    if (expected === 'refused') {
      expect(() => read()).toThrow(/misses temperatureCelsius: tocilizumab \(MedicationAdministration\/toci\) was given between the readings of this window/);
    } else {
      expect(gradeCourse(read().course).crs.observations[1]?.grading.grade).toBe(expected);
    }
  });

  it.each([
    ['09:59', false],
    ['10:00', true],
    ['10:01', true],
  ])('a dexamethasone dose at %s on a day whose first fever is at 10:00 counts as given after the onset: %s', (time, counts) => {
    const resources = [
      temperature('t0', '2026-03-03T06:00:00Z', 37),
      temperature('t1', '2026-03-03T10:00:00Z', 38.6),
      temperature('t1b', '2026-03-03T22:00:00Z', 38.1),
      flow('f1', '2026-03-03T06:00:00Z', 0),
      administration('dexa', `2026-03-03T${time}:00Z`, RXNORM, DEXAMETHASONE),
      temperature('t2', '2026-03-04T08:00:00Z', 37.2),
      flow('f2', '2026-03-04T08:00:00Z', 0),
      administration('ne', '2026-03-04T08:00:00Z', RXNORM, NOREPINEPHRINE),
    ];
    const { course } = courseFromFhir(resources, options({ hypotension: { stated: { '2026-03-03': false } } }));
    expect(course.observations[0]?.at).toBe('2026-03-03T10:00:00Z');
    expect(gradeCourse(course).crs.observations[1]?.feverMaskedDerived).toBe(counts);
  });

  it('gives a window the date alone when one of its readings has no time of day; a dose that day leaves it unknown (review 5)', () => {
    const resources = [
      temperature('t1', '2026-03-03T10:00:00Z', 39),
      flow('f1', '2026-03-03T10:00:00Z', 0),
      temperature('t2', '2026-03-04', 37.4),
      flow('f2', '2026-03-04T20:00:00Z', 0),
      administration('ne', '2026-03-04T09:00:00Z', RXNORM, NOREPINEPHRINE),
      administration('toci', '2026-03-04T01:00:00Z', RXNORM, TOCILIZUMAB),
    ];
    const { sources } = courseFromFhir(resources, options({ hypotension: { stated: { '2026-03-03': false } }, incompleteWindows: 'leave-out' }));
    expect(sources.windows.map(({ at }) => at)).toEqual(['2026-03-03T10:00:00Z', '2026-03-04']);
    // A course would not mask a date-only window by a dose on its date, though its readings may have
    // come after it (the norepinephrine at 09:00 certainly did): the temperature is unknown.
    expect(sources.windows[1]?.missing).toEqual(['temperatureCelsius']);
    expect(() => courseFromFhir(resources, options({ hypotension: { stated: { '2026-03-03': false } } }))).toThrow(/its readings have no time of day: whether they came after tocilizumab/);
  });

  it('gives a window of only withheld readings the time of its latest one, and never the time of a period', () => {
    const resources = [
      temperature('t', '2026-03-03T08:00:00Z', 38.2, 'Cel', { status: 'preliminary' }),
      temperature('u', '2026-03-03T09:00:00Z', 38.4, 'Cel', { status: 'preliminary' }),
      administration('ne', { start: '2026-03-03T10:00:00Z', end: '2026-03-03T23:00:00Z' }, RXNORM, NOREPINEPHRINE),
    ];
    const { sources } = courseFromFhir(resources, options({ incompleteWindows: 'leave-out' }));
    expect(sources.windows.map(({ at }) => at)).toEqual(['2026-03-03T09:00:00Z']);
  });
});

describe('onset day in windows of hours comes from the reading, not the window start (review p5)', () => {
  const resources = [
    temperature('t1', '2026-03-03T09:00:00+01:00', 38.6),
    flow('f1', '2026-03-03T09:00:00+01:00', 0),
    temperature('t2', '2026-03-05T09:00:00+01:00', 36.8),
    flow('f2', '2026-03-05T09:00:00+01:00', 0),
  ];

  it.each([
    ['calendar days', undefined, ['2026-03-03', '2026-03-05']],
    ['12 hours', 12, ['2026-03-02T22:00:00+01:00', '2026-03-04T22:00:00+01:00']],
    ['24 hours', 24, ['2026-03-02T10:00:00+01:00', '2026-03-04T10:00:00+01:00']],
  ] as const)('%s: onset on day 1, resolved 2 days later', (_, hours, windows) => {
    const first = courseFromFhir(resources, options({ infusionAt: '2026-03-02T10:00:00+01:00', ...(hours === undefined ? {} : { window: { hours } }), incompleteWindows: 'leave-out' }));
    expect(first.sources.windows.map(({ window }) => window)).toEqual(windows);
    const stated = Object.fromEntries(windows.map((window) => [window, false]));
    const { course } = courseFromFhir(resources, options({ infusionAt: '2026-03-02T10:00:00+01:00', ...(hours === undefined ? {} : { window: { hours } }), hypotension: { stated } }));
    expect(course.observations.map(({ at }) => at)).toEqual(['2026-03-03T09:00:00+01:00', '2026-03-05T09:00:00+01:00']);
    const [episode] = gradeCourse(course).crs.episodes;
    expect(episode).toMatchObject({ onsetDay: 1, durationDays: 2, outcome: 'resolved' });
  });

  it('writes the time in the infusion offset when a reading has another one, so that windows keep their order', () => {
    // 00:30+02:00 on 4 March is 23:30+01:00 on 3 March: the course must see it before a reading at 23:45+01:00 in the next window.
    const mixed = [
      temperature('a', '2026-03-04T00:30:00+02:00', 38.6),
      flow('fa', '2026-03-04T00:30:00+02:00', 0),
      temperature('b', '2026-03-03T23:45:00+01:00', 37),
      flow('fb', '2026-03-03T23:45:00+01:00', 0),
    ];
    const { course, sources } = courseFromFhir(mixed, options({ infusionAt: '2026-03-03T23:40:00+01:00', window: { hours: 1 }, incompleteWindows: 'leave-out' }));
    expect(sources.windows.map(({ window, at }) => [window, at])).toEqual([
      ['2026-03-03T22:40:00+01:00', '2026-03-03T23:30:00+01:00'],
      ['2026-03-03T23:40:00+01:00', '2026-03-03T23:45:00+01:00'],
    ]);
    expect(course.observations).toEqual([]);
  });

  it('never places a date without a time of day in a single window of hours: its offset is unknown', () => {
    // With windows of 24 h from midnight UTC, 4 March as a date could still be any 24 h from 3 March 10:00Z to 5 March 12:00Z.
    const dated = [temperature('t', '2026-03-04', 38.6), temperature('u', '2026-03-04T12:00:00Z', 37), flow('f', '2026-03-04T12:00:00Z', 0)];
    const { sources, notes } = courseFromFhir(dated, options({ infusionAt: '2026-03-02T00:00:00Z', window: { hours: 24 }, hypotension: { stated: { '2026-03-04T00:00:00Z': false } }, incompleteWindows: 'leave-out' }));
    expect(sources.windows.map(({ window, missing }) => [window, missing])).toEqual([['2026-03-04T00:00:00Z', ['temperatureCelsius']]]);
    expect(notes).toContainEqual(expect.objectContaining({ code: 'window-uncertain', resource: 'Observation/t' }));
  });
});

describe('a course from FHIR equals the course of its readings when each window has one time', () => {
  it('grades like gradeCourse given the same times', () => {
    const days: [string, number][] = [
      ['2026-03-03T07:15:00+01:00', 38.3],
      ['2026-03-04T21:40:00+01:00', 37.1],
      ['2026-03-05T06:05:00+01:00', 36.9],
    ];
    const resources = [...days.flatMap(([at, celsius], index) => [temperature(`t${index}`, at, celsius), flow(`f${index}`, at, 0)]), administration('toci', '2026-03-04T12:00:00+01:00', RXNORM, TOCILIZUMAB)];
    const stated = { '2026-03-03': false, '2026-03-04': true, '2026-03-05': false };
    const { course } = courseFromFhir(resources, options({ hypotension: { stated } }));
    const observations: CourseObservation[] = days.map(([at, celsius], index) => ({ at, crs: { temperatureCelsius: celsius, hypotension: index === 1, vasopressors: [], oxygen: ROOM_AIR } }));
    expect(course).toEqual({ infusionAt: '2026-03-02', observations, treatments: [{ at: '2026-03-04T12:00:00+01:00', treatment: 'tocilizumab' }] });
  });
});
