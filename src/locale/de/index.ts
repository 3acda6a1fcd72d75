import type { Locale } from '../locale.js';
import { germanFieldTexts } from './field-texts.js';
import { germanCrsTexts, germanIcansTexts } from './grading-texts.js';
import { germanIssueMessages } from './issue-messages.js';
import { germanValueLabels } from './value-labels.js';

/**
 * German (Deutsch).
 *
 * @example
 * ```ts
 * import { describeCrsGrading, gradeCRS } from 'cytokine-release-syndrome';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * de.fields.crs['oxygen.flowLitersPerMinute'].label; // 'Sauerstofffluss'
 * de.values.oxygenDevices['nasal-cannula']; // 'Nasenbrille'
 * const assessment = { temperatureCelsius: 38.1, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
 * describeCrsGrading(gradeCRS(assessment), de); // 'ASTCT 2019 CRS Grad 1: Fieber (38,0 °C oder höher)'
 * ```
 */
export const de: Locale = /* @__PURE__ */ (() =>
  Object.freeze({
    code: 'de',
    issues: germanIssueMessages,
    fields: germanFieldTexts,
    values: germanValueLabels,
    units: { Cel: '°C', 'L/min': 'l/min', '%': '%', h: 'h', a: 'Jahre', '{score}': 'Punkte' },
    scales: {
      'astct-2019': 'ASTCT 2019',
      'ctcae-v4.03': 'CTCAE v4.03',
      'ctcae-v5.0': 'CTCAE v5.0',
      'ctcae-v6.0': 'CTCAE v6.0',
      'lee-2014': 'Lee 2014',
      'penn-2018': 'Penn',
      'mskcc-2018': 'MSKCC',
      'cartox-2018': 'CARTOX (Erwachsene)',
    },
    crs: germanCrsTexts,
    icans: germanIcansTexts,
    grading: {
      graded: (scale, syndrome, grade) => `${scale} ${syndrome} Grad ${grade}`,
      notGradable: (scale, syndrome, missing) => `${scale} ${syndrome}: nicht einstufbar; benötigt ${missing.join(', ')}`,
      note: (text) => `Hinweis: ${text}`,
      withReasons: (head, reasons) => (reasons.length === 0 ? head : `${head}: ${reasons.join('; ')}`),
    },
    formatNumber: (value) => String(value).replace('.', ','),
  } satisfies Locale))();
