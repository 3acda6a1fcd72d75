import { parseArgs } from 'node:util';
import { safeGradeCRS } from '../crs/grade-crs.js';
import { safeGradeICANS } from '../icans/grade-icans.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';

/** Exit codes of `crs-grade`. */
export const EXIT = Object.freeze({
  /** Every record was graded. */
  allGraded: 0,
  /** Some record was rejected, or a scale could not grade it. */
  someNotGraded: 1,
  /** The command line itself is wrong. */
  usage: 2,
  /** The input could not be read (missing, a directory, empty), or an internal failure. */
  failure: 3,
});

/** The languages of the wording. */
export type Language = 'en' | 'de';

/** The input formats. */
export type InputFormat = 'ndjson' | 'json' | 'csv';

/** The output formats. */
export type OutputFormat = 'table' | 'ndjson' | 'csv';

/**
 * The output format from `--out FILE` and `--json`: CSV for a `.csv` file, NDJSON with `--json` or
 * for a `.ndjson` / `.jsonl` file, else a table. `--json` with a `.csv` file is a usage error.
 *
 * @internal
 */
export function outputFormatOf(out: string | undefined, json: boolean): OutputFormat {
  if (out === '') throw new UsageError('--out: expected a file name');
  const csv = out !== undefined && /\.csv$/i.test(out);
  if (csv && json) throw new UsageError('--json asks for NDJSON but --out names a .csv file; give one of them');
  if (csv) return 'csv';
  return json || (out !== undefined && /\.(?:ndjson|jsonl)$/i.test(out)) ? 'ndjson' : 'table';
}

/** One record of at most this many bytes by default (a real assessment is under 2 KB). */
export const DEFAULT_MAX_RECORD_BYTES = 1024 * 1024;

export const USAGE = `Usage: crs-grade [options] [file]
       crs-grade fhir --infusion-at TIME [options] [file]   (see crs-grade fhir --help)

Grades CRS assessments (ASTCT 2019 unless --scale says otherwise) from an NDJSON, JSON or CSV file,
or from standard input, streaming: each result is written as soon as its record is read. With
--icans, grades ICANS assessments (ASTCT 2019, ICE for adults, CAPD for children) instead.

Input:
  --format ndjson|json|csv   the input format (default: from the file extension .ndjson, .jsonl,
                             .json, .csv; otherwise from the first bytes)
  --id COLUMNS               comma-separated keys or columns (e.g. patientId,date) copied to every
                             result and error row, and never graded
  --max-record-bytes N       reject a record larger than N bytes (default 1048576)
  --fields                   list the fields (and CSV headers) of an assessment, then exit

Grading:
  --scale SCALE              grade CRS on SCALE: astct-2019 (default), ctcae-v4.03, ctcae-v5.0,
                             ctcae-v6.0, lee-2014, penn-2018, mskcc-2018, cartox-2018
  --all-scales               grade CRS on every scale side by side ("n/g": not gradable, facts missing)
  --icans                    grade ICANS assessments instead of CRS
  --capd-below-age YEARS     with --icans: CAPD below this age (default 12; 13 follows NCIt)

Output:
  --json                     one JSON object per record (NDJSON) instead of a table
  --out FILE                 write the results to FILE instead of standard output: CSV when FILE
                             ends in .csv, NDJSON when it ends in .ndjson or .jsonl or with --json
  --lang en|de               language of the wording (default en)
  --no-progress              no progress line on a terminal
  --example                  grade the embedded example cohort
  --workers N                grade on N worker threads (0: none; default: see docs/cli.md)
  --exit-zero                exit 0 even when some record is rejected or not gradable (usage and
                             read errors still exit 2 and 3)
  --debug                    show the stack trace of an internal failure
  --version                  print the version
  -h, --help                 show this help

Exit code: 0 every record graded; 1 some record rejected or not gradable on a scale; 2 usage error;
3 the input could not be read (missing, a directory, no records) or an internal failure.
See docs/cli.md for the CSV conventions and examples.

Courses: crs-grade course --patient COLUMN --time COLUMN [file] grades each patient's course from
rows of assessment windows and prints a line listing and the cohort table (crs-grade course --help).
FHIR: \`crs-grade fhir\` grades one patient's FHIR R4 resources (a Bundle or NDJSON) and can write
an AdverseEvent and a Condition per episode (crs-grade fhir --help).`;

/** What the command line asked for. */
export interface CliOptions {
  readonly file: string | undefined;
  readonly format: InputFormat | undefined;
  readonly ids: readonly string[];
  readonly maxRecordBytes: number;
  readonly icans: boolean;
  readonly scale: GradingScale | undefined;
  readonly allScales: boolean;
  readonly capdBelowAgeYears: number | undefined;
  readonly output: OutputFormat;
  readonly out: string | undefined;
  readonly language: Language;
  readonly progress: boolean;
  readonly example: boolean;
  readonly debug: boolean;
  /** Worker threads that grade (0: all in the main thread); `undefined`: the default. */
  readonly workers: number | undefined;
  /** Exit 0 even when some record was rejected or not gradable. */
  readonly exitZero: boolean;
}

/** What to do instead of grading. */
export type CliAction = { readonly action: 'grade'; readonly options: CliOptions } | { readonly action: 'help' | 'version' | 'fields'; readonly icans: boolean };

/** A usage error: the message names what was wrong. */
export class UsageError extends Error {}

const FORMATS: readonly InputFormat[] = ['ndjson', 'json', 'csv'];

/**
 * Reads the command line.
 *
 * @throws UsageError when the command line is wrong.
 */
export function parseCommandLine(argv: readonly string[]): CliAction {
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
        format: { type: 'string' },
        id: { type: 'string', multiple: true },
        'max-record-bytes': { type: 'string' },
        out: { type: 'string' },
        fields: { type: 'boolean', default: false },
        'no-progress': { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        workers: { type: 'string' },
        'exit-zero': { type: 'boolean', default: false },
        version: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { action: 'help', icans: values.icans };
  if (values.version) return { action: 'version', icans: values.icans };
  if (values.fields) return { action: 'fields', icans: values.icans };
  const language = values.lang;
  if (language !== 'en' && language !== 'de') throw new UsageError(`--lang: expected "en" or "de"; received ${JSON.stringify(language)}`);
  if (positionals.length > 1) throw new UsageError(`expected at most one file; received ${positionals.length}`);
  if (values.example && positionals.length > 0) throw new UsageError('--example grades the embedded cohort; do not also give a file');
  const format = values.format;
  if (format !== undefined && !FORMATS.includes(format as InputFormat)) {
    throw new UsageError(`--format: expected one of ${FORMATS.map((name) => `"${name}"`).join(', ')}; received ${JSON.stringify(format)}`);
  }
  const { scale, icans } = values;
  const allScales = values['all-scales'];
  if (icans && (scale !== undefined || allScales)) throw new UsageError('--scale and --all-scales apply to CRS; ICANS is graded on ASTCT 2019 only');
  if (scale !== undefined && allScales) throw new UsageError('give either --scale or --all-scales, not both');
  if (scale !== undefined) {
    // The grader's own option validation names the allowed scales.
    const probe = safeGradeCRS({}, { scale: scale as GradingScale });
    const optionIssue = probe.success ? undefined : probe.error.issues.find(({ path }) => path[0] === 'options');
    if (optionIssue !== undefined) throw new UsageError(`--scale: ${optionIssue.message}`);
  }
  const capdBelowAge = values['capd-below-age'];
  if (capdBelowAge !== undefined && !icans) throw new UsageError('--capd-below-age applies to ICANS; add --icans');
  // A non-numeric value is passed on as text, so that the option validation reports what was typed.
  const capdBelowAgeYears = capdBelowAge === undefined ? undefined : /^\s*-?\d+(?:\.\d+)?\s*$/.test(capdBelowAge) ? Number(capdBelowAge) : (capdBelowAge as unknown as number);
  if (capdBelowAgeYears !== undefined) {
    const probe = safeGradeICANS({}, { capdBelowAgeYears });
    const optionIssue = probe.success ? undefined : probe.error.issues.find(({ path }) => path[0] === 'options');
    if (optionIssue !== undefined) throw new UsageError(`--capd-below-age: ${optionIssue.message}`);
  }
  const ids = (values.id ?? []).flatMap((list) => list.split(',')).map((id) => id.trim());
  if (ids.some((id) => id === '')) throw new UsageError('--id: expected comma-separated key or column names, none of them empty');
  if (new Set(ids).size !== ids.length) throw new UsageError('--id: a key or column is named twice');
  const maxBytesText = values['max-record-bytes'];
  const maxRecordBytes = maxBytesText === undefined ? DEFAULT_MAX_RECORD_BYTES : Number(maxBytesText);
  if (!Number.isSafeInteger(maxRecordBytes) || maxRecordBytes < 16) {
    throw new UsageError(`--max-record-bytes: expected a whole number of bytes, at least 16; received ${JSON.stringify(maxBytesText)}`);
  }
  const workersText = values.workers;
  const workers = workersText === undefined ? undefined : Number(workersText);
  if (workers !== undefined && (!Number.isSafeInteger(workers) || workers < 0 || workers > 64)) {
    throw new UsageError(`--workers: expected a whole number from 0 to 64; received ${JSON.stringify(workersText)}`);
  }
  const out = values.out;
  const output = outputFormatOf(out, values.json);
  return {
    action: 'grade',
    options: {
      file: positionals[0],
      format: format as InputFormat | undefined,
      ids,
      maxRecordBytes,
      icans,
      scale: scale as GradingScale | undefined,
      allScales,
      capdBelowAgeYears,
      output,
      out,
      language,
      progress: !values['no-progress'],
      example: values.example,
      debug: values.debug,
      workers,
      exitZero: values['exit-zero'],
    },
  };
}
