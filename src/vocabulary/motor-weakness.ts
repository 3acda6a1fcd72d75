import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * Motor findings in an ICANS assessment. Only deep focal motor weakness counts; tremor and
 * myoclonus are not ICANS (grade them with CTCAE instead).
 *
 * @see criteria ASTCT-ICANS-05, ASTCT-ICANS-10 (docs/criteria/astct-2019-icans.md#astct-icans-05); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @example
 * ```ts
 * import { MotorWeakness, motorWeaknesses } from 'cytokine-release-syndrome';
 * motorWeaknesses[MotorWeakness.DeepFocal].label; // 'Deep focal motor weakness'
 * ```
 */
export const MotorWeakness = /* @__PURE__ */ Object.freeze({
  None: 'none',
  DeepFocal: 'deep-focal',
} as const);

/** One of the {@link MotorWeakness} values. */
export type MotorWeakness = (typeof MotorWeakness)[keyof typeof MotorWeakness];

/** A {@link motorWeaknesses} entry. */
export type MotorWeaknessEntry = VocabularyEntry;

/**
 * Reference data for every {@link MotorWeakness}.
 *
 * @example
 * ```ts
 * import { motorWeaknesses } from 'cytokine-release-syndrome';
 * motorWeaknesses.none.label; // 'No focal motor weakness'
 * ```
 */
export const motorWeaknesses: Vocabulary<MotorWeakness, MotorWeaknessEntry> = /* @__PURE__ */ defineRecord(() => ({
  [MotorWeakness.None]: {
    label: englishValueLabels.motorWeaknesses[MotorWeakness.None],
    description: 'No deep focal motor weakness (tremor and myoclonus do not count here).',
  },
  [MotorWeakness.DeepFocal]: {
    label: englishValueLabels.motorWeaknesses[MotorWeakness.DeepFocal],
    description: 'Deep focal motor weakness such as hemiparesis or paraparesis.',
  },
}));
