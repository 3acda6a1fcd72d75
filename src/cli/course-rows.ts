/**
 * Course mode, reading: turns rows (one assessment window of one patient each, in any order) into
 * one course per patient, checking each row on its own as it is read, and then grades each course
 * with `safeGradeCourse`. Only validated copies are kept, never the raw text, so memory grows with
 * the patients and their windows, not with the input. A patient with a bad row is never graded.
 *
 * @module
 */
import { type ObjectContract, defineContract, objectField, oneOfField, openListField, optional, required, timestampField } from '../contract/field.js';
import type { RawIssue } from '../contract/issue.js';
import { formatIssuePath } from '../contract/path.js';
import { MAX_ISSUES, readInput } from '../contract/read.js';
import { MAX_COURSE_ENTRIES } from '../course/contract.js';
import type { CourseGradingOptions, CourseObservation, CourseTreatment, PatientCourse } from '../course/course.js';
import { safeGradeCourse } from '../course/grade-course.js';
import type { CourseGrading } from '../course/grading.js';
import type { CrsAssessment } from '../crs/assessment.js';
import { CRS_ASSESSMENT_CONTRACT } from '../crs/contract.js';
import { type InputIssue, renderIssues } from '../errors/input-error.js';
import { DEFAULT_CAPD_BELOW_AGE_YEARS, type IcansAssessment } from '../icans/assessment.js';
import { icansAssessmentContract } from '../icans/contract.js';
import { englishIssueMessages } from '../locale/en/issue-messages.js';
import { Treatment } from '../vocabulary/treatment.js';
import { enumValues } from '../vocabulary/vocabulary.js';
import { CsvCells, type CsvCellsResult } from './csv-cells.js';
import { type RowConverter, compileCsvHeader } from './fields.js';
import { type FrameBatch, UNREADABLE, WHOLE } from './processor.js';

/** The parts of a row besides its patient, time and infusion columns. */
export interface CourseRow {
  readonly crs?: CrsAssessment | undefined;
  readonly icans?: IcansAssessment | undefined;
  /** Treatments given at the row's time. */
  readonly treatments?: readonly Treatment[] | undefined;
}

interface RowTimes {
  readonly at: string;
  readonly infusionAt: string;
}

const ROW_TIMES_CONTRACT = /* @__PURE__ */ defineContract<RowTimes>(() => ({ fields: { at: required(timestampField), infusionAt: required(timestampField) } }));

const rowContracts = new Map<number, ObjectContract<CourseRow>>();

/**
 * The contract of a row's parts, built from the library's own contracts (the CRS assessment, the
 * ICANS assessment at the CAPD age boundary, the treatment values), so that CSV cells convert and
 * rows validate exactly as `gradeCourse` would read them.
 */
export function courseRowContract(capdBelowAgeYears: number = DEFAULT_CAPD_BELOW_AGE_YEARS): ObjectContract<CourseRow> {
  let contract = rowContracts.get(capdBelowAgeYears);
  if (contract === undefined) {
    contract = defineContract<CourseRow>(() => ({
      fields: {
        crs: optional(objectField(CRS_ASSESSMENT_CONTRACT)),
        icans: optional(objectField(icansAssessmentContract(capdBelowAgeYears))),
        treatments: optional(openListField(oneOfField(enumValues(Treatment)), { maxItems: MAX_COURSE_ENTRIES, itemName: 'treatment' })),
      },
    }));
    rowContracts.set(capdBelowAgeYears, contract);
  }
  return contract;
}

/** The columns (JSON keys) that name a row's patient, time and infusion. */
export interface RowColumns {
  readonly patient: string;
  readonly time: string;
  readonly infusion: string;
}

/** A problem of a patient (or of a row that belongs to none): the input lines it concerns, and what is wrong. */
export interface PatientError {
  /** The line the problem is on first, then any line it names. */
  readonly lines: readonly number[];
  readonly message: string;
}

/** At most this many problems are kept per patient; the rest are counted. */
const MAX_PATIENT_ERRORS = MAX_ISSUES;

/** What is kept of one patient while the input is read: validated windows and treatments, or, once a row is bad, only the problems. */
class PatientRows {
  readonly observations: CourseObservation[] = [];
  readonly observationLines: number[] = [];
  readonly treatments: CourseTreatment[] = [];
  readonly treatmentLines: number[] = [];
  /** The first valid infusion time, and its line: every other row must state the same. */
  infusion: { readonly text: string; readonly line: number } | undefined;
  readonly errors: PatientError[] = [];
  errorCount = 0;

  fail(error: PatientError): void {
    this.errorCount += 1;
    if (this.errors.length < MAX_PATIENT_ERRORS) this.errors.push(error);
    // The course will not be graded: its windows are no longer needed.
    this.observations.length = 0;
    this.observationLines.length = 0;
    this.treatments.length = 0;
    this.treatmentLines.length = 0;
  }
}

/** The outcome of one patient: graded, or not graded with the reasons; `patient: null` gathers the rows that belong to no patient. */
export type PatientResult =
  | {
      readonly kind: 'graded';
      readonly patient: string;
      readonly grading: CourseGrading;
      /** The input line of each of the course's observations and treatments, by their index in the grading. */
      readonly lines: { readonly observations: readonly number[]; readonly treatments: readonly number[] };
    }
  | { readonly kind: 'not-graded'; readonly patient: string | null; readonly errors: readonly PatientError[]; readonly errorCount: number };

/** Lines named in a message about rows that belong to no patient. */
const LINES_NAMED = 10;

/** A patient identifier as read: text (trimmed) or a number; anything else, or nothing, is no identifier. */
function patientId(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() === '' ? undefined : value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The patient a JSON row that cannot be parsed names: the value of its patient key, when the text
 * holds that key with exactly one value (not inside a string). `undefined` when it cannot be told.
 */
export function patientNamedIn(text: string, key: string): string | undefined {
  const pattern = new RegExp(`(?<!\\\\)${escapeRegExp(JSON.stringify(key))}\\s*:\\s*("(?:[^"\\\\\\r\\n]|\\\\.)*"|-?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?)`, 'g');
  const found = new Set<string>();
  for (const match of text.matchAll(pattern)) {
    let value: unknown;
    try {
      value = JSON.parse(match[1] as string);
    } catch {
      return undefined;
    }
    const id = patientId(value);
    if (id === undefined) return undefined;
    found.add(id);
  }
  return found.size === 1 ? [...found][0] : undefined;
}

/** The library's wording of raw issues (English, as everywhere in the command line's errors). */
function render(issues: readonly RawIssue[]): InputIssue[] {
  return renderIssues(issues, englishIssueMessages);
}

/**
 * Collects rows into courses, one per patient, in the order patients first appear. Each row is
 * checked on its own when it is read (its patient, time, infusion and parts); a bad row marks its
 * patient as not graded. A row whose patient cannot be told (unreadable, no identifier) may belong
 * to any patient, so then no course is graded.
 */
export class CourseRows {
  private readonly patients = new Map<string, PatientRows>();
  private readonly unattributed: PatientError[] = [];
  private unattributedCount = 0;
  private readonly contract: ObjectContract<CourseRow>;
  private readonly cells = new CsvCells();
  private convert: RowConverter | undefined;
  private width = 0;
  /** Rows read, and rows with a problem. */
  rows = 0;
  badRows = 0;

  /**
   * @param maxEntries - the most windows (and treatments) one course may hold: the library's limit,
   *   which a patient's rows are held to while they are read, so that no patient grows without bound.
   */
  constructor(
    private readonly columns: RowColumns,
    private readonly options: CourseGradingOptions,
    private readonly maxEntries: number = MAX_COURSE_ENTRIES,
  ) {
    this.contract = courseRowContract(options.capdBelowAgeYears);
  }

  /** The contract of a row's parts, for the CSV header. */
  get rowContract(): ObjectContract<CourseRow> {
    return this.contract;
  }

  /** The identifier columns of a CSV header. */
  get idColumns(): readonly string[] {
    return [this.columns.patient, this.columns.time, this.columns.infusion];
  }

  /** Rows whose patient cannot be told. */
  get orphanRows(): number {
    return this.unattributedCount;
  }

  /** Reads CSV rows by this header from now on. */
  useCsvHeader(header: readonly string[]): void {
    const compiled = compileCsvHeader(header, this.contract, this.idColumns);
    /* c8 ignore next */
    if (typeof compiled === 'string') throw new Error(compiled);
    this.convert = compiled;
    this.width = header.length;
  }

  /** Reads a batch of framed rows (JSON texts, or CSV records once a header is in use). */
  add(batch: FrameBatch): void {
    const { lines, texts, kinds } = batch;
    const parsed = this.convert === undefined ? undefined : this.cells.parse(texts.filter((_, index) => kinds[index] !== UNREADABLE));
    let next = 0;
    for (let index = 0; index < texts.length; index += 1) {
      const line = lines[index] as number;
      const text = texts[index] as string;
      const kind = kinds[index];
      this.rows += 1;
      if (kind === UNREADABLE) this.orphan(line, text);
      else if (parsed === undefined) this.json(line, text, kind === WHOLE);
      else {
        this.csv(line, parsed[next] as CsvCellsResult);
        next += 1;
      }
    }
  }

  private json(line: number, text: string, whole: boolean): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const message = `malformed JSON (${(error as SyntaxError).message})`;
      // The end of the input inside a row may have cut off rows of any patient.
      if (!whole) this.orphan(line, `${message}; the input ends inside this row (cut short?), so rows of any patient may be missing`);
      else {
        const patient = patientNamedIn(text, this.columns.patient);
        if (patient === undefined) this.orphan(line, message);
        else this.rowFailed(this.patient(patient), [{ lines: [line], message: `(row): ${message}; counted as a row of this patient, whom its text names` }]);
      }
      return;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.orphan(line, `expected an object (a row); received ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}`);
      return;
    }
    const record = value as Record<string, unknown>;
    const own = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);
    const rest: Record<string, unknown> = {};
    const named = new Set(this.idColumns);
    for (const key of Object.keys(record)) {
      if (named.has(key)) continue;
      // An own `__proto__` key stays a key, for the validator to reject; assignment would set the prototype.
      if (key === '__proto__') Object.defineProperty(rest, key, { value: record[key], enumerable: true, writable: true, configurable: true });
      else rest[key] = record[key];
    }
    this.row(line, own(this.columns.patient), own(this.columns.time), own(this.columns.infusion), rest, []);
  }

  private csv(line: number, cells: readonly string[] | { readonly error: string }): void {
    if ('error' in cells) {
      this.orphan(line, cells.error);
      return;
    }
    // With cells missing or extra, which cell is the patient's cannot be told for certain.
    if (cells.length !== this.width) {
      this.orphan(line, `this row has ${cells.length} cells; the header has ${this.width}`);
      return;
    }
    const converted = (this.convert as RowConverter)(cells);
    // The identifier columns are in the header (checked when it was read), so each has its cell.
    const ids = converted.ids as Record<string, string>;
    const cell = (column: string): string | undefined => {
      const text = (ids[column] as string).trim();
      return text === '' ? undefined : text;
    };
    this.row(line, cell(this.columns.patient), cell(this.columns.time), cell(this.columns.infusion), converted.value, converted.errors);
  }

  private row(line: number, patientValue: unknown, time: unknown, infusion: unknown, rest: Record<string, unknown>, conversionErrors: readonly string[]): void {
    const patient = patientId(patientValue);
    if (patient === undefined) {
      const received = patientValue === undefined || patientValue === '' ? 'missing or empty' : `${JSON.stringify(patientValue)}, not a patient identifier (text or a number)`;
      this.orphan(line, `${this.columns.patient}: ${received}`);
      return;
    }
    const state = this.patient(patient);
    const problems: PatientError[] = [];
    const problem = (message: string, lines: readonly number[] = [line]): void => {
      problems.push({ lines, message });
    };
    for (const message of conversionErrors) problem(message);
    const timesInput: Record<string, unknown> = {};
    if (time !== undefined) timesInput['at'] = time;
    if (infusion !== undefined) timesInput['infusionAt'] = infusion;
    const times = readInput(timesInput, ROW_TIMES_CONTRACT);
    const columnOf = (key: unknown): string => (key === 'at' ? this.columns.time : this.columns.infusion);
    if (!times.ok) for (const issue of render(times.issues)) problem(`${columnOf(issue.path[0])}: ${issue.message}`);
    const parts = readInput(rest, this.contract);
    // Problems past the reader's first 100 are counted, not worded.
    const uncounted = parts.ok ? 0 : parts.total - parts.issues.length;
    if (!parts.ok) for (const issue of render(parts.issues)) problem(this.rowIssue(issue));
    const row = parts.ok ? parts.value : undefined;
    if (row !== undefined && row.crs === undefined && row.icans === undefined && (row.treatments === undefined || row.treatments.length === 0)) {
      problem('(row): holds no assessment and no treatment; a row needs crs.*, icans.* or treatments');
    }
    const infusionValid = times.ok || (typeof infusion === 'string' && !times.issues.some(({ path }) => path[0] === 'infusionAt'));
    if (infusionValid && typeof infusion === 'string') {
      const first = state.infusion;
      if (first === undefined) state.infusion = { text: infusion, line };
      else if (first.text !== infusion) {
        problem(`${this.columns.infusion}: ${JSON.stringify(infusion)} differs from ${JSON.stringify(first.text)} on line ${first.line}; a patient has one infusion (day 0): correct one of the two`, [line, first.line]);
      }
    }
    if (problems.length > 0) {
      this.rowFailed(state, problems, uncounted);
      return;
    }
    if (state.errorCount > 0 || row === undefined || !times.ok) return;
    const at = times.value.at;
    if (row.crs !== undefined || row.icans !== undefined) {
      if (state.observations.length >= this.maxEntries) {
        this.rowFailed(state, [{ lines: [line], message: `(row): more than ${this.maxEntries} windows for this patient; a course holds at most ${this.maxEntries}` }]);
        return;
      }
      state.observations.push({ at, ...(row.crs === undefined ? {} : { crs: row.crs }), ...(row.icans === undefined ? {} : { icans: row.icans }) });
      state.observationLines.push(line);
    }
    for (const treatment of row.treatments ?? []) {
      if (state.treatments.length >= this.maxEntries) {
        this.rowFailed(state, [{ lines: [line], message: `treatments: more than ${this.maxEntries} treatments for this patient; a course holds at most ${this.maxEntries}` }]);
        return;
      }
      state.treatments.push({ at, treatment });
      state.treatmentLines.push(line);
    }
  }

  /** A row issue as text: the field (the CSV header, dotted), and the message; an unknown key pointed at the field list. */
  private rowIssue(issue: InputIssue): string {
    // The parts are always an object, so every issue has a path.
    const where = issue.pathText;
    if (issue.code !== 'unknown-key') return `${where}: ${issue.message}`;
    if (issue.path.length > 1) return `${where}: unknown field (the fields: crs-grade course --fields)`;
    const { patient, time, infusion } = this.columns;
    return `${where}: unknown column; a row holds ${patient}, ${time}, ${infusion}, crs.*, icans.* and treatments (the fields: crs-grade course --fields)`;
  }

  private patient(id: string): PatientRows {
    let state = this.patients.get(id);
    if (state === undefined) {
      state = new PatientRows();
      this.patients.set(id, state);
    }
    return state;
  }

  private rowFailed(state: PatientRows, problems: readonly PatientError[], uncounted = 0): void {
    this.badRows += 1;
    for (const problem of problems) state.fail(problem);
    state.errorCount += uncounted;
  }

  /** A row whose patient cannot be told. */
  private orphan(line: number, message: string): void {
    this.badRows += 1;
    this.unattributedCount += 1;
    if (this.unattributed.length < MAX_PATIENT_ERRORS) this.unattributed.push({ lines: [line], message: `${message}; its patient cannot be told` });
  }

  /**
   * Grades each patient's course, in the order patients first appeared, then reports the rows that
   * belong to no patient. Each patient's windows are released once graded.
   */
  *results(): Generator<PatientResult> {
    const orphanLines = this.unattributed.slice(0, LINES_NAMED).map(({ lines: [line] }) => line as number);
    const more = this.unattributedCount - orphanLines.length;
    const orphanError: PatientError | undefined =
      this.unattributedCount === 0
        ? undefined
        : {
            lines: orphanLines,
            message: `${this.unattributedCount === 1 ? 'the row on line' : 'the rows on lines'} ${orphanLines.join(', ')}${more > 0 ? ` and ${more} more` : ''} cannot be told to belong to a patient and may belong to this one: any course may be incomplete, so none is graded`,
          };
    for (const [patient, state] of this.patients) {
      this.patients.delete(patient);
      if (state.errorCount > 0 || orphanError !== undefined) {
        const errors = orphanError === undefined ? state.errors : [...state.errors, orphanError];
        yield { kind: 'not-graded', patient, errors, errorCount: state.errorCount + (orphanError === undefined ? 0 : 1) };
        continue;
      }
      yield this.grade(patient, state);
    }
    if (this.unattributedCount > 0) yield { kind: 'not-graded', patient: null, errors: this.unattributed, errorCount: this.unattributedCount };
  }

  private grade(patient: string, state: PatientRows): PatientResult {
    const course: PatientCourse = {
      infusionAt: (state.infusion as { readonly text: string }).text,
      observations: state.observations,
      ...(state.treatments.length === 0 ? {} : { treatments: state.treatments }),
    };
    const result = safeGradeCourse(course, this.options);
    if (result.success) {
      return { kind: 'graded', patient, grading: result.data, lines: { observations: state.observationLines, treatments: state.treatmentLines } };
    }
    const errors = result.error.issues.map((issue) => courseIssue(issue, state, this.columns));
    return { kind: 'not-graded', patient, errors, errorCount: result.error.issueCount };
  }
}

/**
 * A course-level issue in terms of the input: the line of the window or treatment it is on, the
 * field as the row names it, and every other window or treatment it names by its line.
 */
function courseIssue(issue: InputIssue, state: PatientRows, columns: RowColumns): PatientError {
  // After each row was checked on its own, only the rules between windows remain, and they sit on a
  // window (`observations[3].at`, `observations[3].crs.feverMasked`), or on the list when it is empty.
  const [, index, ...rest] = issue.path;
  const lines: number[] = [];
  let where: string;
  if (typeof index === 'number') {
    lines.push(state.observationLines[index] as number);
    where = rest.length === 1 && rest[0] === 'at' ? columns.time : formatIssuePath(rest);
  } else {
    // No window at all (only treatments): the course's rows are its treatment rows.
    where = '(course)';
    lines.push(...new Set(state.treatmentLines.slice(0, LINES_NAMED)));
  }
  const message = issue.message
    .replace(/observations\[(\d+)\](?:\.at\b)?/g, (_text, position: string) => {
      const line = state.observationLines[Number(position)] as number;
      lines.push(line);
      return `the window on line ${line}`;
    })
    .replace(/treatments\[(\d+)\]/g, (_text, position: string) => {
      const line = state.treatmentLines[Number(position)] as number;
      lines.push(line);
      return `the treatment on line ${line}`;
    });
  return { lines: [...new Set(lines)], message: `${where}: ${message}` };
}
