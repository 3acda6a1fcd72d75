import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * The worst seizure in an ICANS assessment window, in the two ASTCT 2019 categories.
 *
 * @see criteria ASTCT-ICANS-04 (docs/criteria/astct-2019-icans.md#astct-icans-04); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @example
 * ```ts
 * import { Seizure, seizures } from 'cytokine-release-syndrome';
 * seizures[Seizure.LifeThreatening].label; // 'Life-threatening seizure'
 * ```
 */
export const Seizure = /* @__PURE__ */ Object.freeze({
  None: 'none',
  RapidlyResolving: 'rapidly-resolving',
  LifeThreatening: 'life-threatening',
} as const);

/** One of the {@link Seizure} values. */
export type Seizure = (typeof Seizure)[keyof typeof Seizure];

/** A {@link seizures} entry. */
export type SeizureEntry = VocabularyEntry;

/**
 * Reference data for every {@link Seizure}.
 *
 * @example
 * ```ts
 * import { seizures } from 'cytokine-release-syndrome';
 * seizures['rapidly-resolving'].label; // 'Rapidly resolving seizure'
 * ```
 */
export const seizures: Vocabulary<Seizure, SeizureEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Seizure.None]: {
    label: englishValueLabels.seizures[Seizure.None],
    description: 'No clinical or electrographic seizure.',
  },
  [Seizure.RapidlyResolving]: {
    label: englishValueLabels.seizures[Seizure.RapidlyResolving],
    description:
      'Any clinical seizure, focal or generalised, that resolves rapidly, or non-convulsive seizures on EEG that resolve with intervention.',
  },
  [Seizure.LifeThreatening]: {
    label: englishValueLabels.seizures[Seizure.LifeThreatening],
    description:
      'Life-threatening prolonged seizure (more than 5 minutes), or repetitive clinical or electrical seizures without return to baseline in between.',
  },
}));
