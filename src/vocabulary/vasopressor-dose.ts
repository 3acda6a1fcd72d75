import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * How high the vasopressor requirement is, as the caller judges it from the dose table of the scale
 * being graded. Lee 2014, Penn, MSKCC and CARTOX band hypotension by "low-dose" and "high-dose"
 * vasopressors; the library does not compute the band from doses, because the Lee 2014 dose table
 * could not be verified.
 *
 * @see criteria DEC-15 (docs/criteria/decisions.md#dec-15)
 * @see criteria LEE2014-CRS-10 (docs/criteria/lee-2014-crs.md#lee2014-crs-10); doi:10.1182/blood-2014-05-552729, CRS grading table
 * @example
 * ```ts
 * import { VasopressorDose, vasopressorDoses } from 'cytokine-release-syndrome';
 * vasopressorDoses[VasopressorDose.High].label; // 'High dose'
 * ```
 */
export const VasopressorDose = /* @__PURE__ */ Object.freeze({
  Low: 'low',
  High: 'high',
  /** Hypotension persists despite high-dose vasopressors. */
  RefractoryToHigh: 'refractory-to-high',
} as const);

/** One of the {@link VasopressorDose} values. */
export type VasopressorDose = (typeof VasopressorDose)[keyof typeof VasopressorDose];

/**
 * Reference data for every {@link VasopressorDose}.
 *
 * @example
 * ```ts
 * import { vasopressorDoses } from 'cytokine-release-syndrome';
 * vasopressorDoses['refractory-to-high'].label; // 'Refractory to high dose'
 * ```
 */
export const vasopressorDoses: Vocabulary<VasopressorDose, VocabularyEntry> = /* @__PURE__ */ defineRecord(() => ({
  [VasopressorDose.Low]: {
    label: englishValueLabels.vasopressorDoses[VasopressorDose.Low],
    description: 'Vasopressors below the high-dose threshold of the scale being graded.',
  },
  [VasopressorDose.High]: {
    label: englishValueLabels.vasopressorDoses[VasopressorDose.High],
    description: 'Vasopressors at or above the high-dose threshold of the scale being graded.',
  },
  [VasopressorDose.RefractoryToHigh]: {
    label: englishValueLabels.vasopressorDoses[VasopressorDose.RefractoryToHigh],
    description: 'Hypotension that persists despite high-dose vasopressors.',
  },
}));
