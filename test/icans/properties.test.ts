import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import { gradeICANS, safeGradeICANS } from '../../src/icans/grade-icans.js';
import { validIcansAssessment } from './arbitraries.js';

// Each ladder runs from least to most severe; stepping up must never lower the grade.
const ladders = {
  consciousness: ['alert', 'awakens-spontaneously', 'awakens-to-voice', 'awakens-to-tactile-stimulus', 'unarousable'],
  seizure: ['none', 'rapidly-resolving', 'life-threatening'],
  motorWeakness: ['none', 'deep-focal'],
  cerebralEdema: ['none', 'focal', 'diffuse'],
} as const;

function worsen(assessment: IcansAssessment, key: keyof typeof ladders): IcansAssessment | undefined {
  const ladder: readonly string[] = ladders[key];
  const index = ladder.indexOf(assessment[key]);
  if (index < 0 || index === ladder.length - 1) return undefined;
  const next: IcansAssessment = { ...assessment, [key]: ladder[index + 1] };
  // Becoming unarousable: the instrument score is no longer given (as the input rules require).
  // Unarousable under sedation is not gradable at all (an input error, tested elsewhere).
  if (key === 'consciousness' && next.consciousness === 'unarousable') {
    return next.sedated === true ? undefined : { ...next, ice: undefined, capd: undefined };
  }
  return next;
}

describe('ASTCT 2019 ICANS properties', () => {
  it('every valid input grades, to 0..5, with drivers at that grade and the right instrument', () => {
    fc.assert(
      fc.property(validIcansAssessment(), (assessment) => {
        const grading = gradeICANS(assessment);
        expect([0, 1, 2, 3, 4, 5]).toContain(grading.grade);
        expect(grading.scale).toBe('astct-2019');
        // At grade 0 nothing drove the grade; above it, at least one finding did, at that grade.
        expect(grading.drivers.length > 0).toBe(grading.grade > 0);
        expect(grading.drivers.every(({ grade }) => grade === grading.grade)).toBe(true);
        expect(grading.instrument).toBe(assessment.ageYears < 12 || assessment.developmentalDelay === true ? 'capd' : 'ice');
        expect(grading.findings).toHaveLength(7);
      }),
      { numRuns: 1000 },
    );
  });

  it('the grade equals the highest grade among the findings', () => {
    fc.assert(
      fc.property(validIcansAssessment(), (assessment) => {
        const grading = gradeICANS(assessment);
        expect(grading.grade).toBe(Math.max(...grading.findings.map(({ grade }) => grade)));
      }),
    );
  });

  it('worsening any domain never lowers the grade', () => {
    fc.assert(
      fc.property(validIcansAssessment(), fc.constantFrom(...(Object.keys(ladders) as (keyof typeof ladders)[])), (assessment, key) => {
        const worse = worsen(assessment, key);
        if (worse === undefined) return;
        expect(gradeICANS(worse).grade).toBeGreaterThanOrEqual(gradeICANS(assessment).grade);
      }),
      { numRuns: 1000 },
    );
  });

  it('a lower ICE or a higher CAPD never lowers the grade', () => {
    fc.assert(
      fc.property(validIcansAssessment(), fc.integer({ min: 1, max: 10 }), (assessment, step) => {
        if (typeof assessment.ice === 'number' && assessment.ice >= step) {
          expect(gradeICANS({ ...assessment, ice: assessment.ice - step }).grade).toBeGreaterThanOrEqual(gradeICANS(assessment).grade);
        }
        if (assessment.capd !== undefined && assessment.capd + step <= 32) {
          expect(gradeICANS({ ...assessment, capd: assessment.capd + step }).grade).toBeGreaterThanOrEqual(gradeICANS(assessment).grade);
        }
      }),
    );
  });

  it('adding a raised ICP sign, or death, never lowers the grade', () => {
    fc.assert(
      fc.property(validIcansAssessment(), (assessment) => {
        const before = gradeICANS(assessment).grade;
        if (!assessment.raisedIcpSigns.includes('papilledema')) {
          expect(gradeICANS({ ...assessment, raisedIcpSigns: [...assessment.raisedIcpSigns, 'papilledema'] }).grade).toBeGreaterThanOrEqual(Math.max(before, 4));
        }
        expect(gradeICANS({ ...assessment, diedOfIcans: true }).grade).toBe(5);
      }),
    );
  });

  it('gradeICANS and safeGradeICANS agree', () => {
    fc.assert(
      fc.property(validIcansAssessment(), (assessment) => {
        expect(safeGradeICANS(assessment)).toEqual({ success: true, data: gradeICANS(assessment) });
      }),
    );
  });

  it('grading does not change its input', () => {
    fc.assert(
      fc.property(validIcansAssessment(), (assessment) => {
        const copy = structuredClone(assessment);
        gradeICANS(assessment);
        expect(assessment).toEqual(copy);
      }),
    );
  });
});
