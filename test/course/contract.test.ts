// The course contract as built: the first test here builds the default contract (it is built once
// per ICANS age boundary and cached), so its rules and list limits are checked on the contract this
// file builds: an observation needs an assessment, a course an observation, and neither list may
// hold more than MAX_COURSE_ENTRIES, each naming its items. And CourseInputError's default title.
import { describe, expect, it } from 'vitest';
import type { RawIssue } from '../../src/contract/issue.js';
import { MAX_COURSE_ENTRIES } from '../../src/course/contract.js';
import { CourseInputError } from '../../src/course/course-input-error.js';
import { safeGradeCourse } from '../../src/course/grade-course.js';

const fever = { temperatureCelsius: 38.6, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };

function issuesOf(input: unknown): { path: string; code: string; params: unknown }[] {
  const result = safeGradeCourse(input);
  return result.success ? [] : result.error.issues.map(({ pathText, code, params }) => ({ path: pathText, code, params }));
}

describe('the default course contract, as built', () => {
  it('refuses an observation without an assessment, a course without observations, and lists longer than the maximum, naming their items', () => {
    expect(issuesOf({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: fever }, { at: '2026-03-04' }] })).toEqual([
      { path: 'observations[1]', code: 'observation-without-assessment', params: {} },
    ]);
    expect(issuesOf({ infusionAt: '2026-03-02', observations: [] })).toEqual([{ path: 'observations', code: 'no-observations', params: {} }]);
    const observation = { at: '2026-03-03', crs: fever };
    const treatment = { at: '2026-03-03', treatment: 'tocilizumab' };
    const entries = <T>(count: number, entry: T): T[] => Array.from({ length: count }, () => entry);
    expect(issuesOf({ infusionAt: '2026-03-02', observations: entries(MAX_COURSE_ENTRIES + 1, observation) })).toEqual([
      { path: 'observations', code: 'too-many-items', params: { maximum: MAX_COURSE_ENTRIES, received: MAX_COURSE_ENTRIES + 1, item: 'observation' } },
    ]);
    expect(issuesOf({ infusionAt: '2026-03-02', observations: [observation], treatments: entries(MAX_COURSE_ENTRIES + 1, treatment) })).toEqual([
      { path: 'treatments', code: 'too-many-items', params: { maximum: MAX_COURSE_ENTRIES, received: MAX_COURSE_ENTRIES + 1, item: 'treatment' } },
    ]);
    expect(issuesOf({ infusionAt: '2026-03-02', observations: [observation], treatments: entries(MAX_COURSE_ENTRIES, treatment) })).toEqual([]);
  });
});

describe('CourseInputError', () => {
  it('is titled with the patient course unless told otherwise', () => {
    const issues: RawIssue[] = [{ code: 'expected-object', path: [], params: { received: { type: 'null' } } }];
    expect(new CourseInputError(issues).message).toBe('Invalid patient course (1 problem):\n- (input): expected an object; received null');
  });
});
