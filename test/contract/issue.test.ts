// receivedValue: the type of what was received, and the value itself only for short scalars.
import { describe, expect, it } from 'vitest';
import { receivedValue } from '../../src/contract/issue.js';

describe('receivedValue', () => {
  const revoked = Proxy.revocable({}, {});
  revoked.revoke();
  const revokedArray = Proxy.revocable([], {});
  revokedArray.revoke();

  it.each<[string, unknown, unknown]>([
    ['null', null, { type: 'null' }],
    ['undefined', undefined, { type: 'undefined' }],
    ['an object', { a: 1 }, { type: 'object' }],
    ['an array', [1, 2], { type: 'array' }],
    ['an empty array', [], { type: 'array' }],
    ['a revoked Proxy (never thrown through)', revoked.proxy, { type: 'object' }],
    ['a revoked array Proxy', revokedArray.proxy, { type: 'object' }],
    ['a string', 'high', { type: 'string', value: 'high' }],
    ['the empty string', '', { type: 'string', value: '' }],
    ['a number', 38.5, { type: 'number', value: 38.5 }],
    ['NaN', Number.NaN, { type: 'number', value: Number.NaN }],
    ['0', 0, { type: 'number', value: 0 }],
    ['true', true, { type: 'boolean', value: true }],
    ['false', false, { type: 'boolean', value: false }],
    ['a function', () => 1, { type: 'function' }],
    ['a symbol', Symbol('s'), { type: 'symbol' }],
    ['a bigint', 10n, { type: 'bigint' }],
  ])('%s', (_name, value, expected) => {
    expect(receivedValue(value)).toEqual(expected);
  });

  it('cuts a string at 40 characters', () => {
    const forty = 'x'.repeat(40);
    expect(receivedValue(forty)).toEqual({ type: 'string', value: forty });
    expect(receivedValue(`${forty}y`)).toEqual({ type: 'string', value: forty });
    expect(receivedValue('x'.repeat(39))).toEqual({ type: 'string', value: 'x'.repeat(39) });
  });
});
