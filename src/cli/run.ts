import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import { CRS_ASSESSMENT_CONTRACT } from '../crs/contract.js';
import { icansAssessmentContract } from '../icans/contract.js';
import type { ObjectContract } from '../contract/field.js';
import { CsvCells } from './csv-cells.js';
import { type TextPiece, Utf8Pieces } from './decode.js';
import { EXAMPLE_COHORT_NDJSON, EXAMPLE_ICANS_COHORT_NDJSON } from './example-cohort.js';
import { type RowConverter, compileCsvHeader, describeFields } from './fields.js';
import { type RowFormatter, allScalesTableFormatter, csvFormatter, ndjsonFormatter, tableFormatter } from './format.js';
import { type Ids, type Outcome, type RecordGrader, SCALES, recordGrader, takeIds } from './grade.js';
import { type CliOptions, EXIT, type InputFormat, USAGE, UsageError, parseCommandLine } from './options.js';
import { Output, Progress } from './output.js';
import { JsonScanner } from './scan-json.js';
import { type FrameSink, RecordSplitter } from './split.js';

/** Where the command reads and writes; the process's own streams, or test doubles. */
export interface CliIo {
  readonly stdin: Readable;
  readonly stdout: Writable;
  readonly stderr: Writable;
  /** Whether standard error is a terminal (then a progress line may be shown). */
  readonly stderrIsTTY: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** The package version, for `--version`. */
  readonly version: string;
  /** The clock, for the progress line. */
  readonly now?: () => number;
}

/** A failure that ends the run with a one-line message and an exit code. */
class RunFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Reads a stream in chunks of this size: large enough to be fast, small enough to keep memory flat. */
const CHUNK_BYTES = 256 * 1024;

/** A file-system error as one line. */
function ioMessage(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    default:
      return error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
  }
}

/** The records of one run, counted, graded and written as they come. */
class Pipeline implements FrameSink {
  records = 0;
  graded = 0;
  notGradable = 0;
  rejected = 0;
  /** Per scale (`--all-scales`): how many records each could not grade. */
  readonly notGradableOn = new Map<string, number>();
  private readonly blankIds: Ids | undefined;

  constructor(
    private readonly grader: RecordGrader,
    private readonly formatter: RowFormatter,
    private readonly output: Output,
    private readonly ids: readonly string[],
  ) {
    this.blankIds = ids.length === 0 ? undefined : Object.fromEntries(ids.map((id) => [id, null]));
  }

  record(line: number, text: string, complete: boolean): void {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      const cut = complete ? '' : '; the input ends inside this record (cut short?)';
      this.bad(line, `malformed JSON (${error instanceof Error ? error.message : String(error)})${cut}`);
      return;
    }
    const taken = takeIds(value, this.ids);
    this.emit(this.grader.grade(taken.value, line, taken.ids));
  }

  value(line: number, value: unknown, ids: Ids | undefined): void {
    this.emit(this.grader.grade(value, line, ids));
  }

  bad(line: number, message: string, ids: Ids | undefined = this.blankIds): void {
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
        for (const scale of outcome.notGradable) this.notGradableOn.set(scale, (this.notGradableOn.get(scale) ?? 0) + 1);
        break;
    }
    this.output.write(this.formatter.row(outcome));
  }
}

/** A reader of one input format: decoded text in, records out to the pipeline. */
interface Reader {
  push(piece: TextPiece): void;
  end(): void;
}

/**
 * CSV: the splitter frames whole records (quotes considered, size bounded), csv-parse splits each
 * into cells, and the header, read through the field contract, turns the cells into an assessment.
 */
class CsvReader implements Reader, FrameSink {
  private readonly splitter: RecordSplitter;
  private readonly cells = new CsvCells();
  private batch: ({ line: number; text: string } | { line: number; bad: string })[] = [];
  private convert: RowConverter | undefined;
  private width = 0;

  constructor(
    maxChars: number,
    private readonly pipeline: Pipeline,
    private readonly contract: ObjectContract<unknown>,
    private readonly ids: readonly string[],
  ) {
    this.splitter = new RecordSplitter('csv', maxChars, this);
  }

  record(line: number, text: string): void {
    this.batch.push({ line, text });
  }

  bad(line: number, message: string): void {
    this.batch.push({ line, bad: message });
  }

  push(piece: TextPiece): void {
    this.splitter.push(piece);
    this.drain();
  }

  end(): void {
    this.splitter.end();
    this.drain();
  }

  private drain(): void {
    const batch = this.batch;
    if (batch.length === 0) return;
    this.batch = [];
    const texts = batch.flatMap((entry) => ('text' in entry ? [entry.text] : []));
    const parsed = this.cells.parse(texts);
    let next = 0;
    for (const entry of batch) {
      if (!('text' in entry)) {
        if (this.convert === undefined) throw new RunFailure(`the CSV header (line ${entry.line}) cannot be read: ${entry.bad}`, EXIT.failure);
        this.pipeline.bad(entry.line, entry.bad);
        continue;
      }
      const cells = parsed[next] ?? { error: 'malformed CSV' };
      next += 1;
      if (this.convert === undefined) {
        if ('error' in cells) throw new RunFailure(`the CSV header (line ${entry.line}) cannot be read: ${cells.error}`, EXIT.failure);
        const compiled = compileCsvHeader(cells as readonly string[], this.contract, this.ids);
        if (typeof compiled === 'string') throw new RunFailure(compiled, compiled.startsWith('--id') ? EXIT.usage : EXIT.failure);
        this.convert = compiled;
        this.width = (cells as readonly string[]).length;
        continue;
      }
      if ('error' in cells) {
        this.pipeline.bad(entry.line, cells.error);
        continue;
      }
      const row = cells as readonly string[];
      const converted = this.convert(row);
      if (row.length !== this.width) {
        this.pipeline.bad(entry.line, `this row has ${row.length} cells; the header has ${this.width}`, converted.ids);
      } else if (converted.errors.length > 0) {
        this.pipeline.bad(entry.line, converted.errors.join(' | '), converted.ids);
      } else this.pipeline.value(entry.line, converted.value, converted.ids);
    }
  }
}

/** Holds the first text back until the format can be told from it, then hands everything to that format's reader. */
class SniffingReader implements Reader {
  private held: TextPiece[] = [];
  private heldLength = 0;
  private reader: Reader | undefined;

  constructor(
    private readonly allowCsv: boolean,
    private readonly create: (format: InputFormat) => Reader,
  ) {}

  push(piece: TextPiece): void {
    if (this.reader !== undefined) {
      this.reader.push(piece);
      return;
    }
    this.held.push(piece);
    this.heldLength += piece.text.length;
    const text = this.held.map(({ text: heldText }) => heldText).join('');
    const format = this.sniff(text, false);
    if (format !== undefined) this.start(format);
  }

  end(): void {
    if (this.reader === undefined) this.start(this.sniff(this.held.map(({ text }) => text).join(''), true) ?? 'ndjson');
    this.reader?.end();
  }

  private start(format: InputFormat): void {
    const reader = this.create(format);
    this.reader = reader;
    const held = this.held;
    this.held = [];
    for (const piece of held) reader.push(piece);
  }

  /** `[`: a JSON array; a lone `{` on the first line: pretty-printed JSON; `{`: NDJSON; a comma in the first line: CSV. */
  private sniff(text: string, ended: boolean): InputFormat | undefined {
    const body = text.replace(/^\uFEFF/, '');
    const start = body.search(/\S/);
    if (start === -1) return ended || this.heldLength > 65536 ? 'ndjson' : undefined;
    const lineEnd = body.slice(start).search(/[\r\n]/);
    if (lineEnd === -1 && !ended && this.heldLength <= 65536) return undefined;
    const firstLine = (lineEnd === -1 ? body.slice(start) : body.slice(start, start + lineEnd)).trim();
    if (firstLine.startsWith('[')) return 'json';
    if (firstLine.startsWith('{')) return firstLine === '{' ? 'json' : 'ndjson';
    return this.allowCsv && firstLine.includes(',') ? 'csv' : this.allowCsv ? 'ndjson' : 'json';
  }
}

/** The input format a file name says, if it says one. */
function formatOfName(file: string): InputFormat | undefined {
  switch (extname(file).toLowerCase()) {
    case '.ndjson':
    case '.jsonl':
      return 'ndjson';
    case '.csv':
      return 'csv';
    default:
      return undefined;
  }
}

interface Source {
  readonly stream: Readable;
  readonly name: string;
  readonly size: number | undefined;
}

async function openSource(options: CliOptions, io: CliIo): Promise<Source> {
  if (options.example) {
    const text = options.icans ? EXAMPLE_ICANS_COHORT_NDJSON : EXAMPLE_COHORT_NDJSON;
    return { stream: Readable.from([Buffer.from(text)]), name: 'the example cohort', size: text.length };
  }
  const file = options.file;
  if (file === undefined || file === '-') return { stream: io.stdin, name: 'standard input', size: undefined };
  let size: number;
  try {
    const stats = await stat(file);
    if (stats.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    size = stats.size;
  } catch (error) {
    throw new RunFailure(`cannot read ${JSON.stringify(file)}: ${ioMessage(error)}`, EXIT.failure);
  }
  const stream = createReadStream(file, { highWaterMark: CHUNK_BYTES });
  await new Promise<void>((resolveOpen, rejectOpen) => {
    stream.once('open', () => {
      resolveOpen();
    });
    stream.once('error', (error) => {
      rejectOpen(new RunFailure(`cannot read ${JSON.stringify(file)}: ${ioMessage(error)}`, EXIT.failure));
    });
  });
  return { stream, name: JSON.stringify(file), size };
}

async function openOutput(options: CliOptions, io: CliIo): Promise<{ stream: Writable; own: boolean }> {
  const out = options.out;
  if (out === undefined) return { stream: io.stdout, own: false };
  if (options.file !== undefined && resolve(out) === resolve(options.file)) throw new RunFailure('--out names the input file; choose another file', EXIT.usage);
  const stream = createWriteStream(out);
  await new Promise<void>((resolveOpen, rejectOpen) => {
    stream.once('open', () => {
      resolveOpen();
    });
    stream.once('error', (error) => {
      rejectOpen(new RunFailure(`cannot write ${JSON.stringify(out)}: ${ioMessage(error)}`, EXIT.failure));
    });
  });
  return { stream, own: true };
}

function formatterFor(options: CliOptions, grader: RecordGrader, lineWidth: number): RowFormatter {
  if (options.output === 'csv') return csvFormatter(grader, options.language, options.ids);
  if (options.output === 'ndjson') return ndjsonFormatter();
  return options.allScales ? allScalesTableFormatter(options.language, options.ids, lineWidth) : tableFormatter(grader, options.language, options.ids, lineWidth);
}

function summary(pipeline: Pipeline, allScales: boolean): string {
  const head = `${pipeline.records} ${pipeline.records === 1 ? 'record' : 'records'}`;
  if (!allScales) return `${head}: ${pipeline.graded} graded, ${pipeline.notGradable} not gradable, ${pipeline.rejected} rejected`;
  const valid = pipeline.records - pipeline.rejected;
  const perScale = SCALES.map((scale) => {
    const missing = pipeline.notGradableOn.get(scale) ?? 0;
    return `${scale} ${valid - missing}/${missing}`;
  });
  return `${head}: ${pipeline.graded} graded on every scale, ${pipeline.notGradable} not gradable on some, ${pipeline.rejected} rejected; graded/not gradable per scale: ${perScale.join(', ')}`;
}

async function grade(options: CliOptions, io: CliIo): Promise<number> {
  const contract = (options.icans ? icansAssessmentContract() : CRS_ASSESSMENT_CONTRACT) as ObjectContract<unknown>;
  const source = await openSource(options, io);
  let target: { stream: Writable; own: boolean };
  try {
    target = await openOutput(options, io);
  } catch (error) {
    source.stream.destroy();
    throw error;
  }
  const grader = recordGrader(options);
  const lineWidth = source.size === undefined ? 6 : Math.max(4, String(source.size).length);
  const formatter = formatterFor(options, grader, lineWidth);
  const output = new Output(target.stream);
  const pipeline = new Pipeline(grader, formatter, output, options.ids);
  const showProgress = options.progress && io.stderrIsTTY && (io.env['CI'] ?? '') === '' && io.env['TERM'] !== 'dumb';
  const progress = new Progress(showProgress ? io.stderr : undefined, io.now);
  const maxChars = options.maxRecordBytes;
  const create = (format: InputFormat): Reader => {
    switch (format) {
      case 'csv':
        return new CsvReader(maxChars, pipeline, contract, options.ids);
      case 'json':
        return new JsonScanner(maxChars, pipeline);
      case 'ndjson':
        return new RecordSplitter('lines', maxChars, pipeline);
    }
  };
  const named = options.format ?? (options.example ? 'ndjson' : options.file === undefined ? undefined : formatOfName(options.file));
  const reader = named === undefined ? new SniffingReader(options.file === undefined || extname(options.file).toLowerCase() !== '.json', create) : create(named);
  output.write(formatter.header());
  const decoder = new Utf8Pieces();
  try {
    for await (const chunk of source.stream as AsyncIterable<Buffer | string>) {
      const piece = decoder.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      if (piece !== undefined) reader.push(piece);
      progress.update(pipeline.records);
      await output.flush();
      if (output.closed || output.failure !== undefined) break;
    }
  } catch (error) {
    if (error instanceof RunFailure) throw error;
    throw new RunFailure(`cannot read ${source.name}: ${ioMessage(error)}`, EXIT.failure);
  } finally {
    progress.clear();
  }
  if (output.closed) {
    source.stream.destroy();
    return exitCode(pipeline);
  }
  if (output.failure === undefined) {
    const tail = decoder.end();
    if (tail !== undefined) reader.push(tail);
    reader.end();
  }
  await output.end(target.own);
  if (output.failure !== undefined) throw new RunFailure(`cannot write ${options.out === undefined ? 'the output' : JSON.stringify(options.out)}: ${ioMessage(output.failure)}`, EXIT.failure);
  if (output.closed) return exitCode(pipeline);
  if (pipeline.records === 0) throw new RunFailure(`no records in ${source.name}`, EXIT.failure);
  io.stderr.write(`${summary(pipeline, options.allScales)}\n`);
  return exitCode(pipeline);
}

function exitCode(pipeline: Pipeline): number {
  return pipeline.rejected > 0 || pipeline.notGradable > 0 ? EXIT.someNotGraded : EXIT.allGraded;
}

/**
 * Runs the `crs-grade` command line: reads records as a stream, grades each, and writes each
 * result as soon as it is known; a bad record is reported with its line and reasons while the
 * others are still graded. Resolves to the exit code; never throws, and prints a stack trace only
 * with `--debug`.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let debug = argv.includes('--debug');
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.action !== 'grade') {
      const contract = (parsed.icans ? icansAssessmentContract() : CRS_ASSESSMENT_CONTRACT) as ObjectContract<unknown>;
      const text = parsed.action === 'help' ? USAGE : parsed.action === 'version' ? io.version : describeFields(contract).join('\n');
      io.stdout.write(`${text}\n`);
      return EXIT.allGraded;
    }
    debug = parsed.options.debug;
    return await grade(parsed.options, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`crs-grade: ${error.message}\nRun crs-grade --help for the options.\n`);
      return EXIT.usage;
    }
    if (error instanceof RunFailure) {
      io.stderr.write(`crs-grade: ${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr.write(`crs-grade: internal error: ${message.replace(/\s+/g, ' ')}${debug ? '' : ' (run again with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack !== undefined) io.stderr.write(`${error.stack}\n`);
    return EXIT.failure;
  }
}
