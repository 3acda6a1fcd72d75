import { ABSENT, failedParts, readInput } from '../contract/read.js';
import { DEFAULT_CAPD_BELOW_AGE_YEARS, type IcansAssessment, type IcansGradingOptions } from './assessment.js';
import { ICANS_GRADING_OPTIONS_CONTRACT, icansAssessmentContract } from './contract.js';
import { IcansInputError } from './icans-input-error.js';

/**
 * Reads an assessment and its options; returns the copies to grade, or the error.
 *
 * @internal
 */
export function readIcansCall(input: unknown, options: unknown): { assessment: IcansAssessment; options: IcansGradingOptions } | IcansInputError {
  const settings = options === undefined ? ABSENT : readInput(options, ICANS_GRADING_OPTIONS_CONTRACT, ['options']);
  // Invalid options leave the age boundary unknown: the instrument rules are then not checked.
  const boundary = settings.ok ? (settings.value?.capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS) : null;
  const assessment = readInput(input, icansAssessmentContract(boundary));
  // The boundary is passed on as an own property: `{}` would let an inherited one through.
  if (assessment.ok && boundary !== null) return { assessment: assessment.value, options: { capdBelowAgeYears: boundary } };
  const failure = failedParts([
    { outcome: assessment, subject: 'ICANS assessment' },
    { outcome: settings, subject: 'ICANS grading options' },
  ]) as NonNullable<ReturnType<typeof failedParts>>;
  return new IcansInputError(failure.issues, failure.subject, failure.total);
}

