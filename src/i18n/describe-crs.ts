import type { CrsFinding, CrsNote } from '../crs/findings.js';
import type { CrsGradingOutcome } from '../crs/grading.js';
import { assertLocale } from '../locale/assert-locale.js';
import type { CrsWording } from '../locale/locale.js';
import { ENGLISH_CRS_WORDING } from '../locale/en/wording.js';

/**
 * Words a CRS finding for a UI, in the locale's language (English by default).
 *
 * @example
 * ```ts
 * import { describeCrsFinding } from 'cytokine-release-syndrome';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * describeCrsFinding('multiple-vasopressors'); // 'Hypotension requiring multiple vasopressors (excluding vasopressin)'
 * describeCrsFinding('multiple-vasopressors', de);
 * // 'Hypotonie mit Bedarf an mehreren Vasopressoren (Vasopressin nicht mitgezählt)'
 * ```
 */
export function describeCrsFinding(finding: CrsFinding, locale: CrsWording = ENGLISH_CRS_WORDING): string {
  assertLocale(locale, 'describeCrsFinding', ['scales', 'crs', 'grading', 'fields']);
  return locale.crs.findings[finding];
}

/**
 * Words a CRS note for a UI, in the locale's language (English by default).
 *
 * @example
 * ```ts
 * import { describeCrsNote } from 'cytokine-release-syndrome';
 * describeCrsNote('vasopressin-not-counted'); // 'Vasopressin is not counted toward multiple vasopressors.'
 * ```
 */
export function describeCrsNote(note: CrsNote, locale: CrsWording = ENGLISH_CRS_WORDING): string {
  assertLocale(locale, 'describeCrsNote', ['scales', 'crs', 'grading', 'fields']);
  return locale.crs.notes[note];
}

/**
 * One line summing up a CRS grading outcome on any scale, in the locale's language (English by
 * default): the scale, the grade and what set it (or, when the scale could not grade, the missing
 * facts by their labels), and every note.
 *
 * @example
 * ```ts
 * import { describeCrsGrading, gradeCRS } from 'cytokine-release-syndrome';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * const assessment = { temperatureCelsius: 38.1, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
 * describeCrsGrading(gradeCRS(assessment)); // 'ASTCT 2019 CRS grade 1: Fever (38.0 °C or higher)'
 * describeCrsGrading(gradeCRS(assessment, { scale: 'penn-2018' }));
 * // 'Penn CRS: not gradable; needs Hospitalization, Intravenous therapy, Coagulopathy needing replacement, Life-threatening consequences'
 * describeCrsGrading(gradeCRS(assessment, { scale: 'penn-2018' }), de);
 * // 'Penn CRS: nicht einstufbar; benötigt Krankenhausaufnahme, Intravenöse Therapie, Gerinnungsstörung mit Substitutionsbedarf, Lebensbedrohliche Folgen'
 * ```
 */
export function describeCrsGrading(grading: CrsGradingOutcome, locale: CrsWording = ENGLISH_CRS_WORDING): string {
  assertLocale(locale, 'describeCrsGrading', ['scales', 'crs', 'grading', 'fields']);
  const scale = locale.scales[grading.scale];
  const summary = grading.gradable
    ? locale.grading.withReasons(
        locale.grading.graded(scale, 'CRS', grading.grade),
        grading.drivers.map(({ finding }) => locale.crs.findings[finding]),
      )
    : locale.grading.notGradable(
        scale,
        'CRS',
        grading.missing.map((fact) => locale.fields.crs[fact].label),
      );
  return grading.notes.length === 0 ? summary : [`${summary}.`, ...grading.notes.map((note) => locale.grading.note(locale.crs.notes[note]))].join(' ');
}
