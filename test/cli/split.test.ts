import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Pieces } from '../../src/cli/decode.js';
import { NOT_UTF8, RecordSplitter, tooLarge } from '../../src/cli/split.js';
import { collect, cut } from './frames.js';

function splitLines(pieces: readonly (string | Buffer)[], maxChars = 1000, mode: 'lines' | 'csv' = 'lines') {
  const sink = collect();
  const splitter = new RecordSplitter(mode, maxChars, sink);
  const decoder = new Utf8Pieces();
  for (const piece of pieces) {
    const text = decoder.push(Buffer.isBuffer(piece) ? piece : Buffer.from(piece));
    if (text !== undefined) splitter.push(text);
  }
  const tail = decoder.end();
  if (tail !== undefined) splitter.push(tail);
  splitter.end();
  return sink.frames;
}

describe('RecordSplitter (lines)', () => {
  it('reads LF, CRLF and lone-CR line endings, counting lines, skipping blank lines and a leading BOM', () => {
    expect(splitLines(['\uFEFFa\r\nb\rc\n\n  \r\nd'])).toEqual([
      { line: 1, text: 'a' },
      { line: 2, text: 'b' },
      { line: 3, text: 'c' },
      { line: 6, text: 'd', complete: false },
    ]);
  });

  it('gives the same frames however the input is cut into chunks (CRLF and characters split across chunks)', () => {
    const text = '\uFEFF{"a":"ü€😀"}\r\n\r\n{"b":1}\r{"c":2}\n\n{"d":"x"}\r\n';
    const whole = splitLines([text]);
    expect(whole.map(({ line }) => line)).toEqual([1, 3, 4, 6]);
    const bytes = Buffer.from(text);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: bytes.length }), { maxLength: 12 }), (offsets) => {
        const points = [...new Set(offsets)].sort((a, b) => a - b);
        const chunks: Buffer[] = [];
        let start = 0;
        for (const point of points) {
          chunks.push(bytes.subarray(start, point));
          start = point;
        }
        chunks.push(bytes.subarray(start));
        expect(splitLines(chunks)).toEqual(whole);
      }),
    );
  });

  it('reports an empty input as no records', () => {
    expect(splitLines([''])).toEqual([]);
    expect(splitLines(['\n\n\r\n'])).toEqual([]);
  });

  it('rejects a line over the limit without holding it, whether it ends in one chunk or many, and reads on', () => {
    const long = 'x'.repeat(50);
    expect(splitLines([`a\n${long}\nb\n`], 20)).toEqual([{ line: 1, text: 'a' }, { line: 2, bad: tooLarge(20) }, { line: 3, text: 'b' }]);
    expect(splitLines(['a\n', ...cut(long, [10, 20, 30, 40]), '\r\nb\n'], 20)).toEqual([{ line: 1, text: 'a' }, { line: 2, bad: tooLarge(20) }, { line: 3, text: 'b' }]);
    expect(splitLines(['a\n', long], 20)).toEqual([{ line: 1, text: 'a' }, { line: 2, bad: tooLarge(20) }]);
  });

  it('rejects only the lines holding bytes that are not UTF-8; a real U+FFFD elsewhere is kept', () => {
    const frames = splitLines([Buffer.concat([Buffer.from('"ok"\n"\uFFFD"\n'), Buffer.from([0x22, 0xff, 0xfe, 0x22, 0x0a]), Buffer.from('"fine"\n')])]);
    expect(frames).toEqual([{ line: 1, text: '"ok"' }, { line: 2, bad: NOT_UTF8 }, { line: 3, bad: NOT_UTF8 }, { line: 4, text: '"fine"' }]);
    expect(splitLines(['"\uFFFD"\n'])).toEqual([{ line: 1, text: '"\uFFFD"' }]);
    // An incomplete character at the very end.
    expect(splitLines([Buffer.from([0x22, 0x61, 0xe2, 0x82])])).toEqual([{ line: 1, bad: NOT_UTF8 }]);
  });

  it('keeps an invalid piece\'s mark on a line carried into the next chunk', () => {
    expect(splitLines([Buffer.from([0x7b, 0xff]), Buffer.from('}\n{}\n')])).toEqual([{ line: 1, bad: NOT_UTF8 }, { line: 2, text: '{}' }]);
  });
});

describe('RecordSplitter (csv)', () => {
  it('keeps line breaks inside double quotes in the record, counting the lines they cross', () => {
    expect(splitLines(['a,b\r\n"x\r\ny",2\n"q""",3\r\n\r\n4,5'], 1000, 'csv')).toEqual([
      { line: 1, text: 'a,b' },
      { line: 2, text: '"x\r\ny",2' },
      { line: 4, text: '"q""",3' },
      { line: 6, text: '4,5', complete: false },
    ]);
  });

  it('gives the same records however the input is cut', () => {
    const text = 'h1,h2\n"a\nb","c""d"\r\n\n"e\r\nf",g\r';
    const whole = splitLines([text], 1000, 'csv');
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 8 }), (offsets) => {
        expect(splitLines(cut(text, offsets), 1000, 'csv')).toEqual(whole);
      }),
    );
  });

  it('bounds an unclosed quote: the record is rejected at the limit and reading resumes at the next line', () => {
    const frames = splitLines(['h\n"never closed\n', 'x'.repeat(40), '\nok\n'], 20, 'csv');
    expect(frames).toEqual([{ line: 1, text: 'h' }, { line: 2, bad: tooLarge(20) }, { line: 4, text: 'ok' }]);
  });
});

describe('Utf8Pieces', () => {
  it('never splits a character and reports invalid bytes', () => {
    const decoder = new Utf8Pieces();
    const bytes = Buffer.from('a€b');
    expect(decoder.push(bytes.subarray(0, 2))).toEqual({ text: 'a', valid: true });
    expect(decoder.push(bytes.subarray(2, 3))).toBeUndefined();
    expect(decoder.push(bytes.subarray(3))).toEqual({ text: '€b', valid: true });
    expect(decoder.push(Buffer.from([0x61, 0xff, 0x62]))).toEqual({ text: 'a\uFFFDb', valid: false });
    expect(decoder.end()).toBeUndefined();
  });
});
