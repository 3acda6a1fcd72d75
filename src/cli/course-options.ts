import { parseArgs } from 'node:util';
import { safeGradeCourse } from '../course/grade-course.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import { DEFAULT_MAX_RECORD_BYTES, type InputFormat, type Language, type OutputFormat, UsageError, outputFormatOf } from './options.js';

/** The columns of the embedded example of courses (`crs-grade course --example`). */
export const EXAMPLE_COLUMNS = Object.freeze({ patient: 'patientId', time: 'at', infusion: 'infusionAt' });

/** The keys a row holds besides the named columns: they cannot also name a column. */
const PART_KEYS: readonly string[] = ['crs', 'icans', 'treatments'];

export const COURSE_USAGE = `Usage: crs-grade course [options] --patient COLUMN --time COLUMN [file]

Grades each patient's course from rows of an NDJSON, JSON or CSV file (or standard input): each row
is one assessment window of one patient, in any order. At the end, prints one line per patient
(CRS: highest grade, onset day, peak, duration, outcome, episodes; ICANS: highest grade, onset day,
relation to CRS) and the cohort table over the patients graded. A patient with a bad row is reported
as not graded, never graded from the rows that remain.

A row (JSON; CSV headers are the same names, dotted for nesting, lists ";"-separated):
  {"patientId": "P-001", "at": "2026-03-03", "infusionAt": "2026-03-02",
   "crs": {...}, "icans": {...}, "treatments": ["tocilizumab"]}
  crs and icans are the assessments of crs-grade and crs-grade --icans; either or both may be absent
  (in CSV: all their cells empty); treatments are those given at the row's time.

Columns:
  --patient COLUMN           the patient's identifier (required)
  --time COLUMN              the time of the window: an ISO 8601 date or date-time (required)
  --infusion COLUMN          the infusion time, day 0, the same on every row of a patient
                             (default: infusionAt)
  --fields                   list the fields (and CSV headers) of a row, then exit

Input:
  --format ndjson|json|csv   the input format (default: from the file extension or the first bytes)
  --max-record-bytes N       reject a row larger than N bytes (default 1048576)

Grading:
  --scale SCALE              grade CRS on SCALE: astct-2019 (default), ctcae-v4.03, ctcae-v5.0,
                             ctcae-v6.0, lee-2014, penn-2018, mskcc-2018, cartox-2018
  --merge-recurrence-days N  join an episode that starts again within N days of resolving into
                             the previous one (default 0: never)
  --capd-below-age YEARS     ICANS: CAPD below this age (default 12; 13 follows NCIt)

Output:
  --json                     one JSON object per patient, then the cohort (NDJSON)
  --out FILE                 write the results to FILE: one CSV row per patient when FILE ends in
                             .csv (the cohort table still goes to standard output), NDJSON when it
                             ends in .ndjson or .jsonl or with --json
  --lang en|de               language of the listing and the table (default en)
  --no-progress              no progress line on a terminal
  --example                  grade the embedded example courses (columns patientId, at, infusionAt)
  --exit-zero                exit 0 even when some patient is not graded (usage and read
                             errors still exit 2 and 3)
  --debug                    show the stack trace of an internal failure
  -h, --help                 show this help

Exit code: 0 every patient graded; 1 some patient not graded, a row that belongs to no patient, or
a grade only known as a range on the scale; 2 usage error; 3 the input could not be read (missing,
a directory, no rows) or an internal failure. See docs/cli.md, "Courses".`;

/** What `crs-grade course` was asked for. */
export interface CourseOptions {
  readonly file: string | undefined;
  readonly format: InputFormat | undefined;
  readonly maxRecordBytes: number;
  readonly patient: string;
  readonly time: string;
  readonly infusion: string;
  readonly scale: GradingScale | undefined;
  readonly mergeRecurrenceWithinDays: number | undefined;
  readonly capdBelowAgeYears: number | undefined;
  readonly output: OutputFormat;
  readonly out: string | undefined;
  readonly language: Language;
  readonly progress: boolean;
  readonly example: boolean;
  readonly debug: boolean;
  readonly exitZero: boolean;
}

/** What to do in course mode. */
export type CourseAction = { readonly action: 'course'; readonly options: CourseOptions } | { readonly action: 'help' | 'fields' };

const FORMATS: readonly InputFormat[] = ['ndjson', 'json', 'csv'];

/** A number option as typed: a plain number becomes one; anything else stays text, so that the option validation reports what was typed. */
function numberOption(text: string | undefined): number | undefined {
  return text === undefined ? undefined : /^\s*-?\d+(?:\.\d+)?\s*$/.test(text) ? Number(text) : (text as unknown as number);
}

/** A column option: a name, not empty, not one of the keys every row has. */
function columnOption(option: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const name = value.trim();
  if (name === '') throw new UsageError(`--${option}: expected a column (JSON key) name`);
  if (PART_KEYS.includes(name)) throw new UsageError(`--${option}: "${name}" holds a part of every row (${PART_KEYS.join(', ')}); name the column that holds the ${option}`);
  return name;
}

/**
 * Reads the command line of `crs-grade course` (the arguments after `course`).
 *
 * @throws UsageError when the command line is wrong.
 */
export function parseCourseCommandLine(argv: readonly string[]): CourseAction {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        patient: { type: 'string' },
        time: { type: 'string' },
        infusion: { type: 'string' },
        scale: { type: 'string' },
        'merge-recurrence-days': { type: 'string' },
        'capd-below-age': { type: 'string' },
        format: { type: 'string' },
        'max-record-bytes': { type: 'string' },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        example: { type: 'boolean', default: false },
        fields: { type: 'boolean', default: false },
        'no-progress': { type: 'boolean', default: false },
        'exit-zero': { type: 'boolean', default: false },
        debug: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`course: ${error instanceof Error ? error.message : String(error)}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { action: 'help' };
  if (values.fields) return { action: 'fields' };
  const language = values.lang;
  if (language !== 'en' && language !== 'de') throw new UsageError(`--lang: expected "en" or "de"; received ${JSON.stringify(language)}`);
  if (positionals.length > 1) throw new UsageError(`expected at most one file; received ${positionals.length}`);
  const example = values.example;
  if (example && positionals.length > 0) throw new UsageError('--example grades the embedded courses; do not also give a file');
  const given = { patient: columnOption('patient', values.patient), time: columnOption('time', values.time), infusion: columnOption('infusion', values.infusion) };
  if (example && (given.patient !== undefined || given.time !== undefined || given.infusion !== undefined)) {
    throw new UsageError(`--example reads its own columns (${Object.values(EXAMPLE_COLUMNS).join(', ')}); do not give --patient, --time or --infusion`);
  }
  const patient = example ? EXAMPLE_COLUMNS.patient : given.patient;
  const time = example ? EXAMPLE_COLUMNS.time : given.time;
  const infusion = example ? EXAMPLE_COLUMNS.infusion : (given.infusion ?? EXAMPLE_COLUMNS.infusion);
  if (patient === undefined) throw new UsageError('--patient: required; name the column (JSON key) that holds the patient identifier, e.g. --patient patientId');
  if (time === undefined) throw new UsageError('--time: required; name the column (JSON key) that holds the time of each window, e.g. --time date');
  const named = [
    ['--patient', patient],
    ['--time', time],
    ['--infusion', infusion],
  ] as const;
  for (const [index, [option, name]] of named.entries()) {
    const clash = named.slice(0, index).find(([, other]) => other === name);
    if (clash !== undefined) throw new UsageError(`${clash[0]} and ${option} both name the column "${name}"; each needs its own column`);
  }
  const format = values.format;
  if (format !== undefined && !FORMATS.includes(format as InputFormat)) {
    throw new UsageError(`--format: expected one of ${FORMATS.map((name) => `"${name}"`).join(', ')}; received ${JSON.stringify(format)}`);
  }
  const scale = values.scale as GradingScale | undefined;
  const mergeRecurrenceWithinDays = numberOption(values['merge-recurrence-days']);
  const capdBelowAgeYears = numberOption(values['capd-below-age']);
  // The library's own option validation names the allowed values; a course that is not one is ignored here.
  const probe = safeGradeCourse(undefined, { scale, mergeRecurrenceWithinDays, capdBelowAgeYears });
  const optionIssues = probe.success ? [] : probe.error.issues.filter(({ path }) => path[0] === 'options');
  for (const [key, option] of [
    ['scale', '--scale'],
    ['mergeRecurrenceWithinDays', '--merge-recurrence-days'],
    ['capdBelowAgeYears', '--capd-below-age'],
  ] as const) {
    const issue = optionIssues.find(({ path }) => path[1] === key);
    if (issue !== undefined) throw new UsageError(`${option}: ${issue.message}`);
  }
  const maxBytesText = values['max-record-bytes'];
  const maxRecordBytes = maxBytesText === undefined ? DEFAULT_MAX_RECORD_BYTES : Number(maxBytesText);
  if (!Number.isSafeInteger(maxRecordBytes) || maxRecordBytes < 16) {
    throw new UsageError(`--max-record-bytes: expected a whole number of bytes, at least 16; received ${JSON.stringify(maxBytesText)}`);
  }
  const out = values.out;
  const output = outputFormatOf(out, values.json);
  return {
    action: 'course',
    options: {
      file: positionals[0],
      format: format as InputFormat | undefined,
      maxRecordBytes,
      patient,
      time,
      infusion,
      scale,
      mergeRecurrenceWithinDays,
      capdBelowAgeYears,
      output,
      out,
      language,
      progress: !values['no-progress'],
      example,
      debug: values.debug,
      exitZero: values['exit-zero'],
    },
  };
}
