import type { NumberRange } from '../grading/number-range.js';

/**
 * The five tasks of the ICE (Immune Effector Cell-Associated Encephalopathy) score, as points
 * earned. Every item is required: a task not done scores 0, it is never left out.
 *
 * @see criteria ASTCT-ICANS-01 (docs/criteria/astct-2019-icans.md#astct-icans-01); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-40 (docs/criteria/decisions.md#dec-40)
 * @example
 * ```ts
 * import type { IceItems } from 'cytokine-release-syndrome';
 * const items: IceItems = { orientation: 3, naming: 3, commands: 1, writing: 0, attention: 1 };
 * ```
 */
export interface IceItems {
  /** Oriented to year, month, city and hospital: 1 point each, 0 to 4. */
  readonly orientation: number;
  /** Names three objects (e.g. clock, pen, button): 1 point each, 0 to 3. */
  readonly naming: number;
  /** Follows a simple command (e.g. "show me 2 fingers"): 0 or 1. */
  readonly commands: number;
  /** Writes a standard sentence: 0 or 1. */
  readonly writing: number;
  /** Counts backwards from 100 by tens: 0 or 1. */
  readonly attention: number;
}

/**
 * Points available for each ICE item (integers from 0).
 *
 * @see criteria ASTCT-ICANS-01 (docs/criteria/astct-2019-icans.md#astct-icans-01); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @example
 * ```ts
 * import { ICE_ITEM_MAXIMUM } from 'cytokine-release-syndrome';
 * ICE_ITEM_MAXIMUM.orientation; // 4
 * ```
 */
export const ICE_ITEM_MAXIMUM: Readonly<Record<keyof IceItems, number>> = /* @__PURE__ */ Object.freeze({
  orientation: 4,
  naming: 3,
  commands: 1,
  writing: 1,
  attention: 1,
});

/**
 * The range of the ICE score: an integer from 0 to 10, where 10 is normal.
 *
 * @see criteria ASTCT-ICANS-01 (docs/criteria/astct-2019-icans.md#astct-icans-01); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @example
 * ```ts
 * import { ICE_SCORE_RANGE } from 'cytokine-release-syndrome';
 * ICE_SCORE_RANGE.max; // 10
 * ```
 */
export const ICE_SCORE_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({ min: 0, max: 10 });

/**
 * The item names, in the order of the ICE form.
 *
 * @example
 * ```ts
 * import { ICE_ITEMS } from 'cytokine-release-syndrome';
 * ICE_ITEMS; // ['orientation', 'naming', 'commands', 'writing', 'attention']
 * ```
 */
export const ICE_ITEMS: readonly (keyof IceItems)[] = /* @__PURE__ */ Object.freeze(['orientation', 'naming', 'commands', 'writing', 'attention']);
