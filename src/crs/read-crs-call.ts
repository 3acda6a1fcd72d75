import type { ObjectContract } from '../contract/field.js';
import { ABSENT, failedParts, readInput } from '../contract/read.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { CrsAssessment } from './assessment.js';
import { CRS_ASSESSMENT_CONTRACT, CRS_GRADING_OPTIONS_CONTRACT } from './contract.js';
import { CrsInputError } from './crs-input-error.js';
import type { CrsGradingOptions } from './grade-crs.js';

/**
 * Reads an assessment and its options; returns the copies to grade, or the error.
 *
 * @internal
 */
export function readCrsCall(
  input: unknown,
  options: unknown,
  optionsContract: ObjectContract<CrsGradingOptions> = CRS_GRADING_OPTIONS_CONTRACT,
): { assessment: CrsAssessment; scale: GradingScale } | CrsInputError {
  const assessment = readInput(input, CRS_ASSESSMENT_CONTRACT);
  const settings = options === undefined ? ABSENT : readInput(options, optionsContract, ['options']);
  if (assessment.ok && settings.ok) return { assessment: assessment.value, scale: settings.value?.scale ?? 'astct-2019' };
  const failure = failedParts([
    { outcome: assessment, subject: 'CRS assessment' },
    { outcome: settings, subject: 'CRS grading options' },
  ]) as NonNullable<ReturnType<typeof failedParts>>;
  return new CrsInputError(failure.issues, failure.subject, failure.total);
}

