import { GradingInputError, type InputIssue } from '../errors/input-error.js';

/**
 * Thrown by `gradeCRS` (and returned by `safeGradeCRS`) for an invalid CRS assessment. Its message
 * names every field path with the allowed values; `issues` holds the same as data.
 *
 * @example
 * ```ts
 * import { CrsInputError, safeGradeCRS } from 'cytokine-release-syndrome';
 * const result = safeGradeCRS({ temperatureCelsius: 101.3, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } });
 * if (!result.success) {
 *   result.error instanceof CrsInputError; // true
 *   result.error.issues[0]?.path; // 'temperatureCelsius'
 * }
 * ```
 */
export class CrsInputError extends GradingInputError {
  /** @param issues - the problems found; at least one. */
  constructor(issues: readonly InputIssue[]) {
    super('CRS assessment', issues);
  }
}
