import { describe, expect, it } from 'vitest';
import { GradingInputError, inputErrorFrom } from '../../src/errors/input-error.js';

class TestError extends GradingInputError {
  constructor(issues: readonly { path: string; message: string }[]) {
    super('test input', issues);
  }
}

describe('GradingInputError', () => {
  it('names the subclass and lists each issue, root as (input)', () => {
    const error = new TestError([
      { path: '', message: 'expected an object' },
      { path: 'a.b', message: 'expected true or false' },
    ]);
    expect(error.name).toBe('TestError');
    expect(error.message).toBe('Invalid test input (2 problems):\n- (input): expected an object\n- a.b: expected true or false');
  });

  it('starts the stack at the caller of the public function', () => {
    function publicApi(): TestError {
      return inputErrorFrom(TestError, [{ path: 'x', message: 'bad' }], publicApi);
    }
    const error = publicApi();
    expect(error.stack).not.toMatch(/at publicApi/);
    expect(error.stack).toMatch(/input-error\.test\.ts/);
  });
});
