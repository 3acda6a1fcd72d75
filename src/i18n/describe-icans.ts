import type { IcansGrading } from '../icans/astct-2019.js';
import type { IcansFinding, IcansNote } from '../icans/findings.js';
import { defineRecord } from '../internal/deep-freeze.js';
import type { Label, Language } from '../vocabulary/vocabulary.js';

const FINDING_TEXT: Readonly<Record<IcansFinding, Label>> = /* @__PURE__ */ defineRecord(() => ({
  'ice-normal': { en: 'ICE score 10 (normal)', de: 'ICE-Score 10 (unauffällig)' },
  'ice-7-to-9': { en: 'ICE score 7 to 9', de: 'ICE-Score 7 bis 9' },
  'ice-3-to-6': { en: 'ICE score 3 to 6', de: 'ICE-Score 3 bis 6' },
  'ice-0-to-2': {
    en: 'ICE score 0 to 2 (including 0 when awake with global aphasia)',
    de: 'ICE-Score 0 bis 2 (einschließlich 0 bei wachem Patienten mit globaler Aphasie)',
  },
  'ice-unarousable': {
    en: 'ICE score 0: unarousable and unable to perform ICE',
    de: 'ICE-Score 0: nicht erweckbar, ICE nicht durchführbar',
  },
  'capd-normal': { en: 'CAPD score 0 (no signs of delirium)', de: 'CAPD-Score 0 (keine Delirzeichen)' },
  'capd-1-to-8': { en: 'CAPD score 1 to 8 (below the delirium cut-off of 9)', de: 'CAPD-Score 1 bis 8 (unter dem Delir-Grenzwert von 9)' },
  'capd-9-or-more': { en: 'CAPD score 9 or higher (suggests delirium)', de: 'CAPD-Score 9 oder höher (Hinweis auf ein Delir)' },
  'capd-unarousable': {
    en: 'Unable to perform CAPD: unarousable',
    de: 'CAPD nicht durchführbar: nicht erweckbar',
  },
  alert: { en: 'Alert', de: 'Wach' },
  'awakens-spontaneously': { en: 'Depressed consciousness: awakens spontaneously', de: 'Bewusstseinsminderung: erwacht spontan' },
  'awakens-to-voice': { en: 'Depressed consciousness: awakens to voice', de: 'Bewusstseinsminderung: durch Ansprache erweckbar' },
  'awakens-to-tactile-stimulus': {
    en: 'Depressed consciousness: awakens only to tactile stimulus',
    de: 'Bewusstseinsminderung: nur durch taktilen Reiz erweckbar',
  },
  unarousable: {
    en: 'Unarousable or needs vigorous or repetitive tactile stimuli to arouse; stupor or coma',
    de: 'Nicht oder nur durch kräftige oder wiederholte taktile Reize erweckbar; Stupor oder Koma',
  },
  'depressed-consciousness-sedated': {
    en: 'Depressed consciousness explained by sedating medication (not graded)',
    de: 'Bewusstseinsminderung durch sedierende Medikation erklärt (nicht gewertet)',
  },
  'no-seizure': { en: 'No seizure', de: 'Kein Krampfanfall' },
  'rapidly-resolving-seizure': {
    en: 'Clinical seizure that resolves rapidly, or non-convulsive seizures on EEG that resolve with intervention',
    de: 'Rasch sistierender klinischer Krampfanfall oder nicht-konvulsive Anfälle im EEG, die auf Behandlung sistieren',
  },
  'life-threatening-seizure': {
    en: 'Life-threatening prolonged seizure (more than 5 minutes), or repetitive seizures without return to baseline',
    de: 'Lebensbedrohlicher prolongierter Krampfanfall (über 5 Minuten) oder wiederholte Anfälle ohne zwischenzeitliche Erholung',
  },
  'no-motor-weakness': { en: 'No deep focal motor weakness', de: 'Keine schwere fokale motorische Schwäche' },
  'deep-focal-motor-weakness': {
    en: 'Deep focal motor weakness (e.g. hemiparesis, paraparesis)',
    de: 'Schwere fokale motorische Schwäche (z. B. Hemiparese, Paraparese)',
  },
  'no-cerebral-edema': { en: 'No cerebral edema on neuroimaging', de: 'Kein Hirnödem in der Bildgebung' },
  'focal-cerebral-edema': { en: 'Focal or local edema on neuroimaging', de: 'Fokales oder lokales Ödem in der Bildgebung' },
  'diffuse-cerebral-edema': { en: 'Diffuse cerebral edema on neuroimaging', de: 'Diffuses Hirnödem in der Bildgebung' },
  'cerebral-edema-not-imaged': {
    en: 'Cerebral edema not assessed: no neuroimaging done',
    de: 'Hirnödem nicht beurteilt: keine Bildgebung erfolgt',
  },
  'no-raised-icp-signs': { en: 'No signs of raised intracranial pressure', de: 'Keine Hirndruckzeichen' },
  'raised-icp-signs': {
    en: "Signs of raised intracranial pressure (decerebrate or decorticate posturing, cranial nerve VI palsy, papilledema or Cushing's triad)",
    de: 'Hirndruckzeichen (Dezerebrations- oder Dekortikationshaltung, Abduzensparese, Stauungspapille oder Cushing-Trias)',
  },
  'no-death-from-icans': { en: 'No death from ICANS', de: 'Kein Tod durch ICANS' },
  'died-of-icans': { en: 'Death from ICANS', de: 'Tod durch ICANS' },
}));

const NOTE_TEXT: Readonly<Record<IcansNote, Label>> = /* @__PURE__ */ defineRecord(() => ({
  'ice-at-or-above-age-boundary': {
    en: 'Graded with the ICE score: the patient is at or above the CAPD age boundary and has no developmental delay.',
    de: 'Mit dem ICE-Score bewertet: Alter an oder über der CAPD-Altersgrenze, keine Entwicklungsverzögerung.',
  },
  'capd-below-age-boundary': {
    en: 'Graded with CAPD: the patient is below the age boundary for the ICE score.',
    de: 'Mit CAPD bewertet: Alter unter der Altersgrenze für den ICE-Score.',
  },
  'capd-for-developmental-delay': {
    en: 'Graded with CAPD because of baseline developmental delay (CAPD is validated up to age 21).',
    de: 'Wegen vorbestehender Entwicklungsverzögerung mit CAPD bewertet (CAPD ist bis zum Alter von 21 Jahren validiert).',
  },
  'consciousness-not-graded-sedated': {
    en: 'Depressed consciousness is explained by sedating medication and was not graded.',
    de: 'Die Bewusstseinsminderung ist durch sedierende Medikation erklärt und wurde nicht gewertet.',
  },
  'cerebral-edema-not-imaged': {
    en: 'No neuroimaging was done, so cerebral edema was not assessed.',
    de: 'Es erfolgte keine Bildgebung; ein Hirnödem wurde daher nicht beurteilt.',
  },
}));

/**
 * Words an ICANS finding for a UI, in English or German.
 *
 * @example
 * ```ts
 * import { describeIcansFinding } from 'cytokine-release-syndrome';
 * describeIcansFinding('awakens-to-voice', 'de'); // 'Bewusstseinsminderung: durch Ansprache erweckbar'
 * ```
 */
export function describeIcansFinding(finding: IcansFinding, language: Language): string {
  return FINDING_TEXT[finding][language];
}

/**
 * Words an ICANS note for a UI, in English or German.
 *
 * @example
 * ```ts
 * import { describeIcansNote } from 'cytokine-release-syndrome';
 * describeIcansNote('cerebral-edema-not-imaged', 'en'); // 'No neuroimaging was done, so cerebral edema was not assessed.'
 * ```
 */
export function describeIcansNote(note: IcansNote, language: Language): string {
  return NOTE_TEXT[note][language];
}

/**
 * One line summing up an ICANS grading: the scale, the grade, the instrument, what set the grade,
 * and every note.
 *
 * @example
 * ```ts
 * import { describeIcansGrading, gradeICANS } from 'cytokine-release-syndrome';
 * const grading = gradeICANS({ ageYears: 50, ice: 8, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] });
 * describeIcansGrading(grading, 'en');
 * // 'ASTCT 2019 ICANS grade 1 (ICE): ICE score 7 to 9. Note: Graded with the ICE score: the patient is at or above the CAPD age boundary and has no developmental delay. Note: No neuroimaging was done, so cerebral edema was not assessed.'
 * ```
 */
export function describeIcansGrading(grading: Pick<IcansGrading, 'grade' | 'drivers' | 'instrument' | 'notes'>, language: Language): string {
  const reasons = grading.drivers.map(({ finding }) => describeIcansFinding(finding, language)).join('; ');
  const instrument = grading.instrument === 'ice' ? 'ICE' : 'CAPD';
  const head = language === 'de' ? `ASTCT 2019 ICANS Grad ${grading.grade} (${instrument})` : `ASTCT 2019 ICANS grade ${grading.grade} (${instrument})`;
  const label = language === 'de' ? 'Hinweis' : 'Note';
  return [`${reasons === '' ? head : `${head}: ${reasons}`}.`, ...grading.notes.map((note) => `${label}: ${describeIcansNote(note, language)}`)].join(' ');
}
