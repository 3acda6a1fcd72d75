import { readInput } from '../contract/read.js';
import { inputErrorFrom } from '../errors/input-error.js';
import { ICE_ITEMS_CONTRACT, iceScoreOf } from './contract.js';
import { IcansInputError } from './icans-input-error.js';
import type { IceItems } from './ice.js';

/**
 * Scores the ICE assessment: the sum of its five items, an integer from 0 (worst) to 10 (normal).
 *
 * @param items - points earned for each task; each an integer in its range.
 * @returns the ICE score, 0 to 10.
 * @throws {@link IcansInputError} naming each invalid item and its allowed values.
 * @see criteria ASTCT-ICANS-01 (docs/criteria/astct-2019-icans.md#astct-icans-01); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-40 (docs/criteria/decisions.md#dec-40)
 * @example
 * ```ts
 * import { scoreICE } from 'cytokine-release-syndrome';
 * scoreICE({ orientation: 4, naming: 3, commands: 1, writing: 1, attention: 0 }); // 9
 * ```
 */
export function scoreICE(items: IceItems): number {
  const read = readInput(items, ICE_ITEMS_CONTRACT);
  if (!read.ok) throw inputErrorFrom(new IcansInputError(read.issues, 'ICE items', read.total), scoreICE);
  return iceScoreOf(read.value);
}
