/**
 * Unit spellings seen in real EHR data that are not valid UCUM codes, and the UCUM code each is
 * read as. The FHIR reader accepts them with a note; the conversion functions accept them as the
 * UCUM code they stand for. Nothing else is guessed: any other spelling is refused.
 *
 * @see criteria CODE-93 (docs/criteria/codes.md#code-93)
 * @example
 * ```ts
 * import { NON_UCUM_UNIT_SPELLINGS } from 'cytokine-release-syndrome';
 * NON_UCUM_UNIT_SPELLINGS['mmHg']; // 'mm[Hg]'
 * ```
 */
export const NON_UCUM_UNIT_SPELLINGS: Readonly<Record<string, string>> = /* @__PURE__ */ Object.freeze({
  mmHg: 'mm[Hg]',
  degF: '[degF]',
});

/**
 * The UCUM code a unit spelling stands for, and whether it was a non-UCUM spelling. `undefined`
 * when the spelling is not among `allowed` (UCUM codes) or their known non-UCUM spellings.
 *
 * @internal
 */
export function readUcum(unit: string, allowed: readonly string[]): { readonly ucum: string; readonly nonUcumSpelling: boolean } | undefined {
  if (allowed.includes(unit)) return { ucum: unit, nonUcumSpelling: false };
  const standard = Object.hasOwn(NON_UCUM_UNIT_SPELLINGS, unit) ? NON_UCUM_UNIT_SPELLINGS[unit] : undefined;
  return standard !== undefined && allowed.includes(standard) ? { ucum: standard, nonUcumSpelling: true } : undefined;
}

/** The allowed UCUM codes followed by the non-UCUM spellings of them that are accepted. @internal */
export function acceptedSpellings(allowed: readonly string[]): string[] {
  const spellings = [...allowed];
  for (const [spelling, standard] of Object.entries(NON_UCUM_UNIT_SPELLINGS)) if (allowed.includes(standard)) spellings.push(spelling);
  return spellings;
}
