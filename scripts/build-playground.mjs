// Builds the docs site's playground: site/playground/playground.ts bundled with the library's
// sources into one classic script (an IIFE, no modules), so that the page runs when opened from
// disk (file://), plus its HTML and CSS. Usage: node scripts/build-playground.mjs [--out DIR]
// (default docs/api/playground, inside the TypeDoc site; `npm run docs` builds both).
import { copyFile, mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = `${root}site/playground`;
const { values } = parseArgs({ options: { out: { type: 'string', default: `${root}docs/api/playground` } } });
const out = values.out;

await mkdir(out, { recursive: true });
await build({
  entryPoints: [`${source}/playground.ts`],
  outfile: `${out}/playground.js`,
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2022',
  tsconfig: `${root}site/tsconfig.json`,
  minify: true,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
});
await copyFile(`${source}/index.html`, `${out}/index.html`);
await copyFile(`${source}/style.css`, `${out}/style.css`);
console.log(`playground: built ${out}/index.html`);
