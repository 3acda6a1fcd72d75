import { failedParts, readInput } from '../contract/read.js';
import { inputErrorFrom } from '../errors/input-error.js';
import type { Grade } from '../grading/grading.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { CrsAssessment } from './assessment.js';
import { CrsInputError } from './crs-input-error.js';
import type { CrsFact, CrsGradingFinding, CrsGradingOutcome } from './grading.js';
import { CRS_ASSESSMENT_CONTRACT, REPORTED_CRS_GRADE_CONTRACT } from './contract.js';
import { gradeValidatedCrs } from './scales/index.js';

/** A grade as an investigator reported it: on which scale, and which grade. */
export interface ReportedCrsGrade<Scale extends GradingScale = GradingScale> {
  /** The scale the grade was reported on. */
  readonly scale: Scale;
  /** The reported grade, 0 to 5. */
  readonly grade: Grade;
}

/**
 * The verdict of {@link checkReportedGrade}: `agrees`, `disagrees`, or `not-gradable` when the scale
 * needs facts the assessment lacks (then `missing` names them and `derivedGrade` is `null`).
 */
export interface ReportedCrsGradeCheck<Scale extends GradingScale = GradingScale> {
  /** The scale of the report, on which the assessment was regraded. */
  readonly scale: Scale;
  /** The grade that was reported. */
  readonly reportedGrade: Grade;
  /** Whether the regrade agrees with the report. */
  readonly verdict: 'agrees' | 'disagrees' | 'not-gradable';
  /** The grade derived from the assessment on the same scale, or `null` when not gradable. */
  readonly derivedGrade: Grade | null;
  /** The findings that set the derived grade (empty when not gradable). */
  readonly drivers: readonly CrsGradingFinding[];
  /** The facts the scale still needs (empty when gradable). */
  readonly missing: readonly CrsFact[];
  /** The full outcome of the regrade. */
  readonly derived: CrsGradingOutcome<Scale>;
}

/**
 * Checks a reported CRS grade against the data: regrades the assessment on the reported scale (never
 * on another one: grades are not converted) and says whether the two agree, with the drivers of the
 * derived grade.
 *
 * @throws {@link CrsInputError} for an invalid assessment or report (paths under `report.`).
 * @example
 * ```ts
 * import { checkReportedGrade } from 'cytokine-release-syndrome';
 * const check = checkReportedGrade(
 *   { temperatureCelsius: 38.4, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], oxygen: { device: 'room-air' } },
 *   { scale: 'astct-2019', grade: 2 },
 * );
 * check.verdict; // 'disagrees'
 * check.derivedGrade; // 3: one vasopressor
 * ```
 */
export function checkReportedGrade<Scale extends GradingScale>(assessment: CrsAssessment, report: ReportedCrsGrade<Scale>): ReportedCrsGradeCheck<Scale> {
  const assessmentRead = readInput(assessment, CRS_ASSESSMENT_CONTRACT);
  const reportRead = readInput(report, REPORTED_CRS_GRADE_CONTRACT, ['report']);
  if (!assessmentRead.ok || !reportRead.ok) {
    const failure = failedParts([
      { outcome: assessmentRead, subject: 'CRS assessment' },
      { outcome: reportRead, subject: 'reported CRS grade' },
    ]) as NonNullable<ReturnType<typeof failedParts>>;
    throw inputErrorFrom(new CrsInputError(failure.issues, failure.subject, failure.total), checkReportedGrade);
  }
  const { scale, grade } = reportRead.value as ReportedCrsGrade<Scale>;
  const derived = gradeValidatedCrs(assessmentRead.value, scale) as CrsGradingOutcome;
  const common = { scale, reportedGrade: grade, derived: derived as CrsGradingOutcome<Scale> };
  if (!derived.gradable) return { ...common, verdict: 'not-gradable', derivedGrade: null, drivers: [], missing: derived.missing };
  return {
    ...common,
    verdict: derived.grade === grade ? 'agrees' : 'disagrees',
    derivedGrade: derived.grade,
    drivers: derived.drivers,
    missing: [],
  };
}
