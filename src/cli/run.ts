import { parseArgs } from 'node:util';
import type { CrsGradingOutcome } from '../crs/grading.js';
import { safeGradeCRS } from '../crs/grade-crs.js';
import { gradeCRSOnAllScales } from '../crs/grade-crs-on-all-scales.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { enumValues } from '../vocabulary/vocabulary.js';
import type { GradingInputError } from '../errors/input-error.js';
import type { Grade } from '../grading/grading.js';
import type { IcansGrading } from '../icans/astct-2019.js';
import { safeGradeICANS } from '../icans/grade-icans.js';
import { describeCrsFinding, describeCrsNote } from '../i18n/describe-crs.js';
import { describeIcansFinding, describeIcansNote } from '../i18n/describe-icans.js';
import { de } from '../locale/de/index.js';
import { en } from '../locale/en/index.js';
import type { Locale } from '../locale/locale.js';

type Language = 'en' | 'de';
const LOCALES: Readonly<Record<Language, Locale>> = { en, de };
import { EXAMPLE_COHORT_NDJSON, EXAMPLE_ICANS_COHORT_NDJSON } from './example-cohort.js';
import { type SourceRecord, readRecords } from './read-records.js';

/** What the CLI may read; injected so that the logic is testable without a process. */
export interface CliInput {
  readonly readFile: (path: string) => string;
  readonly readStdin: () => string;
}

/** What the CLI prints and how it exits: 0 all graded, 1 some record rejected, 2 usage or input error. */
export interface CliResult {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: 0 | 1 | 2;
}

export const USAGE = `Usage: crs-grade [options] [file]

Grades CRS assessments (ASTCT 2019 unless --scale says otherwise) from a JSON array or NDJSON
file, or from standard input. With --icans, grades ICANS assessments (ASTCT 2019, ICE for adults,
CAPD for children) instead.

Options:
  --scale SCALE            grade CRS on SCALE: astct-2019 (default), ctcae-v4.03, ctcae-v5.0,
                           ctcae-v6.0, lee-2014, penn-2018, mskcc-2018, cartox-2018
  --all-scales             grade CRS on every scale side by side ("n/g": not gradable, facts missing)
  --icans                  grade ICANS assessments instead of CRS
  --capd-below-age YEARS   with --icans: CAPD below this age (default 12; 13 follows NCIt)
  --json                   print one JSON object per record (NDJSON) instead of a table
  --lang en|de             language of the driver wording in the table (default en)
  --example                grade the embedded example cohort
  -h, --help               show this help

Exit code: 0 when every record was graded, 1 when a record was rejected, 2 on a usage or input error.`;

/** What the table and NDJSON need of any grading, whatever the syndrome. */
interface GradingSummary {
  readonly grade: Grade | null;
  readonly drivers?: readonly { readonly finding: string }[];
  readonly notes: readonly string[];
  /** Facts a scale still needs, when it could not grade. */
  readonly missing?: readonly string[];
}

/** One syndrome's grader and wording, so that the command treats CRS and ICANS alike. */
interface RecordGrader<G extends GradingSummary> {
  readonly safeGrade: (value: unknown) => { readonly success: true; readonly data: G } | { readonly success: false; readonly error: GradingInputError };
  readonly describeFinding: (finding: string, language: Language) => string;
  readonly describeNote: (note: string, language: Language) => string;
}

function grader<G extends GradingSummary>(recordGrader: RecordGrader<G>): RecordGrader<GradingSummary> {
  return recordGrader;
}

type Row = { readonly line: number } & ({ readonly grading: GradingSummary } | { readonly errors: readonly string[] });

function gradeRecord(record: SourceRecord, recordGrader: RecordGrader<GradingSummary>): Row {
  if (record.parseError !== undefined) return { line: record.line, errors: [record.parseError] };
  const result = recordGrader.safeGrade(record.value);
  if (result.success) return { line: record.line, grading: result.data };
  return { line: record.line, errors: result.error.issues.map(({ pathText, message }) => `${pathText === '' ? '(record)' : pathText}: ${message}`) };
}

function describeSummary(grading: GradingSummary, recordGrader: RecordGrader<GradingSummary>, language: Language): string {
  const noteLabel = language === 'de' ? 'Hinweis' : 'Note';
  const drivers = grading.drivers ?? [];
  const head =
    grading.missing === undefined
      ? drivers.length === 0
        ? language === 'de' ? 'Kriterien nicht erfüllt.' : 'Criteria not met.'
        : `${drivers.map(({ finding }) => recordGrader.describeFinding(finding, language)).join('; ')}.`
      : `${language === 'de' ? 'Nicht einstufbar; benötigt' : 'Not gradable; needs'} ${grading.missing.join(', ')}.`;
  return [head, ...grading.notes.map((note) => `${noteLabel}: ${recordGrader.describeNote(note, language)}`)].join(' ');
}

function formatTable(rows: readonly Row[], recordGrader: RecordGrader<GradingSummary>, language: Language): string {
  const header = ['line', 'grade', 'drivers'];
  const body = rows.map((row) =>
    'grading' in row
      ? [String(row.line), row.grading.grade === null ? 'n/g' : String(row.grading.grade), describeSummary(row.grading, recordGrader, language)]
      : [String(row.line), 'rejected', row.errors.join(' | ')],
  );
  const lineWidth = Math.max(header[0]?.length ?? 0, ...body.map((cells) => cells[0]?.length ?? 0));
  const gradeWidth = Math.max(header[1]?.length ?? 0, ...body.map((cells) => cells[1]?.length ?? 0));
  return [header, ...body]
    .map(([line = '', grade = '', drivers = '']) => `${line.padStart(lineWidth)}  ${grade.padEnd(gradeWidth)}  ${drivers}`)
    .join('\n');
}

type AllScalesRow = { readonly line: number } & ({ readonly results: Readonly<Record<GradingScale, CrsGradingOutcome>> } | { readonly errors: readonly string[] });

function gradeOnAllScales(record: SourceRecord): AllScalesRow {
  if (record.parseError !== undefined) return { line: record.line, errors: [record.parseError] };
  const validated = safeGradeCRS(record.value);
  if (!validated.success) return { line: record.line, errors: validated.error.issues.map(({ pathText, message }) => `${pathText === '' ? '(record)' : pathText}: ${message}`) };
  return { line: record.line, results: gradeCRSOnAllScales(record.value as Parameters<typeof gradeCRSOnAllScales>[0]) };
}

function formatAllScalesTable(rows: readonly AllScalesRow[], language: Language): string {
  const scales = enumValues(GradingScale);
  const table = [['line', ...scales]];
  const footnotes: string[] = [];
  for (const row of rows) {
    if (!('results' in row)) {
      table.push([String(row.line), 'rejected']);
      footnotes.push(`line ${row.line}: ${row.errors.join(' | ')}`);
      continue;
    }
    table.push([String(row.line), ...scales.map((scale) => {
      const outcome = row.results[scale];
      if (outcome.gradable) return String(outcome.grade);
      footnotes.push(`line ${row.line}, ${scale}: ${language === 'de' ? 'benötigt' : 'needs'} ${outcome.missing.join(', ')}`);
      return 'n/g';
    })]);
  }
  const widths = ['line', ...scales].map((_, column) => Math.max(...table.map((cells) => cells[column]?.length ?? 0)));
  const lines = table.map((cells) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padStart(widths[0] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd(),
  );
  return [...lines, ...(footnotes.length > 0 ? ['', ...footnotes] : [])].join('\n');
}

function fail(message: string): CliResult {
  return { stdout: '', stderr: `crs-grade: ${message}\n`, exitCode: 2 };
}

/**
 * Runs the `crs-grade` command line: reads records, grades each, and reports every rejected record
 * with its line and reasons while still grading the others.
 */
export function runCli(argv: readonly string[], input: CliInput): CliResult {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'en' },
        example: { type: 'boolean', default: false },
        icans: { type: 'boolean', default: false },
        scale: { type: 'string' },
        'all-scales': { type: 'boolean', default: false },
        'capd-below-age': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    return fail(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { stdout: `${USAGE}\n`, stderr: '', exitCode: 0 };
  if (values.lang !== 'en' && values.lang !== 'de') return fail(`--lang: expected "en" or "de"; received ${JSON.stringify(values.lang)}`);
  if (positionals.length > 1) return fail(`expected at most one file; received ${positionals.length}`);
  if (values.example && positionals.length > 0) return fail('--example grades the embedded cohort; do not also give a file');
  const scale = values.scale;
  const allScales = values['all-scales'];
  if (values.icans && (scale !== undefined || allScales)) return fail('--scale and --all-scales apply to CRS; ICANS is graded on ASTCT 2019 only');
  if (scale !== undefined && allScales) return fail('give either --scale or --all-scales, not both');
  if (scale !== undefined) {
    // The grader's own option validation names the allowed scales.
    const probe = safeGradeCRS({}, { scale: scale as GradingScale });
    const optionIssue = probe.success ? undefined : probe.error.issues.find(({ path }) => path[0] === 'options');
    if (optionIssue !== undefined) return fail(`--scale: ${optionIssue.message}`);
  }
  const capdBelowAge = values['capd-below-age'];
  if (capdBelowAge !== undefined && !values.icans) return fail('--capd-below-age applies to ICANS; add --icans');
  // A non-numeric value is passed on as text, so that the option validation reports what was typed.
  const capdBelowAgeYears = capdBelowAge === undefined ? undefined : /^\s*-?\d+(?:\.\d+)?\s*$/.test(capdBelowAge) ? Number(capdBelowAge) : (capdBelowAge as unknown as number);
  const recordGrader = values.icans
    ? grader<IcansGrading>({
        safeGrade: (value) => safeGradeICANS(value, capdBelowAgeYears === undefined ? {} : { capdBelowAgeYears }),
        // The codes come from the grader's own result, so they are always known to the wording.
        describeFinding: (finding: string, language: Language) => describeIcansFinding(finding as never, LOCALES[language]),
        describeNote: (note: string, language: Language) => describeIcansNote(note as never, LOCALES[language]),
      })
    : grader<GradingSummary>({
        // A not-gradable outcome has `missing` and no drivers; NDJSON keeps the whole outcome.
        safeGrade: (value) => safeGradeCRS(value, { scale: (scale ?? 'astct-2019') as GradingScale }),
        describeFinding: (finding: string, language: Language) => describeCrsFinding(finding as never, LOCALES[language]),
        describeNote: (note: string, language: Language) => describeCrsNote(note as never, LOCALES[language]),
      });
  // An invalid --capd-below-age is reported by the grader's own option validation, naming the allowed values.
  if (capdBelowAgeYears !== undefined) {
    const probe = safeGradeICANS({}, { capdBelowAgeYears });
    const optionIssue = probe.success ? undefined : probe.error.issues.find(({ path }) => path[0] === 'options');
    if (optionIssue !== undefined) return fail(`--capd-below-age: ${optionIssue.message}`);
  }

  let text: string;
  let records: SourceRecord[];
  try {
    const file = positionals[0];
    const example = values.icans ? EXAMPLE_ICANS_COHORT_NDJSON : EXAMPLE_COHORT_NDJSON;
    text = values.example ? example : file === undefined || file === '-' ? input.readStdin() : input.readFile(file);
    records = readRecords(text);
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error));
  }
  if (records.length === 0) return fail('no records in the input');

  if (allScales) {
    const rows = records.map(gradeOnAllScales);
    const rejected = rows.filter((row) => 'errors' in row).length;
    const stdout = values.json ? rows.map((row) => JSON.stringify(row)).join('\n') : formatAllScalesTable(rows, values.lang);
    return { stdout: `${stdout}\n`, stderr: `${rows.length - rejected} graded, ${rejected} rejected\n`, exitCode: rejected > 0 ? 1 : 0 };
  }
  const rows = records.map((record) => gradeRecord(record, recordGrader));
  const rejected = rows.filter((row) => 'errors' in row).length;
  const stdout = values.json ? rows.map((row) => JSON.stringify(row)).join('\n') : formatTable(rows, recordGrader, values.lang);
  const summary = `${rows.length - rejected} graded, ${rejected} rejected`;
  return { stdout: `${stdout}\n`, stderr: `${summary}\n`, exitCode: rejected > 0 ? 1 : 0 };
}
