/**
 * The Vitest configuration that StrykerJS runs (see stryker.config.json): the project's own, minus
 * the documentation examples. Those write to a shared folder under node_modules (which Stryker's
 * sandboxes symlink), so concurrent runs would race, and they test the docs, not the code.
 */
import { resolve } from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

export default mergeConfig(
  base,
  defineConfig({
    root: resolve(import.meta.dirname, '..', '..'),
    test: { exclude: ['test/docs/**', 'node_modules/**'] },
  }),
);
