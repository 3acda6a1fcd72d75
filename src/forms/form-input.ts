/**
 * What a form holds for an input of type `T`: every field optional (an empty field is absent),
 * numbers and booleans also as the strings an HTML form gives, a multi-select as the chosen values.
 *
 * @example
 * ```ts
 * import type { CrsAssessment, FormInput } from 'cytokine-release-syndrome';
 * const values: FormInput<CrsAssessment> = { temperatureCelsius: '38,4', hypotension: 'true', vasopressors: ['norepinephrine'], oxygen: { device: 'room-air' } };
 * ```
 */
export type FormInput<T> = T extends readonly (infer Item)[]
  ? Item extends object
    ? readonly FormInput<Item>[] | readonly string[] | string
    : readonly string[] | string
  : T extends number
    ? number | string
    : T extends boolean
      ? boolean | string
      : T extends string
        ? string
        : T extends object
          ? { readonly [Key in keyof T]?: FormInput<NonNullable<T[Key]>> | null | undefined }
          : never;
