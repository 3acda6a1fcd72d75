import type { CrsFinding, CrsNote } from '../crs/findings.js';
import type { CrsGradingOutcome } from '../crs/grading.js';
import { defineRecord } from '../internal/deep-freeze.js';
import { gradingScaleLabels } from '../vocabulary/grading-scale.js';
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
  'constitutional-symptoms': {
    en: 'Mild constitutional symptoms (e.g. nausea, fatigue, headache, myalgia)',
    de: 'Leichte Allgemeinsymptome (z. B. Übelkeit, Müdigkeit, Kopfschmerz, Myalgie)',
  },
  'no-constitutional-symptoms': { en: 'No constitutional symptoms', de: 'Keine Allgemeinsymptome' },
  'multiple-fluid-boluses': {
    en: 'Hypotension treated with multiple fluid boluses',
    de: 'Hypotonie mit mehreren Flüssigkeitsboli behandelt',
  },
  'one-vasopressor-agent': { en: 'Hypotension managed with one vasopressor', de: 'Hypotonie mit einem Vasopressor behandelt' },
  'multiple-vasopressor-agents': {
    en: 'Hypotension requiring more than one vasopressor (every agent counted, vasopressin included)',
    de: 'Hypotonie mit Bedarf an mehr als einem Vasopressor (jeder Wirkstoff gezählt, auch Vasopressin)',
  },
  'vasopressor-support': { en: 'Vasopressor support indicated', de: 'Vasopressor-Unterstützung indiziert' },
  'low-dose-vasopressor': { en: 'Hypotension requiring low-dose vasopressors', de: 'Hypotonie mit Bedarf an niedrig dosierten Vasopressoren' },
  'high-dose-vasopressor': { en: 'Hypotension requiring high-dose vasopressors', de: 'Hypotonie mit Bedarf an hoch dosierten Vasopressoren' },
  'high-dose-vasopressor-under-3-hours': {
    en: 'High-dose vasopressors for less than 3 hours (counted as low-dose)',
    de: 'Hoch dosierte Vasopressoren für weniger als 3 Stunden (als niedrig dosiert gewertet)',
  },
  'vasopressor-under-3-hours': {
    en: 'One vasopressor for less than 3 hours (not high-dose on Lee 2014, whatever the dose)',
    de: 'Ein Vasopressor für weniger als 3 Stunden (nach Lee 2014 unabhängig von der Dosis nicht hochdosiert)',
  },
  'vasopressor-under-24-hours': {
    en: 'Hypotension requiring vasopressors for less than 24 hours',
    de: 'Hypotonie mit Bedarf an Vasopressoren für weniger als 24 Stunden',
  },
  'vasopressor-24-hours-or-more': {
    en: 'Hypotension requiring vasopressors for 24 hours or more',
    de: 'Hypotonie mit Bedarf an Vasopressoren für 24 Stunden oder länger',
  },
  'vasopressor-refractory-to-high-dose': {
    en: 'Hypotension refractory to high-dose vasopressors',
    de: 'Hypotonie refraktär trotz hoch dosierter Vasopressoren',
  },
  'life-threatening-hypotension': {
    en: 'Life-threatening hypotension',
    de: 'Lebensbedrohliche Hypotonie',
  },
  'oxygen-below-40-percent': {
    en: 'Hypoxia requiring oxygen at an inspired fraction below 40%',
    de: 'Hypoxie mit Sauerstoffbedarf bei einer inspiratorischen Fraktion unter 40 %',
  },
  'oxygen-40-percent-or-more': {
    en: 'Hypoxia requiring oxygen at an inspired fraction of 40% or more',
    de: 'Hypoxie mit Sauerstoffbedarf bei einer inspiratorischen Fraktion von 40 % oder mehr',
  },
  'non-invasive-ventilation': {
    en: 'Hypoxia requiring CPAP or BiPAP (non-invasive positive pressure)',
    de: 'Hypoxie mit Bedarf an CPAP oder BiPAP (nicht-invasiver Überdruck)',
  },
  'supplemental-oxygen': { en: 'Hypoxia requiring supplemental oxygen', de: 'Hypoxie mit Bedarf an zusätzlichem Sauerstoff' },
  'mechanical-ventilation': {
    en: 'Hypoxia requiring intubation and mechanical ventilation',
    de: 'Hypoxie mit Bedarf an Intubation und maschineller Beatmung',
  },
  'no-organ-toxicity': { en: 'No organ toxicity', de: 'Keine Organtoxizität' },
  'organ-toxicity-grade-1': { en: 'Grade 1 organ toxicity', de: 'Organtoxizität Grad 1' },
  'organ-toxicity-grade-2': { en: 'Grade 2 organ toxicity', de: 'Organtoxizität Grad 2' },
  'organ-toxicity-grade-3': { en: 'Grade 3 organ toxicity', de: 'Organtoxizität Grad 3' },
  'organ-toxicity-grade-4': { en: 'Grade 4 organ toxicity', de: 'Organtoxizität Grad 4' },
  'no-transaminitis': { en: 'No transaminitis', de: 'Keine Transaminasenerhöhung' },
  'transaminitis-grade-1': { en: 'Grade 1 transaminitis', de: 'Transaminasenerhöhung Grad 1' },
  'transaminitis-grade-2': { en: 'Grade 2 transaminitis', de: 'Transaminasenerhöhung Grad 2' },
  'transaminitis-grade-3': { en: 'Grade 3 transaminitis', de: 'Transaminasenerhöhung Grad 3' },
  'transaminitis-grade-4': { en: 'Grade 4 transaminitis', de: 'Transaminasenerhöhung Grad 4' },
  'coagulopathy-needing-replacement': {
    en: 'Coagulopathy requiring fresh frozen plasma, cryoprecipitate or fibrinogen concentrate',
    de: 'Koagulopathie mit Bedarf an Frischplasma, Kryopräzipitat oder Fibrinogenkonzentrat',
  },
  'no-coagulopathy-needing-replacement': {
    en: 'No coagulopathy requiring replacement',
    de: 'Keine substitutionspflichtige Koagulopathie',
  },
  'not-hospitalized': { en: 'Not hospitalised for CRS', de: 'Keine stationäre Behandlung wegen CRS' },
  'hospitalized-for-crs-symptoms': {
    en: 'Hospitalisation for CRS symptoms',
    de: 'Stationäre Behandlung wegen CRS-Symptomen',
  },
  'hospitalized-for-organ-dysfunction': {
    en: 'Hospitalisation for organ dysfunction or other sequelae of CRS',
    de: 'Stationäre Behandlung wegen Organdysfunktion oder anderer CRS-Folgen',
  },
  'intravenous-therapy': {
    en: 'IV therapy required (other than fluid resuscitation for hypotension)',
    de: 'Intravenöse Therapie nötig (außer Volumengabe bei Hypotonie)',
  },
  'no-intravenous-therapy': { en: 'No IV therapy', de: 'Keine intravenöse Therapie' },
  'no-intervention': { en: 'No intervention indicated', de: 'Keine Intervention indiziert' },
  'prompt-response': {
    en: 'Prompt response to symptomatic treatment or interruption',
    de: 'Rasches Ansprechen auf symptomatische Behandlung oder Unterbrechung',
  },
  'prolonged-or-recurrent': {
    en: 'Prolonged, or recurring after initial improvement',
    de: 'Anhaltend oder nach anfänglicher Besserung wiederkehrend',
  },
  'life-threatening': {
    en: 'Life-threatening consequences; urgent intervention indicated',
    de: 'Lebensbedrohliche Folgen; dringende Intervention indiziert',
  },
  'not-life-threatening': { en: 'Not life-threatening', de: 'Nicht lebensbedrohlich' },
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
  'vasopressin-counted': {
    en: 'This scale has no vasopressin rule: vasopressin is counted as a vasopressor like any other.',
    de: 'Diese Skala kennt keine Vasopressin-Regel: Vasopressin zählt wie jeder andere Vasopressor.',
  },
  'no-multiple-vasopressor-row': {
    en: 'CTCAE grades one pressor at 3 and has no row for several; grade 4 needs life-threatening consequences.',
    de: 'CTCAE stuft einen Vasopressor als Grad 3 ein und hat keine Zeile für mehrere; Grad 4 erfordert lebensbedrohliche Folgen.',
  },
  'positive-pressure-not-listed': {
    en: 'This CTCAE version lists no CPAP or BiPAP: v5.0 grades it by oxygen fraction, v6.0 at 3; grade 4 needs life-threatening consequences.',
    de: 'Diese CTCAE-Version nennt kein CPAP oder BiPAP: v5.0 stuft nach Sauerstofffraktion ein, v6.0 als Grad 3; Grad 4 erfordert lebensbedrohliche Folgen.',
  },
  'cannula-banded-by-flow': {
    en: 'CTCAE v6.0 names low- and high-flow nasal cannulas without a cut-off: banded by flow (6 L/min), as in ASTCT 2019.',
    de: 'CTCAE v6.0 nennt Low- und High-Flow-Nasenbrillen ohne Grenzwert: Einstufung nach dem Fluss (6 l/min) wie bei ASTCT 2019.',
  },
  'non-invasive-ventilation-not-ventilator-support': {
    en: 'CPAP or BiPAP is not counted as ventilator support or mechanical ventilation on this scale (only intubation is): graded 3, as paediatric CARTOX grades BiPAP.',
    de: 'CPAP oder BiPAP gilt auf dieser Skala nicht als Beatmung oder maschinelle Beatmung (nur die Intubation): Grad 3, wie die pädiatrische CARTOX-Skala BiPAP einstuft.',
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
 * One line summing up a CRS grading outcome on any scale: the scale, the grade and what set it (or
 * the facts a scale still needs), and every note.
 *
 * @example
 * ```ts
 * import { describeCrsGrading, gradeCRS } from 'cytokine-release-syndrome';
 * const assessment = { temperatureCelsius: 38.1, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
 * describeCrsGrading(gradeCRS(assessment), 'en'); // 'ASTCT 2019 CRS grade 1: Fever (38.0 °C or higher)'
 * describeCrsGrading(gradeCRS(assessment, { scale: 'penn-2018' }), 'en');
 * // 'Penn CRS: not gradable; needs hospitalization, intravenousTherapy, coagulopathyNeedingReplacement, lifeThreatening'
 * ```
 */
export function describeCrsGrading(grading: CrsGradingOutcome, language: Language): string {
  const scale = gradingScaleLabels[grading.scale][language];
  let summary: string;
  if (!grading.gradable) {
    const needs = grading.missing.join(', ');
    summary = language === 'de' ? `${scale} CRS: nicht einstufbar; benötigt ${needs}` : `${scale} CRS: not gradable; needs ${needs}`;
  } else {
    const reasons = grading.drivers.map(({ finding }) => describeCrsFinding(finding, language)).join('; ');
    const head = language === 'de' ? `${scale} CRS Grad ${grading.grade}` : `${scale} CRS grade ${grading.grade}`;
    summary = reasons === '' ? head : `${head}: ${reasons}`;
  }
  const label = language === 'de' ? 'Hinweis' : 'Note';
  return grading.notes.length === 0 ? summary : [`${summary}.`, ...grading.notes.map((note) => `${label}: ${describeCrsNote(note, language)}`)].join(' ');
}
