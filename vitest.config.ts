import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Worker threads that keep their module cache between files: the suite imports the same graders
    // in 100 files, and re-importing them per file was most of its time on two cores (49 s, now
    // about 25 s). Tests that touch globals restore them (Object.prototype in finally blocks, spies here).
    pool: 'threads',
    isolate: false,
    restoreMocks: true,
    benchmark: { include: ['test/**/*.bench.ts'] },
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/crs-grade.ts'],
      thresholds: { statements: 95, branches: 90, functions: 95, lines: 95 },
    },
  },
});
