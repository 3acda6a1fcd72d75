import type { NumberRange } from '../grading/number-range.js';
import type { CerebralEdema } from '../vocabulary/cerebral-edema.js';
import type { ConsciousnessLevel } from '../vocabulary/consciousness-level.js';
import type { MotorWeakness } from '../vocabulary/motor-weakness.js';
import type { RaisedIcpSign } from '../vocabulary/raised-icp-sign.js';
import type { Seizure } from '../vocabulary/seizure.js';
import type { IceItems } from './ice.js';

/**
 * One ICANS assessment window: the worst findings in it. Every domain is required and absence is
 * stated explicitly (`seizure: 'none'`, `raisedIcpSigns: []`, `cerebralEdema: 'not-imaged'`),
 * because a missing fact must never be read as normal. Record only findings attributed to ICANS.
 *
 * Not part of ICANS, so not recorded here: tremor and myoclonus (grade them with CTCAE, e.g.
 * "Tremor" and "Myoclonus"), and intracranial haemorrhage with or without oedema (grade it with
 * CTCAE, e.g. "Intracranial hemorrhage").
 *
 * @see criteria ASTCT-ICANS-07, ASTCT-ICANS-10, ASTCT-ICANS-11 (docs/criteria/astct-2019-icans.md#astct-icans-07); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-01, DEC-04, DEC-41 (docs/criteria/decisions.md#dec-01)
 * @example
 * ```ts
 * import type { IcansAssessment } from 'cytokine-release-syndrome';
 * const assessment: IcansAssessment = {
 *   ageYears: 58,
 *   ice: { orientation: 2, naming: 3, commands: 1, writing: 0, attention: 0 },
 *   consciousness: 'alert',
 *   seizure: 'none',
 *   motorWeakness: 'none',
 *   cerebralEdema: 'not-imaged',
 *   raisedIcpSigns: [],
 * };
 * ```
 */
export interface IcansAssessment {
  /**
   * Age in years (fractions allowed). It chooses the instrument: CAPD below the age boundary
   * (default 12, see `IcansGradingOptions.capdBelowAgeYears`), ICE from it.
   */
  readonly ageYears: number;
  /**
   * Baseline developmental delay: CAPD is used whatever the age (it is validated up to age 21).
   * Defaults to `false`.
   *
   * @see criteria ASTCT-ICANS-13 (docs/criteria/astct-2019-icans.md#astct-icans-13); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
   * @see criteria DEC-33 (docs/criteria/decisions.md#dec-33)
   */
  readonly developmentalDelay?: boolean | undefined;
  /**
   * ICE score (an integer from 0 to 10) or its five items. Required when ICE is the instrument,
   * unless the patient is unarousable (then only 0 is allowed); not allowed when CAPD is.
   */
  readonly ice?: number | IceItems | undefined;
  /**
   * CAPD total (an integer from 0 to 32). Required when CAPD is the instrument, unless the child is
   * unarousable (then it must be left out: ASTCT treats an unarousable child as unable to perform
   * CAPD); not allowed when ICE is.
   */
  readonly capd?: number | undefined;
  /** Level of consciousness. */
  readonly consciousness: ConsciousnessLevel;
  /**
   * The depressed level of consciousness is explained by sedating drugs, so it is not graded.
   * Defaults to `false`. Not allowed with `consciousness: 'unarousable'`: ICE or CAPD cannot be
   * performed then, and grading the other domains alone would read the missing encephalopathy
   * score as normal; grade when the patient can be roused (e.g. during a sedation interruption).
   *
   * @see criteria ASTCT-ICANS-09 (docs/criteria/astct-2019-icans.md#astct-icans-09); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
   * @see criteria DEC-37 (docs/criteria/decisions.md#dec-37)
   */
  readonly sedated?: boolean | undefined;
  /** The worst seizure. */
  readonly seizure: Seizure;
  /** Deep focal motor weakness. */
  readonly motorWeakness: MotorWeakness;
  /** Cerebral oedema on neuroimaging, or `'not-imaged'`. */
  readonly cerebralEdema: CerebralEdema;
  /** Clinical signs of raised intracranial pressure, each at most once; `[]` for none. */
  readonly raisedIcpSigns: readonly RaisedIcpSign[];
  /** Death from ICANS, with no other principal cause (grade 5). Defaults to `false`. */
  readonly diedOfIcans?: boolean | undefined;
}

/**
 * Options for `gradeICANS` and `safeGradeICANS`.
 *
 * @example
 * ```ts
 * import type { IcansGradingOptions } from 'cytokine-release-syndrome';
 * // Follow NCIt, which puts 12-year-olds on CAPD:
 * const options: IcansGradingOptions = { capdBelowAgeYears: 13 };
 * ```
 */
export interface IcansGradingOptions {
  /**
   * Patients younger than this many years are assessed with CAPD, older ones with ICE. Default
   * {@link DEFAULT_CAPD_BELOW_AGE_YEARS} (12: ASCO and the ASTCT summary say CAPD "under 12").
   * Set 13 to follow NCIt, which says CAPD for "children 12 and under". An integer from 1 to 21
   * (CAPD is validated up to age 21).
   *
   * @see criteria ASTCT-ICANS-13 (docs/criteria/astct-2019-icans.md#astct-icans-13); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
   * @see criteria DEC-33 (docs/criteria/decisions.md#dec-33)
   */
  readonly capdBelowAgeYears?: number | undefined;
}

/**
 * The default age boundary: CAPD below 12 years, ICE from 12.
 *
 * @see criteria ASTCT-ICANS-13 (docs/criteria/astct-2019-icans.md#astct-icans-13); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-33 (docs/criteria/decisions.md#dec-33)
 * @example
 * ```ts
 * import { DEFAULT_CAPD_BELOW_AGE_YEARS } from 'cytokine-release-syndrome';
 * DEFAULT_CAPD_BELOW_AGE_YEARS; // 12
 * ```
 */
export const DEFAULT_CAPD_BELOW_AGE_YEARS = 12;

/**
 * Allowed values of `capdBelowAgeYears`: an integer from 1 to 21 years (CAPD is validated up to 21).
 *
 * @example
 * ```ts
 * import { CAPD_BELOW_AGE_YEARS_RANGE } from 'cytokine-release-syndrome';
 * CAPD_BELOW_AGE_YEARS_RANGE; // { min: 1, max: 21, unit: 'years' }
 * ```
 */
export const CAPD_BELOW_AGE_YEARS_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({ min: 1, max: 21, unit: 'years' });

/**
 * Plausible ages: 0 to 130 years (a data-entry guard, not a clinical threshold).
 *
 * @example
 * ```ts
 * import { AGE_YEARS_RANGE } from 'cytokine-release-syndrome';
 * AGE_YEARS_RANGE.max; // 130
 * ```
 */
export const AGE_YEARS_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({ min: 0, max: 130, unit: 'years' });

/**
 * The range of the CAPD total: an integer from 0 to 32.
 *
 * @see criteria ASTCT-ICANS-16 (docs/criteria/astct-2019-icans.md#astct-icans-16); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-05 (docs/criteria/decisions.md#dec-05)
 * @example
 * ```ts
 * import { CAPD_SCORE_RANGE } from 'cytokine-release-syndrome';
 * CAPD_SCORE_RANGE.max; // 32
 * ```
 */
export const CAPD_SCORE_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({ min: 0, max: 32 });
