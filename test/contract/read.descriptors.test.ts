// The reader tells data properties from accessors by their own descriptor fields. When
// Object.prototype has a `get`, `set` or `value` of its own (a prototype-pollution bug elsewhere in
// the process), a descriptor's fields are read as own properties instead. Each pollution is made
// for the calls under test only and removed before anything else runs.
import { describe, expect, it } from 'vitest';
import { type ReadOutcome, readInput } from '../../src/contract/read.js';
import { CRS_ASSESSMENT_CONTRACT } from '../../src/crs/contract.js';

const valid = { temperatureCelsius: 38.5, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], oxygen: { device: 'room-air' } };

function withGetter(): Record<string, unknown> {
  const input: Record<string, unknown> = { ...valid };
  delete input['temperatureCelsius'];
  Object.defineProperty(input, 'temperatureCelsius', { get: () => 38.5, enumerable: true });
  return input;
}

function withSetterOnly(): Record<string, unknown> {
  const input: Record<string, unknown> = { ...valid };
  delete input['temperatureCelsius'];
  Object.defineProperty(input, 'temperatureCelsius', { set: () => undefined, enumerable: true });
  return input;
}

/** An accessor whose getter and setter are both undefined: it has no `value` of its own. */
function withEmptyAccessor(): Record<string, unknown> {
  const input: Record<string, unknown> = { ...valid };
  delete input['temperatureCelsius'];
  Object.defineProperty(input, 'temperatureCelsius', { get: undefined, enumerable: true } as unknown as PropertyDescriptor);
  return input;
}

function withListGetter(): Record<string, unknown> {
  const list: unknown[] = [];
  Object.defineProperty(list, 0, { get: () => ({ agent: 'norepinephrine' }), enumerable: true });
  return { ...valid, hypotension: true, vasopressors: list };
}

function summary(outcome: ReadOutcome<unknown>): unknown {
  return outcome.ok ? 'ok' : outcome.issues.map(({ code, path }) => `${path.join('.')}: ${code}`);
}

/** Reads every input with `name` polluted on Object.prototype, then removes it. */
function readPolluted(name: 'get' | 'set' | 'value' | null, inputs: readonly unknown[]): unknown[] {
  if (name !== null) Object.defineProperty(Object.prototype, name, { value: name === 'value' ? 38.5 : () => 38.5, writable: true, configurable: true });
  let outcomes: ReadOutcome<unknown>[];
  try {
    outcomes = inputs.map((input) => readInput(input, CRS_ASSESSMENT_CONTRACT));
  } finally {
    if (name !== null) Reflect.deleteProperty(Object.prototype, name);
  }
  return outcomes.map(summary);
}

describe('accessors are refused, data is read, whatever Object.prototype holds', () => {
  it.each([null, 'get', 'set', 'value'] as const)('Object.prototype.%s', (name) => {
    expect(readPolluted(name, [valid, withGetter(), withSetterOnly(), withListGetter()])).toEqual([
      'ok',
      ['temperatureCelsius: accessor'],
      ['temperatureCelsius: accessor'],
      ['vasopressors.0: accessor'],
    ]);
  });

  it('an accessor without getter or setter is refused when a polluted value could be read through it', () => {
    expect(readPolluted('value', [withEmptyAccessor()])).toEqual([['temperatureCelsius: accessor']]);
  });

  it('the data read under pollution is the input own data, never the polluted value', () => {
    Object.defineProperty(Object.prototype, 'value', { value: 40, writable: true, configurable: true });
    let outcome: ReadOutcome<unknown>;
    try {
      outcome = readInput({ ...valid, temperatureCelsius: 37.2 }, CRS_ASSESSMENT_CONTRACT);
    } finally {
      Reflect.deleteProperty(Object.prototype, 'value');
    }
    expect(outcome.ok && (outcome.value as { temperatureCelsius: number }).temperatureCelsius).toBe(37.2);
  });
});
