import type { Locale } from './locale.js';

/**
 * Refuses what is not a locale object, naming what is allowed: a caller of the 0.0 API passing
 * `'de'` gets a clear error instead of a `TypeError` deep inside.
 *
 * @internal
 */
export function assertLocale(locale: unknown, api: string, parts: readonly string[] = ['issues', 'fields', 'values', 'crs', 'icans']): asserts locale is Locale {
  if (typeof locale === 'object' && locale !== null && parts.every((part) => part in locale)) return;
  const received = typeof locale === 'string' ? JSON.stringify(locale) : typeof locale;
  throw new TypeError(
    `${api}: locale: expected a Locale object (en from 'cytokine-release-syndrome/locale/en', de from 'cytokine-release-syndrome/locale/de', or your own); received ${received}`,
  );
}
