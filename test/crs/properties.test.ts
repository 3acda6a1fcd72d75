import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import { gradeCRS, safeGradeCRS } from '../../src/crs/grade-crs.js';
import type { Vasopressor } from '../../src/vocabulary/vasopressor.js';
import { consistent, mutatedCrsAssessment, validCrsAssessment, withoutCirculationFacts } from '../arbitraries/crs.js';

// Support ordered from least to most; each step must never lower the grade.
const oxygenLadder: CrsAssessment['oxygen'][] = [
  { device: 'room-air' },
  { device: 'blow-by' },
  { device: 'nasal-cannula', flowLitersPerMinute: 6 },
  { device: 'nasal-cannula', flowLitersPerMinute: 6.5 },
  { device: 'non-rebreather-mask' },
  { device: 'bipap' },
  { device: 'mechanical-ventilation' },
];
const pressorLadder: [boolean, Vasopressor[]][] = [
  [false, []],
  [true, []],
  [true, ['vasopressin']],
  [true, ['vasopressin', 'norepinephrine']],
  [true, ['vasopressin', 'norepinephrine', 'epinephrine']],
];

describe('ASTCT 2019 properties', () => {
  it('every valid input grades, to an integer 0..5 with drivers and a scale', () => {
    fc.assert(
      fc.property(validCrsAssessment, (assessment) => {
        const grading = gradeCRS(assessment);
        expect([0, 1, 2, 3, 4, 5]).toContain(grading.grade);
        // Drivers set the grade; at grade 0 only the fever gate holding hypotension or hypoxia back is one.
        const gated = grading.notes.includes('no-fever-no-crs');
        expect(grading.drivers.length > 0).toBe(grading.grade > 0 || gated);
        expect(grading.scale).toBe('astct-2019');
      }),
    );
  });

  it('escalating support never lowers the grade', () => {
    fc.assert(
      fc.property(
        validCrsAssessment,
        fc.nat(oxygenLadder.length - 2),
        fc.nat(pressorLadder.length - 2),
        fc.boolean(),
        (assessment, oxygenStep, pressorStep, escalateOxygen) => {
          const at = (oxygen: number, pressor: number): number => {
            const [hypotension, agents] = pressorLadder[pressor]!;
            // Facts tied to vasopressors or hypotension belong to other scales; ASTCT ignores them.
            return gradeCRS(consistent({ ...withoutCirculationFacts(assessment), oxygen: oxygenLadder[oxygen]!, hypotension, vasopressors: agents.map((agent) => ({ agent })) })).grade;
          };
          const before = at(oxygenStep, pressorStep);
          const after = escalateOxygen ? at(oxygenStep + 1, pressorStep) : at(oxygenStep, pressorStep + 1);
          expect(after).toBeGreaterThanOrEqual(before);
        },
      ),
    );
  });

  it('once fever is present or masked, the grade is the maximum of its domains (fever alone: 1)', () => {
    fc.assert(
      fc.property(validCrsAssessment, (assessment) => {
        const grading = gradeCRS(assessment);
        const gate = assessment.temperatureCelsius >= 38 || assessment.feverMasked === true;
        const domainMax = Math.max(...grading.findings.map(({ grade }) => grade));
        if (gate) expect(grading.grade).toBe(domainMax);
        else expect(grading.grade).toBe(assessment.diedOfCrs === true ? 5 : 0);
        expect(grading.drivers.every(({ grade }) => grade === grading.grade)).toBe(true);
      }),
    );
  });

  it('a higher temperature never lowers the grade', () => {
    fc.assert(
      fc.property(validCrsAssessment, fc.double({ min: 0, max: 5, noNaN: true }), (assessment, rise) => {
        const warmer = { ...assessment, temperatureCelsius: Math.min(45, assessment.temperatureCelsius + rise) };
        expect(gradeCRS(warmer).grade).toBeGreaterThanOrEqual(gradeCRS(assessment).grade);
      }),
    );
  });

  it('every rejected input fails with issues that each name a path and the expected values', () => {
    fc.assert(
      fc.property(mutatedCrsAssessment, (input) => {
        const result = safeGradeCRS(input);
        if (result.success) return;
        expect(result.error.issues.length).toBeGreaterThan(0);
        for (const issue of result.error.issues) {
          expect(result.error.message).toContain(issue.pathText === '' ? '(input)' : issue.pathText);
          expect(issue.message).toMatch(/expected|required|unknown field|allowed|listed twice|must|not allowed|contradicts/);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('grading is pure: the input is not modified and equal inputs grade equally', () => {
    fc.assert(
      fc.property(validCrsAssessment, (assessment) => {
        const copy = structuredClone(assessment);
        expect(gradeCRS(assessment)).toEqual(gradeCRS(copy));
        expect(assessment).toEqual(copy);
      }),
    );
  });
});
