import { type MessagePort, Worker, parentPort, workerData } from 'node:worker_threads';
import { type BatchResult, BatchProcessor, type FrameBatch, type ProcessorConfig } from './processor.js';

/** Batches in flight per worker: enough to keep each busy, few enough to keep memory flat. */
const IN_FLIGHT_PER_WORKER = 2;

interface Reply {
  readonly seq: number;
  readonly result?: BatchResult;
  readonly error?: string;
}

/**
 * Grades batches on worker threads and hands the results back in input order. Each worker runs
 * the same `BatchProcessor` as the main thread; the main thread only reads, frames and writes.
 */
export class WorkerPool {
  private readonly workers: Worker[];
  private seq = 0;
  private nextToWrite = 0;
  private readonly done = new Map<number, BatchResult>();
  private wake: (() => void) | undefined;
  private failure: Error | undefined;

  constructor(
    script: URL,
    config: ProcessorConfig,
    size: number,
    private readonly deliver: (result: BatchResult) => void,
  ) {
    this.workers = Array.from({ length: size }, () => {
      const worker = new Worker(script, { workerData: { crsGradeWorker: config } });
      worker.on('message', (reply: Reply) => {
        if (reply.error !== undefined) this.fail(new Error(reply.error));
        else if (reply.result !== undefined) this.done.set(reply.seq, reply.result);
        this.deliverReady();
      });
      worker.on('error', (error) => {
        this.fail(error);
      });
      return worker;
    });
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }

  private deliverReady(): void {
    for (let result = this.done.get(this.nextToWrite); result !== undefined; result = this.done.get(this.nextToWrite)) {
      this.done.delete(this.nextToWrite);
      this.nextToWrite += 1;
      this.deliver(result);
    }
    this.wakeUp();
  }

  private get inFlight(): number {
    return this.seq - this.nextToWrite;
  }

  private async waitWhile(condition: () => boolean): Promise<void> {
    while (condition()) {
      if (this.failure !== undefined) throw this.failure;
      await new Promise<void>((resolve) => {
        this.wake = resolve;
      });
    }
    if (this.failure !== undefined) throw this.failure;
  }

  /** Sends a batch to the next worker, first waiting while too many are in flight. */
  async dispatch(batch: FrameBatch): Promise<void> {
    await this.waitWhile(() => this.inFlight >= this.workers.length * IN_FLIGHT_PER_WORKER);
    const seq = this.seq;
    this.seq += 1;
    (this.workers[seq % this.workers.length] as Worker).postMessage({ seq, batch });
  }

  /** Waits for every batch sent so far to be delivered. */
  async drain(): Promise<void> {
    await this.waitWhile(() => this.inFlight > 0);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }
}

/** Serves batches on `port` with a processor for `config`: a reply per batch, a failure as a message. */
export function serveBatches(port: MessagePort, config: ProcessorConfig): void {
  const processor = new BatchProcessor(config);
  port.on('message', ({ seq, batch }: { seq: number; batch: FrameBatch }) => {
    try {
      port.postMessage({ seq, result: processor.process(batch) } satisfies Reply);
    } catch (error) {
      port.postMessage({ seq, error: error instanceof Error ? error.message : String(error) } satisfies Reply);
    }
  });
}

/** In a worker thread started by a `WorkerPool`: serves batches until the pool ends it. Returns false elsewhere. */
export function serveBatchesIfWorker(): boolean {
  const config = (workerData as { crsGradeWorker?: ProcessorConfig } | null)?.crsGradeWorker;
  if (config === undefined || parentPort === null) return false;
  serveBatches(parentPort, config);
  return true;
}
