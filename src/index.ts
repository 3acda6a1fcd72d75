/**
 * A typed, cited model of Cytokine Release Syndrome (CRS) and ICANS: graders that give their
 * reasons, and deeply frozen reference data with standard codes and English and German labels.
 *
 * Zod schemas live in the `cytokine-release-syndrome/schemas` entry, so that importing a grader
 * never pulls zod into a bundle.
 *
 * @module cytokine-release-syndrome
 */
export * from './vocabulary/index.js';
export type { DeepReadonly } from './internal/deep-freeze.js';
export { GradingInputError, type GradingInputErrorKind, type InputIssue } from './errors/input-error.js';
export { formatIssuePath, type IssuePath, type PathSegment } from './contract/path.js';
export type { ContradictionReason, InstrumentReason, IssueCode, IssueParams, ReceivedValue } from './contract/issue.js';
export { MAX_ISSUES } from './contract/read.js';
export { englishIssueMessages, type IssueMessages } from './locale/en/issue-messages.js';
export type { Grade, GradingFinding, GradingResult } from './grading/grading.js';
export type { NumberRange } from './grading/number-range.js';
export * from './crs/index.js';
export * from './i18n/describe-crs.js';
export * from './icans/index.js';
export * from './i18n/describe-icans.js';
export * from './course/index.js';
