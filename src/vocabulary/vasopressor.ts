import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * Vasopressors recorded in a CRS assessment. Vasopressin is listed because ASTCT 2019 treats it
 * specially: it never counts toward "multiple vasopressors".
 *
 * @see criteria ASTCT-CRS-02 (docs/criteria/astct-2019-crs.md#astct-crs-02); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-20, DEC-21 (docs/criteria/decisions.md#dec-20)
 * @example
 * ```ts
 * import { Vasopressor, vasopressors } from 'cytokine-release-syndrome';
 * vasopressors[Vasopressor.Norepinephrine].label; // 'Norepinephrine'
 * ```
 */
export const Vasopressor = /* @__PURE__ */ Object.freeze({
  Norepinephrine: 'norepinephrine',
  Epinephrine: 'epinephrine',
  Phenylephrine: 'phenylephrine',
  Dopamine: 'dopamine',
  Vasopressin: 'vasopressin',
  AngiotensinII: 'angiotensin-ii',
} as const);

/** One of the {@link Vasopressor} values. */
export type Vasopressor = (typeof Vasopressor)[keyof typeof Vasopressor];

/**
 * A {@link vasopressors} entry, with the codes an EHR uses for the agent.
 *
 * @see criteria CODE-66 to CODE-71 (docs/criteria/codes.md#code-66)
 * @example
 * ```ts
 * import { vasopressors, type VasopressorEntry } from 'cytokine-release-syndrome';
 * const entry: VasopressorEntry = vasopressors['norepinephrine'];
 * entry.rxNormIngredient; // '7512'
 * entry.atc; // 'C01CA03'
 * ```
 */
export interface VasopressorEntry extends VocabularyEntry {
  /** WHO ATC code of the single substance. */
  readonly atc: string;
  /**
   * RxNorm ingredient RxCUI, only where its source is confirmed; `null` otherwise. Angiotensin II
   * is `null`: no ingredient RxCUI for it was seen in any stored source. A MedicationAdministration
   * usually carries a product code (e.g. a clinical drug), which matches no ingredient code: the
   * FHIR reader takes the caller's own product codes for that.
   */
  readonly rxNormIngredient: string | null;
}

/**
 * Reference data for every {@link Vasopressor}.
 *
 * @see criteria CODE-66 to CODE-71 (docs/criteria/codes.md#code-66)
 * @example
 * ```ts
 * import { vasopressors } from 'cytokine-release-syndrome';
 * vasopressors.vasopressin.label; // 'Vasopressin'
 * ```
 */
export const vasopressors: Vocabulary<Vasopressor, VasopressorEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Vasopressor.Norepinephrine]: {
    label: englishValueLabels.vasopressors[Vasopressor.Norepinephrine],
    description: 'Catecholamine vasopressor; the usual first agent for vasodilatory shock.',
    atc: 'C01CA03',
    rxNormIngredient: '7512',
  },
  [Vasopressor.Epinephrine]: {
    label: englishValueLabels.vasopressors[Vasopressor.Epinephrine],
    description: 'Catecholamine with vasopressor and inotropic effect.',
    atc: 'C01CA24',
    rxNormIngredient: '3992',
  },
  [Vasopressor.Phenylephrine]: {
    label: englishValueLabels.vasopressors[Vasopressor.Phenylephrine],
    description: 'Pure alpha-1 agonist vasopressor.',
    atc: 'C01CA06',
    rxNormIngredient: '8163',
  },
  [Vasopressor.Dopamine]: {
    label: englishValueLabels.vasopressors[Vasopressor.Dopamine],
    description: 'Catecholamine whose vasopressor effect is dose-dependent.',
    atc: 'C01CA04',
    rxNormIngredient: '3628',
  },
  [Vasopressor.Vasopressin]: {
    label: englishValueLabels.vasopressors[Vasopressor.Vasopressin],
    description: 'Non-catecholamine vasopressor; ASTCT 2019 does not count it toward multiple vasopressors.',
    atc: 'H01BA01',
    rxNormIngredient: '11149',
  },
  [Vasopressor.AngiotensinII]: {
    label: englishValueLabels.vasopressors[Vasopressor.AngiotensinII],
    description: 'Synthetic angiotensin II, a non-catecholamine vasopressor.',
    atc: 'C01CX09',
    rxNormIngredient: null,
  },
}));
