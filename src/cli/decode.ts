import { isUtf8 } from 'node:buffer';

/** A piece of decoded input text, and whether its bytes were valid UTF-8. */
export interface TextPiece {
  readonly text: string;
  /** `false` when some bytes were not UTF-8: they read as U+FFFD, and a record holding one is rejected. */
  readonly valid: boolean;
}

/** How many bytes the UTF-8 sequence led by `byte` has; 1 for anything that cannot lead one. */
function sequenceLength(byte: number): number {
  return byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : byte >= 0xc0 ? 2 : 1;
}

/**
 * Decodes a byte stream into text pieces cut only between characters, so that a character split
 * across two chunks is never lost, and tells for each piece whether its bytes were valid UTF-8.
 */
export class Utf8Pieces {
  private tail: Buffer | undefined;

  /** The text of `chunk` up to its last whole character (the rest waits for the next chunk). */
  push(chunk: Buffer): TextPiece | undefined {
    const bytes = this.tail === undefined ? chunk : Buffer.concat([this.tail, chunk]);
    this.tail = undefined;
    let cut = bytes.length;
    // Back up over continuation bytes to the last lead byte; keep it for later if its sequence is not complete.
    let index = bytes.length - 1;
    while (index >= 0 && index > bytes.length - 4 && ((bytes[index] as number) & 0xc0) === 0x80) index -= 1;
    if (index >= 0 && index + sequenceLength(bytes[index] as number) > bytes.length) cut = index;
    if (cut < bytes.length) this.tail = Buffer.from(bytes.subarray(cut));
    if (cut === 0) return undefined;
    const head = cut === bytes.length ? bytes : bytes.subarray(0, cut);
    return { text: head.toString('utf8'), valid: isUtf8(head) };
  }

  /** Whatever is left at the end of the input: an incomplete character, never valid. */
  end(): TextPiece | undefined {
    const tail = this.tail;
    this.tail = undefined;
    return tail === undefined ? undefined : { text: tail.toString('utf8'), valid: false };
  }
}
