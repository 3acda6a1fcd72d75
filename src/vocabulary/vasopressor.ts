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

/** A {@link vasopressors} entry. */
export type VasopressorEntry = VocabularyEntry;

/**
 * Reference data for every {@link Vasopressor}.
 *
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
  },
  [Vasopressor.Epinephrine]: {
    label: englishValueLabels.vasopressors[Vasopressor.Epinephrine],
    description: 'Catecholamine with vasopressor and inotropic effect.',
  },
  [Vasopressor.Phenylephrine]: {
    label: englishValueLabels.vasopressors[Vasopressor.Phenylephrine],
    description: 'Pure alpha-1 agonist vasopressor.',
  },
  [Vasopressor.Dopamine]: {
    label: englishValueLabels.vasopressors[Vasopressor.Dopamine],
    description: 'Catecholamine whose vasopressor effect is dose-dependent.',
  },
  [Vasopressor.Vasopressin]: {
    label: englishValueLabels.vasopressors[Vasopressor.Vasopressin],
    description: 'Non-catecholamine vasopressor; ASTCT 2019 does not count it toward multiple vasopressors.',
  },
  [Vasopressor.AngiotensinII]: {
    label: englishValueLabels.vasopressors[Vasopressor.AngiotensinII],
    description: 'Synthetic angiotensin II, a non-catecholamine vasopressor.',
  },
}));
