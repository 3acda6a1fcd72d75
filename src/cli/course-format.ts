/**
 * Course mode, writing: the per-patient line listing (a table, NDJSON or CSV) and the cohort table.
 * The scale names, the treatment labels and the number format come from the locales; the few labels
 * the locales lack (the listing's columns, the table's rows, the episode outcomes) are here, in
 * English and German.
 *
 * @module
 */
import type { CourseEpisode, CourseGrading, EpisodeOutcome, GradeRange, IcansCourseEpisode, RelationToCrs, SyndromeCourse } from '../course/grading.js';
import type { CohortCount, CohortRange, CohortSummary, SyndromeSummary } from '../course/summarize-cohort.js';
import type { Grade } from '../grading/grading.js';
import { de } from '../locale/de/index.js';
import { en } from '../locale/en/index.js';
import type { Locale } from '../locale/locale.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { PatientError, PatientResult } from './course-rows.js';
import { escapeControl } from './escape.js';
import { csvCell } from './format.js';
import type { Language } from './options.js';

const LOCALES: Readonly<Record<Language, Locale>> = { en, de };

/** The labels of the listing and the cohort table that the locales do not have. */
interface CourseWords {
  readonly columns: readonly [patient: string, crs: string, onset: string, peak: string, duration: string, outcome: string, episodes: string, icans: string, icansOnset: string, relation: string];
  readonly notGraded: string;
  readonly noPatient: string;
  /** A syndrome no window assessed (never 0). */
  readonly notAssessed: string;
  readonly more: (count: number) => string;
  readonly outcomes: Readonly<Record<EpisodeOutcome, string>>;
  readonly relations: Readonly<Record<RelationToCrs, string>>;
  readonly title: (graded: number, scale: string) => string;
  readonly leftOut: (notGraded: number) => string;
  readonly joined: (days: number) => string;
  readonly assessed: string;
  readonly anyGrade: string;
  readonly gradeAtLeast3: string;
  readonly maxGrade: (grade: Grade) => string;
  readonly onsetDay: string;
  readonly durationDays: string;
  readonly uncertain: string;
  readonly treatmentsOf: (patients: number) => string;
  readonly corticosteroids: string;
  readonly footnote: string;
  readonly percent: (text: string) => string;
}

const WORDS: Readonly<Record<Language, CourseWords>> = {
  en: {
    columns: ['patient', 'CRS max', 'onset day', 'peak', 'duration', 'outcome', 'episodes', 'ICANS max', 'onset day', 'relation to CRS'],
    notGraded: 'not graded',
    noPatient: '(no patient)',
    notAssessed: 'n/a',
    more: (count) => `… ${count} more (--json lists up to 100)`,
    outcomes: { resolved: 'resolved', ongoing: 'ongoing', death: 'death' },
    relations: { 'during-crs': 'during CRS', 'after-crs': 'after CRS', unknown: 'CRS status unknown', 'without-crs': 'without CRS' },
    title: (graded, scale) => `Cohort: ${graded} ${graded === 1 ? 'patient' : 'patients'} graded; CRS on ${scale}, ICANS on ASTCT 2019`,
    leftOut: (count) => `${count} not graded, left out of the table`,
    joined: (days) => `recurrences within ${days} ${days === 1 ? 'day' : 'days'} joined`,
    assessed: 'Patients assessed',
    anyGrade: 'Any grade',
    gradeAtLeast3: 'Grade 3 or higher',
    maxGrade: (grade) => `Highest grade ${grade}`,
    onsetDay: 'Onset day, median (range)',
    durationDays: 'Duration in days, median (range)',
    uncertain: 'Highest grade a range (the scale could not grade a window)',
    treatmentsOf: (patients) => `Treatment (of ${patients} ${patients === 1 ? 'patient' : 'patients'})`,
    corticosteroids: 'Corticosteroids',
    footnote: "Day 0 is the infusion day. Onset and duration are those of each patient's first episode; duration over the episodes that resolved.",
    percent: (text) => `${text}%`,
  },
  de: {
    columns: ['Patient', 'CRS max', 'Beginn Tag', 'Maximum', 'Dauer', 'Verlauf', 'Episoden', 'ICANS max', 'Beginn Tag', 'Bezug zu CRS'],
    notGraded: 'nicht eingestuft',
    noPatient: '(kein Patient)',
    notAssessed: 'n. b.',
    more: (count) => `… ${count} weitere (--json listet bis zu 100)`,
    outcomes: { resolved: 'abgeklungen', ongoing: 'anhaltend', death: 'Tod' },
    relations: { 'during-crs': 'während CRS', 'after-crs': 'nach CRS', unknown: 'CRS-Status unbekannt', 'without-crs': 'ohne CRS' },
    title: (graded, scale) => `Kohorte: ${graded} ${graded === 1 ? 'Patient' : 'Patienten'} eingestuft; CRS nach ${scale}, ICANS nach ASTCT 2019`,
    leftOut: (count) => `${count} nicht eingestuft, nicht in der Tabelle`,
    joined: (days) => `Wiederauftreten innerhalb von ${days} ${days === 1 ? 'Tag' : 'Tagen'} zusammengefasst`,
    assessed: 'Patienten beurteilt',
    anyGrade: 'Jeder Grad',
    gradeAtLeast3: 'Grad 3 oder höher',
    maxGrade: (grade) => `Höchster Grad ${grade}`,
    onsetDay: 'Beginn (Tag), Median (Spanne)',
    durationDays: 'Dauer in Tagen, Median (Spanne)',
    uncertain: 'Höchster Grad als Spanne (die Skala konnte ein Fenster nicht einstufen)',
    treatmentsOf: (patients) => `Behandlung (von ${patients} ${patients === 1 ? 'Patient' : 'Patienten'})`,
    corticosteroids: 'Kortikosteroide',
    footnote: 'Tag 0 ist der Tag der Infusion. Beginn und Dauer: jeweils die erste Episode eines Patienten; die Dauer über die abgeklungenen Episoden.',
    percent: (text) => `${text} %`,
  },
};

/** At most this many problems of a patient are shown in the table (`--json` keeps up to 100). */
const TABLE_ERRORS = 10;

/** A grade, or the range a scale that could not grade some window allows: never a guessed number. */
function gradeText(grade: Grade, range: GradeRange | null, dash: string): string {
  return range !== null && range.max > range.min ? `${range.min}${dash}${range.max}` : String(grade);
}

/** The cells of one graded patient, in the order of the listing's columns after the patient. */
export interface ListingCells {
  readonly crsMaxGrade: string;
  readonly crsOnsetDay: string;
  readonly crsPeakGrade: string;
  readonly crsDurationDays: string;
  readonly crsOutcome: string;
  readonly crsEpisodes: string;
  readonly icansMaxGrade: string;
  readonly icansOnsetDay: string;
  readonly icansRelationToCrs: string;
}

/** The listing's cells in column order. */
function listingRow(cells: ListingCells): string[] {
  return [cells.crsMaxGrade, cells.crsOnsetDay, cells.crsPeakGrade, cells.crsDurationDays, cells.crsOutcome, cells.crsEpisodes, cells.icansMaxGrade, cells.icansOnsetDay, cells.icansRelationToCrs];
}

interface CellWords {
  /** A syndrome no window assessed. */
  readonly notAssessed: string;
  /** No value (no episode, not resolved). */
  readonly none: string;
  /** Between the values of several episodes. */
  readonly separator: string;
  /** Between the ends of a grade range. */
  readonly dash: string;
  readonly outcome: (outcome: EpisodeOutcome) => string;
  readonly relation: (relation: RelationToCrs) => string;
}

function episodeCells<Episode extends CourseEpisode>(course: SyndromeCourse<Episode, unknown>, words: CellWords, cell: (episode: Episode) => string): string {
  if (course.maxGrade === null) return words.none;
  return course.episodes.length === 0 ? words.none : course.episodes.map(cell).join(words.separator);
}

/**
 * The listing of one graded course. With several episodes, onset, peak, duration, outcome (and for
 * ICANS onset and relation) list each episode in time order, so that a later death or an ongoing
 * recurrence is never hidden behind the first episode.
 */
export function listingCells(grading: CourseGrading, words: CellWords): ListingCells {
  const { crs, icans } = grading;
  const max = (course: SyndromeCourse<CourseEpisode, unknown>): string =>
    course.maxGrade === null ? words.notAssessed : gradeText(course.maxGrade, course.possibleMaxGrades, words.dash);
  return {
    crsMaxGrade: max(crs),
    crsOnsetDay: episodeCells(crs, words, (episode) => String(episode.onsetDay)),
    crsPeakGrade: episodeCells(crs, words, (episode) => gradeText(episode.peakGrade, episode.possiblePeakGrades, words.dash)),
    crsDurationDays: episodeCells(crs, words, (episode) => (episode.durationDays === null ? words.none : String(episode.durationDays))),
    crsOutcome: episodeCells(crs, words, (episode) => words.outcome(episode.outcome)),
    crsEpisodes: crs.maxGrade === null ? words.none : String(crs.episodes.length),
    icansMaxGrade: max(icans),
    icansOnsetDay: episodeCells(icans, words, (episode) => String(episode.onsetDay)),
    icansRelationToCrs: episodeCells(icans, words, (episode: IcansCourseEpisode) => words.relation(episode.relationToCrs)),
  };
}

/** Everything the end of the output needs besides the summary. */
export interface CohortContext {
  readonly scale: GradingScale;
  readonly mergeRecurrenceWithinDays: number;
  /** Patients not graded (rows that belong to no patient are not counted). */
  readonly notGraded: number;
}

/** Writes the patients as they are graded, then the cohort; every piece ends with a newline. */
export interface CourseFormatter {
  patient(result: PatientResult): string;
  end(summary: CohortSummary, context: CohortContext): string;
}

/** Each problem after the line it is on (every problem has one). */
function errorLines(errors: readonly PatientError[]): string[] {
  return errors.map(({ lines, message }) => `line ${lines[0] as number}: ${message}`);
}

/** The cohort table, worded in `language`. */
export function cohortTable(summary: CohortSummary, context: CohortContext, language: Language): string {
  const words = WORDS[language];
  const locale = LOCALES[language];
  const number = (value: number): string => locale.formatNumber(value);
  const count = ({ n, percent }: CohortCount): string => `${n} (${percent === null ? '–' : words.percent(number(percent))})`;
  const range = ({ n, median, min, max }: CohortRange): string =>
    median === null || min === null || max === null ? '–' : `${number(median)} (${number(min)}–${number(max)}), n=${n}`;
  const syndromeRows = (label: string, cell: (syndrome: SyndromeSummary) => string): [string, string, string] => [label, cell(summary.crs), cell(summary.icans)];
  const rows: [string, string, string][] = [
    ['', 'CRS', 'ICANS'],
    syndromeRows(words.assessed, ({ assessed }) => String(assessed)),
    syndromeRows(words.anyGrade, ({ anyGrade }) => count(anyGrade)),
    syndromeRows(words.gradeAtLeast3, ({ gradeAtLeast3 }) => count(gradeAtLeast3)),
    ...([0, 1, 2, 3, 4, 5] as const).map((grade) => syndromeRows(words.maxGrade(grade), ({ byMaxGrade }) => count(byMaxGrade[grade]))),
    syndromeRows(words.onsetDay, ({ onsetDay }) => range(onsetDay)),
    syndromeRows(words.durationDays, ({ durationDays }) => range(durationDays)),
  ];
  if (summary.crs.uncertain > 0 || summary.icans.uncertain > 0) rows.push(syndromeRows(words.uncertain, ({ uncertain }) => String(uncertain)));
  const treatmentRows: [string, string][] = [
    [locale.values.treatments.tocilizumab, count(summary.tocilizumab)],
    [words.corticosteroids, count(summary.corticosteroids)],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length), ...treatmentRows.map(([label]) => label.length));
  const crsWidth = Math.max(...rows.map(([, crs]) => crs.length));
  const notes = [
    ...(context.notGraded > 0 ? [words.leftOut(context.notGraded)] : []),
    ...(context.mergeRecurrenceWithinDays > 0 ? [words.joined(context.mergeRecurrenceWithinDays)] : []),
  ];
  const lines = [
    [words.title(summary.patients, locale.scales[context.scale]), ...notes].join('; '),
    ...rows.map(([label, crs, icans]) => `${label.padEnd(labelWidth)}  ${crs.padEnd(crsWidth)}  ${icans}`.trimEnd()),
    words.treatmentsOf(summary.patients),
    ...treatmentRows.map(([label, value]) => `${label.padEnd(labelWidth)}  ${value}`),
    words.footnote,
  ];
  return `${lines.join('\n')}\n`;
}

/**
 * The listing as a table, then the cohort table. Column widths come from the rows, so the rows are
 * held until the end (a few short strings per patient). Text from the input is escaped.
 */
export function courseTableFormatter(language: Language): CourseFormatter {
  const words = WORDS[language];
  const cellWords: CellWords = {
    notAssessed: words.notAssessed,
    none: '-',
    separator: ';',
    dash: '–',
    outcome: (outcome) => words.outcomes[outcome],
    relation: (relation) => words.relations[relation],
  };
  const rows: { readonly patient: string; readonly cells: readonly string[] | undefined; readonly errors: string }[] = [];
  return {
    patient(result) {
      const patient = result.patient === null ? words.noPatient : escapeControl(result.patient);
      if (result.kind === 'graded') {
        rows.push({ patient, cells: listingRow(listingCells(result.grading, cellWords)), errors: '' });
      } else {
        const shown = errorLines(result.errors.slice(0, TABLE_ERRORS));
        const more = result.errorCount - shown.length;
        rows.push({ patient, cells: undefined, errors: escapeControl([...shown, ...(more > 0 ? [words.more(more)] : [])].join(' | ')) });
      }
      return '';
    },
    end(summary, context) {
      // A loop, not Math.max(...rows): a cohort may have more patients than a call has arguments.
      const widths = words.columns.map((header) => header.length);
      for (const { patient, cells } of rows) {
        widths[0] = Math.max(widths[0] as number, patient.length);
        cells?.forEach((cell, index) => {
          widths[index + 1] = Math.max(widths[index + 1] as number, cell.length);
        });
      }
      const line = (cells: readonly string[]): string => cells.map((cell, index) => cell.padEnd(widths[index] as number)).join('  ').trimEnd();
      const listing = [
        line(words.columns),
        ...rows.map(({ patient, cells, errors }) => (cells === undefined ? `${patient.padEnd(widths[0] as number)}  ${words.notGraded}: ${errors}` : line([patient, ...cells]))),
      ];
      return `${listing.join('\n')}\n\n${cohortTable(summary, context, language)}`;
    },
  };
}

/**
 * NDJSON: one object per patient, `{patient, grading, lines}` (`lines` maps the grading's input
 * indices of observations and treatments to input lines) or `{patient, errors, errorCount?}`, then
 * `{cohort, notGraded}`.
 */
export function courseNdjsonFormatter(): CourseFormatter {
  return {
    patient(result) {
      if (result.kind === 'graded') return `${JSON.stringify({ patient: result.patient, grading: result.grading, lines: result.lines })}\n`;
      const more = result.errorCount > result.errors.length ? { errorCount: result.errorCount } : {};
      return `${JSON.stringify({ patient: result.patient, errors: result.errors, ...more })}\n`;
    },
    end(summary, context) {
      return `${JSON.stringify({ cohort: summary, notGraded: context.notGraded })}\n`;
    },
  };
}

/** The columns of the CSV listing. */
export const COURSE_CSV_COLUMNS: readonly string[] = [
  'patient',
  'status',
  'crsMaxGrade',
  'crsOnsetDay',
  'crsPeakGrade',
  'crsDurationDays',
  'crsOutcome',
  'crsEpisodes',
  'icansMaxGrade',
  'icansOnsetDay',
  'icansRelationToCrs',
  'errors',
];

/**
 * CSV (`--out FILE.csv`): one row per patient with the listing's columns as codes, in every
 * language: `status` graded, not-graded, or unattributed (rows that belong to no patient); an empty
 * cell where there is no value (not assessed, no episode, not resolved), never 0; a grade range as
 * `2-3`; several episodes `;`-separated. The cohort table is not part of it.
 */
export function courseCsvFormatter(): CourseFormatter {
  const cellWords: CellWords = { notAssessed: '', none: '', separator: ';', dash: '-', outcome: (outcome) => outcome, relation: (relation) => relation };
  let headerWritten = false;
  const header = (): string => {
    if (headerWritten) return '';
    headerWritten = true;
    return `${COURSE_CSV_COLUMNS.join(',')}\n`;
  };
  return {
    patient(result) {
      const cells =
        result.kind === 'graded'
          ? [result.patient, 'graded', ...listingRow(listingCells(result.grading, cellWords)), '']
          : [
              result.patient ?? '',
              result.patient === null ? 'unattributed' : 'not-graded',
              ...Array.from({ length: 9 }, () => ''),
              [...errorLines(result.errors), ...(result.errorCount > result.errors.length ? [`… ${result.errorCount - result.errors.length} more`] : [])].join(' | '),
            ];
      return `${header()}${cells.map(csvCell).join(',')}\n`;
    },
    end() {
      return header();
    },
  };
}
