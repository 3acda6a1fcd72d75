import { readInput } from '../contract/read.js';
import { inputErrorFrom } from '../errors/input-error.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { CrsAssessment } from './assessment.js';
import { CRS_ASSESSMENT_CONTRACT } from './contract.js';
import { CrsInputError } from './crs-input-error.js';
import type { CrsGradingOutcome } from './grading.js';
import { CRS_SCALE_GRADERS } from './scales/index.js';

/** One outcome per scale, keyed by scale, in {@link GradingScale} order. */
export type CrsGradingsOnAllScales = { readonly [Scale in GradingScale]: CrsGradingOutcome<Scale> };

/**
 * Grades one assessment on every scale side by side: per scale a grading, or "not gradable" with the
 * facts that scale still needs. Nothing is converted between scales: each result names its scale.
 *
 * @throws {@link CrsInputError} for an invalid assessment, as `gradeCRS` does.
 * @see criteria DEC-07 (docs/criteria/decisions.md#dec-07)
 * @example
 * ```ts
 * import { gradeCRSOnAllScales } from 'cytokine-release-syndrome';
 * const results = gradeCRSOnAllScales({
 *   temperatureCelsius: 38.7,
 *   hypotension: false,
 *   vasopressors: [],
 *   oxygen: { device: 'bipap', inspiredOxygenFractionPercent: 35 },
 *   lifeThreatening: false,
 * });
 * results['astct-2019'].grade; // 4: positive pressure
 * results['ctcae-v5.0'].grade; // 2: oxygen below 40%, not life-threatening
 * Object.values(results).map((result) => `${result.scale}: ${result.gradable ? result.grade : 'not gradable'}`);
 * ```
 */
export function gradeCRSOnAllScales(assessment: CrsAssessment): CrsGradingsOnAllScales {
  const read = readInput(assessment, CRS_ASSESSMENT_CONTRACT);
  if (!read.ok) throw inputErrorFrom(new CrsInputError(read.issues, 'CRS assessment', read.total), gradeCRSOnAllScales);
  const copy = read.value;
  const results: Partial<Record<GradingScale, CrsGradingOutcome>> = {};
  for (const [scale, grade] of Object.entries(CRS_SCALE_GRADERS) as [GradingScale, (input: CrsAssessment) => CrsGradingOutcome][]) {
    results[scale] = grade(copy);
  }
  return results as CrsGradingsOnAllScales;

}
