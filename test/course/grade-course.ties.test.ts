// Ties in a course: a joined recurrence whose peak equals the first episode's keeps the first peak's
// window (DEC-44), and treatments given at the same time keep their input order.
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import { gradeCourse } from '../../src/course/grade-course.js';

const quiet: CrsAssessment = { temperatureCelsius: 37.0, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
const fever: CrsAssessment = { ...quiet, temperatureCelsius: 38.6 };
const hypotensive: CrsAssessment = { ...fever, hypotension: true };

describe('a joined recurrence and the peak', () => {
  it.each([
    ['an equal peak: the first', fever, 1, '2026-03-03'],
    ['a higher peak: the recurrence', hypotensive, 2, '2026-03-07'],
  ])('%s', (_name, recurrence, peakGrade, peakAt) => {
    const observations = [
      { at: '2026-03-03', crs: fever },
      { at: '2026-03-04', crs: quiet },
      { at: '2026-03-07', crs: recurrence },
      { at: '2026-03-08', crs: quiet },
    ];
    const [episode, ...others] = gradeCourse({ infusionAt: '2026-03-02', observations }, { mergeRecurrenceWithinDays: 3 }).crs.episodes;
    expect(others).toEqual([]);
    expect(episode).toMatchObject({ onsetAt: '2026-03-03', peakGrade, peakAt, resolvedAt: '2026-03-08' });
  });
});

describe('treatments at the same time', () => {
  it('keep their input order, after the earlier ones', () => {
    const grading = gradeCourse({
      infusionAt: '2026-03-02',
      observations: [{ at: '2026-03-03T08:00', crs: fever }, { at: '2026-03-04T08:00', crs: quiet }],
      treatments: [
        { at: '2026-03-03T12:00', treatment: 'dexamethasone' },
        { at: '2026-03-03T12:00', treatment: 'tocilizumab' },
        { at: '2026-03-03T10:00', treatment: 'paracetamol' },
        { at: '2026-03-03T12:00', treatment: 'anakinra' },
      ],
    });
    expect(grading.crs.episodes[0]?.treatments.map(({ treatment, index }) => `${index} ${treatment}`)).toEqual(['2 paracetamol', '0 dexamethasone', '1 tocilizumab', '3 anakinra']);
  });
});
