// Cross-field rules: which fields a rule needs present (trigger), whose values it reads, where its
// issue goes, and whether each kind of condition holds, on both sides of it.
import { describe, expect, it } from 'vitest';
import { type Condition, type Rule, compileRules, holdsCompiled } from '../../src/contract/rule.js';

const BITS: Record<string, number> = { a: 1, b: 2, c: 4, o: 8 };
const bitOf = (key: string): number => {
  const bit = BITS[key];
  if (bit === undefined) throw new TypeError(`unknown ${key}`);
  return bit;
};
const rule = (when: readonly Condition[], at = 'a'): Rule => ({ code: 'flow-on-room-air', at, when, params: {} });
const compiled = (when: readonly Condition[], at = 'a') => compileRules([rule(when, at)], bitOf)[0]!;

describe('compileRules: masks and the issue path', () => {
  it.each<[string, Condition[], number, number]>([
    ['present: needed, value not read', [{ field: 'a', present: true }], 1, 0],
    ['absent: neither needed nor read', [{ field: 'a', present: false }], 0, 0],
    ['equals: needed and read', [{ field: 'b', equals: 1 }], 2, 2],
    ['one of: needed and read', [{ field: 'b', oneOf: [1] }], 2, 2],
    ['non-empty: needed and read', [{ field: 'b', nonEmpty: true }], 2, 2],
    ['below and at least: needed and read', [{ field: 'b', below: 1 }, { field: 'c', atLeast: 1 }], 6, 6],
    ['exceeds: the field needed, both read', [{ field: 'b', exceeds: 'c' }], 2, 6],
    ['a nested field: its parent needed and read', [{ field: 'o.d', equals: 'x' }], 8, 8],
    ['a nested field present: its parent needed and read', [{ field: 'o.d', present: true }], 8, 8],
    ['not: read, never needed', [{ not: { field: 'b', equals: 1 } }], 0, 2],
    ['not present: nothing', [{ not: { field: 'b', present: true } }], 0, 0],
    ['any of: read, never needed', [{ anyOf: [{ field: 'b', equals: 1 }, { field: 'c', present: true }] }], 0, 2],
    ['several conditions add up', [{ field: 'a', present: true }, { field: 'b', equals: 1 }, { not: { field: 'c', equals: 2 } }], 3, 6],
  ])('%s', (_name, when, triggerMask, valueMask) => {
    expect(compiled(when)).toMatchObject({ triggerMask, valueMask });
  });

  it('the issue goes to a top-level field (its bit), a nested one (no bit) or the object itself', () => {
    expect(compiled([{ field: 'a', present: true }], 'b')).toMatchObject({ at: ['b'], atMask: 2 });
    expect(compiled([{ field: 'a', present: true }], 'o.d')).toMatchObject({ at: ['o', 'd'], atMask: 0 });
    expect(compiled([{ field: 'a', present: true }], '')).toMatchObject({ at: [], atMask: 0 });
  });

  it('keeps the rule and compiles one condition per condition', () => {
    const source = rule([{ field: 'a', present: true }, { field: 'b', equals: 1 }]);
    const [check] = compileRules([source], bitOf);
    expect(check?.rule).toBe(source);
    expect(check?.conditions.map(({ kind }) => kind)).toEqual(['present', 'equals']);
  });
});

describe('holdsCompiled, each kind from both sides', () => {
  const holds = (condition: Condition, copy: Record<string, unknown>): boolean => holdsCompiled(compiled([condition]).conditions[0]!, copy);

  it.each<[string, Condition, Record<string, unknown>[], Record<string, unknown>[]]>([
    ['present', { field: 'a', present: true }, [{ a: 0 }, { a: false }, { a: '' }], [{}, { a: undefined }]],
    ['absent', { field: 'a', present: false }, [{}, { a: undefined }], [{ a: 0 }, { a: null }]],
    ['equals', { field: 'a', equals: 4 }, [{ a: 4 }], [{ a: 3 }, { a: '4' }, {}]],
    ['equals false', { field: 'a', equals: false }, [{ a: false }], [{ a: true }, {}, { a: 0 }]],
    ['one of', { field: 'a', oneOf: ['x', 'y'] }, [{ a: 'x' }, { a: 'y' }], [{ a: 'z' }, {}]],
    ['non-empty', { field: 'a', nonEmpty: true }, [{ a: [1] }, { a: [1, 2] }], [{ a: [] }, {}]],
    ['empty', { field: 'a', nonEmpty: false }, [{ a: [] }], [{ a: [1] }, {}]],
    ['below 12', { field: 'a', below: 12 }, [{ a: 11.9 }, { a: 0 }], [{ a: 12 }, { a: 13 }, {}]],
    ['at least 12', { field: 'a', atLeast: 12 }, [{ a: 12 }, { a: 40 }], [{ a: 11.9 }, {}]],
    ['exceeds', { field: 'a', exceeds: 'b' }, [{ a: 5.5, b: 5 }], [{ a: 5, b: 5 }, { a: 4, b: 5 }, { a: 5 }, { b: 5 }]],
    ['exceeds a nested field', { field: 'a', exceeds: 'o.t' }, [{ a: 2, o: { t: 1 } }], [{ a: 1, o: { t: 1 } }, { a: 2, o: {} }, { a: 2 }]],
    ['a nested field', { field: 'o.d', equals: 'x' }, [{ o: { d: 'x' } }], [{ o: { d: 'y' } }, { o: {} }, {}]],
    ['a test', { field: 'a', test: (value) => (value as number) > 0, jsonSchema: {} }, [{ a: 1 }], [{ a: 0 }, {}]],
    ['not', { not: { field: 'a', equals: 1 } }, [{ a: 2 }, {}], [{ a: 1 }]],
    ['any of', { anyOf: [{ field: 'a', equals: 1 }, { field: 'b', equals: 2 }] }, [{ a: 1 }, { b: 2 }, { a: 1, b: 2 }], [{ a: 2, b: 1 }, {}]],
  ])('%s', (_name, condition, holding, failing) => {
    for (const copy of holding) expect(holds(condition, copy)).toBe(true);
    for (const copy of failing) expect(holds(condition, copy)).toBe(false);
  });

  it('never calls a test on an absent value', () => {
    let calls = 0;
    const condition: Condition = { field: 'a', test: () => ((calls += 1), true), jsonSchema: {} };
    expect(holds(condition, {})).toBe(false);
    expect(calls).toBe(0);
    expect(holds(condition, { a: 1 })).toBe(true);
    expect(calls).toBe(1);
  });
});
