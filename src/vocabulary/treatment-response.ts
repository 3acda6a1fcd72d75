import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * Whether CRS needed symptomatic treatment or an interruption of therapy, and how it responded: the
 * axis of the CTCAE v4.03 CRS grades 1 to 3, which grade CRS like an infusion reaction.
 *
 * @see criteria CTCAE403-CRS-01 to CTCAE403-CRS-03 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-01); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @see criteria DEC-31 (docs/criteria/decisions.md#dec-31)
 * @example
 * ```ts
 * import { TreatmentResponse, treatmentResponses } from 'cytokine-release-syndrome';
 * treatmentResponses[TreatmentResponse.PromptResponse].label; // 'Prompt response to treatment'
 * ```
 */
export const TreatmentResponse = /* @__PURE__ */ Object.freeze({
  /** Neither an interruption of therapy nor an intervention was indicated. */
  NoIntervention: 'no-intervention',
  /** Interruption or symptomatic treatment was indicated and the symptoms responded promptly. */
  PromptResponse: 'prompt-response',
  /** Not rapidly responsive to symptomatic treatment or a brief interruption, or recurring after initial improvement. */
  ProlongedOrRecurrent: 'prolonged-or-recurrent',
} as const);

/** One of the {@link TreatmentResponse} values. */
export type TreatmentResponse = (typeof TreatmentResponse)[keyof typeof TreatmentResponse];

/**
 * Reference data for every {@link TreatmentResponse}.
 *
 * @example
 * ```ts
 * import { treatmentResponses } from 'cytokine-release-syndrome';
 * treatmentResponses['prolonged-or-recurrent'].label; // 'Prolonged or recurrent'
 * ```
 */
export const treatmentResponses: Vocabulary<TreatmentResponse, VocabularyEntry> = /* @__PURE__ */ defineRecord(() => ({
  [TreatmentResponse.NoIntervention]: {
    label: englishValueLabels.treatmentResponses[TreatmentResponse.NoIntervention],
    description: 'Neither an interruption of therapy nor an intervention was indicated.',
  },
  [TreatmentResponse.PromptResponse]: {
    label: englishValueLabels.treatmentResponses[TreatmentResponse.PromptResponse],
    description: 'Interruption or symptomatic treatment (e.g. antihistamines, NSAIDs, IV fluids) was indicated, with a prompt response.',
  },
  [TreatmentResponse.ProlongedOrRecurrent]: {
    label: englishValueLabels.treatmentResponses[TreatmentResponse.ProlongedOrRecurrent],
    description: 'Not rapidly responsive to symptomatic treatment or a brief interruption, or recurring after initial improvement.',
  },
}));
