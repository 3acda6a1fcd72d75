import { createReadStream, createWriteStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { Readable, type Writable } from 'node:stream';
import type { ObjectContract } from '../contract/field.js';
import { CsvCells } from './csv-cells.js';
import type { TextPiece } from './decode.js';
import { compileCsvHeader } from './fields.js';
import { EXIT, type InputFormat } from './options.js';
import { CUT_SHORT, type FrameBatch, UNREADABLE, WHOLE } from './processor.js';
import type { FrameSink } from './split.js';

// What both modes of the command (grading records, grading courses) share to read their input and
// open their output: the failures that end a run, the format sniffer, the framer, and the streams.

/** A failure that ends the run with a one-line message and an exit code. */
export class RunFailure extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

/** Reads a stream in chunks of this size: large enough to be fast, small enough to keep memory flat. */
export const CHUNK_BYTES = 64 * 1024;

/** A file-system error as one line. */
export function ioMessage(error: unknown): string {
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

/** How a CSV header is read: by which contract, which columns are identifiers, and what else to check first. */
export interface CsvHeaderSpec {
  readonly contract: ObjectContract<unknown>;
  readonly ids: readonly string[];
  /** A check of the header's cells before it is compiled: the failure to end the run with, if any. */
  readonly check?: (cells: readonly string[]) => RunFailure | undefined;
}

/** Collects framed records into batches; for CSV, reads the header first (and fails the run if it cannot). */
export class Framer implements FrameSink {
  private batch: FrameBatch = { lines: [], texts: [], kinds: [] };
  /** The CSV header, once read; `undefined` before, and for JSON. */
  header: string[] | undefined;

  constructor(private readonly csv: CsvHeaderSpec | undefined) {}

  record(line: number, text: string, complete: boolean): void {
    if (this.csv !== undefined && this.header === undefined) {
      const [cells] = new CsvCells().parse([text]);
      if (cells === undefined || 'error' in cells) throw new RunFailure(`the CSV header (line ${line}) cannot be read: ${cells?.error ?? 'empty'}`, EXIT.failure);
      const failure = this.csv.check?.(cells);
      if (failure !== undefined) throw failure;
      const compiled = compileCsvHeader(cells, this.csv.contract, this.csv.ids);
      if (typeof compiled === 'string') throw new RunFailure(compiled, compiled.startsWith('--id') ? EXIT.usage : EXIT.failure);
      this.header = [...cells];
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

/** A reader of one input format: decoded text in, framed records out. */
export interface Reader {
  push(piece: TextPiece): void;
  end(): void;
}

/** Holds the first text back until the format can be told from it, then hands everything to that format's reader. */
export class SniffingReader implements Reader {
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
export function formatOfName(file: string): InputFormat | undefined {
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

/** Where the input comes from. */
export interface Source {
  readonly stream: Readable;
  readonly name: string;
  readonly size: number | undefined;
}

/** Opens the input: the embedded example text, standard input (no file or `-`), or a file. */
export async function openSource(request: { readonly file: string | undefined; readonly example: string | undefined; readonly exampleName: string }, stdin: Readable): Promise<Source> {
  if (request.example !== undefined) return { stream: Readable.from([Buffer.from(request.example)]), name: request.exampleName, size: request.example.length };
  const file = request.file;
  if (file === undefined || file === '-') return { stream: stdin, name: 'standard input', size: undefined };
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

/** Opens the output: `--out FILE` (never the input file), else standard output. */
export async function openOutput(out: string | undefined, file: string | undefined, stdout: Writable): Promise<{ stream: Writable; own: boolean }> {
  if (out === undefined) return { stream: stdout, own: false };
  if (file !== undefined && resolve(out) === resolve(file)) throw new RunFailure('--out names the input file; choose another file', EXIT.usage);
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

/**
 * Opens the input, then the output; closes the input again when the output cannot be opened.
 *
 * @internal
 */
export async function openStreams(
  request: { readonly file: string | undefined; readonly example: string | undefined; readonly exampleName: string; readonly out: string | undefined },
  io: { readonly stdin: Readable; readonly stdout: Writable },
): Promise<{ readonly source: Source; readonly target: { stream: Writable; own: boolean } }> {
  const source = await openSource(request, io.stdin);
  try {
    return { source, target: await openOutput(request.out, request.file, io.stdout) };
  } catch (error) {
    source.stream.destroy();
    throw error;
  }
}
