import { inputErrorFrom } from '../errors/input-error.js';
import type { Grade } from '../grading/grading.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { CrsAssessment } from './assessment.js';
import { CrsInputError } from './crs-input-error.js';
import type { CrsFact, CrsGradingFinding, CrsGradingOutcome } from './grading.js';
import { gradeValidatedCrs } from './scales/index.js';
import { validateCrsAssessment } from './validate-crs-assessment.js';
import { validateReportedGrade } from './validate-crs-options.js';

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
  const issues = validateCrsAssessment(assessment);
  validateReportedGrade(report, issues);
  if (issues.length > 0) throw inputErrorFrom(CrsInputError, issues, checkReportedGrade);
  const derived = gradeValidatedCrs(assessment, report.scale) as CrsGradingOutcome;
  const common = { scale: report.scale, reportedGrade: report.grade, derived: derived as CrsGradingOutcome<Scale> };
  if (!derived.gradable) return { ...common, verdict: 'not-gradable', derivedGrade: null, drivers: [], missing: derived.missing };
  return {
    ...common,
    verdict: derived.grade === report.grade ? 'agrees' : 'disagrees',
    derivedGrade: derived.grade,
    drivers: derived.drivers,
    missing: [],
  };
}
