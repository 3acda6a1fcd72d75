import { describe, expect, it } from 'vitest';
import type { VocabularyEntry } from '../../src/vocabulary/vocabulary.js';

/** Lower-case words joined by single hyphens (digits allowed, e.g. `covid-19`). */
export const KEBAB_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** WHO ATC code of a single substance (level 5), e.g. `L04AC07`. */
export const ATC_PATTERN = /^[A-Z]\d{2}[A-Z]{2}\d{2}$/;

/**
 * ICD-10-CM code with its dot: a letter, a digit, an alphanumeric, then optionally a dot and one to
 * four alphanumerics, e.g. `D89.831`, `G92.00`. U is allowed: ICD-10-CM has U07.1 (COVID-19).
 */
export const ICD_10_CM_PATTERN = /^[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?$/;

/** LOINC code: digits, a hyphen, one check digit. */
export const LOINC_PATTERN = /^\d{1,7}-\d$/;

/** SNOMED CT concept id: 6 to 18 digits, no leading zero. */
export const SNOMED_CT_PATTERN = /^[1-9]\d{5,17}$/;

/**
 * The LOINC check digit of a code body (the part before the hyphen), by LOINC's mod-10 algorithm:
 * from the right, double every other digit starting with the rightmost, add the digits of the
 * products and the untouched digits, and take what brings the sum up to a multiple of 10.
 */
export function loincCheckDigit(body: string): number {
  if (!/^\d+$/.test(body)) throw new TypeError(`not a LOINC code body: ${body}`);
  let sum = 0;
  const digits = Array.from(body).reverse();
  digits.forEach((char, index) => {
    const digit = Number(char);
    if (index % 2 === 0) {
      const doubled = digit * 2;
      sum += Math.floor(doubled / 10) + (doubled % 10);
    } else {
      sum += digit;
    }
  });
  return (10 - (sum % 10)) % 10;
}

/** Whether a LOINC code is well formed and its check digit is right. */
export function isValidLoinc(code: string): boolean {
  if (!LOINC_PATTERN.test(code)) return false;
  const [body = '', check = ''] = code.split('-');
  return loincCheckDigit(body) === Number(check);
}

// Verhoeff tables: multiplication in the dihedral group D5 and the position permutation.
const VERHOEFF_D: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
  [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
  [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
  [4, 0, 1, 2, 3, 9, 5, 6, 7, 8],
  [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
  [6, 5, 9, 8, 7, 1, 0, 4, 3, 2],
  [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
  [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
  [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
];
const VERHOEFF_P: readonly (readonly number[])[] = [
  [0, 1, 2, 3, 4, 5, 6, 7, 8, 9],
  [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
  [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
  [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
  [9, 4, 5, 3, 1, 2, 6, 8, 7, 0],
  [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
  [2, 7, 9, 3, 8, 0, 6, 4, 1, 5],
  [7, 0, 4, 6, 9, 1, 3, 2, 5, 8],
];

/** Whether a digit string (check digit last) passes the Verhoeff check, as SNOMED CT ids must. */
export function isVerhoeffValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let check = 0;
  Array.from(digits).reverse().forEach((char, index) => {
    const permuted = VERHOEFF_P[index % 8]![Number(char)]!;
    check = VERHOEFF_D[check]![permuted]!;
  });
  return check === 0;
}

/**
 * Asserts that a value and everything reachable from it is frozen, and that writing to any
 * object in it throws a TypeError (tests run as ESM, so in strict mode).
 */
export function expectDeeplyFrozen(value: unknown, path = 'value'): void {
  if (typeof value !== 'object' || value === null) return;
  expect(Object.isFrozen(value), `${path} is frozen`).toBe(true);
  expect(() => {
    (value as Record<string, unknown>)['__mutation_probe__'] = 1;
  }, `adding to ${path} throws`).toThrow(TypeError);
  if (Array.isArray(value)) {
    expect(() => value.push('changed'), `pushing to ${path} throws`).toThrow(TypeError);
  }
  for (const key of Reflect.ownKeys(value)) {
    // An array's length rejects a non-number with a RangeError before the frozen check; push covers it.
    if (Array.isArray(value) && key === 'length') continue;
    const child = (value as Record<PropertyKey, unknown>)[key];
    expect(() => {
      (value as Record<PropertyKey, unknown>)[key] = 'changed';
    }, `assigning ${path}.${String(key)} throws`).toThrow(TypeError);
    expectDeeplyFrozen(child, `${path}.${String(key)}`);
  }
}

/** One vocabulary for {@link describeVocabulary}: its enum object and its record. */
export interface VocabularyCase {
  /** Name used in test titles. */
  readonly name: string;
  /** The enum-like const object, e.g. `Marker`. */
  readonly enumObject: Readonly<Record<string, string>>;
  /** The record keyed by the enum values, e.g. `markers`. */
  readonly record: Readonly<Record<string, VocabularyEntry>>;
  /** What every value must look like; kebab-case unless the values are codes. */
  readonly valuePattern?: RegExp;
}

/**
 * The checks every vocabulary must pass: one record per enum member and none more, non-empty
 * English and German labels and description, unique values in the expected format, PascalCase
 * keys, and frozen at every depth.
 */
export function describeVocabulary({ name, enumObject, record, valuePattern = KEBAB_CASE }: VocabularyCase): void {
  describe(`${name} vocabulary`, () => {
    const values = Object.values(enumObject);
    const entries = values.map((value) => [value, record[value]] as const);

    it('has at least one member', () => {
      expect(values.length).toBeGreaterThan(0);
    });

    it.each(entries)('%s has a record with a label and a one-line description', (_value, entry) => {
      expect(entry).toBeDefined();
      expect(entry?.label.trim()).not.toBe('');
      expect(entry?.description.trim()).not.toBe('');
      expect(entry?.description).not.toMatch(/\n/);
    });

    it('has no record key outside the enum', () => {
      expect(Object.keys(record).sort()).toEqual([...values].sort());
    });

    it('has unique values in the expected format', () => {
      expect(new Set(values).size).toBe(values.length);
      for (const value of values) expect(value).toMatch(valuePattern);
    });

    it('has PascalCase keys', () => {
      for (const key of Object.keys(enumObject)) expect(key).toMatch(/^[A-Z][A-Za-z0-9]*$/);
    });

    it('is frozen at every depth, so mutation throws', () => {
      expectDeeplyFrozen(record, name);
    });
  });
}

/** The values of `field` across a record's entries, skipping `null`. */
export function codesOf<E, K extends keyof E>(record: Readonly<Record<string, E>>, field: K): E[K][] {
  return Object.values(record)
    .map((entry) => entry[field])
    .filter((code) => code !== null);
}
