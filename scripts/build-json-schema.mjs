// Writes a JSON Schema (draft 2020-12) for every Zod schema exported by the built `schemas` entry,
// so that consumers in other languages validate exactly what the graders accept.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import * as z from 'zod';
import * as schemas from '../dist/schemas/index.js';

const outDir = new URL('../json-schema/', import.meta.url);
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

const kebab = (name) => name.replace(/Schema$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const written = [];
for (const [name, schema] of Object.entries(schemas)) {
  if (!name.endsWith('Schema') || !(schema instanceof z.ZodType)) continue;
  const file = `${kebab(name)}.schema.json`;
  const jsonSchema = { $id: `https://unpkg.com/cytokine-release-syndrome/json-schema/${file}`, ...z.toJSONSchema(schema, { io: 'input' }) };
  await writeFile(new URL(file, outDir), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  written.push(file);
}
if (written.length === 0) throw new Error('no schema found in dist/schemas/index.js');
console.log(`json-schema: wrote ${written.length} files`);
