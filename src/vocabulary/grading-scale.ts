import { defineRecord } from '../internal/deep-freeze.js';
import { Reference, references } from './reference.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';

/**
 * The published CRS grading scales the library grades on. Grades of different scales are not
 * interchangeable (the scales gave the same grade in only 25% of CRS cases), so every result names
 * its scale and no function converts a grade from one scale into another.
 *
 * @see criteria DEC-07 (docs/criteria/decisions.md#dec-07)
 * @example
 * ```ts
 * import { GradingScale, gradeCRS } from 'cytokine-release-syndrome';
 * const assessment = { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
 * gradeCRS(assessment, { scale: GradingScale.CtcaeV60 }).scale; // 'ctcae-v6.0'
 * ```
 */
export const GradingScale = /* @__PURE__ */ Object.freeze({
  /** ASTCT 2019 consensus (Lee 2019): the default. */
  Astct2019: 'astct-2019',
  /** NCI CTCAE v4.03, "Cytokine release syndrome". */
  CtcaeV403: 'ctcae-v4.03',
  /** NCI CTCAE v5.0, "Cytokine release syndrome". */
  CtcaeV50: 'ctcae-v5.0',
  /** NCI CTCAE v6.0, "Cytokine release syndrome". */
  CtcaeV60: 'ctcae-v6.0',
  /** Lee 2014 (NCI consensus; the scale MDCalc shows). */
  Lee2014: 'lee-2014',
  /** University of Pennsylvania (Porter 2018). */
  Penn2018: 'penn-2018',
  /** Memorial Sloan Kettering (Park 2018). */
  Mskcc2018: 'mskcc-2018',
  /** CARTOX, adult (Neelapu 2018). */
  Cartox2018: 'cartox-2018',
} as const);

/** One of the {@link GradingScale} values. */
export type GradingScale = (typeof GradingScale)[keyof typeof GradingScale];

/**
 * The English name of each scale: the one source for `gradingScales[scale].label` and for the
 * English locale's `scales`, kept apart so that wording a grade does not ship the citations.
 *
 * @example
 * ```ts
 * import { gradingScaleLabels } from 'cytokine-release-syndrome';
 * gradingScaleLabels['cartox-2018']; // 'CARTOX (adult)'
 * ```
 */
export const gradingScaleLabels: Readonly<Record<GradingScale, string>> = /* @__PURE__ */ defineRecord(() => ({
  [GradingScale.Astct2019]: 'ASTCT 2019',
  [GradingScale.CtcaeV403]: 'CTCAE v4.03',
  [GradingScale.CtcaeV50]: 'CTCAE v5.0',
  [GradingScale.CtcaeV60]: 'CTCAE v6.0',
  [GradingScale.Lee2014]: 'Lee 2014',
  [GradingScale.Penn2018]: 'Penn',
  [GradingScale.Mskcc2018]: 'MSKCC',
  [GradingScale.Cartox2018]: 'CARTOX (adult)',
}));

/** A {@link gradingScales} entry. */
export interface GradingScaleEntry extends VocabularyEntry {
  /** The source that publishes the scale (a key of `references`). */
  readonly reference: Reference;
  /** The source's citation, read from `references`. */
  readonly citation: string;
  /** Year the scale was published. */
  readonly year: number;
  /** What the scale measures to set a grade, in one line of English. */
  readonly measures: string;
}

/**
 * Reference data for every {@link GradingScale}: label, citation, year and what the scale measures.
 *
 * @see criteria REF-88 to REF-96 (docs/criteria/reference-data.md#ref-88)
 * @example
 * ```ts
 * import { gradingScales } from 'cytokine-release-syndrome';
 * gradingScales['mskcc-2018'].measures; // 'Vasopressor duration (24 h), hypotension refractory to high-dose vasopressors, inspired oxygen fraction (40%), mechanical ventilation.'
 * ```
 */
export const gradingScales: Vocabulary<GradingScale, GradingScaleEntry> = /* @__PURE__ */ defineRecord(() => {
  const scale = (id: GradingScale, reference: Reference, description: string, measures: string): GradingScaleEntry => ({
    label: gradingScaleLabels[id],
    description,
    reference,
    citation: references[reference].citation,
    year: references[reference].year,
    measures,
  });
  return {
    [GradingScale.Astct2019]: scale(
      GradingScale.Astct2019,
      Reference.Lee2019,
      'ASTCT consensus CRS grading for immune effector cell therapies; the consensus scale and the default.',
      'Fever (or masked fever), hypotension by vasopressor count (vasopressin not counted), hypoxia by oxygen device and flow; organ toxicity ignored.',
    ),
    [GradingScale.CtcaeV403]: scale(
      GradingScale.CtcaeV403,
      Reference.CtcaeV403,
      'NCI adverse-event criteria, version 4.03: CRS graded like an infusion reaction.',
      'Need for and response to symptomatic treatment, hospitalisation for sequelae, pressor or ventilatory support, life-threatening consequences.',
    ),
    [GradingScale.CtcaeV50]: scale(
      GradingScale.CtcaeV50,
      Reference.CtcaeV50,
      'NCI adverse-event criteria, version 5.0 (27 November 2017).',
      'Fever, fluid-responsive hypotension or one pressor, inspired oxygen fraction (40%), life-threatening consequences.',
    ),
    [GradingScale.CtcaeV60]: scale(
      GradingScale.CtcaeV60,
      Reference.CtcaeV60,
      'NCI adverse-event criteria, version 6.0 (10 July 2025); not the same as ASTCT 2019.',
      'Fever, fluid-responsive hypotension or one pressor, oxygen device (nasal cannula banded at 6 L/min by project decision; v6.0 names no cut-off), life-threatening consequences.',
    ),
    [GradingScale.Lee2014]: scale(
      GradingScale.Lee2014,
      Reference.Lee2014,
      'The 2014 NCI consensus CRS grading (Lee et al., Blood 2014).',
      'Inspired oxygen fraction (40%), vasopressor dose and number (high dose for 3 h), ventilator support, organ toxicity and transaminitis grades.',
    ),
    [GradingScale.Penn2018]: scale(
      GradingScale.Penn2018,
      Reference.Porter2018,
      'The University of Pennsylvania CRS grading scale (Porter et al., J Hematol Oncol 2018).',
      'Hospitalisation, IV therapy, organ dysfunction, fluid boluses, vasopressor dose, any supplemental oxygen, coagulopathy, mechanical ventilation.',
    ),
    [GradingScale.Mskcc2018]: scale(
      GradingScale.Mskcc2018,
      Reference.Park2018,
      'The Memorial Sloan Kettering CRS grading scale (Park et al., N Engl J Med 2018).',
      'Vasopressor duration (24 h), hypotension refractory to high-dose vasopressors, inspired oxygen fraction (40%), mechanical ventilation.',
    ),
    [GradingScale.Cartox2018]: scale(
      GradingScale.Cartox2018,
      Reference.Neelapu2018,
      'The adult CARTOX CRS grading (Neelapu et al., Nat Rev Clin Oncol 2018).',
      'Temperature, vasopressor dose and number, inspired oxygen fraction (40%), ventilator support, organ toxicity and transaminitis grades.',
    ),
  };
});
