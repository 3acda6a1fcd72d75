import { describe, expect, it } from 'vitest';
import type { RawIssue } from '../../src/contract/issue.js';
import { CrsInputError } from '../../src/crs/crs-input-error.js';
import { GradingInputError, inputErrorFrom } from '../../src/errors/input-error.js';
import { IcansInputError } from '../../src/icans/icans-input-error.js';

const issues: RawIssue[] = [
  { code: 'expected-object', path: [], params: { received: { type: 'null' } } },
  { code: 'expected-boolean', path: ['a', 'b'], params: { received: { type: 'string', value: 'no' } } },
];

describe('GradingInputError', () => {
  it('names the subclass and the subject, and lists each issue with its path text (root as (input))', () => {
    const error = new CrsInputError(issues);
    expect(error.name).toBe('CrsInputError');
    expect(error.kind).toBe('crs');
    expect(error.message).toBe('Invalid CRS assessment (2 problems):\n- (input): expected an object; received null\n- a.b: expected true or false; received "no"');
    expect(error.issues.map(({ path, pathText, code }) => ({ path, pathText, code }))).toEqual([
      { path: [], pathText: '', code: 'expected-object' },
      { path: ['a', 'b'], pathText: 'a.b', code: 'expected-boolean' },
    ]);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[1])).toBe(true);
  });

  it('names what was validated in the title', () => {
    expect(new IcansInputError(issues.slice(0, 1), 'ICE items').message).toMatch(/^Invalid ICE items \(1 problem\):/);
  });

  it('says how many issues were left out past the cap', () => {
    const error = new CrsInputError(issues, 'CRS assessment', 250);
    expect(error.issueCount).toBe(250);
    expect(error.message).toMatch(/^Invalid CRS assessment \(250 problems\):/);
    expect(error.message.endsWith('\n- … and 248 more')).toBe(true);
  });

  it('is recognised across builds and copies by its Symbol.for brand, with is() and instanceof', () => {
    const error = new CrsInputError(issues);
    // What another copy of the library would throw: not made by these classes, but branded the same.
    const foreign = Object.create(Error.prototype) as Record<symbol, unknown>;
    foreign[Symbol.for('cytokine-release-syndrome.GradingInputError')] = 'crs';
    for (const candidate of [error, foreign]) {
      expect(GradingInputError.is(candidate)).toBe(true);
      expect(CrsInputError.is(candidate)).toBe(true);
      expect(IcansInputError.is(candidate)).toBe(false);
      expect(candidate instanceof GradingInputError).toBe(true);
      expect(candidate instanceof CrsInputError).toBe(true);
      expect(candidate instanceof IcansInputError).toBe(false);
    }
    for (const other of [new Error('x'), null, undefined, 'crs', { kind: 'crs' }]) {
      expect(GradingInputError.is(other)).toBe(false);
      expect(other instanceof GradingInputError).toBe(false);
    }
    expect(error instanceof Error).toBe(true);
  });

  it('starts the stack at the caller of the public function', () => {
    function publicApi(): CrsInputError {
      return inputErrorFrom(new CrsInputError(issues), publicApi);
    }
    const error = publicApi();
    expect(error.stack).not.toMatch(/at publicApi/);
    expect(error.stack).toMatch(/input-error\.test\.ts/);
  });
});

describe('GradingInputError: the ICANS subclass and foreign brands', () => {
  it('titles an IcansInputError with the ICANS assessment unless told otherwise, and recognises it with instanceof', () => {
    const error = new IcansInputError(issues.slice(0, 1));
    expect(error.message).toMatch(/^Invalid ICANS assessment \(1 problem\):/);
    expect(error instanceof IcansInputError).toBe(true);
    expect(IcansInputError.is(error)).toBe(true);
    expect(CrsInputError.is(error)).toBe(false);
    expect(error instanceof GradingInputError).toBe(true);
    expect(error instanceof CrsInputError).toBe(false);
  });

  it('reads only the brands it knows: another value under the same symbol is no GradingInputError', () => {
    const foreign = Object.create(Error.prototype) as Record<symbol, unknown>;
    foreign[Symbol.for('cytokine-release-syndrome.GradingInputError')] = 'fhir';
    expect(GradingInputError.is(foreign)).toBe(false);
    expect(foreign instanceof GradingInputError).toBe(false);
  });

  it('copies the paths of the raw issues, leaving the caller\'s arrays as they were', () => {
    const raw: RawIssue[] = [{ code: 'expected-boolean', path: ['a', 'b'], params: { received: { type: 'string', value: 'no' } } }];
    const error = new CrsInputError(raw);
    expect(error.issues[0]?.path).toEqual(['a', 'b']);
    expect(error.issues[0]?.path).not.toBe(raw[0]?.path);
    expect(Object.isFrozen(raw[0]?.path)).toBe(false);
  });
});
