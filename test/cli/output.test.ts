import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/output.js';

function slowStream(written: string[]): Writable {
  return new Writable({
    highWaterMark: 16,
    decodeStrings: false,
    write(chunk: string, _encoding, callback) {
      written.push(chunk);
      setImmediate(callback);
    },
  });
}

describe('Output', () => {
  it('waits while the stream is full, and not for a drain that already happened', async () => {
    const written: string[] = [];
    const stream = slowStream(written);
    const output = new Output(stream);
    // Rows written between two flushes (as worker threads deliver them) fill the stream...
    output.write('x'.repeat(70_000));
    expect(stream.writableNeedDrain).toBe(true);
    // ...which drains before the next flush: the flush must not wait for another drain.
    await new Promise((resolve) => stream.once('drain', resolve));
    await output.flush();
    output.write('y');
    output.write('z'.repeat(70_000));
    await output.flush();
    expect(stream.writableNeedDrain).toBe(false);
    await output.end(true);
    expect(written.join('')).toBe(`${'x'.repeat(70_000)}y${'z'.repeat(70_000)}`);
  });

  it('marks the output closed on a broken pipe and drops what comes after', async () => {
    const stream = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const output = new Output(stream);
    output.write('a'.repeat(70_000));
    await output.flush();
    await new Promise((resolve) => setImmediate(resolve));
    expect(output.isClosed()).toBe(true);
    output.write('more');
    await output.flush();
    await output.end(true);
    expect(output.failure).toBeUndefined();
  });
});
