import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * Cerebral oedema on neuroimaging, or that no imaging was done. Intracranial haemorrhage, with or
 * without oedema around it, is not ICANS and is not recorded here (grade it with CTCAE).
 *
 * @see criteria ASTCT-ICANS-06, ASTCT-ICANS-11 (docs/criteria/astct-2019-icans.md#astct-icans-06); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-38 (docs/criteria/decisions.md#dec-38)
 * @example
 * ```ts
 * import { CerebralEdema, cerebralEdemas } from 'cytokine-release-syndrome';
 * cerebralEdemas[CerebralEdema.Diffuse].label; // 'Diffuse cerebral edema'
 * ```
 */
export const CerebralEdema = /* @__PURE__ */ Object.freeze({
  None: 'none',
  Focal: 'focal',
  Diffuse: 'diffuse',
  NotImaged: 'not-imaged',
} as const);

/** One of the {@link CerebralEdema} values. */
export type CerebralEdema = (typeof CerebralEdema)[keyof typeof CerebralEdema];

/** A {@link cerebralEdemas} entry. */
export type CerebralEdemaEntry = VocabularyEntry;

/**
 * Reference data for every {@link CerebralEdema}.
 *
 * @example
 * ```ts
 * import { cerebralEdemas } from 'cytokine-release-syndrome';
 * cerebralEdemas['not-imaged'].label; // 'No neuroimaging done'
 * ```
 */
export const cerebralEdemas: Vocabulary<CerebralEdema, CerebralEdemaEntry> = /* @__PURE__ */ defineRecord(() => ({
  [CerebralEdema.None]: {
    label: englishValueLabels.cerebralEdemas[CerebralEdema.None],
    description: 'Neuroimaging done; no cerebral oedema attributed to ICANS.',
  },
  [CerebralEdema.Focal]: {
    label: englishValueLabels.cerebralEdemas[CerebralEdema.Focal],
    description: 'Focal or local oedema on neuroimaging.',
  },
  [CerebralEdema.Diffuse]: {
    label: englishValueLabels.cerebralEdemas[CerebralEdema.Diffuse],
    description: 'Diffuse cerebral oedema on neuroimaging.',
  },
  [CerebralEdema.NotImaged]: {
    label: englishValueLabels.cerebralEdemas[CerebralEdema.NotImaged],
    description: 'No neuroimaging was done, so cerebral oedema was not assessed.',
  },
}));
