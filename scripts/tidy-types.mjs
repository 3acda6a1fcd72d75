// Gives the declaration chunks that tsup's dts build shares between entries stable names
// (`assessment-Bk17j4BU.d.ts` becomes `types-assessment.d.ts`), so that the published types, the
// paths in an editor's "go to definition" and the package's file list do not change from build to
// build. Rewrites every import of a renamed chunk.
import { readFile, readdir, rename, stat, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;
// A hash may itself begin with "-" or "_" (`grade-crs--zPMH61c.d.cts`).
const HASHED = /^(?<name>.+)-[A-Za-z0-9_-]{8}\.d\.(?<ext>c?ts)$/;

async function files(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((entry) => (entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)])));
  return nested.flat();
}

const renames = new Map();
// Chunks can share a name (two `grading-*.d.ts`): within a name they are numbered by size, smallest
// first, which stays the same from build to build while their content does.
const byName = new Map();
for (const file of await readdir(dist)) {
  const match = HASHED.exec(file);
  if (match?.groups === undefined) continue;
  const key = `${match.groups.name}.${match.groups.ext}`;
  const size = (await stat(join(dist, file))).size;
  byName.set(key, [...(byName.get(key) ?? []), { file, size, ...match.groups }]);
}
for (const chunks of byName.values()) {
  chunks.sort((a, b) => a.size - b.size || a.file.localeCompare(b.file));
  for (const [index, { file, name, ext }] of chunks.entries()) {
    const target = `types-${name}${index === 0 ? '' : `-${index + 1}`}.d.${ext}`;
    // The specifier in an import of the chunk: `.js` for `.d.ts`, `.cjs` for `.d.cts`.
    const jsExt = ext === 'cts' ? '.cjs' : '.js';
    renames.set(file.replace(/\.d\.c?ts$/, jsExt), target.replace(/\.d\.c?ts$/, jsExt));
    await rename(join(dist, file), join(dist, target));
  }
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
