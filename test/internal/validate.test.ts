import { describe, expect, it } from 'vitest';
import {
  type IssueList,
  checkArray,
  checkNumber,
  checkObject,
  childPath,
  describeRange,
  describeReceived,
  listAllowed,
} from '../../src/internal/validate.js';

describe('childPath', () => {
  it.each<[string, string | number, string]>([
    ['', 'oxygen', 'oxygen'],
    ['oxygen', 'device', 'oxygen.device'],
    ['vasopressors', 1, 'vasopressors[1]'],
  ])('%j + %j → %j', (parent, key, expected) => {
    expect(childPath(parent, key)).toBe(expected);
  });
});

describe('describeReceived', () => {
  it.each<[unknown, string]>([
    [undefined, 'nothing'],
    [null, 'null'],
    [[1], 'an array'],
    ['x'.repeat(50), JSON.stringify('x'.repeat(40))],
    [Number.NaN, 'NaN'],
    [true, 'true'],
    [{ a: 1 }, 'an object'],
    [() => 'secret source', 'a function'],
    [Symbol('s'), 'a symbol'],
    [10n, 'a bigint'],
  ])('%s → %s', (value, expected) => {
    expect(describeReceived(value)).toBe(expected);
  });
});

describe('ranges', () => {
  it('describes inclusive, exclusive and integer ranges', () => {
    expect(describeRange({ min: 0, max: 10 }, 'integer')).toBe('an integer from 0 to 10');
    expect(describeRange({ min: 0, minExclusive: true, max: 100, unit: 'L/min' })).toBe('a number greater than 0 to 100 L/min');
  });

  it('rejects non-integers when integers are required, at both ends', () => {
    const issues: IssueList = [];
    expect(checkNumber(2.5, 'x', { min: 0, max: 10 }, issues, { integer: true })).toBe(false);
    expect(checkNumber(0, 'x', { min: 0, max: 10 }, issues, { integer: true })).toBe(true);
    expect(checkNumber(10, 'x', { min: 0, max: 10 }, issues, { integer: true })).toBe(true);
    expect(checkNumber(11, 'x', { min: 0, max: 10 }, issues, { integer: true })).toBe(false);
    expect(issues.map(({ message }) => message)).toEqual(['expected an integer from 0 to 10; received 2.5', 'expected an integer from 0 to 10; received 11']);
  });
});

describe('checkObject and checkArray', () => {
  it('lists every allowed field for an unknown one', () => {
    const issues: IssueList = [];
    checkObject({ a: 1, b: 2 }, 'root', { required: ['a'], optional: ['c'] }, issues);
    expect(issues).toEqual([{ path: 'root.b', message: `unknown field; allowed fields are ${listAllowed(['a', 'c'])}` }]);
  });

  it('checks every element and reports each by index', () => {
    const issues: IssueList = [];
    expect(checkArray([1, 'x', 2, 'y'], 'list', issues, (element, path) => typeof element === 'number' || (issues.push({ path, message: 'no' }), false))).toBe(false);
    expect(issues.map(({ path }) => path)).toEqual(['list[1]', 'list[3]']);
  });
});
