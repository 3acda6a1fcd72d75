// The field tables in docs/forms.md are rendered from the field descriptors; this test keeps them
// current. After a change, regenerate them with `npm run docs:figures`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crsAssessmentFields } from '../../src/fields/crs-assessment-fields.js';
import { icansAssessmentFields } from '../../src/fields/icans-assessment-fields.js';
import { patientCourseFields } from '../../src/fields/patient-course-fields.js';
import { renderFieldTable } from './field-tables.js';

const page = resolve(import.meta.dirname, '..', '..', 'docs', 'forms.md');
const TABLES = { crs: crsAssessmentFields, icans: icansAssessmentFields, course: patientCourseFields } as const;

function render(text: string): string {
  let result = text;
  for (const [name, fields] of Object.entries(TABLES)) {
    const pattern = new RegExp(`(<!-- fields:${name} -->\\n)[\\s\\S]*?(<!-- /fields:${name} -->)`);
    if (!pattern.test(result)) throw new Error(`docs/forms.md has no <!-- fields:${name} --> block`);
    result = result.replace(pattern, (_match, open: string, close: string) => `${open}${renderFieldTable(fields)}\n${close}`);
  }
  return result;
}

describe('the field tables of docs/forms.md', () => {
  it('are rendered from the field descriptors as they are today', () => {
    const text = readFileSync(page, 'utf8');
    const rendered = render(text);
    if (process.env['UPDATE_FIGURES'] === '1') writeFileSync(page, rendered);
    expect(text).toBe(rendered);
  });
});
