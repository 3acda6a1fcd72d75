import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * The tier of CRS in which a treatment is used: `mild` for supportive care of fever and
 * constitutional symptoms (ASTCT grade 1), `severe` once there is hypotension, hypoxia or organ
 * dysfunction (grade 2 or higher). A tier is not an indication: doses and triggers belong to the
 * product label and the treating team.
 *
 * @see criteria REF-54 (docs/criteria/reference-data.md#ref-54)
 * @example
 * ```ts
 * import { TreatmentTier, treatments } from 'cytokine-release-syndrome';
 * treatments['paracetamol'].severity === TreatmentTier.Mild; // true
 * ```
 */
export const TreatmentTier = /* @__PURE__ */ Object.freeze({
  Mild: 'mild',
  Severe: 'severe',
} as const);

/**
 * One of the {@link TreatmentTier} values.
 *
 * @see criteria REF-54 (docs/criteria/reference-data.md#ref-54)
 * @example
 * ```ts
 * import type { TreatmentTier } from 'cytokine-release-syndrome';
 * const tier: TreatmentTier = 'severe';
 * ```
 */
export type TreatmentTier = (typeof TreatmentTier)[keyof typeof TreatmentTier];

/**
 * Treatments and supportive measures for CRS. Doses are deliberately absent. Tocilizumab treats
 * CRS; it is not a cause of it.
 *
 * @see criteria REF-01, REF-54 to REF-66 (docs/criteria/reference-data.md#ref-01)
 * @example
 * ```ts
 * import { Treatment, treatments } from 'cytokine-release-syndrome';
 * treatments[Treatment.Tocilizumab].atc; // 'L04AC07'
 * ```
 */
export const Treatment = /* @__PURE__ */ Object.freeze({
  VitalSignMonitoring: 'vital-sign-monitoring',
  Paracetamol: 'paracetamol',
  IntravenousFluids: 'intravenous-fluids',
  Tocilizumab: 'tocilizumab',
  Dexamethasone: 'dexamethasone',
  Methylprednisolone: 'methylprednisolone',
  Siltuximab: 'siltuximab',
  Anakinra: 'anakinra',
  Oxygen: 'oxygen',
  Vasopressors: 'vasopressors',
  IntensiveCare: 'intensive-care',
  RenalReplacementTherapy: 'renal-replacement-therapy',
} as const);

/**
 * One of the {@link Treatment} values.
 *
 * @see criteria REF-01, REF-54 to REF-66 (docs/criteria/reference-data.md#ref-01)
 * @example
 * ```ts
 * import type { Treatment } from 'cytokine-release-syndrome';
 * const treatment: Treatment = 'anakinra';
 * ```
 */
export type Treatment = (typeof Treatment)[keyof typeof Treatment];

/**
 * A {@link treatments} entry.
 *
 * @see criteria REF-54 (docs/criteria/reference-data.md#ref-54)
 * @see criteria CODE-40 to CODE-52 (docs/criteria/codes.md#code-40)
 * @example
 * ```ts
 * import { treatments, type TreatmentEntry } from 'cytokine-release-syndrome';
 * const entry: TreatmentEntry = treatments['anakinra'];
 * entry.rxNormIngredient; // '72435'
 * ```
 */
export interface TreatmentEntry extends VocabularyEntry {
  /** The CRS tier in which it is used. */
  readonly severity: TreatmentTier;
  /** WHO ATC code, for single drugs only; `null` for measures and drug classes. */
  readonly atc: string | null;
  /**
   * RxNorm ingredient RxCUI, only where its source is confirmed (docs/criteria/codes.md); `null`
   * otherwise. Siltuximab is `null`: no ingredient RxCUI for it was verified (1535218, which some
   * lists give, was never seen in a stored source).
   */
  readonly rxNormIngredient: string | null;
}

/**
 * Reference data for every {@link Treatment}.
 *
 * @see criteria REF-54 to REF-66 (docs/criteria/reference-data.md#ref-54)
 * @see criteria CODE-40 to CODE-52 (docs/criteria/codes.md#code-40)
 * @example
 * ```ts
 * import { treatments } from 'cytokine-release-syndrome';
 * treatments['dexamethasone'].label; // 'Dexamethasone'
 * ```
 */
export const treatments: Vocabulary<Treatment, TreatmentEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Treatment.VitalSignMonitoring]: {
    label: englishValueLabels.treatments[Treatment.VitalSignMonitoring],
    description: 'Regular checks of temperature, blood pressure, heart rate, breathing and oxygen saturation.',
    severity: TreatmentTier.Mild,
    atc: null,
    rxNormIngredient: null,
  },
  [Treatment.Paracetamol]: {
    label: englishValueLabels.treatments[Treatment.Paracetamol],
    description: 'Antipyretic for fever; part of supportive care from grade 1.',
    severity: TreatmentTier.Mild,
    atc: 'N02BE01',
    rxNormIngredient: '161',
  },
  [Treatment.IntravenousFluids]: {
    label: englishValueLabels.treatments[Treatment.IntravenousFluids],
    description: 'IV hydration in supportive care; fluid boluses are the first step for hypotension.',
    severity: TreatmentTier.Mild,
    atc: null,
    rxNormIngredient: null,
  },
  [Treatment.Tocilizumab]: {
    label: englishValueLabels.treatments[Treatment.Tocilizumab],
    description: 'IL-6 receptor antibody; labelled for CAR T cell-induced severe or life-threatening CRS from age 2.',
    severity: TreatmentTier.Severe,
    atc: 'L04AC07',
    rxNormIngredient: '612865',
  },
  [Treatment.Dexamethasone]: {
    label: englishValueLabels.treatments[Treatment.Dexamethasone],
    description: 'Corticosteroid added for grade 3 CRS and for ICANS.',
    severity: TreatmentTier.Severe,
    atc: 'H02AB02',
    rxNormIngredient: '3264',
  },
  [Treatment.Methylprednisolone]: {
    label: englishValueLabels.treatments[Treatment.Methylprednisolone],
    description: 'Corticosteroid given at high dose for grade 4 CRS.',
    severity: TreatmentTier.Severe,
    atc: 'H02AB04',
    rxNormIngredient: '6902',
  },
  [Treatment.Siltuximab]: {
    label: englishValueLabels.treatments[Treatment.Siltuximab],
    description: 'Antibody against IL-6 itself; an alternative to tocilizumab, and it can interfere with IL-6 assays.',
    severity: TreatmentTier.Severe,
    atc: 'L04AC11',
    rxNormIngredient: null,
  },
  [Treatment.Anakinra]: {
    label: englishValueLabels.treatments[Treatment.Anakinra],
    description: 'IL-1 receptor antagonist; used for CRS or ICANS that persists or progresses despite tocilizumab or corticosteroids.',
    severity: TreatmentTier.Severe,
    atc: 'L04AC03',
    rxNormIngredient: '72435',
  },
  [Treatment.Oxygen]: {
    label: englishValueLabels.treatments[Treatment.Oxygen],
    description: 'Oxygen for hypoxia; the device and flow set the ASTCT grade (see OxygenDevice).',
    severity: TreatmentTier.Severe,
    atc: null,
    rxNormIngredient: null,
  },
  [Treatment.Vasopressors]: {
    label: englishValueLabels.treatments[Treatment.Vasopressors],
    description: 'Drugs that raise blood pressure when fluids are not enough; their number sets the ASTCT grade (see Vasopressor).',
    severity: TreatmentTier.Severe,
    atc: null,
    rxNormIngredient: null,
  },
  [Treatment.IntensiveCare]: {
    label: englishValueLabels.treatments[Treatment.IntensiveCare],
    description: 'Transfer to intensive care, recommended from grade 3 CRS and grade 3 ICANS.',
    severity: TreatmentTier.Severe,
    atc: null,
    rxNormIngredient: null,
  },
  [Treatment.RenalReplacementTherapy]: {
    label: englishValueLabels.treatments[Treatment.RenalReplacementTherapy],
    description: 'Dialysis or haemofiltration, which replaces kidney function; its use in CRS has been proposed, but no guideline seen names it.',
    severity: TreatmentTier.Severe,
    atc: null,
    rxNormIngredient: null,
  },
}));
