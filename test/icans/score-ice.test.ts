import { describe, expect, it } from 'vitest';
import { IcansInputError } from '../../src/icans/icans-input-error.js';
import type { IceItems } from '../../src/icans/ice.js';
import { scoreICE } from '../../src/icans/score-ice.js';

const perfect: IceItems = { orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1 };

function errorOf(run: () => unknown): IcansInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof IcansInputError) return error;
    throw error;
  }
  throw new Error('expected an IcansInputError');
}

describe('scoreICE (§2.1)', () => {
  it.each<[IceItems, number]>([
    [perfect, 10],
    [{ orientation: 0, naming: 0, commands: 0, writing: 0, attention: 0 }, 0],
    [{ ...perfect, attention: 0 }, 9],
    [{ ...perfect, orientation: 1 }, 7],
    [{ orientation: 2, naming: 2, commands: 0, writing: 0, attention: 0 }, 4],
  ])('%o scores %s', (items, expected) => {
    expect(scoreICE(items)).toBe(expected);
  });

  it.each<[string, unknown, string, RegExp]>([
    ['orientation above 4', { ...perfect, orientation: 5 }, 'orientation', /integer from 0 to 4/],
    ['naming above 3', { ...perfect, naming: 4 }, 'naming', /integer from 0 to 3/],
    ['commands 2', { ...perfect, commands: 2 }, 'commands', /integer from 0 to 1/],
    ['writing negative', { ...perfect, writing: -1 }, 'writing', /integer from 0 to 1/],
    ['attention non-integer', { ...perfect, attention: 0.5 }, 'attention', /integer from 0 to 1/],
    ['NaN', { ...perfect, naming: Number.NaN }, 'naming', /received NaN/],
    ['Infinity', { ...perfect, orientation: Number.POSITIVE_INFINITY }, 'orientation', /received Infinity/],
    ['string', { ...perfect, naming: '3' }, 'naming', /received "3"/],
    ['missing item', { orientation: 4, naming: 3, commands: 1, writing: 1 }, 'attention', /required/],
    ['undefined item', { ...perfect, writing: undefined }, 'writing', /required/],
    ['extra item', { ...perfect, memory: 1 }, 'memory', /"orientation".*"naming".*"commands".*"writing".*"attention"/],
    ['not an object', 9, '', /expected an object/],
    ['array', [4, 3, 1, 1, 1], '', /expected an object/],
  ])('rejects %s, naming the field', (_name, items, path, message) => {
    const error = errorOf(() => scoreICE(items as IceItems));
    expect(error.issues.map((issue) => issue.pathText)).toContain(path);
    expect(error.issues.find((issue) => issue.pathText === path)?.message).toMatch(message);
    expect(error.message).toContain('Invalid ICE items');
  });

  it('reports every invalid item at once', () => {
    const error = errorOf(() => scoreICE({ orientation: 9, naming: -1, commands: 1, writing: 1 } as IceItems));
    expect(error.issues.map((issue) => issue.pathText)).toEqual(['orientation', 'naming', 'attention']);
  });

  it('never reads an inherited or __proto__ key as an item', () => {
    const parsed: unknown = JSON.parse('{"orientation":4,"naming":3,"commands":1,"writing":1,"__proto__":{"attention":1}}');
    const error = errorOf(() => scoreICE(parsed as IceItems));
    expect(error.issues.map((issue) => issue.pathText)).toEqual(expect.arrayContaining(['__proto__', 'attention']));
  });
});
