import { extname } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { Utf8Pieces } from './decode.js';
import { EXAMPLE_COHORT_NDJSON, EXAMPLE_ICANS_COHORT_NDJSON } from './example-cohort.js';
import { gradeCourses } from './course.js';
import { COURSE_USAGE, parseCourseCommandLine } from './course-options.js';
import { courseRowContract } from './course-rows.js';
import { describeFields } from './fields.js';
import { SCALES } from './grade.js';
import { Framer, type Reader, RunFailure, SniffingReader, formatOfName, ioMessage, openStreams } from './input.js';
import { type BatchResult, BatchProcessor, type FrameBatch, type ProcessorConfig, contractFor } from './processor.js';
import { WorkerPool } from './workers.js';
import { runFhirCommand } from './fhir.js';
import { type CliOptions, EXIT, type InputFormat, USAGE, UsageError, parseCommandLine } from './options.js';
import { Output, Progress } from './output.js';
import { JsonScanner } from './scan-json.js';
import { RecordSplitter } from './split.js';

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
  const example = options.example ? (options.icans ? EXAMPLE_ICANS_COHORT_NDJSON : EXAMPLE_COHORT_NDJSON) : undefined;
  const { source, target } = await openStreams({ file: options.file, example, exampleName: 'the example cohort', out: options.out }, io);
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
    return exitCode(counts, options.exitZero);
  }
  await output.end(target.own);
  if (output.failure !== undefined) throw new RunFailure(`cannot write ${options.out === undefined ? 'the output' : JSON.stringify(options.out)}: ${ioMessage(output.failure)}`, EXIT.failure);
  if (output.isClosed()) return exitCode(counts, options.exitZero);
  if (counts.records === 0) throw new RunFailure(`no records in ${source.name}`, EXIT.failure);
  io.stderr.write(`${summary(counts, options.allScales)}\n`);
  return exitCode(counts, options.exitZero);
}

function exitCode(counts: Counts, exitZero: boolean): number {
  return !exitZero && (counts.rejected > 0 || counts.notGradable > 0) ? EXIT.someNotGraded : EXIT.allGraded;
}

/** The `course --fields` listing: the named columns, then every field of a row's parts, dotted as CSV headers name them. */
function describeCourseFields(): string[] {
  return [
    'A row names its patient, time and infusion in the columns given with --patient, --time and --infusion (default infusionAt):',
    '  --patient    the patient identifier: text or a number',
    '  --time       the time of the window: an ISO 8601 date or date-time (2026-03-02, 2026-03-02T14:30)',
    '  --infusion   the infusion time (day 0), the same on every row of a patient: an ISO 8601 date or date-time',
    'and then, each optional, with crs or icans or at least one treatment (an empty CSV cell is an absent field):',
    ...describeFields(courseRowContract()),
  ];
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
    // A subcommand first: `course` grades courses, `fhir` a patient's FHIR resources (a file named
    // "course" or "fhir" is given as ./course).
    if (argv[0] === 'fhir') return await runFhirCommand(argv.slice(1), io);
    if (argv[0] === 'course') {
      const course = parseCourseCommandLine(argv.slice(1));
      if (course.action !== 'course') {
        io.stdout.write(`${course.action === 'help' ? COURSE_USAGE : describeCourseFields().join('\n')}\n`);
        return EXIT.allGraded;
      }
      debug = course.options.debug;
      return await gradeCourses(course.options, io);
    }
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
