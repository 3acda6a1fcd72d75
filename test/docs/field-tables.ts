// The field tables of docs/forms.md, rendered from the field descriptors and the English locale:
// the same source as the validator, the form validators, the JSON Schema titles and the playground.
import type { CrsFieldDescriptor } from '../../src/fields/crs-assessment-fields.js';
import type { FieldDescriptor } from '../../src/fields/field-descriptor.js';
import { localizeField } from '../../src/fields/localize-field.js';
import { en } from '../../src/locale/en/index.js';
import { GradingScale } from '../../src/vocabulary/grading-scale.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';

function allowed(field: FieldDescriptor): string {
  if (field.range !== null) {
    const from = field.range.minExclusive === true ? `> ${field.range.min}` : `${field.range.min}`;
    return `${from} to ${field.range.max}${field.integer ? ', integer' : ''}`;
  }
  if (field.values !== null) return field.values.map((value) => `\`${value}\``).join(', ');
  if (field.kind === 'timestamp') return 'ISO 8601 date or date-time';
  return field.kind === 'boolean' ? '`true`, `false`' : '';
}

function scales(field: FieldDescriptor): string {
  const neededBy = (field as Partial<CrsFieldDescriptor>).neededBy;
  if (neededBy === undefined) return '';
  return neededBy.length === enumValues(GradingScale).length ? 'all' : neededBy.map((scale) => en.scales[scale]).join(', ');
}

/** A markdown table of the fields of one input. */
export function renderFieldTable(fields: readonly FieldDescriptor[]): string {
  const crs = fields.some((field) => 'neededBy' in field);
  const head = ['field', 'label', 'unit', 'allowed', 'required', ...(crs ? ['read by'] : []), 'rules at this field'];
  const rows = fields.map((field) => {
    const shown = localizeField(field, en);
    const rules = field.rules.map(({ code, reads }) => `\`${code}\`${reads.length === 0 ? '' : ` (with ${reads.map((key) => `\`${key}\``).join(', ')})`}`).join('; ');
    return [`\`${field.key}\``, shown.label, shown.unit ?? '', allowed(field), field.required ? 'yes' : '', ...(crs ? [scales(field)] : []), rules];
  });
  return [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}
