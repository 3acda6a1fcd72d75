import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * Why a patient is in hospital for CRS, as the Penn and CTCAE v4.03 scales ask.
 *
 * @see criteria PENN2018-CRS-03, PENN2018-CRS-05 (docs/criteria/penn-2018-crs.md#penn2018-crs-03); doi:10.1186/s13045-018-0571-y, Penn CRS grading table
 * @see criteria CTCAE403-CRS-04 (docs/criteria/ctcae-v4-03-crs.md#ctcae403-crs-04); NCI CTCAE v4.03 (2010-06-14), Cytokine release syndrome
 * @example
 * ```ts
 * import { Hospitalization, hospitalizations } from 'cytokine-release-syndrome';
 * hospitalizations[Hospitalization.ForOrganDysfunction].label; // 'For organ dysfunction'
 * ```
 */
export const Hospitalization = /* @__PURE__ */ Object.freeze({
  /** Not in hospital for CRS. */
  None: 'none',
  /** In hospital to manage CRS symptoms (e.g. fever with neutropenia). */
  ForCrsSymptoms: 'for-crs-symptoms',
  /** In hospital to manage organ dysfunction or other clinical sequelae of CRS (e.g. renal impairment, pulmonary infiltrates). */
  ForOrganDysfunction: 'for-organ-dysfunction',
} as const);

/** One of the {@link Hospitalization} values. */
export type Hospitalization = (typeof Hospitalization)[keyof typeof Hospitalization];

/**
 * Reference data for every {@link Hospitalization}.
 *
 * @example
 * ```ts
 * import { hospitalizations } from 'cytokine-release-syndrome';
 * hospitalizations['for-crs-symptoms'].label; // 'For CRS symptoms'
 * ```
 */
export const hospitalizations: Vocabulary<Hospitalization, VocabularyEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Hospitalization.None]: {
    label: englishValueLabels.hospitalizations[Hospitalization.None],
    description: 'The patient is not in hospital because of CRS.',
  },
  [Hospitalization.ForCrsSymptoms]: {
    label: englishValueLabels.hospitalizations[Hospitalization.ForCrsSymptoms],
    description: 'In hospital to manage CRS symptoms, such as fever with neutropenia or a need for IV therapy.',
  },
  [Hospitalization.ForOrganDysfunction]: {
    label: englishValueLabels.hospitalizations[Hospitalization.ForOrganDysfunction],
    description: 'In hospital to manage organ dysfunction or other clinical sequelae of CRS (e.g. renal impairment, pulmonary infiltrates).',
  },
}));
