import { describe, expect, it } from 'vitest';
import { safeGradeCourse } from '../../src/course/grade-course.js';
import { PatientCourseSchema, createPatientCourseSchema } from '../../src/schemas/patient-course.js';

const fever = { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };

describe('PatientCourseSchema', () => {
  it.each<[string, unknown]>([
    ['a valid course', { infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: fever }] }],
    ['no observations', { infusionAt: '2026-03-02', observations: [] }],
    ['two windows on one date', { infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: fever }, { at: '2026-03-03T12:00', crs: fever }] }],
    ['feverMasked the course contradicts', { infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: { ...fever, feverMasked: true } }] }],
    ['a nested error', { infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: { ...fever, oxygen: { device: 'nasal-cannula' } } }] }],
  ])('%s: the same verdict and issues as safeGradeCourse', (_name, input) => {
    const ours = safeGradeCourse(input);
    const theirs = PatientCourseSchema.safeParse(input);
    expect(theirs.success).toBe(ours.success);
    if (!ours.success && !theirs.success) {
      expect(theirs.error.issues.map(({ path, message }) => ({ path, message }))).toEqual(ours.error.issues.map(({ path, message }) => ({ path, message })));
    }
  });

  it('uses the age boundary it was built with', () => {
    const child = { ageYears: 12, capd: 4, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };
    const input = { infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', icans: child }] };
    expect(PatientCourseSchema.safeParse(input).success).toBe(false);
    expect(createPatientCourseSchema({ capdBelowAgeYears: 13 }).safeParse(input).success).toBe(true);
  });
});
