/**
 * The Vitest configuration that StrykerJS runs (see stryker.config.json): the project's own, with
 * three changes that keep one run of the whole suite short, because a static mutant (code that runs
 * when a module loads, such as the field contracts) is tested against every related test file:
 *
 * - without the documentation examples and the docs site (they write to a shared folder under
 *   node_modules, which Stryker's sandboxes symlink, so concurrent runs would race; they test the
 *   docs and the built playground, not the code), without the command line's tests (the CLI is not
 *   mutated; they spawn workers and read a million-key line, seconds per run), without the FHIR
 *   entry's tests (the FHIR entry is not mutated; each file loads the R4 definitions to validate
 *   against, seconds per run, and grades through the modules the unit tests pin), and without the
 *   prototype-pollution test (it grades in a child process, where no mutant is ever active, so it
 *   can kill none);
 * - the fuzz tests at 100 runs (FUZZ_RUNS) and the cap test at 1,000 unknown keys (UNKNOWN_KEYS)
 *   instead of a million;
 * - one fixed fast-check seed (setup.ts), so that every run kills the same mutants.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    root: resolve(import.meta.dirname, '..', '..'),
    test: {
      exclude: ['test/docs/**', 'test/site/**', 'test/cli/**', 'test/fhir/**', 'test/contract/pollution.test.ts', 'node_modules/**'],
      env: { FUZZ_RUNS: '100', UNKNOWN_KEYS: '1000' },
      // Stryker's per-test coverage was measured with every file isolated, as Vitest's default runs it.
      pool: 'forks',
      isolate: true,
      setupFiles: ['test/mutation/setup.ts'],
    },
  }),
);
