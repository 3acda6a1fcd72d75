import { defineRecord } from '../internal/deep-freeze.js';
import { Reference } from './reference.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * The kind of trigger behind a cytokine release.
 *
 * @see criteria REF-11 (docs/criteria/reference-data.md#ref-11)
 * @example
 * ```ts
 * import { CauseCategory, causes } from 'cytokine-release-syndrome';
 * causes['sepsis'].category === CauseCategory.Infection; // true
 * ```
 */
export const CauseCategory = /* @__PURE__ */ Object.freeze({
  Immunotherapy: 'immunotherapy',
  Infection: 'infection',
  Transplantation: 'transplantation',
  AutoimmuneHyperinflammatory: 'autoimmune-hyperinflammatory',
} as const);

/**
 * One of the {@link CauseCategory} values.
 *
 * @see criteria REF-11 (docs/criteria/reference-data.md#ref-11)
 * @example
 * ```ts
 * import type { CauseCategory } from 'cytokine-release-syndrome';
 * const category: CauseCategory = 'transplantation';
 * ```
 */
export type CauseCategory = (typeof CauseCategory)[keyof typeof CauseCategory];

/**
 * Triggers of CRS and of the wider cytokine storm. ASTCT 2019 defines CRS after immune therapies
 * that engage T cells or other immune effector cells, and its grading is for those; the infection,
 * transplantation and hyperinflammatory triggers are from the cytokine-storm literature.
 *
 * Tocilizumab is NOT a cause: it is an IL-6 receptor antibody that treats CRS (see
 * `Treatment.Tocilizumab`). The page this project started from listed it among triggers; that is wrong.
 *
 * @see criteria REF-01 to REF-11 (docs/criteria/reference-data.md#ref-01)
 * @example
 * ```ts
 * import { Cause, causes } from 'cytokine-release-syndrome';
 * causes[Cause.BispecificTCellEngagers].examples; // ['blinatumomab', 'teclistamab']
 * ```
 */
export const Cause = /* @__PURE__ */ Object.freeze({
  CarTCells: 'car-t-cells',
  BispecificTCellEngagers: 'bispecific-t-cell-engagers',
  OtherTherapeuticAntibodies: 'other-therapeutic-antibodies',
  Sepsis: 'sepsis',
  Covid19: 'covid-19',
  Influenza: 'influenza',
  HaploidenticalStemCellTransplantation: 'haploidentical-stem-cell-transplantation',
  GraftVersusHostDisease: 'graft-versus-host-disease',
  MacrophageActivationSyndrome: 'macrophage-activation-syndrome',
} as const);

/**
 * One of the {@link Cause} values.
 *
 * @see criteria REF-01 to REF-11 (docs/criteria/reference-data.md#ref-01)
 * @example
 * ```ts
 * import type { Cause } from 'cytokine-release-syndrome';
 * const cause: Cause = 'car-t-cells';
 * ```
 */
export type Cause = (typeof Cause)[keyof typeof Cause];

/**
 * A {@link causes} entry.
 *
 * @see criteria REF-02 to REF-11 (docs/criteria/reference-data.md#ref-02)
 * @example
 * ```ts
 * import { causes, type CauseEntry } from 'cytokine-release-syndrome';
 * const entry: CauseEntry = causes['graft-versus-host-disease'];
 * entry.category; // 'transplantation'
 * ```
 */
export interface CauseEntry extends VocabularyEntry {
  /** The kind of trigger. */
  readonly category: CauseCategory;
  /** Named examples (drugs or pathogens) from the sources; empty when the cause is itself specific. */
  readonly examples: readonly string[];
  /** The works that name it as a trigger, or that name its examples as triggers (e.g. a product label). */
  readonly sources: readonly Reference[];
}

/**
 * Reference data for every {@link Cause}.
 *
 * @see criteria REF-01 to REF-11 (docs/criteria/reference-data.md#ref-01)
 * @example
 * ```ts
 * import { causes } from 'cytokine-release-syndrome';
 * causes['car-t-cells'].label; // 'CAR T cells'
 * ```
 */
export const causes: Vocabulary<Cause, CauseEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Cause.CarTCells]: {
    label: englishValueLabels.causes[Cause.CarTCells],
    description: 'Chimeric antigen receptor T-cell therapy, an immune effector cell therapy whose CRS ASTCT 2019 grades.',
    category: CauseCategory.Immunotherapy,
    examples: [],
    sources: [Reference.Lee2019, Reference.ShimabukuroVornhagen2018],
  },
  [Cause.BispecificTCellEngagers]: {
    label: englishValueLabels.causes[Cause.BispecificTCellEngagers],
    description: 'Bispecific antibodies that bind T cells to target cells and activate them.',
    category: CauseCategory.Immunotherapy,
    examples: ['blinatumomab', 'teclistamab'],
    sources: [Reference.ShimabukuroVornhagen2018, Reference.Lee2014, Reference.BlincytoLabel, Reference.TecvayliLabel],
  },
  [Cause.OtherTherapeuticAntibodies]: {
    label: englishValueLabels.causes[Cause.OtherTherapeuticAntibodies],
    description: 'Antibody therapies after which CRS has been described, including the first, the anti-CD3 antibody OKT3.',
    category: CauseCategory.Immunotherapy,
    examples: ['rituximab', 'alemtuzumab', 'muromonab-CD3 (OKT3)', 'anti-thymocyte globulin'],
    sources: [Reference.ShimabukuroVornhagen2018],
  },
  [Cause.Sepsis]: {
    label: englishValueLabels.causes[Cause.Sepsis],
    description: 'Systemic infection; one of the first settings in which cytokine storm was described.',
    category: CauseCategory.Infection,
    examples: [],
    sources: [Reference.FajgenbaumJune2020],
  },
  [Cause.Covid19]: {
    label: englishValueLabels.causes[Cause.Covid19],
    description: 'SARS-CoV-2 infection; severe cases show features of a cytokine storm syndrome.',
    category: CauseCategory.Infection,
    examples: [],
    sources: [Reference.Henderson2020, Reference.FajgenbaumJune2020],
  },
  [Cause.Influenza]: {
    label: englishValueLabels.causes[Cause.Influenza],
    description: 'Influenza virus infection; the term cytokine storm was popularised with avian H5N1 influenza.',
    category: CauseCategory.Infection,
    examples: ['H5N1 avian influenza'],
    sources: [Reference.Tisoncik2012],
  },
  [Cause.HaploidenticalStemCellTransplantation]: {
    label: englishValueLabels.causes[Cause.HaploidenticalStemCellTransplantation],
    description: 'Transplantation of stem cells from a half-matched donor; CRS has been reported after it.',
    category: CauseCategory.Transplantation,
    examples: [],
    sources: [Reference.ShimabukuroVornhagen2018],
  },
  [Cause.GraftVersusHostDisease]: {
    label: englishValueLabels.causes[Cause.GraftVersusHostDisease],
    description: 'Donor immune cells attacking the recipient after allogeneic stem cell transplantation.',
    category: CauseCategory.Transplantation,
    examples: [],
    sources: [Reference.FajgenbaumJune2020],
  },
  [Cause.MacrophageActivationSyndrome]: {
    label: englishValueLabels.causes[Cause.MacrophageActivationSyndrome],
    description: 'Hyperinflammatory syndrome of rheumatic diseases such as systemic JIA; a form of cytokine storm syndrome.',
    category: CauseCategory.AutoimmuneHyperinflammatory,
    examples: [],
    sources: [Reference.Henderson2020],
  },
}));
