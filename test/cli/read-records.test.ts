import { describe, expect, it } from 'vitest';
import { readRecords } from '../../src/cli/read-records.js';

describe('readRecords', () => {
  it('reads NDJSON with line numbers, skipping blank lines and keeping malformed lines', () => {
    const records = readRecords('{"a":1}\n\n{"a":\n{"a":3}\n');
    expect(records.map(({ line }) => line)).toEqual([1, 3, 4]);
    expect(records[0]).toEqual({ line: 1, value: { a: 1 } });
    expect(records[1]?.parseError).toMatch(/^malformed JSON/);
  });

  it('reads a JSON array with the line each element starts on', () => {
    const text = '[\n  {"a": "x,]}"},\n  {\n    "a": [1, 2]\n  },\n  "s",\n  [1, {"b": 2}]\n]\n';
    const records = readRecords(text);
    expect(records).toEqual([
      { line: 2, value: { a: 'x,]}' } },
      { line: 3, value: { a: [1, 2] } },
      { line: 6, value: 's' },
      { line: 7, value: [1, { b: 2 }] },
    ]);
  });

  it('reports a malformed array element by its line and still reads the others', () => {
    const records = readRecords('[{"a":1},\n{"a":},\n{"a":3}]');
    expect(records.map((record) => record.parseError === undefined)).toEqual([true, false, true]);
    expect(records[1]?.line).toBe(2);
  });

  it('reads a pretty-printed single object as one record', () => {
    expect(readRecords('{\n  "a": 1\n}\n')).toEqual([{ line: 1, value: { a: 1 } }]);
  });

  it('handles escaped quotes inside strings', () => {
    expect(readRecords('[{"a":"say \\"hi\\", ok"}]')).toEqual([{ line: 1, value: { a: 'say "hi", ok' } }]);
  });

  it('throws on an array that does not close', () => {
    expect(() => readRecords('[{"a":1}')).toThrow(/not one that closes/);
    expect(() => readRecords('[{"a":1}] trailing')).toThrow(/not one that closes/);
  });
});
