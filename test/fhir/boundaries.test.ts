// Boundary tables through the whole path: FHIR resources, courseFromFhir, gradeCourse. Each
// threshold is approached from both sides, in the units real data arrives in.
import { describe, expect, it } from 'vitest';
import { gradeCourse } from '../../src/course/grade-course.js';
import { courseFromFhir } from '../../src/fhir/course-from-fhir.js';
import { SNOMED, UCUM, bloodPressure, device, flow, temperature } from './fixtures.js';

const AT = '2026-03-03T08:00:00+01:00';
const OPTIONS = { infusionAt: '2026-03-02', medicationAdministrationsComplete: true } as const;

function gradeOf(resources: readonly object[], options: object = { hypotension: { stated: { '2026-03-03': false } } }): number | null {
  return gradeCourse(courseFromFhir(resources as never, { ...OPTIONS, ...options }).course).crs.maxGrade;
}

describe('fever at 38.0 °C, from FHIR', () => {
  it.each([
    [37.9, 'Cel', 0],
    [37.99, 'Cel', 0],
    [37.9999999999999, 'Cel', 0], // used as written, as gradeCRS would: no rounding of a value in its own unit
    [38.0, 'Cel', 1],
    [100.22, '[degF]', 0], // 37.9 °C
    [100.39, '[degF]', 0], // 37.994 °C
    [100.4, '[degF]', 1], // 38.0 °C exactly
    [100.41, '[degF]', 1], // 38.006 °C
    [100.4, 'degF', 1], // the non-UCUM spelling
  ] as const)('%s %s is grade %s on room air', (value, unit, grade) => {
    expect(gradeOf([temperature('t', AT, value, unit), flow('f', AT, 0)])).toBe(grade);
  });
});

describe('low-flow versus high-flow at 6 L/min, from FHIR', () => {
  it.each([
    [6, 'L/min', 2],
    [6.0000000000001, 'L/min', 3], // used as written: more than 6 L/min
    [6000, 'mL/min', 2],
    [6.01, 'L/min', 3],
    [6100, 'ml/min', 3],
  ] as const)('a nasal cannula at %s %s is grade %s with fever', (value, unit, grade) => {
    const rate = { ...flow('f', AT, 0), valueQuantity: { value, system: UCUM, code: unit } };
    expect(gradeOf([temperature('t', AT, 38.5), device('d', AT, SNOMED, '336623009'), rate])).toBe(grade);
  });
});

describe('systolic pressure at 90 mmHg under systolic-below-90, from FHIR', () => {
  it.each([
    [89, 'mm[Hg]', 2],
    [89, 'mmHg', 2],
    [90, 'mm[Hg]', 1],
    [90.1, 'mmHg', 1],
  ] as const)('a systolic of %s %s is grade %s with fever on room air', (systolic, unit, grade) => {
    expect(gradeOf([temperature('t', AT, 38.5), flow('f', AT, 0), bloodPressure('bp', AT, systolic, 50, unit)], { hypotension: { rule: 'systolic-below-90' } })).toBe(grade);
  });
});
