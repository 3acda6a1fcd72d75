import type { FrameSink } from '../../src/cli/split.js';

/** A frame as the tests compare them. */
export type Frame = { line: number; text: string; complete?: false } | { line: number; bad: string };

/** A sink that records every frame. */
export function collect(): FrameSink & { frames: Frame[] } {
  const frames: Frame[] = [];
  return {
    frames,
    record(line, text, complete) {
      frames.push(complete ? { line, text } : { line, text, complete: false });
    },
    bad(line, message) {
      frames.push({ line, bad: message });
    },
  };
}

/** `text` cut into pieces at the given offsets (sorted, deduplicated, within the text). */
export function cut(text: string, offsets: readonly number[]): string[] {
  const points = [...new Set(offsets.map((offset) => Math.min(Math.max(offset, 0), text.length)))].sort((a, b) => a - b);
  const pieces: string[] = [];
  let start = 0;
  for (const point of points) {
    pieces.push(text.slice(start, point));
    start = point;
  }
  pieces.push(text.slice(start));
  return pieces;
}
