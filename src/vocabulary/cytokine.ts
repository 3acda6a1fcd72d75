import { defineRecord } from '../internal/deep-freeze.js';
import { Marker } from './marker.js';
import { Reference } from './reference.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * Cells that release the CRS cytokines, as far as the cited sources name them.
 *
 * @see criteria REF-29 to REF-32 (docs/criteria/reference-data.md#ref-29)
 * @example
 * ```ts
 * import { CellType, cytokines } from 'cytokine-release-syndrome';
 * cytokines['interferon-gamma'].releasedBy.includes(CellType.TCell); // true
 * ```
 */
export const CellType = /* @__PURE__ */ Object.freeze({
  TCell: 't-cell',
  Monocyte: 'monocyte',
  Macrophage: 'macrophage',
  EndothelialCell: 'endothelial-cell',
} as const);

/**
 * One of the {@link CellType} values.
 *
 * @see criteria REF-29 to REF-32 (docs/criteria/reference-data.md#ref-29)
 * @example
 * ```ts
 * import type { CellType } from 'cytokine-release-syndrome';
 * const cell: CellType = 'macrophage';
 * ```
 */
export type CellType = (typeof CellType)[keyof typeof CellType];

/**
 * The cytokines of the CRS amplification loop. Tocilizumab and siltuximab block IL-6 signalling
 * and anakinra blocks IL-1; they are treatments (see `Treatment`).
 *
 * @see criteria REF-29 to REF-32, REF-34, REF-38 (docs/criteria/reference-data.md#ref-29)
 * @example
 * ```ts
 * import { Cytokine, cytokines } from 'cytokine-release-syndrome';
 * cytokines[Cytokine.Il6].marker; // 'interleukin-6'
 * ```
 */
export const Cytokine = /* @__PURE__ */ Object.freeze({
  Il6: 'interleukin-6',
  Il1: 'interleukin-1',
  TnfAlpha: 'tumor-necrosis-factor-alpha',
  IfnGamma: 'interferon-gamma',
} as const);

/**
 * One of the {@link Cytokine} values.
 *
 * @see criteria REF-29 to REF-32, REF-34, REF-38 (docs/criteria/reference-data.md#ref-29)
 * @example
 * ```ts
 * import type { Cytokine } from 'cytokine-release-syndrome';
 * const cytokine: Cytokine = 'interleukin-1';
 * ```
 */
export type Cytokine = (typeof Cytokine)[keyof typeof Cytokine];

/**
 * A {@link cytokines} entry.
 *
 * @see criteria REF-29 to REF-32 (docs/criteria/reference-data.md#ref-29)
 * @see criteria CODE-16, CODE-29 to CODE-31 (docs/criteria/codes.md#code-16)
 * @example
 * ```ts
 * import { cytokines, type CytokineEntry } from 'cytokine-release-syndrome';
 * const entry: CytokineEntry = cytokines['interleukin-1'];
 * entry.marker; // 'interleukin-1-beta'
 * ```
 */
export interface CytokineEntry extends VocabularyEntry {
  /** Cells the cited sources name as releasing it in CRS; not every cell that can make it. */
  readonly releasedBy: readonly CellType[];
  /** The laboratory {@link Marker} that measures it, or `null` when there is none. */
  readonly marker: Marker | null;
  /** The works the cell facts come from. */
  readonly sources: readonly Reference[];
}

/**
 * Reference data for every {@link Cytokine}.
 *
 * @see criteria REF-29 to REF-32 (docs/criteria/reference-data.md#ref-29)
 * @see criteria CODE-16, CODE-29 to CODE-31 (docs/criteria/codes.md#code-16)
 * @example
 * ```ts
 * import { cytokines } from 'cytokine-release-syndrome';
 * cytokines['interleukin-6'].releasedBy; // ['macrophage', 'monocyte', 'endothelial-cell']
 * ```
 */
export const cytokines: Vocabulary<Cytokine, CytokineEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Cytokine.Il6]: {
    label: englishValueLabels.cytokines[Cytokine.Il6],
    description: 'Released in large amounts by macrophages and endothelial cells; feeds back to activate T cells.',
    releasedBy: [CellType.Macrophage, CellType.Monocyte, CellType.EndothelialCell],
    marker: Marker.Il6,
    sources: [Reference.ShimabukuroVornhagen2018, Reference.Norelli2018, Reference.Giavridis2018],
  },
  [Cytokine.Il1]: {
    label: englishValueLabels.cytokines[Cytokine.Il1],
    description: 'Released by monocytes and macrophages in CAR T-cell CRS; the lab marker measures the IL-1β form.',
    releasedBy: [CellType.Monocyte, CellType.Macrophage],
    marker: Marker.Il1Beta,
    sources: [Reference.Norelli2018, Reference.Giavridis2018],
  },
  [Cytokine.TnfAlpha]: {
    label: englishValueLabels.cytokines[Cytokine.TnfAlpha],
    description: 'Released by activated T cells and by macrophages; activates macrophages and endothelium.',
    releasedBy: [CellType.TCell, CellType.Macrophage],
    marker: Marker.TnfAlpha,
    sources: [Reference.ShimabukuroVornhagen2018, Reference.Stout1993],
  },
  [Cytokine.IfnGamma]: {
    label: englishValueLabels.cytokines[Cytokine.IfnGamma],
    description: 'Released by activated T cells; activates macrophages, which then release IL-6, IL-1 and TNF-α.',
    releasedBy: [CellType.TCell],
    marker: Marker.IfnGamma,
    sources: [Reference.ShimabukuroVornhagen2018],
  },
}));

/**
 * The self-amplifying loop behind CRS, in one line for a UI or a report.
 *
 * @see criteria REF-33 (docs/criteria/reference-data.md#ref-33)
 * @example
 * ```ts
 * import { cytokineAmplificationLoop } from 'cytokine-release-syndrome';
 * console.log(cytokineAmplificationLoop);
 * ```
 */
export const cytokineAmplificationLoop =
  'Activated T cells release IFN-γ (and TNF-α), which activates macrophages; macrophages release IL-6, IL-1 and TNF-α, which activate more T cells and other immune cells, so the release feeds itself.';
