// The field-contract builders: what each spec holds, and what defineContract makes of a table
// (field order, bits, required mask, the blank copy, compiled rules) and refuses.
import { describe, expect, it } from 'vitest';
import {
  booleanField,
  defineContract,
  listField,
  numberField,
  objectField,
  oneOfField,
  openListField,
  optional,
  required,
  scoreOrItemsField,
  timestampField,
} from '../../src/contract/field.js';
import { parseTimestamp } from '../../src/contract/timestamp.js';

describe('field specs', () => {
  it('a number: its range, integer only when asked, an optional Fahrenheit range', () => {
    const range = { min: 0, max: 4 };
    expect(numberField(range)).toEqual({ kind: 'number', range, integer: false, fahrenheitRange: undefined });
    expect(numberField(range, {})).toEqual({ kind: 'number', range, integer: false, fahrenheitRange: undefined });
    expect(numberField(range, { integer: true })).toEqual({ kind: 'number', range, integer: true, fahrenheitRange: undefined });
    expect(numberField(range, { integer: false })).toMatchObject({ integer: false });
    const fahrenheitRange = { min: 77, max: 113 };
    expect(numberField(range, { fahrenheitRange })).toEqual({ kind: 'number', range, integer: false, fahrenheitRange });
  });

  it('one of: a frozen snapshot of the values, and a lookup of them', () => {
    const values = ['a', 'b'];
    const spec = oneOfField(values);
    values.push('c');
    expect(spec.kind).toBe('one-of');
    expect(spec.values).toEqual(['a', 'b']);
    expect(Object.isFrozen(spec.values)).toBe(true);
    expect([...spec.lookup]).toEqual(['a', 'b']);
  });

  it('a distinct list of enum values is as long as there are values at most', () => {
    const item = oneOfField(['x', 'y', 'z']);
    expect(listField(item, { itemName: 'sign' })).toEqual({ kind: 'list', item, distinct: true, distinctBy: undefined, itemName: 'sign', maxItems: 3 });
  });

  it('a distinct list of objects is keyed by an enum field of theirs', () => {
    const contract = defineContract<{ agent: 'p' | 'q'; note?: string | undefined }>(() => ({
      fields: { agent: required(oneOfField(['p', 'q'] as const)), note: optional(timestampField) },
    }));
    const item = objectField(contract);
    expect(item).toEqual({ kind: 'object', contract });
    expect(listField(item, { distinctBy: 'agent', itemName: 'agent' })).toEqual({ kind: 'list', item, distinct: true, distinctBy: 'agent', itemName: 'agent', maxItems: 2 });
    expect(() => listField(item, { itemName: 'agent' })).toThrow(new TypeError('listField: a list needs enum items, or object items distinct by an enum key'));
    expect(() => listField(item, { distinctBy: 'missing', itemName: 'agent' })).toThrow(TypeError);
  });

  it('an open list may repeat items', () => {
    const item = oneOfField(['x']);
    expect(openListField(item, { maxItems: 9, itemName: 'treatment' })).toEqual({ kind: 'list', item, distinct: false, distinctBy: undefined, itemName: 'treatment', maxItems: 9 });
  });

  it('the other kinds', () => {
    expect(booleanField).toEqual({ kind: 'boolean' });
    expect(timestampField).toEqual({ kind: 'timestamp', parse: parseTimestamp });
    const score = numberField({ min: 0, max: 10 }, { integer: true });
    const items = defineContract<{ a: number }>(() => ({ fields: { a: required(score) } }));
    expect(scoreOrItemsField(score, items as never)).toEqual({ kind: 'score-or-items', score, items });
    expect(required(booleanField)).toEqual({ required: true, spec: booleanField });
    expect(optional(booleanField)).toEqual({ required: false, spec: booleanField });
  });
});

describe('defineContract', () => {
  type Shape = { a: number; b?: boolean | undefined; c: 'x' | 'y'; d?: number | undefined };
  const contract = defineContract<Shape>(() => ({
    fields: {
      a: required(numberField({ min: 0, max: 1 })),
      b: optional(booleanField),
      c: required(oneOfField(['x', 'y'])),
      d: optional(numberField({ min: 0, max: 1 })),
    },
    rules: [{ code: 'flow-on-room-air', at: 'd', when: [{ field: 'c', equals: 'x' }, { field: 'd', present: true }], params: {} }],
  }));

  it('keeps the fields in order, one bit each, and the required ones in a mask', () => {
    expect(contract.fields.map(({ key, required: isRequired, bit }) => [key, isRequired, bit])).toEqual([
      ['a', true, 1],
      ['b', false, 2],
      ['c', true, 4],
      ['d', false, 8],
    ]);
    expect(contract.keys).toEqual(['a', 'b', 'c', 'd']);
    expect(Object.isFrozen(contract.keys)).toBe(true);
    expect(contract.requiredMask).toBe(1 | 4);
  });

  it('indexes the fields in a table that has no prototype', () => {
    expect(contract.indexOf['a']).toBe(0);
    expect(contract.indexOf['d']).toBe(3);
    expect('constructor' in contract.indexOf).toBe(false);
    expect('toString' in contract.indexOf).toBe(false);
    expect(Object.getPrototypeOf(contract.indexOf) as unknown).toBeNull();
  });

  it('a blank copy has every key as its own, set to undefined', () => {
    expect(contract.blank).toEqual({ a: undefined, b: undefined, c: undefined, d: undefined });
    expect(Object.keys(contract.blank)).toEqual(['a', 'b', 'c', 'd']);
  });

  it('is frozen, with its rules copied and compiled', () => {
    expect(Object.isFrozen(contract)).toBe(true);
    expect(Object.isFrozen(contract.rules)).toBe(true);
    expect(contract.rules).toHaveLength(1);
    expect(contract.checks).toHaveLength(1);
    expect(contract.checks[0]).toMatchObject({ triggerMask: 4 | 8, valueMask: 4, atMask: 8, at: ['d'] });
  });

  it('a contract without rules has none', () => {
    const plain = defineContract<{ a: boolean }>(() => ({ fields: { a: required(booleanField) } }));
    expect(plain.rules).toEqual([]);
    expect(plain.checks).toEqual([]);
    expect(plain.requiredMask).toBe(1);
  });

  it('takes up to 30 fields and refuses a 31st', () => {
    const fields = (count: number) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`f${index}`, optional(booleanField)]));
    const thirty = defineContract<Record<string, boolean | undefined>>(() => ({ fields: fields(30) }));
    expect(thirty.fields).toHaveLength(30);
    expect(thirty.fields[29]?.bit).toBe(2 ** 29);
    expect(() => defineContract<Record<string, boolean | undefined>>(() => ({ fields: fields(31) }))).toThrow(new RangeError('defineContract: at most 30 fields per object'));
  });

  it('refuses a rule that names an unknown field', () => {
    expect(() =>
      defineContract<{ a?: boolean | undefined }>(() => ({
        fields: { a: optional(booleanField) },
        rules: [{ code: 'flow-on-room-air', at: 'a', when: [{ field: 'z', present: true }], params: {} }],
      })),
    ).toThrow(new TypeError('defineContract: a rule names the unknown field "z"'));
    expect(() =>
      defineContract<{ a?: boolean | undefined }>(() => ({
        fields: { a: optional(booleanField) },
        rules: [{ code: 'flow-on-room-air', at: 'z', when: [{ field: 'a', present: true }], params: {} }],
      })),
    ).toThrow(TypeError);
  });
});
