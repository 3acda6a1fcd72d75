// Gives the declaration chunks that tsup's dts build shares between entries stable names
// (`assessment-Bk17j4BU.d.ts` becomes `types-assessment.d.ts`), so that the published types, the
// paths in an editor's "go to definition" and the package's file list do not change from build to
// build. Rewrites every import of a renamed chunk.
import { readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
const HASHED = /^(?<name>.+)-[A-Za-z0-9_]{8}\.d\.(?<ext>c?ts)$/;

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

const renames = new Map();
for (const file of await readdir(dist)) {
  const match = HASHED.exec(file);
  if (match?.groups === undefined) continue;
  const { name, ext } = match.groups;
  const target = `types-${name}.d.${ext}`;
  // The specifier in an import of the chunk: `.js` for `.d.ts`, `.cjs` for `.d.cts`.
  const jsExt = ext === 'cts' ? '.cjs' : '.js';
  renames.set(file.replace(/\.d\.c?ts$/, jsExt), target.replace(/\.d\.c?ts$/, jsExt));
  await rename(join(dist, file), join(dist, target));
}
for (const file of await files(dist)) {
  if (!/\.d\.c?ts$/.test(file)) continue;
  let text = await readFile(file, 'utf8');
  const before = text;
  for (const [from, to] of renames) text = text.replaceAll(`/${from}'`, `/${to}'`).replaceAll(`/${from}"`, `/${to}"`);
  if (text !== before) await writeFile(file, text);
}
const stale = [];
for (const file of await files(dist)) {
  if (/\.d\.c?ts$/.test(file) && HASHED.test(file.split('/').pop())) stale.push(relative(dist, file));
}
if (stale.length > 0) throw new Error(`tidy-types: hashed declaration files remain: ${stale.join(', ')}`);
console.log(`tidy-types: ${renames.size} declaration chunks renamed`);
