import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonScanner } from '../../src/cli/scan-json.js';
import { NOT_UTF8, tooLarge } from '../../src/cli/split.js';
import { collect, cut } from './frames.js';

function scan(pieces: readonly string[], maxChars = 1000, valid = true) {
  const sink = collect();
  const scanner = new JsonScanner(maxChars, sink);
  for (const text of pieces) scanner.push({ text, valid });
  scanner.end();
  return sink.frames;
}

describe('JsonScanner', () => {
  it('finds the elements of a JSON array with the line each starts on, strings and nesting considered', () => {
    const text = '\uFEFF[\n  {"a": "x,]}\\"{"},\n  {\n    "a": [1, 2]\n  },\n  "s",\n  [1, {"b": 2}] , 42\n]\n';
    expect(scan([text])).toEqual([
      { line: 2, text: '{"a": "x,]}\\"{"}' },
      { line: 3, text: '{\n    "a": [1, 2]\n  }' },
      { line: 6, text: '"s"' },
      { line: 7, text: '[1, {"b": 2}]' },
      { line: 7, text: '42' },
    ]);
  });

  it('gives the same records however the text is cut into pieces', () => {
    const text = '[{"a":"[{\\\\"}, {"b":[1,2]},\r\n"x"\r,3]\n{"c":1}\n{\n "d": 2\n}\n';
    const whole = scan([text]);
    expect(whole).toHaveLength(6);
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 10 }), (offsets) => {
        expect(scan(cut(text, offsets))).toEqual(whole);
      }),
    );
  });

  it('reads records one after another: NDJSON, a pretty-printed object, several arrays', () => {
    expect(scan(['{"a":1}\n{\n  "b": 2\n}\n[{"c":3}][{"d":4}]'])).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{\n  "b": 2\n}' },
      { line: 5, text: '{"c":3}' },
      { line: 5, text: '{"d":4}' },
    ]);
  });

  it('reports empty elements and a comma before "]" instead of skipping them', () => {
    expect(scan(['[1,,2,]'])).toEqual([
      { line: 1, text: '1' },
      { line: 1, bad: 'an empty element between two commas in the JSON array' },
      { line: 1, text: '2' },
      { line: 1, bad: 'a comma before the closing "]" of the JSON array' },
    ]);
    expect(scan(['[,1]'])).toEqual([{ line: 1, bad: 'a comma before the first element of the JSON array' }, { line: 1, text: '1' }]);
    expect(scan(['[]'])).toEqual([]);
  });

  it('reports a record the input ends inside of, and an array that does not close', () => {
    expect(scan(['[{"a":1},\n{"b":'])).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":', complete: false },
      { line: 2, bad: 'the JSON array does not close: the input may have been cut short' },
    ]);
  });

  it('recovers from a broken record: a raw line break ends a string, and a "{" at the start of a line starts the next record', () => {
    expect(scan(['{"a":"unterminated\n{"b":1}\nnot json\n{"c":2}\n'])).toEqual([
      { line: 1, text: '{"a":"unterminated\n', complete: false },
      { line: 2, text: '{"b":1}' },
      { line: 3, text: 'not json' },
      { line: 4, text: '{"c":2}' },
    ]);
  });

  it('rejects an element over the limit without holding it, and reads on', () => {
    const big = `{"a":"${'x'.repeat(100)}"}`;
    expect(scan(['[{"a":1},', ...cut(big, [10, 50, 90]), ',{"b":2}]'], 40)).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 1, bad: tooLarge(40) },
      { line: 1, text: '{"b":2}' },
    ]);
    expect(scan([`[${big}]`], 40)).toEqual([{ line: 1, bad: tooLarge(40) }]);
  });

  it('rejects a record holding a byte that was not UTF-8', () => {
    const sink = collect();
    const scanner = new JsonScanner(1000, sink);
    scanner.push({ text: '[{"a":"\uFFFD"},', valid: false });
    scanner.push({ text: '{"b":"\uFFFD"}]', valid: true });
    scanner.end();
    expect(sink.frames).toEqual([{ line: 1, bad: NOT_UTF8 }, { line: 1, text: '{"b":"\uFFFD"}' }]);
  });

  it('scans a long array in linear time', () => {
    const element = '{"temperatureCelsius":38.5,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}';
    const text = `[${Array.from({ length: 200_000 }, () => element).join(',\n')}]`;
    const sink = collect();
    const scanner = new JsonScanner(1 << 20, sink);
    for (const piece of cut(text, Array.from({ length: 100 }, (_, index) => index * 256 * 1024))) scanner.push({ text: piece, valid: true });
    scanner.end();
    expect(sink.frames).toHaveLength(200_000);
    expect(sink.frames[199_999]).toEqual({ line: 200_000, text: element });
  });
});
