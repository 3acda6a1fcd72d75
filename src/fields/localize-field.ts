import { assertLocale } from '../locale/assert-locale.js';
import { en } from '../locale/en/index.js';
import type { FieldText, Locale } from '../locale/locale.js';
import type { FieldDescriptor } from './field-descriptor.js';

/** A field with its texts in one language. */
export interface LocalizedField<Key extends string = string> {
  readonly field: FieldDescriptor<Key>;
  readonly label: string;
  readonly help: string;
  /** The unit as the language shows it (`°C`, `l/min`); `null` when the field has none. */
  readonly unit: string | null;
  /** Each allowed value with its label, in order; `null` when the field is not a choice. */
  readonly options: readonly { readonly value: string; readonly label: string }[] | null;
}

/**
 * A field's label, help, unit and value labels in a locale's language (English by default): what
 * a form shows next to the input.
 *
 * @example
 * ```ts
 * import { crsAssessmentFields, localizeField } from 'cytokine-release-syndrome';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * const device = crsAssessmentFields.find((field) => field.key === 'oxygen.device');
 * const shown = device && localizeField(device, de);
 * shown?.label; // 'Sauerstoffapplikation'
 * shown?.options?.[2]; // { value: 'nasal-cannula', label: 'Nasenbrille' }
 * ```
 */
export function localizeField<Key extends string>(field: FieldDescriptor<Key>, locale: Locale = en): LocalizedField<Key> {
  assertLocale(locale, 'localizeField');
  const texts = locale.fields[field.subject] as Readonly<Record<string, FieldText>>;
  const text = texts[field.key];
  const labels: Readonly<Record<string, string>> | undefined =
    field.vocabulary !== null ? locale.values[field.vocabulary] : field.key === 'scale' ? locale.scales : undefined;
  return {
    field,
    label: text?.label ?? field.key,
    help: text?.help ?? '',
    unit: field.unit === null ? null : locale.units[field.unit],
    options: field.values === null ? null : field.values.map((value) => ({ value, label: labels?.[value] ?? value })),
  };
}
