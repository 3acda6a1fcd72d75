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
export { GradingInputError, type InputIssue } from './errors/input-error.js';
export type { Grade, GradingFinding, GradingResult } from './grading/grading.js';
export type { NumberRange } from './grading/number-range.js';
export * from './crs/index.js';
export * from './i18n/describe-crs.js';
export * from './icans/index.js';
export * from './i18n/describe-icans.js';
