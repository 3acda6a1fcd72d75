import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * Level of consciousness in an ICANS assessment, from alert to unarousable. ASTCT 2019 grades a
 * depressed level only when no other cause (e.g. sedating drugs) explains it.
 *
 * @see criteria ASTCT-ICANS-03, ASTCT-ICANS-09 (docs/criteria/astct-2019-icans.md#astct-icans-03); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @example
 * ```ts
 * import { ConsciousnessLevel, consciousnessLevels } from 'cytokine-release-syndrome';
 * consciousnessLevels[ConsciousnessLevel.AwakensToVoice].label; // 'Awakens to voice'
 * ```
 */
export const ConsciousnessLevel = /* @__PURE__ */ Object.freeze({
  Alert: 'alert',
  AwakensSpontaneously: 'awakens-spontaneously',
  AwakensToVoice: 'awakens-to-voice',
  AwakensToTactileStimulus: 'awakens-to-tactile-stimulus',
  Unarousable: 'unarousable',
} as const);

/** One of the {@link ConsciousnessLevel} values. */
export type ConsciousnessLevel = (typeof ConsciousnessLevel)[keyof typeof ConsciousnessLevel];

/** A {@link consciousnessLevels} entry. */
export type ConsciousnessLevelEntry = VocabularyEntry;

/**
 * Reference data for every {@link ConsciousnessLevel}.
 *
 * @example
 * ```ts
 * import { consciousnessLevels } from 'cytokine-release-syndrome';
 * consciousnessLevels.unarousable.label; // 'Unarousable'
 * ```
 */
export const consciousnessLevels: Vocabulary<ConsciousnessLevel, ConsciousnessLevelEntry> = /* @__PURE__ */ defineRecord(() => ({
  [ConsciousnessLevel.Alert]: {
    label: englishValueLabels.consciousnessLevels[ConsciousnessLevel.Alert],
    description: 'Awake and alert; consciousness is not depressed.',
  },
  [ConsciousnessLevel.AwakensSpontaneously]: {
    label: englishValueLabels.consciousnessLevels[ConsciousnessLevel.AwakensSpontaneously],
    description: 'Drowsy, but wakes up without any stimulus.',
  },
  [ConsciousnessLevel.AwakensToVoice]: {
    label: englishValueLabels.consciousnessLevels[ConsciousnessLevel.AwakensToVoice],
    description: 'Wakes up only when spoken to.',
  },
  [ConsciousnessLevel.AwakensToTactileStimulus]: {
    label: englishValueLabels.consciousnessLevels[ConsciousnessLevel.AwakensToTactileStimulus],
    description: 'Wakes up only when touched.',
  },
  [ConsciousnessLevel.Unarousable]: {
    label: englishValueLabels.consciousnessLevels[ConsciousnessLevel.Unarousable],
    description: 'Unarousable, or needs vigorous or repetitive tactile stimuli to arouse; stupor or coma.',
  },
}));
