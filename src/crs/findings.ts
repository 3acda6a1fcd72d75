/**
 * The rows of a CRS grading table.
 *
 * @example
 * ```ts
 * import { CrsDomain, gradeCRS } from 'cytokine-release-syndrome';
 * const grading = gradeCRS({ temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'cpap' } });
 * grading.drivers[0]?.domain === CrsDomain.Hypoxia; // true
 * ```
 */
export const CrsDomain = {
  Fever: 'fever',
  Hypotension: 'hypotension',
  Hypoxia: 'hypoxia',
  Death: 'death',
} as const;

/** One of the {@link CrsDomain} values. */
export type CrsDomain = (typeof CrsDomain)[keyof typeof CrsDomain];

/**
 * What a CRS grading found in each domain, as a machine-readable code. `describeCrsFinding` words
 * each one in English or German.
 *
 * @example
 * ```ts
 * import { CrsFinding, gradeCRS } from 'cytokine-release-syndrome';
 * const grading = gradeCRS({
 *   temperatureCelsius: 38.5,
 *   hypotension: true,
 *   vasopressors: [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }],
 *   oxygen: { device: 'room-air' },
 * });
 * grading.drivers[0]?.finding === CrsFinding.OneVasopressor; // true
 * ```
 */
export const CrsFinding = {
  /** Temperature at or above 38.0 °C. */
  Fever: 'fever',
  /** Temperature below 38.0 °C after antipyretic or anti-cytokine therapy: fever is no longer required. */
  FeverMasked: 'fever-masked',
  /** Temperature below 38.0 °C, fever not masked. */
  NoFever: 'no-fever',
  NoHypotension: 'no-hypotension',
  /** Hypotension that needs no vasopressor. */
  HypotensionWithoutVasopressor: 'hypotension-without-vasopressor',
  /** One vasopressor, with or without vasopressin (or vasopressin alone). */
  OneVasopressor: 'one-vasopressor',
  /** Two or more vasopressors, not counting vasopressin. */
  MultipleVasopressors: 'multiple-vasopressors',
  /** Room air. */
  NoOxygen: 'no-oxygen',
  /** Blow-by oxygen, or a nasal cannula at 6 L/min or less. */
  LowFlowOxygen: 'low-flow-oxygen',
  /** A nasal cannula above 6 L/min. */
  HighFlowNasalCannula: 'high-flow-nasal-cannula',
  /** A simple face mask, non-rebreather mask or Venturi mask. */
  OxygenMask: 'oxygen-mask',
  /** CPAP, BiPAP, or intubation and mechanical ventilation. */
  PositivePressure: 'positive-pressure',
  NoDeathFromCrs: 'no-death-from-crs',
  /** Death from CRS with no other principal cause. */
  DiedOfCrs: 'died-of-crs',
} as const;

/** One of the {@link CrsFinding} values. */
export type CrsFinding = (typeof CrsFinding)[keyof typeof CrsFinding];

/**
 * What a reader of a CRS grading must know beyond the grade.
 *
 * @example
 * ```ts
 * import { CrsNote, gradeCRS } from 'cytokine-release-syndrome';
 * const grading = gradeCRS({ temperatureCelsius: 37.2, hypotension: true, vasopressors: [], oxygen: { device: 'room-air' } });
 * grading.notes.includes(CrsNote.NoFeverNoCrs); // true: grade 0 although hypotensive
 * ```
 */
export const CrsNote = {
  /** Hypotension or hypoxia without fever (not masked): ASTCT criteria for CRS are not met, so the grade is 0. */
  NoFeverNoCrs: 'no-fever-no-crs',
  /** Fever is masked and there is neither hypotension nor hypoxia, which drive the grade once fever is masked. */
  MaskedFeverWithoutHypotensionOrHypoxia: 'masked-fever-without-hypotension-or-hypoxia',
  /** Vasopressin was given with another vasopressor and was not counted toward multiple vasopressors. */
  VasopressinNotCounted: 'vasopressin-not-counted',
  /** A high-flow nasal cannula at 6 L/min or less was graded as low-flow: a nasal cannula is banded by flow alone. */
  HighFlowCannulaAtLowFlow: 'high-flow-cannula-at-low-flow',
} as const;

/** One of the {@link CrsNote} values. */
export type CrsNote = (typeof CrsNote)[keyof typeof CrsNote];
