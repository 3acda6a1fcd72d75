import type { DeepReadonly } from '../internal/deep-freeze.js';

/** What every vocabulary entry holds, whatever else its vocabulary adds. */
export interface VocabularyEntry {
  /**
   * Short English label. A UI in any language takes its labels from a locale
   * (`locale.values`), which English derives from here.
   */
  readonly label: string;
  /** One line of English saying what the entry is. */
  readonly description: string;
}

/**
 * The values of an enum-like const object, as a union type.
 *
 * @example
 * ```ts
 * import type { EnumValue } from 'cytokine-release-syndrome';
 * const Color = { Red: 'red', Blue: 'blue' } as const;
 * type Color = EnumValue<typeof Color>; // the union 'red' | 'blue'
 * ```
 */
export type EnumValue<E extends Readonly<Record<string, string>>> = E[keyof E];

/** A deeply frozen record with one entry for every value of an enum. */
export type Vocabulary<K extends string, V extends VocabularyEntry> = DeepReadonly<Record<K, V>>;

/**
 * The values of an enum-like const object, in declaration order.
 *
 * @example
 * ```ts
 * import { Vasopressor, enumValues } from 'cytokine-release-syndrome';
 * enumValues(Vasopressor); // ['norepinephrine', 'epinephrine', ...]
 * ```
 */
export function enumValues<const E extends Readonly<Record<string, string>>>(enumObject: E): readonly EnumValue<E>[] {
  return Object.values(enumObject) as EnumValue<E>[];
}
