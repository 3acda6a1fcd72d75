import type { NumberRange } from '../../grading/number-range.js';
import type { ContradictionReason, InstrumentReason, IssueParams, ReceivedValue } from '../../contract/issue.js';
import type { CourseIssueCode, CrsIssueCode, IcansIssueCode, IssueMessagesFor, StructuralIssueCode } from '../en/issue-messages.js';
import type { IssueMessages } from '../locale.js';

/** A number as German writes it: decimal comma (38,5). */
function number(value: number): string {
  return String(value).replace('.', ',');
}

function received(value: ReceivedValue): string {
  switch (value.type) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
      return typeof value.value === 'number' ? number(value.value) : String(value.value);
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'undefined':
      return 'nichts';
    case 'array':
      return 'ein Array';
    case 'object':
      return 'ein Objekt';
    case 'function':
      return 'eine Funktion';
    case 'symbol':
      return 'ein Symbol';
    default:
      return 'ein BigInt';
  }
}

/** The units of the numeric ranges, as German writes them; others are shown as they are. */
const UNITS: { readonly [unit: string]: string | undefined } = { 'L/min': 'l/min', years: 'Jahre', days: 'Tage' };

function range(value: NumberRange, integer = false): string {
  const unit = value.unit === undefined ? '' : ` ${UNITS[value.unit] ?? value.unit}`;
  const from = value.minExclusive === true ? `über ${number(value.min)}` : `von ${number(value.min)}`;
  return `${integer ? 'eine ganze Zahl' : 'eine Zahl'} ${from} bis ${number(value.max)}${unit}`;
}

function quoted(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

const ICE_FORMS = 'eine ganze Zahl von 0 bis 10 oder ein Objekt mit den ICE-Items orientation, naming, commands, writing und attention';

function instrument(why: InstrumentReason): string {
  switch (why.reason) {
    case 'capd-below-age-boundary':
      return `CAPD ist anzuwenden, weil ageYears ${number(why.ageYears)} unter ${number(why.boundary)} liegt (capdBelowAgeYears)`;
    case 'capd-for-developmental-delay':
      return 'CAPD ist anzuwenden, weil developmentalDelay true ist';
    default:
      return `ICE ist anzuwenden, weil ageYears ${number(why.ageYears)} mindestens ${number(why.boundary)} beträgt (capdBelowAgeYears) und developmentalDelay nicht true ist`;
  }
}

const CONTRADICTION: { readonly [Reason in ContradictionReason]: string } = {
  'organ-toxicity-grade-4-is-life-threatening': 'eine Organtoxizität Grad 4 hat nach der CTCAE-Definition von Grad 4 lebensbedrohliche Folgen',
  'intubation-is-urgent-intervention': 'Intubation und maschinelle Beatmung wegen CRS sind eine dringende Intervention (CTCAE Grad 4)',
  'refractory-hypotension-is-life-threatening': 'eine gegenüber hoch dosierten Vasopressoren refraktäre Hypotonie ist lebensbedrohlich',
  'life-threatening-hypotension-is-life-threatening': 'eine lebensbedrohliche Hypotonie ist eine lebensbedrohliche Folge des CRS',
  'is-an-intervention': 'das ist eine Intervention, und "no-intervention" besagt, dass keine nötig war',
  'hypotension-is-treated': 'eine Hypotonie durch CRS wird behandelt (mit Volumengabe oder Vasopressoren), und "no-intervention" besagt, dass nichts nötig war',
  'masking-therapy-is-an-intervention': 'Fieber ist maskiert, weil eine antipyretische oder Anti-Zytokin-Therapie gegeben wurde, und diese ist eine Intervention',
  'urgent-intervention-indicated': 'lebensbedrohliche Folgen erfordern eine dringende Intervention, und "no-intervention" besagt, dass keine nötig war',
};

function otherValue(value: string | number | boolean | null): string {
  return value === null ? '(nicht leer)' : typeof value === 'string' ? JSON.stringify(value) : typeof value === 'number' ? number(value) : String(value);
}

type ItemName = IssueParams['duplicate']['item'];

/** Each list item, as the subject (`jeder Wirkstoff`) and as the object (`jeden Wirkstoff`) of a sentence. */
const EACH: { readonly [Item in ItemName]: { readonly subject: string; readonly object: string } } = {
  agent: { subject: 'jeder Wirkstoff', object: 'jeden Wirkstoff' },
  sign: { subject: 'jedes Zeichen', object: 'jedes Zeichen' },
  observation: { subject: 'jede Beobachtung', object: 'jede Beobachtung' },
  treatment: { subject: 'jede Behandlung', object: 'jede Behandlung' },
};

const VASOPRESSOR_FACT: { readonly [Fact in Exclude<IssueParams['without-vasopressors']['fact'], 'life-threatening-hypotension'>]: string } = {
  dose: 'keine Dosis',
  duration: 'keine Dauer',
};

/** German wording of the codes any input can have. @internal */
export const germanStructuralMessages: IssueMessagesFor<StructuralIssueCode> = {
  required: () => 'erforderlich; das Fehlen ausdrücklich angeben, statt das Feld wegzulassen',
  'unknown-key': ({ allowed }) => `unbekanntes Feld; zulässige Felder sind ${quoted(allowed)}`,
  'expected-object': (params) => `erwartet: ein Objekt; erhalten: ${received(params.received)}`,
  'expected-array': (params) => `erwartet: ein Array ([] für keine Einträge); erhalten: ${received(params.received)}`,
  'expected-boolean': (params) => `erwartet: true oder false; erhalten: ${received(params.received)}`,
  'expected-number': (params) => `erwartet: ${range(params.range, params.integer)}; erhalten: ${received(params.received)}`,
  'looks-like-fahrenheit': (params) =>
    `erwartet: ${range(params.range)}; erhalten: ${number(params.received)}, vermutlich in Grad Fahrenheit (${number(params.received)} °F entsprechen ${number(params.celsius)} °C); in Grad Celsius umrechnen`,
  'expected-one-of': (params) => `erwartet: einer der Werte ${quoted(params.allowed)}; erhalten: ${received(params.received)}`,
  'expected-ice-score': (params) => `erwartet: ${ICE_FORMS}; erhalten: ${received(params.received)}`,
  'expected-timestamp': (params) =>
    `erwartet: ein existierendes Datum (2026-03-02) oder Datum mit Uhrzeit (2026-03-02T14:30, Sekunden, Sekundenbruchteile und Zeitzonenversatz optional) nach ISO 8601; erhalten: ${received(params.received)}`,
  duplicate: ({ value, item }) => `"${value}" ist doppelt aufgeführt; ${EACH[item].object} nur einmal aufführen`,
  'too-many-items': ({ maximum, received: count, item }) =>
    item === 'observation' || item === 'treatment'
      ? `erwartet: höchstens ${number(maximum)} Einträge; erhalten: ${number(count)}`
      : `erwartet: höchstens ${number(maximum)} Einträge (${EACH[item].subject} nur einmal); erhalten: ${number(count)}`,
  'given-twice': () => 'doppelt angegeben (als Ganzes und in Teilen oder unter verschachteltem und gepunktetem Namen), beide Male mit Inhalt; nur einmal angeben',
  'missing-item': () => 'fehlt: das Array hat hier eine Lücke; die Einträge ohne Lücken aufführen',
  accessor: () => 'ist ein Getter oder Setter, der nie aufgerufen wird; den Wert als einfache Daten angeben',
  unreadable: () => 'konnte nicht gelesen werden: beim Lesen des Werts trat ein Fehler auf (zum Beispiel ein widerrufener Proxy); einfache Daten angeben',
};

/** German wording of the CRS rules. @internal */
export const germanCrsMessages: IssueMessagesFor<CrsIssueCode> = {
  'flow-required': ({ device }) =>
    `erforderlich bei device "${device}": Nasenbrillen jeder Art werden nach ihrem Fluss eingestuft (6 l/min oder weniger gilt als Low-Flow)`,
  'flow-on-room-air': () => 'bei "room-air" nicht zulässig: Raumluft bedeutet keinen zusätzlichen Sauerstoff',
  'fraction-on-room-air': () => 'muss bei "room-air" 21 sein (Raumluft enthält 21 % Sauerstoff); stattdessen die Sauerstoffapplikation erfassen',
  'vasopressors-without-hypotension': () => 'muss [] sein, wenn hypotension false ist (ein Vasopressor setzt eine Hypotonie voraus)',
  'boluses-without-hypotension': () => 'muss false sein oder fehlen, wenn hypotension false ist (gemeint sind Flüssigkeitsboli bei CRS-bedingter Hypotonie)',
  'without-vasopressors': ({ fact }) =>
    fact === 'life-threatening-hypotension'
      ? 'nicht zulässig, wenn vasopressors [] ist (eine Hypotonie, die keinen Vasopressor braucht, spricht auf Volumengabe an)'
      : `nicht zulässig, wenn vasopressors [] ist (ohne Vasopressor ${VASOPRESSOR_FACT[fact]})`,
  'high-dose-duration-without-high-dose': () =>
    'nur zulässig, wenn vasopressorDose "high" oder "refractory-to-high" ist: gemeint ist die Dauer unter hoher Dosis',
  'high-dose-duration-too-long': ({ hours, totalHours }) =>
    `darf vasopressorDurationHours (${number(totalHours)}) nicht überschreiten: die Dauer unter hoher Dosis ist Teil der Dauer unter Vasopressoren; erhalten: ${number(hours)}`,
  contradiction: (params) =>
    `widerspricht ${params.other} ${otherValue(params.otherValue)}: ${CONTRADICTION[params.reason]}; eine der beiden Angaben korrigieren`,
};

/** German wording of the course rules. @internal */
export const germanCourseMessages: IssueMessagesFor<CourseIssueCode> = {
  'no-observations': () => 'ein Verlauf braucht mindestens eine Beobachtung; Tage ohne Beobachtung gelten als unbekannt, nicht als Tage ohne CRS',
  'observation-without-assessment': () => 'eine Beobachtung braucht "crs", "icans" oder beides',
  'same-time': ({ other, dateOnly }) =>
    dateOnly
      ? `dasselbe Datum wie ${other} (dort ohne Uhrzeit): zwei Beobachtungen am selben Datum sind nur zulässig, wenn beide eine Uhrzeit angeben`
      : `derselbe Zeitpunkt wie ${other}: jede Beobachtung ist ein eigener Beurteilungszeitraum; jeder Beobachtung einen eigenen Zeitpunkt geben`,
  'cohort-mixes-settings': ({ first, value }) =>
    `ist ${value}, aber der erste Verlauf der Kohorte wurde mit ${first} eingestuft: alle Verläufe einer Tabelle mit denselben Optionen einstufen`,
  'after-death': ({ death, syndrome }) =>
    `folgt auf die Beobachtung ${death}, in der ${syndrome === 'crs' ? 'CRS' : 'ICANS'} mit Grad 5 (Tod) eingestuft wurde; auf sie kann nichts mehr folgen`,
  'fever-masking-contradicts-course': ({ stated, derived, treatment }) =>
    derived
      ? `${String(stated)} widerspricht dem Verlauf: Fieber ist hier maskiert, weil in dieser CRS-Episode ${treatment ?? 'eine Behandlung'} gegeben wurde; feverMasked weglassen oder auf true setzen`
      : `${String(stated)} widerspricht dem Verlauf: in dieser CRS-Episode wurde vor dieser Beobachtung keine antipyretische oder Anti-Zytokin-Behandlung gegeben; feverMasked weglassen oder die Behandlung unter "treatments" ergänzen`,
};

/** German wording of the ICANS rules. @internal */
export const germanIcansMessages: IssueMessagesFor<IcansIssueCode> = {
  'score-not-allowed': ({ why }) =>
    why.instrument === 'ice'
      ? `nicht zulässig: ${instrument(why)}; den ICE-Score in "ice" angeben (oder bei vorbestehender Entwicklungsverzögerung developmentalDelay: true setzen)`
      : `nicht zulässig: ${instrument(why)}; den CAPD-Gesamtscore (eine ganze Zahl von 0 bis 32) in "capd" angeben`,
  'score-required': ({ why }) =>
    why.instrument === 'ice'
      ? `erforderlich: ${instrument(why)}; erwartet: ${ICE_FORMS} (darf nur fehlen, wenn consciousness "unarousable" ist)`
      : `erforderlich: ${instrument(why)}; erwartet: eine ganze Zahl von 0 bis 32 (darf nur fehlen, wenn consciousness "unarousable" ist)`,
  'ice-when-unarousable': ({ score }) =>
    `muss 0 sein oder fehlen, wenn consciousness "unarousable" ist (bei einem nicht erweckbaren Patienten ist ICE nicht durchführbar); erhalten: Score ${number(score)}`,
  'capd-when-unarousable': () =>
    'muss fehlen, wenn consciousness "unarousable" ist: ASTCT 2019 stuft ein Kind, bei dem CAPD nicht durchführbar ist, nach der Zeile Bewusstseinslage ein',
  'sedated-when-unarousable': () =>
    'kann nicht true sein, wenn consciousness "unarousable" ist: ICE oder CAPD sind nicht durchführbar, und eine Einstufung allein nach den übrigen Domänen würde den fehlenden Score als unauffällig werten; einstufen, wenn der Patient erweckbar ist (z. B. während einer Sedierungspause)',
};

/** The German wording of every issue code. @internal */
export const germanIssueMessages: IssueMessages = /* @__PURE__ */ (() =>
  Object.freeze({ ...germanStructuralMessages, ...germanCrsMessages, ...germanIcansMessages, ...germanCourseMessages }))();
