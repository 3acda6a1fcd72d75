/**
 * scoreICE on input that is not an object at all: an input error naming the input itself, never a
 * TypeError from inside the library.
 */
import { describe, expect, it } from 'vitest';
import { IcansInputError } from '../../src/icans/icans-input-error.js';
import type { IceItems } from '../../src/icans/ice.js';
import { scoreICE } from '../../src/icans/score-ice.js';

describe('scoreICE with no items object', () => {
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a number', 7],
    ['a string', 'ten'],
    ['an array', [4, 3, 1, 1, 1]],
  ])('%s is an IcansInputError at the input path', (_name, input) => {
    let thrown: unknown;
    try {
      scoreICE(input as unknown as IceItems);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(IcansInputError);
    expect((thrown as IcansInputError).issues.map(({ code, path, pathText }) => ({ code, path, pathText }))).toEqual([{ code: 'expected-object', path: [], pathText: '' }]);
  });
});
