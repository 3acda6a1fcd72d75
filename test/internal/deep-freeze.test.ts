import { describe, expect, it } from 'vitest';
import { deepFreeze, defineRecord } from '../../src/internal/deep-freeze.js';

describe('deepFreeze', () => {
  it('freezes every depth, arrays included, and returns the same object', () => {
    const value = { a: { b: [{ c: 1 }] } };
    const frozen = deepFreeze(value);
    expect(frozen).toBe(value);
    expect(Object.isFrozen(frozen.a.b[0])).toBe(true);
    expect(() => {
      (frozen.a.b as { c: number }[]).push({ c: 2 });
    }).toThrow(TypeError);
  });

  it('leaves primitives alone and builds records from a factory once', () => {
    expect(deepFreeze(3)).toBe(3);
    let calls = 0;
    const record = defineRecord(() => ({ n: ++calls }));
    expect(record).toEqual({ n: 1 });
    expect(Object.isFrozen(record)).toBe(true);
  });
});
