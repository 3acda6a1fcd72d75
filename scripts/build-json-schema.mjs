// Writes a JSON Schema (draft 2020-12) for every Zod schema exported by the built `schemas` entry,
// so that consumers in other languages validate exactly what the graders accept.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import * as z from 'zod';
import { en } from '../dist/locale/en/index.js';
import * as schemas from '../dist/schemas/index.js';

// Which field texts title each document's properties: the input and the form-key prefix of its root.
const TEXTS = {
  'crs-assessment': ['crs', ''],
  'oxygen-support': ['crs', 'oxygen'],
  'vasopressor-administration': ['crs', 'vasopressors'],
  'icans-assessment': ['icans', ''],
  'ice-items': ['icans', 'ice'],
  'patient-course': ['course', ''],
  'crs-grading-options': ['options', ''],
  'icans-grading-options': ['options', ''],
  'course-grading-options': ['options', ''],
};

/** Adds `title` and `description` from the English field texts to every property, nested ones included. */
function annotate(schema, subject, prefix) {
  if (schema === null || typeof schema !== 'object') return;
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const formKey = prefix === '' ? key : `${prefix}.${key}`;
    // A course window's assessments are inputs of their own.
    const [innerSubject, innerKey] = subject === 'course' && (formKey === 'observations.crs' || formKey === 'observations.icans') ? [formKey.slice(13), ''] : [subject, formKey];
    const text = en.fields[subject]?.[formKey];
    if (text !== undefined) Object.assign(property, { title: text.label, description: property.description === undefined ? text.help : `${text.help} ${property.description}` });
    for (const nested of [property, property.items, ...(property.anyOf ?? [])]) annotate(nested, innerSubject, innerKey);
  }
}

/** The paths of properties that have no title. */
function untitledProperties(schema, path = '') {
  if (schema === null || typeof schema !== 'object') return [];
  return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => [
    ...(property.title === undefined ? [`${path}${key}`] : []),
    ...[property, property.items, ...(property.anyOf ?? [])].flatMap((nested) => (nested === property ? [] : untitledProperties(nested, `${path}${key}.`))),
    ...untitledProperties({ properties: property.properties }, `${path}${key}.`),
  ]);
}

const outDir = new URL('../json-schema/', import.meta.url);
await rm(outDir, { recursive: true, force: true });
await mkdir(outDir, { recursive: true });

const kebab = (name) => name.replace(/Schema$/, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase();
const written = [];
for (const [name, schema] of Object.entries(schemas)) {
  // Form schemas take loose form values and coerce them in code: no JSON Schema can say that.
  if (!name.endsWith('Schema') || name.endsWith('FormSchema') || !(schema instanceof z.ZodType)) continue;
  const file = `${kebab(name)}.schema.json`;
  const jsonSchema = { $id: `https://unpkg.com/cytokine-release-syndrome/json-schema/${file}`, ...z.toJSONSchema(schema, { io: 'input' }) };
  const texts = TEXTS[kebab(name)];
  if (texts !== undefined) {
    annotate(jsonSchema, ...texts);
    const untitled = untitledProperties(jsonSchema);
    if (untitled.length > 0) throw new Error(`json-schema: ${file} has properties without a title (add them to the English field texts): ${untitled.join(', ')}`);
  }
  await writeFile(new URL(file, outDir), `${JSON.stringify(jsonSchema, null, 2)}\n`);
  written.push(file);
}
if (written.length === 0) throw new Error('no schema found in dist/schemas/index.js');
console.log(`json-schema: wrote ${written.length} files`);
