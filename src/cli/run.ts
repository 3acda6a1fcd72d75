import { parseArgs } from 'node:util';
import type { CrsGrading } from '../crs/astct-2019.js';
import { safeGradeCRS } from '../crs/grade-crs.js';
import type { GradingInputError } from '../errors/input-error.js';
import type { Grade } from '../grading/grading.js';
import type { IcansGrading } from '../icans/astct-2019.js';
import { safeGradeICANS } from '../icans/grade-icans.js';
import { describeCrsFinding, describeCrsNote } from '../i18n/describe-crs.js';
import { describeIcansFinding, describeIcansNote } from '../i18n/describe-icans.js';
import type { Language } from '../vocabulary/vocabulary.js';
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

Grades CRS assessments (ASTCT 2019) from a JSON array or NDJSON file, or from standard input.
With --icans, grades ICANS assessments (ASTCT 2019, ICE for adults, CAPD for children) instead.

Options:
  --icans                  grade ICANS assessments instead of CRS
  --capd-below-age YEARS   with --icans: CAPD below this age (default 12; 13 follows NCIt)
  --json                   print one JSON object per record (NDJSON) instead of a table
  --lang en|de             language of the driver wording in the table (default en)
  --example                grade the embedded example cohort
  -h, --help               show this help

Exit code: 0 when every record was graded, 1 when a record was rejected, 2 on a usage or input error.`;

/** What the table and NDJSON need of any grading, whatever the syndrome. */
interface GradingSummary {
  readonly grade: Grade;
  readonly drivers: readonly { readonly finding: string }[];
  readonly notes: readonly string[];
}

/** One syndrome's grader and wording, so that the command treats CRS and ICANS alike. */
interface RecordGrader<G extends GradingSummary> {
  readonly safeGrade: (value: unknown) => { readonly success: true; readonly data: G } | { readonly success: false; readonly error: GradingInputError };
  readonly describeFinding: (finding: G['drivers'][number]['finding'], language: Language) => string;
  readonly describeNote: (note: G['notes'][number], language: Language) => string;
}

function grader<G extends GradingSummary>(recordGrader: RecordGrader<G>): RecordGrader<GradingSummary> {
  return recordGrader as unknown as RecordGrader<GradingSummary>;
}

type Row = { readonly line: number } & ({ readonly grading: GradingSummary } | { readonly errors: readonly string[] });

function gradeRecord(record: SourceRecord, recordGrader: RecordGrader<GradingSummary>): Row {
  if (record.parseError !== undefined) return { line: record.line, errors: [record.parseError] };
  const result = recordGrader.safeGrade(record.value);
  if (result.success) return { line: record.line, grading: result.data };
  return { line: record.line, errors: result.error.issues.map(({ path, message }) => `${path === '' ? '(record)' : path}: ${message}`) };
}

function formatTable(rows: readonly Row[], recordGrader: RecordGrader<GradingSummary>, language: Language): string {
  const noteLabel = language === 'de' ? 'Hinweis' : 'Note';
  const header = ['line', 'grade', 'drivers'];
  const body = rows.map((row) =>
    'grading' in row
      ? [
          String(row.line),
          String(row.grading.grade),
          [
            `${row.grading.drivers.map(({ finding }) => recordGrader.describeFinding(finding, language)).join('; ')}.`,
            ...row.grading.notes.map((note) => `${noteLabel}: ${recordGrader.describeNote(note, language)}`),
          ].join(' '),
        ]
      : [String(row.line), 'rejected', row.errors.join(' | ')],
  );
  const lineWidth = Math.max(header[0]?.length ?? 0, ...body.map((cells) => cells[0]?.length ?? 0));
  const gradeWidth = Math.max(header[1]?.length ?? 0, ...body.map((cells) => cells[1]?.length ?? 0));
  return [header, ...body]
    .map(([line = '', grade = '', drivers = '']) => `${line.padStart(lineWidth)}  ${grade.padEnd(gradeWidth)}  ${drivers}`)
    .join('\n');
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
  const capdBelowAge = values['capd-below-age'];
  if (capdBelowAge !== undefined && !values.icans) return fail('--capd-below-age applies to ICANS; add --icans');
  // A non-numeric value is passed on as text, so that the option validation reports what was typed.
  const capdBelowAgeYears = capdBelowAge === undefined ? undefined : /^\s*-?\d+(?:\.\d+)?\s*$/.test(capdBelowAge) ? Number(capdBelowAge) : (capdBelowAge as unknown as number);
  const recordGrader = values.icans
    ? grader<IcansGrading>({
        safeGrade: (value) => safeGradeICANS(value, capdBelowAgeYears === undefined ? {} : { capdBelowAgeYears }),
        describeFinding: describeIcansFinding,
        describeNote: describeIcansNote,
      })
    : grader<CrsGrading>({ safeGrade: safeGradeCRS, describeFinding: describeCrsFinding, describeNote: describeCrsNote });
  // An invalid --capd-below-age is reported by the grader's own option validation, naming the allowed values.
  if (capdBelowAgeYears !== undefined) {
    const probe = safeGradeICANS({}, { capdBelowAgeYears });
    const optionIssue = probe.success ? undefined : probe.error.issues.find(({ path }) => path.startsWith('options'));
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

  const rows = records.map((record) => gradeRecord(record, recordGrader));
  const rejected = rows.filter((row) => 'errors' in row).length;
  const stdout = values.json ? rows.map((row) => JSON.stringify(row)).join('\n') : formatTable(rows, recordGrader, values.lang);
  const summary = `${rows.length - rejected} graded, ${rejected} rejected`;
  return { stdout: `${stdout}\n`, stderr: `${summary}\n`, exitCode: rejected > 0 ? 1 : 0 };
}
