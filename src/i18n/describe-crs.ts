import type { CrsGrading } from '../crs/astct-2019.js';
import type { CrsFinding, CrsNote } from '../crs/findings.js';
import { defineRecord } from '../internal/deep-freeze.js';
import type { Label, Language } from '../vocabulary/vocabulary.js';

const FINDING_TEXT: Readonly<Record<CrsFinding, Label>> = /* @__PURE__ */ defineRecord(() => ({
  fever: { en: 'Fever (38.0 °C or higher)', de: 'Fieber (38,0 °C oder höher)' },
  'fever-masked': {
    en: 'Fever masked by antipyretic or anti-cytokine therapy; fever no longer required',
    de: 'Fieber durch antipyretische oder Anti-Zytokin-Therapie maskiert; Fieber nicht mehr erforderlich',
  },
  'no-fever': { en: 'No fever (below 38.0 °C)', de: 'Kein Fieber (unter 38,0 °C)' },
  'no-hypotension': { en: 'No hypotension', de: 'Keine Hypotonie' },
  'hypotension-without-vasopressor': {
    en: 'Hypotension not requiring vasopressors',
    de: 'Hypotonie ohne Bedarf an Vasopressoren',
  },
  'one-vasopressor': {
    en: 'Hypotension requiring one vasopressor, with or without vasopressin',
    de: 'Hypotonie mit Bedarf an einem Vasopressor, mit oder ohne Vasopressin',
  },
  'multiple-vasopressors': {
    en: 'Hypotension requiring multiple vasopressors (excluding vasopressin)',
    de: 'Hypotonie mit Bedarf an mehreren Vasopressoren (Vasopressin nicht mitgezählt)',
  },
  'no-oxygen': { en: 'No supplemental oxygen (room air)', de: 'Kein zusätzlicher Sauerstoff (Raumluft)' },
  'low-flow-oxygen': {
    en: 'Hypoxia requiring low-flow nasal cannula (6 L/min or less) or blow-by oxygen',
    de: 'Hypoxie mit Bedarf an Low-Flow-Nasenbrille (bis 6 l/min) oder Blow-by-Sauerstoff',
  },
  'high-flow-nasal-cannula': {
    en: 'Hypoxia requiring high-flow nasal cannula (above 6 L/min)',
    de: 'Hypoxie mit Bedarf an High-Flow-Nasenkanüle (über 6 l/min)',
  },
  'oxygen-mask': {
    en: 'Hypoxia requiring a facemask, non-rebreather mask or Venturi mask',
    de: 'Hypoxie mit Bedarf an Gesichtsmaske, Maske mit Reservoirbeutel oder Venturi-Maske',
  },
  'positive-pressure': {
    en: 'Hypoxia requiring positive pressure (CPAP, BiPAP, intubation and mechanical ventilation)',
    de: 'Hypoxie mit Bedarf an Überdruckbeatmung (CPAP, BiPAP, Intubation und maschinelle Beatmung)',
  },
  'no-death-from-crs': { en: 'No death from CRS', de: 'Kein Tod durch CRS' },
  'died-of-crs': { en: 'Death from CRS', de: 'Tod durch CRS' },
}));

const NOTE_TEXT: Readonly<Record<CrsNote, Label>> = /* @__PURE__ */ defineRecord(() => ({
  'no-fever-no-crs': {
    en: 'Hypotension or hypoxia without fever does not meet ASTCT criteria for CRS; consider other causes.',
    de: 'Hypotonie oder Hypoxie ohne Fieber erfüllt nicht die ASTCT-Kriterien für ein CRS; andere Ursachen erwägen.',
  },
  'masked-fever-without-hypotension-or-hypoxia': {
    en: 'Fever is masked and there is neither hypotension nor hypoxia, which drive the grade once fever is masked.',
    de: 'Fieber ist maskiert, und es liegt weder Hypotonie noch Hypoxie vor, die dann den Grad bestimmen.',
  },
  'vasopressin-not-counted': {
    en: 'Vasopressin is not counted toward multiple vasopressors.',
    de: 'Vasopressin wird bei mehreren Vasopressoren nicht mitgezählt.',
  },
  'high-flow-cannula-at-low-flow': {
    en: 'A high-flow nasal cannula at 6 L/min or less is graded as low-flow: a nasal cannula is graded by its flow.',
    de: 'Eine High-Flow-Nasenkanüle mit höchstens 6 l/min gilt als Low-Flow: Nasenbrillen werden nach dem Fluss eingestuft.',
  },
}));

/**
 * Words a CRS finding for a UI, in English or German.
 *
 * @example
 * ```ts
 * import { describeCrsFinding } from 'cytokine-release-syndrome';
 * describeCrsFinding('multiple-vasopressors', 'de');
 * // 'Hypotonie mit Bedarf an mehreren Vasopressoren (Vasopressin nicht mitgezählt)'
 * ```
 */
export function describeCrsFinding(finding: CrsFinding, language: Language): string {
  return FINDING_TEXT[finding][language];
}

/**
 * Words a CRS note for a UI, in English or German.
 *
 * @example
 * ```ts
 * import { describeCrsNote } from 'cytokine-release-syndrome';
 * describeCrsNote('vasopressin-not-counted', 'en'); // 'Vasopressin is not counted toward multiple vasopressors.'
 * ```
 */
export function describeCrsNote(note: CrsNote, language: Language): string {
  return NOTE_TEXT[note][language];
}

/**
 * One line summing up a CRS grading: the scale, the grade and what set it.
 *
 * @example
 * ```ts
 * import { describeCrsGrading, gradeCRS } from 'cytokine-release-syndrome';
 * const grading = gradeCRS({ temperatureCelsius: 38.1, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } });
 * describeCrsGrading(grading, 'en'); // 'ASTCT 2019 CRS grade 1: Fever (38.0 °C or higher)'
 * ```
 */
export function describeCrsGrading(grading: Pick<CrsGrading, 'grade' | 'drivers'>, language: Language): string {
  const reasons = grading.drivers.map(({ finding }) => describeCrsFinding(finding, language)).join('; ');
  const head = language === 'de' ? `ASTCT 2019 CRS Grad ${grading.grade}` : `ASTCT 2019 CRS grade ${grading.grade}`;
  return `${head}: ${reasons}`;
}
