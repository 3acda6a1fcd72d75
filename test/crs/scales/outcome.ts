/**
 * Helpers for the boundary tables of the scale tests: they grade through the public `gradeCRS` and
 * return what a user sees, so that the tests survive refactoring of the scale modules.
 */
import { expect, it } from 'vitest';
import type { CrsAssessment, OxygenSupport } from '../../../src/crs/assessment.js';
import type { CrsDomain, CrsFinding, CrsNote } from '../../../src/crs/findings.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { CrsFact, CrsGrading, CrsGradingFinding, CrsNotGradable } from '../../../src/crs/grading.js';
import type { Grade } from '../../../src/grading/grading.js';
import type { GradingScale } from '../../../src/vocabulary/grading-scale.js';
import type { Vasopressor } from '../../../src/vocabulary/vasopressor.js';

/** Afebrile, no hypotension, no oxygen: the facts every assessment states. */
export const quiet: CrsAssessment = { temperatureCelsius: 37, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };

/** A finding as the gradings report it. */
export function found(domain: CrsDomain, finding: CrsFinding, grade: Grade): CrsGradingFinding {
  return { domain, finding, grade };
}

/** The scales that may answer "not gradable". */
export type OtherScale = Exclude<GradingScale, 'astct-2019'>;

/** Grades on `scale` and expects a grade. */
export function gradable(scale: OtherScale, assessment: CrsAssessment): CrsGrading<OtherScale> {
  const result = gradeCRS<OtherScale>(assessment, { scale });
  if (!result.gradable) throw new Error(`expected ${scale} to grade; it is missing ${result.missing.join(', ')}`);
  return result;
}

/** Grades on `scale` and expects "not gradable". */
export function notGradable(scale: OtherScale, assessment: CrsAssessment): CrsNotGradable<OtherScale> {
  const result = gradeCRS<OtherScale>(assessment, { scale });
  if (result.gradable) throw new Error(`expected ${scale} not to grade; it graded ${result.grade}`);
  return result;
}

/** The finding of `domain` in a grading (every scale reports one per row it could read). */
export function rowOf(result: { readonly findings: readonly CrsGradingFinding[] }, domain: CrsDomain): CrsGradingFinding | undefined {
  return result.findings.find((candidate) => candidate.domain === domain);
}

/** What a user sees of a gradable result, minus the findings of the rows not under test. */
export interface Seen {
  readonly grade: Grade;
  readonly row: CrsGradingFinding | undefined;
  readonly drivers: readonly CrsGradingFinding[];
  readonly notes: readonly CrsNote[];
}

/** Grades and picks the parts a boundary table compares. */
export function seen(scale: OtherScale, assessment: CrsAssessment, domain: CrsDomain): Seen {
  const result = gradable(scale, assessment);
  expect(result.icd10Cm).toBe(result.grade === 0 ? null : `D89.83${result.grade}`);
  return { grade: result.grade, row: rowOf(result, domain), drivers: result.drivers, notes: result.notes };
}

/** What a user sees of a result that is not gradable. */
export interface Unknown {
  readonly missing: readonly CrsFact[];
  readonly possibleGrades: { readonly min: Grade; readonly max: Grade };
}

/** Grades, expects "not gradable", and picks `missing` and `possibleGrades`. */
export function unknown(scale: OtherScale, assessment: CrsAssessment): Unknown {
  const result = notGradable(scale, assessment);
  expect(result.grade).toBeNull();
  return { missing: result.missing, possibleGrades: result.possibleGrades };
}

/** `assessment` without `keys`: those facts become absent. */
export function omit(assessment: CrsAssessment, ...keys: (keyof CrsAssessment)[]): CrsAssessment {
  return Object.fromEntries(Object.entries(assessment).filter(([key]) => !keys.includes(key as keyof CrsAssessment))) as unknown as CrsAssessment;
}

/** One row of a boundary table: an assessment and what the user must see. */
export interface Case {
  readonly name: string;
  readonly assessment: CrsAssessment;
  readonly grade: Grade;
  /** The finding of the row under test. */
  readonly row: CrsGradingFinding;
  readonly drivers: readonly CrsGradingFinding[];
  /** `[]` when left out. */
  readonly notes?: readonly CrsNote[];
}

/** A boundary table for `scale`: one test per case, comparing grade, row, drivers, notes and ICD-10-CM code. */
export function tableFor(scale: OtherScale): (domain: CrsDomain, cases: readonly Case[]) => void {
  return (domain, cases) => {
    it.each(cases)('$name', ({ assessment, grade, row, drivers, notes = [] }) => {
      expect(seen(scale, assessment, domain)).toEqual({ grade, row, drivers, notes });
    });
  };
}

/** A case of a table of absent facts. */
export interface UnknownCase {
  readonly name: string;
  readonly assessment: CrsAssessment;
  readonly missing: readonly CrsFact[];
  readonly min: Grade;
  readonly max: Grade;
}

/** A table of absent facts for `scale`: `missing` in table order and `possibleGrades`. */
export function unknownTableFor(scale: OtherScale): (cases: readonly UnknownCase[]) => void {
  return (cases) => {
    it.each(cases)('$name', ({ assessment, missing, min, max }) => {
      expect(unknown(scale, assessment)).toEqual({ missing, possibleGrades: { min, max } });
    });
  };
}

/** `base` on the given oxygen support. */
export function withOxygen(base: CrsAssessment, oxygen: OxygenSupport): CrsAssessment {
  return { ...base, oxygen };
}

/** `base` with hypotension treated by the given agents. */
export function withVasopressors(base: CrsAssessment, ...agents: Vasopressor[]): CrsAssessment {
  return { ...base, hypotension: true, vasopressors: agents.map((agent) => ({ agent })) };
}

/** The fever row at its threshold from both sides (37.9 and 38.0 °C), the same on every scale that grades fever 1. */
export function feverCases(stated: CrsAssessment): readonly Case[] {
  return [
    { name: '37.9 °C is no fever', assessment: { ...stated, temperatureCelsius: 37.9 }, grade: 0, row: found('fever', 'no-fever', 0), drivers: [] },
    { name: '38.0 °C is fever: grade 1', assessment: { ...stated, temperatureCelsius: 38 }, grade: 1, row: found('fever', 'fever', 1), drivers: [found('fever', 'fever', 1)] },
  ];
}

/** Constitutional symptoms absent and present, without fever: grade 0 and grade 1. */
export function constitutionalSymptomCases(stated: CrsAssessment): readonly Case[] {
  return [
    { name: 'no symptoms', assessment: stated, grade: 0, row: found('constitutional-symptoms', 'no-constitutional-symptoms', 0), drivers: [] },
    {
      name: 'symptoms without fever: grade 1',
      assessment: { ...stated, constitutionalSymptoms: true },
      grade: 1,
      row: found('constitutional-symptoms', 'constitutional-symptoms', 1),
      drivers: [found('constitutional-symptoms', 'constitutional-symptoms', 1)],
    },
  ];
}
