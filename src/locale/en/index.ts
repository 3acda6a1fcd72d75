import type { Locale } from '../locale.js';
import { gradingScaleLabels } from '../../vocabulary/grading-scale.js';
import { englishFieldTexts } from './field-texts.js';
import { englishCrsTexts, englishGradingWords, englishIcansTexts } from './grading-texts.js';
import { englishIssueMessages } from './issue-messages.js';
import { englishValueLabels } from './value-labels.js';

/**
 * English: the library's default locale.
 *
 * @example
 * ```ts
 * import { en } from 'cytokine-release-syndrome/locale/en';
 * en.fields.crs['oxygen.flowLitersPerMinute'].label; // 'Oxygen flow'
 * en.values.oxygenDevices['nasal-cannula']; // 'Nasal cannula'
 * en.units.Cel; // '°C'
 * ```
 */
export const en: Locale = /* @__PURE__ */ (() =>
  Object.freeze({
    code: 'en',
    issues: englishIssueMessages,
    fields: englishFieldTexts,
    values: englishValueLabels,
    units: { Cel: '°C', 'L/min': 'L/min', '%': '%', h: 'h', a: 'years', '{score}': 'points' },
    scales: gradingScaleLabels,
    crs: englishCrsTexts,
    icans: englishIcansTexts,
    grading: englishGradingWords,
    formatNumber: (value) => String(value),
  } satisfies Locale))();
