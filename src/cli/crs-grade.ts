import { readFileSync } from 'node:fs';
import { runCli } from './run.js';

// Thin process wrapper: all logic is in run.ts. Messages only, never a stack trace.
const result = runCli(process.argv.slice(2), {
  readFile: (path) => readFileSync(path, 'utf8'),
  readStdin: () => readFileSync(0, 'utf8'),
});
process.stdout.write(result.stdout);
process.stderr.write(result.stderr);
process.exitCode = result.exitCode;
