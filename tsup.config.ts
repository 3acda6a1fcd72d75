import { defineConfig } from 'tsup';

// Separate entry modules + code splitting keep zod (schemas), the FHIR reader and writers, and the
// CLI out of a consumer bundle that imports only the graders.
export default defineConfig([
  {
    entry: {
      index: 'src/index.ts',
      'astct/index': 'src/astct/index.ts',
      'schemas/index': 'src/schemas/index.ts',
      'locale/en/index': 'src/locale/en/index.ts',
      'locale/de/index': 'src/locale/de/index.ts',
      'fhir/index': 'src/fhir/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    splitting: true,
    treeshake: true,
    sourcemap: false,
    clean: true,
    target: 'es2022',
    outDir: 'dist',
  },
  {
    entry: { 'cli/crs-grade': 'src/cli/crs-grade.ts' },
    format: ['esm'],
    platform: 'node',
    target: 'node20',
    outDir: 'dist',
    banner: { js: '#!/usr/bin/env node' },
  },
]);
