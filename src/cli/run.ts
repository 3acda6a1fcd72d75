import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import type { ObjectContract } from '../contract/field.js';
import { CsvCells } from './csv-cells.js';
import { type TextPiece, Utf8Pieces } from './decode.js';
import { EXAMPLE_COHORT_NDJSON, EXAMPLE_ICANS_COHORT_NDJSON } from './example-cohort.js';
import { compileCsvHeader, describeFields } from './fields.js';
import { SCALES } from './grade.js';
import { type BatchResult, BatchProcessor, CUT_SHORT, type FrameBatch, type ProcessorConfig, UNREADABLE, WHOLE, contractFor } from './processor.js';
import { WorkerPool } from './workers.js';
import { runFhirCommand } from './fhir.js';
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
  /** The command's own script, to start worker threads from; without it, everything runs in this thread. */
  readonly workerScript?: URL;
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
const CHUNK_BYTES = 64 * 1024;

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

/** Collects framed records into batches; for CSV, reads the header first (and fails the run if it cannot). */
class Framer implements FrameSink {
  private batch: FrameBatch = { lines: [], texts: [], kinds: [] };
  /** The CSV header, once read; `undefined` before, and for JSON. */
  header: string[] | undefined;

  constructor(private readonly csv: { readonly contract: ObjectContract<unknown>; readonly ids: readonly string[] } | undefined) {}

  record(line: number, text: string, complete: boolean): void {
    if (this.csv !== undefined && this.header === undefined) {
      const [cells] = new CsvCells().parse([text]);
      if (cells === undefined || 'error' in cells) throw new RunFailure(`the CSV header (line ${line}) cannot be read: ${cells?.error ?? 'empty'}`, EXIT.failure);
      const compiled = compileCsvHeader(cells, this.csv.contract, this.csv.ids);
      if (typeof compiled === 'string') throw new RunFailure(compiled, compiled.startsWith('--id') ? EXIT.usage : EXIT.failure);
      this.header = [...(cells)];
      return;
    }
    this.push(line, text, complete ? WHOLE : CUT_SHORT);
  }

  bad(line: number, message: string): void {
    if (this.csv !== undefined && this.header === undefined) throw new RunFailure(`the CSV header (line ${line}) cannot be read: ${message}`, EXIT.failure);
    this.push(line, message, UNREADABLE);
  }

  private push(line: number, text: string, kind: number): void {
    this.batch.lines.push(line);
    this.batch.texts.push(text);
    this.batch.kinds.push(kind);
  }

  /** Up to `max` of the records framed so far, oldest first. */
  take(max: number): FrameBatch | undefined {
    const { lines, texts, kinds } = this.batch;
    if (lines.length === 0) return undefined;
    if (lines.length <= max) {
      this.batch = { lines: [], texts: [], kinds: [] };
      return { lines, texts, kinds };
    }
    return { lines: lines.splice(0, max), texts: texts.splice(0, max), kinds: kinds.splice(0, max) };
  }
}

/** The counts of a run. */
class Counts {
  records = 0;
  graded = 0;
  notGradable = 0;
  rejected = 0;
  readonly notGradableOn = new Map<string, number>();

  add(result: BatchResult): void {
    this.records += result.records;
    this.graded += result.graded;
    this.notGradable += result.notGradable;
    this.rejected += result.rejected;
    for (const [scale, count] of Object.entries(result.notGradableOn)) this.notGradableOn.set(scale, (this.notGradableOn.get(scale) ?? 0) + count);
  }
}

/** A reader of one input format: decoded text in, framed records out. */
interface Reader {
  push(piece: TextPiece): void;
  end(): void;
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

function summary(counts: Counts, allScales: boolean): string {
  const head = `${counts.records} ${counts.records === 1 ? 'record' : 'records'}`;
  if (!allScales) return `${head}: ${counts.graded} graded, ${counts.notGradable} not gradable, ${counts.rejected} rejected`;
  const valid = counts.records - counts.rejected;
  const perScale = SCALES.map((scale) => {
    const missing = counts.notGradableOn.get(scale) ?? 0;
    return `${scale} ${valid - missing}/${missing}`;
  });
  return `${head}: ${counts.graded} graded on every scale, ${counts.notGradable} not gradable on some, ${counts.rejected} rejected; graded/not gradable per scale: ${perScale.join(', ')}`;
}

/** At most this many records are graded as one batch, so that short CSV rows do not make batches large. */
const BATCH_RECORDS = 512;

/** Batches graded in the main thread before worker threads (if any) take over: small inputs never start one. */
const INLINE_BATCHES = 8;

/**
 * How many worker threads grade by default: none. On the project's 2-core machine they gave no
 * reliable gain and 57-90 MiB more memory (docs/performance.md, "Command line"); `--workers N`
 * turns them on.
 */
export function defaultWorkers(): number {
  return 0;
}

async function grade(options: CliOptions, io: CliIo): Promise<number> {
  const contract = contractFor(options.icans);
  const source = await openSource(options, io);
  let target: { stream: Writable; own: boolean };
  try {
    target = await openOutput(options, io);
  } catch (error) {
    source.stream.destroy();
    throw error;
  }
  const output = new Output(target.stream);
  const counts = new Counts();
  const deliver = (result: BatchResult): void => {
    counts.add(result);
    output.write(result.text);
  };
  const showProgress = options.progress && io.stderrIsTTY && (io.env['CI'] ?? '') === '' && io.env['TERM'] !== 'dumb';
  const progress = new Progress(showProgress ? io.stderr : undefined, io.now);
  const maxChars = options.maxRecordBytes;
  let framer: Framer | undefined;
  const create = (format: InputFormat): Reader => {
    framer = new Framer(format === 'csv' ? { contract, ids: options.ids } : undefined);
    switch (format) {
      case 'csv':
        return new RecordSplitter('csv', maxChars, framer);
      case 'json':
        return new JsonScanner(maxChars, framer);
      case 'ndjson':
        return new RecordSplitter('lines', maxChars, framer);
    }
  };
  const named = options.format ?? (options.example ? 'ndjson' : options.file === undefined ? undefined : formatOfName(options.file));
  const reader = named === undefined ? new SniffingReader(options.file === undefined || extname(options.file).toLowerCase() !== '.json', create) : create(named);
  const lineWidth = source.size === undefined ? 6 : Math.max(4, String(source.size).length);
  let processor: BatchProcessor | undefined;
  let pool: WorkerPool | undefined;
  let batches = 0;
  const workers = options.workers ?? defaultWorkers();
  const dispatch = async (): Promise<void> => {
    for (let batch = framer?.take(BATCH_RECORDS); batch !== undefined; batch = framer?.take(BATCH_RECORDS)) await dispatchBatch(batch);
  };
  const dispatchBatch = async (batch: FrameBatch): Promise<void> => {
    if (framer === undefined) return;
    const config: ProcessorConfig = { ...options, lineWidth, records: framer.header === undefined ? 'json' : 'csv', ...(framer.header === undefined ? {} : { csvHeader: framer.header }) };
    if (processor === undefined) {
      processor = new BatchProcessor(config);
      output.write(processor.header());
    }
    batches += 1;
    if (pool === undefined && batches > INLINE_BATCHES && workers > 0 && io.workerScript !== undefined) pool = new WorkerPool(io.workerScript, config, workers, deliver);
    if (pool === undefined) deliver(processor.process(batch));
    else await pool.dispatch(batch);
  };
  const decoder = new Utf8Pieces();
  try {
    try {
      for await (const chunk of source.stream as AsyncIterable<Buffer | string>) {
        const piece = decoder.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
        if (piece !== undefined) reader.push(piece);
        await dispatch();
        progress.update(counts.records);
        await output.flush();
        if (output.closed || output.failure !== undefined) break;
      }
    } catch (error) {
      if (error instanceof RunFailure) throw error;
      if ((error as NodeJS.ErrnoException | undefined)?.code === undefined) throw error;
      throw new RunFailure(`cannot read ${source.name}: ${ioMessage(error)}`, EXIT.failure);
    }
    if (!output.closed && output.failure === undefined) {
      const tail = decoder.end();
      if (tail !== undefined) reader.push(tail);
      reader.end();
      await dispatch();
      await pool?.drain();
    }
  } finally {
    progress.clear();
    await pool?.close();
  }
  if (output.closed) {
    source.stream.destroy();
    return exitCode(counts);
  }
  await output.end(target.own);
  if (output.failure !== undefined) throw new RunFailure(`cannot write ${options.out === undefined ? 'the output' : JSON.stringify(options.out)}: ${ioMessage(output.failure)}`, EXIT.failure);
  if (output.isClosed()) return exitCode(counts);
  if (counts.records === 0) throw new RunFailure(`no records in ${source.name}`, EXIT.failure);
  io.stderr.write(`${summary(counts, options.allScales)}\n`);
  return exitCode(counts);
}

function exitCode(counts: Counts): number {
  return counts.rejected > 0 || counts.notGradable > 0 ? EXIT.someNotGraded : EXIT.allGraded;
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
    // The one subcommand: a patient's FHIR resources instead of a file of assessments.
    if (argv[0] === 'fhir') return await runFhirCommand(argv.slice(1), io);
    const parsed = parseCommandLine(argv);
    if (parsed.action !== 'grade') {
      const contract = contractFor(parsed.icans);
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
