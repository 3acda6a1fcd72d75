import type { Language } from './options.js';
import { escapeControl } from './escape.js';
import { type GradingSummary, type Ids, type Outcome, type RecordGrader, SCALES } from './grade.js';

/** Writes outcomes as text, one row per record, with a header first; every row ends with a newline. */
export interface RowFormatter {
  header(): string;
  row(outcome: Outcome): string;
}

/** At most this many issues of a record are shown in a table row (`--json` keeps all the grader kept). */
const TABLE_ISSUES = 10;

/** One line of wording for a grading on one scale (only the library's own words: nothing from the input). */
export function describeSummary(grading: GradingSummary, grader: RecordGrader, language: Language): string {
  const noteLabel = language === 'de' ? 'Hinweis' : 'Note';
  const drivers = grading.drivers ?? [];
  const head =
    grading.missing === undefined
      ? drivers.length === 0
        ? language === 'de'
          ? 'Kriterien nicht erfüllt.'
          : 'Criteria not met.'
        : `${drivers.map(({ finding }) => grader.describeFinding(finding, language)).join('; ')}.`
      : `${language === 'de' ? 'Nicht einstufbar; benötigt' : 'Not gradable; needs'} ${grading.missing.join(', ')}.`;
  if (grading.notes.length === 0) return head;
  return [head, ...grading.notes.map((note) => `${noteLabel}: ${grader.describeNote(note, language)}`)].join(' ');
}

function errorText(errors: readonly string[], issueCount: number): string {
  const shown = errors.slice(0, TABLE_ISSUES);
  const more = issueCount - shown.length;
  return more > 0 ? `${shown.join(' | ')} | … ${more} more (--json lists up to 100)` : shown.join(' | ');
}

function idText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Table columns for the identifiers: at least as wide as their names, or 10. */
function idColumns(ids: readonly string[]): { header: string; cells: (outcomeIds: Ids | undefined) => string } {
  const widths = ids.map((id) => Math.max(id.length, 10));
  if (ids.length === 0) return { header: '', cells: () => '' };
  return {
    header: ids.map((id, index) => `${escapeControl(id).padEnd(widths[index] ?? 0)}  `).join(''),
    cells: (outcomeIds) => ids.map((id, index) => `${escapeControl(idText(outcomeIds?.[id])).padEnd(widths[index] ?? 0)}  `).join(''),
  };
}

/**
 * The table on one scale: line, identifiers, grade, and the drivers in words. Column widths come
 * from what a column can hold (grades, "n/g", "rejected"; line numbers up to `lineWidth` digits), not
 * from the rows, so that each row is written as soon as it is known. Text from the input is escaped.
 */
export function tableFormatter(grader: RecordGrader, language: Language, ids: readonly string[], lineWidth: number): RowFormatter {
  const idColumn = idColumns(ids);
  const gradeWidth = 'rejected'.length;
  return {
    header: () => `${'line'.padStart(lineWidth)}  ${idColumn.header}${'grade'.padEnd(gradeWidth)}  drivers\n`,
    row(outcome) {
      const head = `${String(outcome.line).padStart(lineWidth)}  ${idColumn.cells(outcome.ids)}`;
      switch (outcome.kind) {
        case 'rejected':
          return `${head}rejected  ${escapeControl(errorText(outcome.errors, outcome.issueCount))}\n`;
        case 'scales':
          /* c8 ignore next */
          throw new TypeError('tableFormatter: expected a grading on one scale');
        default: {
          const grade = outcome.grading.grade === null ? 'n/g' : String(outcome.grading.grade);
          return `${head}${grade.padEnd(gradeWidth)}  ${describeSummary(outcome.grading, grader, language)}\n`;
        }
      }
    },
  };
}

/** The side-by-side table: a grade per scale, then what the scales that could not grade still need. */
export function allScalesTableFormatter(language: Language, ids: readonly string[], lineWidth: number): RowFormatter {
  const idColumn = idColumns(ids);
  const needs = language === 'de' ? 'benötigt' : 'needs';
  return {
    header: () => `${'line'.padStart(lineWidth)}  ${idColumn.header}${SCALES.join('  ')}\n`,
    row(outcome) {
      const head = `${String(outcome.line).padStart(lineWidth)}  ${idColumn.cells(outcome.ids)}`;
      if (outcome.kind === 'rejected') return `${head}rejected    ${escapeControl(errorText(outcome.errors, outcome.issueCount))}\n`;
      /* c8 ignore next */
      if (outcome.kind !== 'scales') throw new TypeError('allScalesTableFormatter: expected gradings on every scale');
      const cells = SCALES.map((scale) => {
        const result = outcome.results[scale];
        return (result.gradable ? String(result.grade) : 'n/g').padEnd(scale.length);
      });
      const missing = outcome.notGradable.map((scale) => `${scale} ${needs} ${(outcome.results[scale] as { readonly missing?: readonly string[] }).missing?.join(', ') ?? ''}`);
      return `${head}${cells.join('  ')}${missing.length > 0 ? `  ${missing.join('; ')}` : ''}`.trimEnd() + '\n';
    },
  };
}

function idsJson(ids: Ids | undefined): string {
  return ids === undefined ? '' : `"id":${JSON.stringify(ids)},`;
}

/** NDJSON: one object per record with its line, identifiers, and grading, gradings or errors. */
export function ndjsonFormatter(): RowFormatter {
  return {
    header: () => '',
    row(outcome) {
      const head = `{"line":${outcome.line},${idsJson(outcome.ids)}`;
      switch (outcome.kind) {
        case 'rejected':
          return `${head}"errors":${JSON.stringify(outcome.errors)}${outcome.issueCount > outcome.errors.length ? `,"issueCount":${outcome.issueCount}` : ''}}\n`;
        case 'scales':
          return `${head}"results":${JSON.stringify(outcome.results)}}\n`;
        default:
          return `${head}"grading":${JSON.stringify(outcome.grading)}}\n`;
      }
    },
  };
}

/** One CSV cell, quoted when it holds a comma, a quote or a line break. */
export function csvCell(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * CSV (`--out file.csv`): one row per record and scale with the line, the identifiers, the scale,
 * the status (graded, not-gradable, rejected), the grade, the driver and note codes
 * (`;`-separated), the facts still missing, the wording, and the errors of a rejected record.
 */
export function csvFormatter(grader: RecordGrader, language: Language, ids: readonly string[]): RowFormatter {
  const row = (line: number, outcomeIds: Ids | undefined, cells: readonly string[]): string =>
    [String(line), ...ids.map((id) => idText(outcomeIds?.[id])), ...cells].map(csvCell).join(',') + '\n';
  const gradingCells = (scale: string, grading: GradingSummary): string[] => [
    scale,
    grading.grade === null ? 'not-gradable' : 'graded',
    grading.grade === null ? '' : String(grading.grade),
    (grading.drivers ?? []).map(({ finding }) => finding).join(';'),
    grading.notes.join(';'),
    (grading.missing ?? []).join(';'),
    describeSummary(grading, grader, language),
    '',
  ];
  return {
    header: () => ['line', ...ids, 'scale', 'status', 'grade', 'drivers', 'notes', 'missing', 'description', 'errors'].map(csvCell).join(',') + '\n',
    row(outcome) {
      switch (outcome.kind) {
        case 'rejected':
          return row(outcome.line, outcome.ids, ['', 'rejected', '', '', '', '', '', outcome.errors.join(' | ')]);
        case 'scales':
          return SCALES.map((scale) => row(outcome.line, outcome.ids, gradingCells(scale, outcome.results[scale]))).join('');
        default:
          return row(outcome.line, outcome.ids, gradingCells(outcome.grading.scale ?? 'astct-2019', outcome.grading));
      }
    },
  };
}
