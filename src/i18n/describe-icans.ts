import type { IcansGrading } from '../icans/astct-2019.js';
import type { IcansFinding, IcansNote } from '../icans/findings.js';
import { assertLocale } from '../locale/assert-locale.js';
import type { IcansWording } from '../locale/locale.js';
import { ENGLISH_ICANS_WORDING } from '../locale/en/wording.js';

/**
 * Words an ICANS finding for a UI, in the locale's language (English by default).
 *
 * @example
 * ```ts
 * import { describeIcansFinding } from 'cytokine-release-syndrome';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * describeIcansFinding('awakens-to-voice'); // 'Depressed consciousness: awakens to voice'
 * describeIcansFinding('awakens-to-voice', de); // 'Bewusstseinsminderung: durch Ansprache erweckbar'
 * ```
 */
export function describeIcansFinding(finding: IcansFinding, locale: IcansWording = ENGLISH_ICANS_WORDING): string {
  assertLocale(locale, 'describeIcansFinding', ['scales', 'icans', 'grading']);
  return locale.icans.findings[finding];
}

/**
 * Words an ICANS note for a UI, in the locale's language (English by default).
 *
 * @example
 * ```ts
 * import { describeIcansNote } from 'cytokine-release-syndrome';
 * describeIcansNote('cerebral-edema-not-imaged'); // 'No neuroimaging was done, so cerebral edema was not assessed.'
 * ```
 */
export function describeIcansNote(note: IcansNote, locale: IcansWording = ENGLISH_ICANS_WORDING): string {
  assertLocale(locale, 'describeIcansNote', ['scales', 'icans', 'grading']);
  return locale.icans.notes[note];
}

/**
 * One line summing up an ICANS grading, in the locale's language (English by default): the scale,
 * the grade, the instrument, what set the grade, and every note.
 *
 * @example
 * ```ts
 * import { describeIcansGrading, gradeICANS } from 'cytokine-release-syndrome';
 * const grading = gradeICANS({ ageYears: 50, ice: 8, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] });
 * describeIcansGrading(grading);
 * // 'ASTCT 2019 ICANS grade 1 (ICE): ICE score 7 to 9. Note: Graded with the ICE score: the patient is at or above the CAPD age boundary and has no developmental delay. Note: No neuroimaging was done, so cerebral edema was not assessed.'
 * ```
 */
export function describeIcansGrading(grading: Pick<IcansGrading, 'grade' | 'drivers' | 'instrument' | 'notes'>, locale: IcansWording = ENGLISH_ICANS_WORDING): string {
  assertLocale(locale, 'describeIcansGrading', ['scales', 'icans', 'grading']);
  const instrument = grading.instrument === 'ice' ? 'ICE' : 'CAPD';
  const head = `${locale.grading.graded(locale.scales['astct-2019'], 'ICANS', grading.grade)} (${instrument})`;
  const summary = locale.grading.withReasons(
    head,
    grading.drivers.map(({ finding }) => locale.icans.findings[finding]),
  );
  return [`${summary}.`, ...grading.notes.map((note) => locale.grading.note(locale.icans.notes[note]))].join(' ');
}
