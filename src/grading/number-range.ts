/**
 * An allowed numeric range for an input field, with the unit used in messages. The lower end is
 * inclusive unless `minExclusive`; the upper end is always inclusive.
 *
 * @example
 * ```ts
 * import { OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE } from 'cytokine-release-syndrome';
 * OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE; // { min: 0, minExclusive: true, max: 100, unit: 'L/min' }
 * ```
 */
export interface NumberRange {
  readonly min: number;
  readonly max: number;
  /** `true` when `min` itself is not allowed. */
  readonly minExclusive?: boolean;
  /** Unit for messages, e.g. `°C`. */
  readonly unit?: string;
}
