import type { TextPiece } from './decode.js';

/** Where the readers send what they find, in input order. */
export interface FrameSink {
  /** The text of one record, with the line it starts on; `complete` is false when the input ended inside it. */
  record(line: number, text: string, complete: boolean): void;
  /** A record that cannot be read at all, with the line it starts on and why. */
  bad(line: number, message: string): void;
}

/** The message of a record over the size limit. */
export function tooLarge(maxBytes: number): string {
  return `record larger than ${maxBytes} bytes (see --max-record-bytes); not read`;
}

/** The message of a record holding bytes that are not UTF-8. */
export const NOT_UTF8 = 'not valid UTF-8 text; not read';

const LF = 10;
const CR = 13;
const QUOTE = 34;
const BOM = '\uFEFF';
const REPLACEMENT = '\uFFFD';

/** Whether `text` holds only white space (a blank line). */
function isBlank(text: string): boolean {
  if (text.length === 0) return true;
  const first = text.charCodeAt(0);
  return (first === 32 || first === 9 || first === 0xfeff || first === 0xa0 || first > 0x2000) && text.trim() === '';
}

/**
 * Splits decoded input into records at line breaks (LF, CRLF or a lone CR), counting lines, and
 * bounds every record: one longer than the limit is skipped up to its end and reported, never held.
 * In `lines` mode each non-blank line is a record (NDJSON); in `csv` mode a line break inside double
 * quotes belongs to the record (a CSV cell may hold a newline).
 */
export class RecordSplitter {
  /** Text of the record being read, not yet ended by a line break. */
  private carry = '';
  /** The carried text came partly from bytes that were not UTF-8. */
  private carryInvalid = false;
  /** CSV: inside double quotes at the end of the carried text. */
  private inQuotes = false;
  /** The line the next record starts on. */
  private line = 1;
  /** Lines the carried record has crossed inside quotes (CSV). */
  private carriedBreaks = 0;
  /** The last piece ended with CR: a LF first in the next piece belongs to it. */
  private afterCR = false;
  /** The record being read is over the limit: its text is dropped until it ends. */
  private oversize = false;
  private started = false;

  constructor(
    private readonly mode: 'lines' | 'csv',
    private readonly maxChars: number,
    private readonly sink: FrameSink,
  ) {}

  push(piece: TextPiece): void {
    let text = piece.text;
    if (!this.started) {
      if (text.length === 0) return;
      this.started = true;
      if (text.startsWith(BOM)) text = text.slice(1);
    }
    let start = 0;
    // A LF right after a CR that ended the last piece is part of that line break: skipped, or, inside
    // a quoted CSV cell, kept as data without counting another line.
    let quotedLf = false;
    if (this.afterCR) {
      this.afterCR = false;
      if (text.charCodeAt(0) === LF) {
        if (this.mode === 'csv' && this.inQuotes) quotedLf = true;
        else start = 1;
      }
    }
    if (this.oversize) {
      start = this.skipOversize(text, start);
      if (start < 0) return;
    }
    const invalid = !piece.valid;
    if (this.mode === 'lines') this.splitLines(text, start, invalid);
    else this.splitCsv(text, start, invalid, quotedLf);
  }

  /** Ends the input: the carried text is the last record, which the input may have cut short. */
  end(): void {
    if (this.oversize) {
      this.sink.bad(this.line, tooLarge(this.maxChars));
      return;
    }
    const text = this.carry;
    this.carry = '';
    if (isBlank(text)) return;
    this.emit(text, this.carryInvalid, false);
  }

  /** Drops text up to the end of the oversize record; returns where the rest starts, or -1 if it has not ended. */
  private skipOversize(text: string, from: number): number {
    let index = from;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === LF || code === CR) break;
      index += 1;
    }
    if (index === text.length) return -1;
    this.sink.bad(this.line, tooLarge(this.maxChars));
    this.oversize = false;
    this.line += 1 + this.carriedBreaks;
    this.carriedBreaks = 0;
    this.inQuotes = false;
    return this.breakEnd(text, index);
  }

  /** Where the text after the line break at `index` starts (a CRLF is one break). */
  private breakEnd(text: string, index: number): number {
    if (text.charCodeAt(index) === CR) {
      if (index + 1 === text.length) {
        this.afterCR = true;
        return index + 1;
      }
      if (text.charCodeAt(index + 1) === LF) return index + 2;
    }
    return index + 1;
  }

  private emit(text: string, invalid: boolean, complete: boolean): void {
    const line = this.line;
    if (text.length > this.maxChars) this.sink.bad(line, tooLarge(this.maxChars));
    else if (invalid && text.includes(REPLACEMENT)) this.sink.bad(line, NOT_UTF8);
    else this.sink.record(line, text, complete);
  }

  private carryOver(text: string, invalid: boolean): void {
    if (text.length > this.maxChars) {
      this.oversize = true;
      this.carry = '';
      this.carryInvalid = false;
      return;
    }
    this.carry = text;
    this.carryInvalid = invalid && text.length > 0;
  }

  private splitLines(piece: string, from: number, invalid: boolean): void {
    const carried = this.carry;
    const carriedInvalid = this.carryInvalid;
    const text = carried === '' ? (from === 0 ? piece : piece.slice(from)) : carried + piece.slice(from);
    const recordInvalid = invalid || carriedInvalid;
    let start = 0;
    if (piece.indexOf('\r', from) === -1) {
      // The common case, LF only.
      for (let end = text.indexOf('\n'); end !== -1; end = text.indexOf('\n', start)) {
        this.lineAt(text, start, end, recordInvalid);
        start = end + 1;
      }
    } else {
      let index = start;
      while (index < text.length) {
        const code = text.charCodeAt(index);
        if (code !== LF && code !== CR) {
          index += 1;
          continue;
        }
        this.lineAt(text, start, index, recordInvalid);
        start = this.breakEnd(text, index);
        index = start;
      }
    }
    this.carryInvalid = false;
    this.carryOver(start === 0 ? text : text.slice(start), start === 0 ? recordInvalid : invalid);
  }

  private lineAt(text: string, start: number, end: number, invalid: boolean): void {
    const line = text.slice(start, end);
    if (!isBlank(line)) this.emit(line, invalid, true);
    this.line += 1;
  }

  private splitCsv(piece: string, from: number, invalid: boolean, quotedLf: boolean): void {
    const carried = this.carry;
    const text = carried === '' ? piece.slice(from) : carried + piece.slice(from);
    const recordInvalid = invalid || this.carryInvalid;
    let start = 0;
    let index = carried.length + (quotedLf ? 1 : 0);
    let inQuotes = this.inQuotes;
    while (index < text.length) {
      const code = text.charCodeAt(index);
      if (code === QUOTE) {
        inQuotes = !inQuotes;
        index += 1;
        continue;
      }
      if (code !== LF && code !== CR) {
        index += 1;
        continue;
      }
      const next = this.breakEnd(text, index);
      if (inQuotes) {
        // A line break inside a quoted cell: part of the record.
        this.carriedBreaks += 1;
        index = next;
        continue;
      }
      const record = text.slice(start, index);
      if (!isBlank(record)) this.emit(record, recordInvalid, true);
      this.line += 1 + this.carriedBreaks;
      this.carriedBreaks = 0;
      start = next;
      index = next;
    }
    this.inQuotes = inQuotes;
    this.carryInvalid = false;
    this.carryOver(start === 0 ? text : text.slice(start), start === 0 ? recordInvalid : invalid);
    if (this.oversize) this.inQuotes = false;
  }
}
