import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * Clinical signs of raised intracranial pressure that ASTCT 2019 counts as ICANS grade 4.
 *
 * @see criteria ASTCT-ICANS-06 (docs/criteria/astct-2019-icans.md#astct-icans-06); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @example
 * ```ts
 * import { RaisedIcpSign, raisedIcpSigns } from 'cytokine-release-syndrome';
 * raisedIcpSigns[RaisedIcpSign.Papilledema].label; // 'Papilledema'
 * ```
 */
export const RaisedIcpSign = /* @__PURE__ */ Object.freeze({
  DecerebratePosturing: 'decerebrate-posturing',
  DecorticatePosturing: 'decorticate-posturing',
  CranialNerveViPalsy: 'cranial-nerve-vi-palsy',
  Papilledema: 'papilledema',
  CushingsTriad: 'cushings-triad',
} as const);

/** One of the {@link RaisedIcpSign} values. */
export type RaisedIcpSign = (typeof RaisedIcpSign)[keyof typeof RaisedIcpSign];

/** A {@link raisedIcpSigns} entry. */
export type RaisedIcpSignEntry = VocabularyEntry;

/**
 * Reference data for every {@link RaisedIcpSign}.
 *
 * @example
 * ```ts
 * import { raisedIcpSigns } from 'cytokine-release-syndrome';
 * raisedIcpSigns['cushings-triad'].label; // "Cushing's triad"
 * ```
 */
export const raisedIcpSigns: Vocabulary<RaisedIcpSign, RaisedIcpSignEntry> = /* @__PURE__ */ defineRecord(() => ({
  [RaisedIcpSign.DecerebratePosturing]: {
    label: englishValueLabels.raisedIcpSigns[RaisedIcpSign.DecerebratePosturing],
    description: 'Extensor posturing of the arms and legs.',
  },
  [RaisedIcpSign.DecorticatePosturing]: {
    label: englishValueLabels.raisedIcpSigns[RaisedIcpSign.DecorticatePosturing],
    description: 'Flexor posturing of the arms with extended legs.',
  },
  [RaisedIcpSign.CranialNerveViPalsy]: {
    label: englishValueLabels.raisedIcpSigns[RaisedIcpSign.CranialNerveViPalsy],
    description: 'Palsy of the abducens nerve (cranial nerve VI).',
  },
  [RaisedIcpSign.Papilledema]: {
    label: englishValueLabels.raisedIcpSigns[RaisedIcpSign.Papilledema],
    description: 'Swelling of the optic disc from raised intracranial pressure.',
  },
  [RaisedIcpSign.CushingsTriad]: {
    label: englishValueLabels.raisedIcpSigns[RaisedIcpSign.CushingsTriad],
    description: 'Hypertension, bradycardia and irregular breathing from raised intracranial pressure.',
  },
}));
