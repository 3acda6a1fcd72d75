import type { DeepReadonly } from '../internal/deep-freeze.js';

/** A UI label in every language the library ships. */
export interface Label {
  /** English. */
  readonly en: string;
  /** German. */
  readonly de: string;
}

/** A language the library has labels for. */
export type Language = keyof Label;

/** What every vocabulary entry holds, whatever else its vocabulary adds. */
export interface VocabularyEntry {
  /** Short label for a UI, in English and German. */
  readonly label: Label;
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
