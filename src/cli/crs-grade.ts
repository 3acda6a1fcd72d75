import { readFileSync } from 'node:fs';
import { runCli } from './run.js';
import { serveBatchesIfWorker } from './workers.js';

// Thin process wrapper: all logic is in run.ts. Messages only, never a stack trace (unless --debug).
// The same script is the worker thread that grades batches when the run uses worker threads.

function version(): string {
  try {
    // dist/cli/crs-grade.js and src/cli/crs-grade.ts both sit two folders below package.json.
    return (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

async function main(): Promise<void> {
  const debug = process.argv.includes('--debug');
  // A failure outside the run (which never throws) still ends with one line, not a stack trace.
  process.on('uncaughtException', (error) => {
    process.stderr.write(`crs-grade: internal error: ${error.message}${debug ? `\n${String(error.stack)}` : ''}\n`);
    process.exit(3);
  });
  // The reader of standard output went away (`| head`): end quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : 0);
  });
  process.exitCode = await runCli(process.argv.slice(2), {
    stdin: process.stdin,
    stdout: process.stdout,
    stderr: process.stderr,
    stderrIsTTY: process.stderr.isTTY,
    env: process.env,
    version: version(),
    workerScript: new URL(import.meta.url),
  });
}

if (!serveBatchesIfWorker()) await main();
