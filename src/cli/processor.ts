import { CRS_ASSESSMENT_CONTRACT } from '../crs/contract.js';
import type { ObjectContract } from '../contract/field.js';
import { icansAssessmentContract } from '../icans/contract.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { Language, OutputFormat } from './options.js';
import { CsvCells } from './csv-cells.js';
import { type RowConverter, compileCsvHeader } from './fields.js';
import { type RowFormatter, allScalesTableFormatter, csvFormatter, ndjsonFormatter, tableFormatter } from './format.js';
import { type Ids, type Outcome, type RecordGrader, recordGrader, takeIds } from './grade.js';

/**
 * Everything a processor needs to turn records into output rows: plain data, so that it can be
 * handed to a worker thread.
 */
export interface ProcessorConfig {
  readonly icans: boolean;
  readonly scale: GradingScale | undefined;
  readonly allScales: boolean;
  readonly capdBelowAgeYears: number | undefined;
  readonly output: OutputFormat;
  readonly language: Language;
  readonly ids: readonly string[];
  readonly lineWidth: number;
  /** What the record texts are: JSON values, or CSV records read by the header. */
  readonly records: 'json' | 'csv';
  /** The CSV header's cells, once read. */
  readonly csvHeader?: readonly string[];
}

/**
 * A batch of framed records, in input order: the line each starts on, and its text (a JSON value
 * or a CSV record), or for a record that could not be read, why. Arrays, so that a batch crosses
 * to a worker thread in one cheap copy.
 */
export interface FrameBatch {
  readonly lines: number[];
  readonly texts: string[];
  /** 0: a whole record; 1: a record the input ended inside of; 2: a record that cannot be read (the text says why). */
  readonly kinds: number[];
}

/** What a batch gives: the output rows as text, and the counts. */
export interface BatchResult {
  readonly text: string;
  readonly records: number;
  readonly graded: number;
  readonly notGradable: number;
  readonly rejected: number;
  /** Per scale (`--all-scales`): records that scale could not grade. */
  readonly notGradableOn: Readonly<Record<string, number>>;
}

export const WHOLE = 0;
export const CUT_SHORT = 1;
export const UNREADABLE = 2;

/** The row formatter for a configuration. */
export function formatterFor(config: ProcessorConfig, grader: RecordGrader): RowFormatter {
  if (config.output === 'csv') return csvFormatter(grader, config.language, config.ids);
  if (config.output === 'ndjson') return ndjsonFormatter();
  return config.allScales ? allScalesTableFormatter(config.language, config.ids, config.lineWidth) : tableFormatter(grader, config.language, config.ids, config.lineWidth);
}

/** The assessment contract of a configuration (ICANS or CRS). */
export function contractFor(icans: boolean): ObjectContract<unknown> {
  return (icans ? icansAssessmentContract() : CRS_ASSESSMENT_CONTRACT);
}

/**
 * Turns batches of framed records into output rows: parses each record (JSON, or CSV cells through
 * the header), takes its identifiers out, grades it and formats the row. Exactly one row per record.
 * The same code runs in the main thread and in worker threads.
 */
export class BatchProcessor {
  private readonly grader: RecordGrader;
  private readonly formatter: RowFormatter;
  private readonly blankIds: Ids | undefined;
  private readonly cells: CsvCells | undefined;
  private readonly convert: RowConverter | undefined;
  private readonly width: number;
  private out = '';
  private records = 0;
  private graded = 0;
  private notGradable = 0;
  private rejected = 0;
  private notGradableOn: Record<string, number> = {};

  constructor(private readonly config: ProcessorConfig) {
    this.grader = recordGrader(config);
    this.formatter = formatterFor(config, this.grader);
    this.blankIds = config.ids.length === 0 ? undefined : Object.fromEntries(config.ids.map((id) => [id, null]));
    const header = config.csvHeader;
    if (config.records === 'csv' && header !== undefined) {
      const compiled = compileCsvHeader(header, contractFor(config.icans), config.ids);
      /* c8 ignore next */
      if (typeof compiled === 'string') throw new Error(compiled);
      this.cells = new CsvCells();
      this.convert = compiled;
    }
    this.width = header?.length ?? 0;
  }

  /** The header row of the output. */
  header(): string {
    return this.formatter.header();
  }

  process(batch: FrameBatch): BatchResult {
    const { lines, texts, kinds } = batch;
    const parsed = this.cells?.parse(texts.filter((_, index) => kinds[index] !== UNREADABLE));
    let next = 0;
    for (let index = 0; index < texts.length; index += 1) {
      const line = lines[index] as number;
      const text = texts[index] as string;
      const kind = kinds[index];
      if (kind === UNREADABLE) this.bad(line, text, this.blankIds);
      else if (parsed === undefined) this.json(line, text, kind === WHOLE);
      else {
        const cells = parsed[next];
        next += 1;
        this.csv(line, cells ?? { error: 'malformed CSV' });
      }
    }
    const result: BatchResult = {
      text: this.out,
      records: this.records,
      graded: this.graded,
      notGradable: this.notGradable,
      rejected: this.rejected,
      notGradableOn: this.notGradableOn,
    };
    this.out = '';
    this.records = this.graded = this.notGradable = this.rejected = 0;
    this.notGradableOn = {};
    return result;
  }

  private json(line: number, text: string, whole: boolean): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const cut = whole ? '' : '; the input ends inside this record (cut short?)';
      this.bad(line, `malformed JSON (${error instanceof Error ? error.message : String(error)})${cut}`, this.blankIds);
      return;
    }
    const taken = takeIds(value, this.config.ids);
    this.emit(this.grader.grade(taken.value, line, taken.ids));
  }

  private csv(line: number, cells: readonly string[] | { readonly error: string }): void {
    if ('error' in cells) {
      this.bad(line, cells.error, this.blankIds);
      return;
    }
    const row = cells;
    const converted = (this.convert as RowConverter)(row);
    if (row.length !== this.width) this.bad(line, `this row has ${row.length} cells; the header has ${this.width}`, converted.ids);
    else if (converted.errors.length > 0) this.bad(line, converted.errors.join(' | '), converted.ids);
    else this.emit(this.grader.grade(converted.value, line, converted.ids));
  }

  private bad(line: number, message: string, ids: Ids | undefined): void {
    this.emit({ kind: 'rejected', line, ids, errors: [message], issueCount: 1 });
  }

  private emit(outcome: Outcome): void {
    this.records += 1;
    switch (outcome.kind) {
      case 'graded':
        this.graded += 1;
        break;
      case 'not-gradable':
        this.notGradable += 1;
        break;
      case 'rejected':
        this.rejected += 1;
        break;
      case 'scales':
        if (outcome.notGradable.length === 0) this.graded += 1;
        else this.notGradable += 1;
        for (const scale of outcome.notGradable) this.notGradableOn[scale] = (this.notGradableOn[scale] ?? 0) + 1;
        break;
    }
    this.out += this.formatter.row(outcome);
  }
}
