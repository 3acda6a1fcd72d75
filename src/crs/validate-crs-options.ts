import { type IssueList, checkEnum, checkNumber, checkObject, ownValue } from '../internal/validate.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { enumValues } from '../vocabulary/vocabulary.js';

const SCALES: readonly GradingScale[] = /* @__PURE__ */ enumValues(GradingScale);

/**
 * Validates the options of `gradeCRS` and `safeGradeCRS` (also when called from plain JavaScript).
 *
 * @internal
 */
export function validateCrsOptions(options: unknown, issues: IssueList): void {
  if (options === undefined) return;
  if (!checkObject(options, 'options', { required: [], optional: ['scale'] }, issues)) return;
  const scale = ownValue(options, 'scale');
  if (scale !== undefined) checkEnum(scale, 'options.scale', SCALES, issues);
}

/**
 * Validates a reported grade: a scale and an integer grade from 0 to 5.
 *
 * @internal
 */
export function validateReportedGrade(report: unknown, issues: IssueList): void {
  if (!checkObject(report, 'report', { required: ['scale', 'grade'] }, issues)) return;
  checkEnum(report['scale'], 'report.scale', SCALES, issues);
  checkNumber(report['grade'], 'report.grade', { min: 0, max: 5 }, issues, { integer: true });
}
