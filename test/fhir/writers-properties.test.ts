// Property tests of the writers: every grading with a grade from 1 to 5, on every scale, and every
// episode of a random course whose peak is certain, is written as an AdverseEvent and a Condition
// that pass the R4 validator and carry the same grade; everything else is refused with
// `not-writable`, never written.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeCourse } from '../../src/course/grade-course.js';
import { gradeCRS } from '../../src/crs/grade-crs.js';
import { toFhirAdverseEvent } from '../../src/fhir/adverse-event.js';
import { NCI_THESAURUS_GRADE_CODES } from '../../src/fhir/codings.js';
import { toFhirCondition } from '../../src/fhir/condition.js';
import { FhirInputError } from '../../src/fhir/fhir-input-error.js';
import { GradingScale } from '../../src/vocabulary/grading-scale.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';
import { validCrsAssessment } from '../arbitraries/crs.js';
import { omit } from './helpers.js';
import { written } from './validator.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);
const SUBJECT = { subject: { reference: 'Patient/p1' } };

function expectRefused(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    expect(FhirInputError.is(error) && error.issues.every(({ code }) => code === 'not-writable')).toBe(true);
    return;
  }
  throw new Error('expected a refusal');
}

describe('writer properties', () => {
  it('writes every grading of grade 1 to 5 on every scale with its grade, and refuses the rest', () => {
    fc.assert(
      fc.property(validCrsAssessment, fc.constantFrom(...enumValues(GradingScale)), (assessment, scale) => {
        const grading = gradeCRS(assessment, { scale });
        if (!grading.gradable || grading.grade === 0) {
          expectRefused(() => toFhirAdverseEvent(grading, SUBJECT));
          expectRefused(() => toFhirCondition(grading, SUBJECT));
          return;
        }
        const event = written(toFhirAdverseEvent(grading, SUBJECT));
        const condition = written(toFhirCondition(grading, SUBJECT));
        expect(event.extension[0]?.valueCodeableConcept?.coding[0]?.code).toBe(NCI_THESAURUS_GRADE_CODES[grading.grade].code);
        expect(event.extension[1]?.valueCoding?.code).toBe(scale);
        expect(condition.code.coding[0]?.code).toBe(grading.icd10Cm);
      }),
      { numRuns: RUNS },
    );
  });

  it('writes every episode of a random course whose peak is certain, and refuses the uncertain ones', () => {
    const windows = fc.uniqueArray(fc.record({ day: fc.integer({ min: 1, max: 28 }), crs: validCrsAssessment }), { selector: ({ day }) => day, minLength: 1, maxLength: 8 });
    fc.assert(
      fc.property(windows, fc.constantFrom(...enumValues(GradingScale)), (list, scale) => {
        // The course derives masked fever; a death would end the course early.
        const observations = list.map(({ day, crs }) => ({ at: `2026-03-${String(day).padStart(2, '0')}`, crs: omit(omit(crs, 'feverMasked'), 'diedOfCrs') }));
        const course = gradeCourse({ infusionAt: '2026-03-01', observations }, { scale });
        for (const episode of course.crs.episodes) {
          if (episode.possiblePeakGrades.min !== episode.possiblePeakGrades.max) {
            expectRefused(() => toFhirAdverseEvent({ course, episode }, SUBJECT));
            continue;
          }
          const event = written(toFhirAdverseEvent({ course, episode }, SUBJECT));
          const condition = written(toFhirCondition({ course, episode }, SUBJECT));
          expect(event.date).toBe(episode.onsetAt);
          expect(condition.onsetDateTime).toBe(episode.onsetAt);
          expect(condition.code.coding[0]?.code.endsWith(String(episode.peakGrade))).toBe(true);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
