import type { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';

/** Output is handed to the stream in pieces of about this many characters. */
const PIECE = 64 * 1024;

/**
 * Buffered output with backpressure: text is written in pieces, and `flush` waits while the stream
 * is full, so that memory stays flat however fast records are graded. A closed pipe (`| head`)
 * marks the output closed instead of failing: the run then ends quietly.
 */
export class Output {
  private buffer = '';
  /** The reader went away (EPIPE): nothing more is written. */
  closed = false;
  /** Any other write error, reported once the run ends. */
  failure: Error | undefined;

  constructor(private readonly stream: Writable) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE' || error.code === 'ERR_STREAM_DESTROYED') this.closed = true;
      else this.failure ??= error;
    });
  }

  /** Whether the reader went away; a method, since a write may close the output at any await. */
  isClosed(): boolean {
    return this.closed;
  }

  write(text: string): void {
    this.buffer += text;
    if (this.buffer.length >= PIECE) this.hand();
  }

  private hand(): void {
    const text = this.buffer;
    this.buffer = '';
    if (this.closed || this.failure !== undefined || text === '') return;
    this.stream.write(text);
  }

  /**
   * Writes what is buffered, and waits while the stream is full. Whether it is full is asked of the
   * stream now, not remembered from a write: rows delivered by worker threads are written between
   * two flushes, and the stream may have drained since.
   */
  async flush(): Promise<void> {
    this.hand();
    if (this.closed || this.failure !== undefined || !this.stream.writableNeedDrain) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off('drain', done);
        this.stream.off('error', done);
        this.stream.off('close', done);
        resolve();
      };
      this.stream.on('drain', done);
      this.stream.on('error', done);
      this.stream.on('close', done);
    });
  }

  /**
   * Flushes, and ends the stream when it is a file of our own. It waits until the file is written
   * or has failed: a write error (a full disk) can be reported after the end callback, and must
   * never pass as written.
   */
  async end(close: boolean): Promise<void> {
    await this.flush();
    if (!close || this.closed) return;
    this.stream.end();
    try {
      await finished(this.stream);
    } catch (error) {
      this.failure ??= error as Error;
    }
  }
}

/** How often the progress line is redrawn, and after how long it first shows. */
const PROGRESS_EVERY_MS = 250;
const PROGRESS_AFTER_MS = 1000;

/**
 * The progress line on a terminal: records read and the rate, redrawn in place, shown only when
 * the run takes longer than a moment, and wiped at the end.
 */
export class Progress {
  private readonly started: number;
  private nextAt: number;
  private shown = false;

  constructor(
    private readonly stream: Writable | undefined,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
    this.nextAt = this.started + PROGRESS_AFTER_MS;
  }

  update(records: number): void {
    if (this.stream === undefined) return;
    const now = this.now();
    if (now < this.nextAt) return;
    this.nextAt = now + PROGRESS_EVERY_MS;
    const seconds = (now - this.started) / 1000;
    const rate = Math.round(records / Math.max(seconds, 0.001));
    this.stream.write(`\rcrs-grade: ${records.toLocaleString('en')} records, ${rate.toLocaleString('en')}/s\u001b[K`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream?.write('\r\u001b[K');
    this.shown = false;
  }
}
