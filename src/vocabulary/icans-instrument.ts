import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * The encephalopathy instrument an ICANS grading used: the ICE score for adults and older
 * children, CAPD for younger children and for patients with baseline developmental delay.
 *
 * @see criteria ASTCT-ICANS-01, ASTCT-ICANS-13, ASTCT-ICANS-16 (docs/criteria/astct-2019-icans.md#astct-icans-01); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @example
 * ```ts
 * import { IcansInstrument, icansInstruments } from 'cytokine-release-syndrome';
 * icansInstruments[IcansInstrument.Capd].label; // 'CAPD (Cornell Assessment of Pediatric Delirium)'
 * ```
 */
export const IcansInstrument = /* @__PURE__ */ Object.freeze({
  Ice: 'ice',
  Capd: 'capd',
} as const);

/** One of the {@link IcansInstrument} values. */
export type IcansInstrument = (typeof IcansInstrument)[keyof typeof IcansInstrument];

/** An {@link icansInstruments} entry. */
export interface IcansInstrumentEntry extends VocabularyEntry {
  /** The lowest and highest possible score. */
  readonly scoreRange: { readonly min: number; readonly max: number };
  /** Whether a higher score means worse encephalopathy (CAPD) or better (ICE). */
  readonly higherIsWorse: boolean;
}

/**
 * Reference data for every {@link IcansInstrument}.
 *
 * @example
 * ```ts
 * import { icansInstruments } from 'cytokine-release-syndrome';
 * icansInstruments.ice.scoreRange; // { min: 0, max: 10 }
 * ```
 */
export const icansInstruments: Vocabulary<IcansInstrument, IcansInstrumentEntry> = /* @__PURE__ */ defineRecord(() => ({
  [IcansInstrument.Ice]: {
    label: englishValueLabels.icansInstruments[IcansInstrument.Ice],
    description: '10-point bedside test of orientation, naming, commands, writing and attention; 10 is normal.',
    scoreRange: { min: 0, max: 10 },
    higherIsWorse: false,
  },
  [IcansInstrument.Capd]: {
    label: englishValueLabels.icansInstruments[IcansInstrument.Capd],
    description: '8 observed behaviours scored 0 to 4 each (total 0 to 32); 9 or more screens positive for delirium.',
    scoreRange: { min: 0, max: 32 },
    higherIsWorse: true,
  },
}));
