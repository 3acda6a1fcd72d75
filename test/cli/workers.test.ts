import { MessageChannel } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import type { BatchResult, FrameBatch, ProcessorConfig } from '../../src/cli/processor.js';
import { WorkerPool, serveBatches, serveBatchesIfWorker } from '../../src/cli/workers.js';

const config: ProcessorConfig = {
  icans: false,
  scale: undefined,
  allScales: false,
  capdBelowAgeYears: undefined,
  output: 'ndjson',
  language: 'en',
  ids: [],
  lineWidth: 4,
  records: 'json',
};
const script = new URL('./fixtures/echo-worker.mjs', import.meta.url);
const batch = (...texts: string[]): FrameBatch => ({ lines: texts.map((_, index) => index + 1), texts, kinds: texts.map(() => 0) });

describe('WorkerPool', () => {
  it('delivers results in the order the batches were sent, whatever order the workers finish in', async () => {
    const delivered: string[] = [];
    const pool = new WorkerPool(script, config, 3, (result) => delivered.push(result.text));
    for (let index = 0; index < 20; index += 1) await pool.dispatch(batch(`<${index}>`));
    await pool.drain();
    await pool.close();
    expect(delivered).toEqual(Array.from({ length: 20 }, (_, index) => `<${index}>`));
  });

  it('fails the run on an error reply or a crashed worker', async () => {
    const replied = new WorkerPool(script, config, 1, () => undefined);
    await replied.dispatch(batch('fail'));
    await expect(replied.drain()).rejects.toThrow('failed on purpose');
    await replied.close();
    const crashed = new WorkerPool(script, config, 1, () => undefined);
    await crashed.dispatch(batch('crash'));
    await expect(crashed.drain()).rejects.toThrow('crashed on purpose');
    await expect(crashed.dispatch(batch('x'))).rejects.toThrow('crashed on purpose');
    await crashed.close();
  });
});

describe('serveBatches', () => {
  it('grades each batch it is sent and replies with the rows and counts, or with the failure', async () => {
    const { port1, port2 } = new MessageChannel();
    serveBatches(port1, config);
    const replies: { seq: number; result?: BatchResult; error?: string }[] = [];
    const received = new Promise<void>((resolve) => {
      port2.on('message', (reply: { seq: number; result?: BatchResult; error?: string }) => {
        replies.push(reply);
        if (replies.length === 2) resolve();
      });
    });
    port2.postMessage({ seq: 0, batch: batch('{"temperatureCelsius":38.5,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}', 'nope') });
    port2.postMessage({ seq: 1, batch: null });
    await received;
    port1.close();
    expect(replies[0]).toMatchObject({ seq: 0, result: { records: 2, graded: 1, rejected: 1 } });
    expect(replies[0]?.result?.text).toMatch(/^\{"line":1,"grading":\{"scale":"astct-2019","gradable":true,"grade":1,/);
    expect(replies[1]).toMatchObject({ seq: 1, error: expect.any(String) as unknown });
  });

  it('does nothing outside a worker thread started by the pool', () => {
    expect(serveBatchesIfWorker()).toBe(false);
  });
});
