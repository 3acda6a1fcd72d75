/**
 * deepFreeze at its edges: values that are not objects, and functions, which its DeepReadonly type
 * leaves as they are (a frozen record may hold a function without freezing it).
 */
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../src/internal/deep-freeze.js';

describe('deepFreeze', () => {
  it.each([null, undefined, 0, 'text', true, 10n])('returns %s unchanged', (value) => {
    expect(deepFreeze(value)).toBe(value);
  });

  it('freezes the record but not a function it holds, nor what hangs off the function', () => {
    const format = Object.assign((value: number) => value.toFixed(1), { options: { digits: 1 } });
    const record = deepFreeze({ format, nested: { list: [1, 2] } });
    expect(Object.isFrozen(record)).toBe(true);
    expect(Object.isFrozen(record.nested.list)).toBe(true);
    expect(Object.isFrozen(format)).toBe(false);
    expect(Object.isFrozen(format.options)).toBe(false);
  });
});
