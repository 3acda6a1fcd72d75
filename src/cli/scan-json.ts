import type { TextPiece } from './decode.js';
import { type FrameSink, NOT_UTF8, tooLarge } from './split.js';

const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const BOM = 0xfeff;

const NONE = 0;
const STRUCTURED = 1;
const SCALAR = 2;

/**
 * Finds the records of a JSON document in one pass over the text, in linear time and bounded
 * memory, without parsing them (each record is then parsed on its own, so that a malformed one is
 * reported with its line while the others are still read). The document is a JSON array of
 * records, or records one after another (a single, possibly pretty-printed object; NDJSON; several
 * arrays). The scanner only tracks strings and nesting; `JSON.parse` judges each record.
 *
 * Recovery: a raw line break inside a string ends the string (it is invalid JSON anyway), and
 * outside an array a `{` at the start of a line while a record is still open starts a new record
 * (the open one was cut short), so that one broken record never swallows the rest of the input.
 * Empty array elements (`[a,,b]`) and a comma before `]` are reported, never skipped silently.
 */
export class JsonScanner {
  private line = 1;
  private afterCR = false;
  private atLineStart = true;
  private started = false;
  private arrayOpen = false;
  private expectElement = false;
  private afterComma = false;
  private state: typeof NONE | typeof STRUCTURED | typeof SCALAR = NONE;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private parts: string[] = [];
  private size = 0;
  private recordLine = 0;
  private tooBig = false;
  private touchedInvalid = false;

  constructor(
    private readonly maxChars: number,
    private readonly sink: FrameSink,
  ) {}

  push(piece: TextPiece): void {
    const text = piece.text;
    const length = text.length;
    let index = 0;
    if (!this.started && length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === BOM) index = 1;
    }
    let recordStart = this.state === NONE ? -1 : index;
    if (!piece.valid && this.state !== NONE) this.touchedInvalid = true;
    const invalid = !piece.valid;
    for (; index < length; index += 1) {
      const code = text.charCodeAt(index);
      if (code === LF || code === CR) {
        if (code === CR || !this.afterCR) this.line += 1;
        this.afterCR = code === CR;
        this.atLineStart = true;
        if (this.state === STRUCTURED) {
          // A raw line break cannot be in a JSON string: the string (and the record) is broken; scanning goes on.
          this.inString = false;
          this.escaped = false;
        } else if (this.state === SCALAR) {
          this.finish(text, recordStart, index, true);
          recordStart = -1;
        }
        continue;
      }
      this.afterCR = false;
      const lineStart = this.atLineStart;
      this.atLineStart = false;
      if (this.state === STRUCTURED) {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (code === BACKSLASH) this.escaped = true;
          else if (code === QUOTE) this.inString = false;
          continue;
        }
        if (code === QUOTE) this.inString = true;
        else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
          if (lineStart && code === OPEN_BRACE && !this.arrayOpen) {
            // A record starts at the beginning of a line while the last one is open: that one was cut short.
            this.finish(text, recordStart, index, false);
            recordStart = this.begin(index, STRUCTURED, invalid);
          } else this.depth += 1;
        } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
          this.depth -= 1;
          if (this.depth === 0) {
            this.finish(text, recordStart, index + 1, true);
            recordStart = -1;
          }
        }
        continue;
      }
      if (this.state === SCALAR) {
        if (!this.arrayOpen || (code !== COMMA && code !== CLOSE_BRACKET)) continue;
        this.finish(text, recordStart, index, true);
        recordStart = -1;
      }
      if (code === SPACE || code === TAB) continue;
      if (this.arrayOpen) {
        if (code === COMMA) {
          if (this.expectElement) this.sink.bad(this.line, this.afterComma ? 'an empty element between two commas in the JSON array' : 'a comma before the first element of the JSON array');
          this.expectElement = true;
          this.afterComma = true;
          continue;
        }
        if (code === CLOSE_BRACKET) {
          if (this.expectElement && this.afterComma) this.sink.bad(this.line, 'a comma before the closing "]" of the JSON array');
          this.arrayOpen = false;
          this.expectElement = false;
          this.afterComma = false;
          continue;
        }
        this.expectElement = false;
        this.afterComma = false;
      } else if (code === OPEN_BRACKET) {
        this.arrayOpen = true;
        this.expectElement = true;
        this.afterComma = false;
        continue;
      }
      recordStart = this.begin(index, code === OPEN_BRACE || code === OPEN_BRACKET ? STRUCTURED : SCALAR, invalid);
    }
    if (this.state !== NONE && recordStart !== -1) this.keep(text.slice(recordStart));
  }

  /** Ends the input: an open record was cut short, and so was an open array. */
  end(): void {
    if (this.state !== NONE) this.finish('', 0, 0, this.state === SCALAR);
    if (this.arrayOpen) this.sink.bad(this.line, 'the JSON array does not close: the input may have been cut short');
  }

  private begin(index: number, state: typeof STRUCTURED | typeof SCALAR, invalid: boolean): number {
    this.state = state;
    this.depth = 1;
    this.inString = false;
    this.escaped = false;
    this.recordLine = this.line;
    this.parts = [];
    this.size = 0;
    this.tooBig = false;
    this.touchedInvalid = invalid;
    return index;
  }

  private keep(text: string): void {
    if (this.tooBig) return;
    this.size += text.length;
    if (this.size > this.maxChars) {
      this.tooBig = true;
      this.parts = [];
    } else this.parts.push(text);
  }

  private finish(text: string, start: number, end: number, complete: boolean): void {
    this.state = NONE;
    const line = this.recordLine;
    if (this.tooBig || this.size + (end - start) > this.maxChars) {
      this.parts = [];
      this.sink.bad(line, tooLarge(this.maxChars));
      return;
    }
    const head = this.parts.length === 0 ? '' : this.parts.join('');
    this.parts = [];
    const record = head + text.slice(start, end);
    if (this.touchedInvalid && record.includes('\uFFFD')) this.sink.bad(line, NOT_UTF8);
    else if (record.trim() !== '') this.sink.record(line, record, complete);
  }
}
