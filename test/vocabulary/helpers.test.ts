import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATC_PATTERN, ICD_10_CM_PATTERN, expectDeeplyFrozen, isValidLoinc, isVerhoeffValid, loincCheckDigit } from './helpers.js';

// Known-good codes listed in docs/criteria/codes.md (LOINC CODE-16 to CODE-32; SNOMED CT CODE-53 to CODE-55 and Not shipped).
const KNOWN_LOINC = ['26881-3', '1988-5', '2276-4', '48065-7', '48066-5', '3255-7', '2532-0', '6690-2', '777-3', '27415-9', '13629-1', '3074-2', '12729-0'];
const KNOWN_SNOMED = ['386661006', '45007003', '389086002', '389087006', '710027002', '1156961008'];

describe('loincCheckDigit', () => {
  it.each(KNOWN_LOINC)('accepts %s from the codes page', (code) => {
    expect(isValidLoinc(code)).toBe(true);
  });

  it.each([
    ['26881', 3],
    ['1988', 5],
    ['777', 3],
  ])('computes the check digit of %s as %i', (body, digit) => {
    expect(loincCheckDigit(body)).toBe(digit);
  });

  it('rejects malformed codes', () => {
    for (const code of ['', '26881', '26881-', '26881-33', 'A6881-3', '26881 3']) expect(isValidLoinc(code)).toBe(false);
    expect(() => loincCheckDigit('12a')).toThrow(TypeError);
  });

  it('catches every single-digit substitution in the body', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_LOINC), fc.nat(), fc.integer({ min: 1, max: 9 }), (code, at, shift) => {
        const [body = '', check = ''] = code.split('-');
        const index = at % body.length;
        const changed = Array.from(body);
        changed[index] = String((Number(changed[index]) + shift) % 10);
        expect(isValidLoinc(`${changed.join('')}-${check}`)).toBe(false);
      }),
    );
  });

  it('always produces a digit that makes the code valid', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{0,6}$/), (body) => {
        expect(isValidLoinc(`${body}-${loincCheckDigit(body)}`)).toBe(true);
      }),
    );
  });
});

describe('isVerhoeffValid', () => {
  it.each(KNOWN_SNOMED)('accepts SNOMED CT id %s from the codes page', (id) => {
    expect(isVerhoeffValid(id)).toBe(true);
  });

  it('rejects non-digit input', () => {
    expect(isVerhoeffValid('')).toBe(false);
    expect(isVerhoeffValid('38666100x')).toBe(false);
  });

  it('catches every single-digit substitution', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_SNOMED), fc.nat(), fc.integer({ min: 1, max: 9 }), (id, at, shift) => {
        const index = at % id.length;
        const changed = Array.from(id);
        changed[index] = String((Number(changed[index]) + shift) % 10);
        expect(isVerhoeffValid(changed.join(''))).toBe(false);
      }),
    );
  });

  it('catches every transposition of two different adjacent digits', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_SNOMED), fc.nat(), (id, at) => {
        const index = at % (id.length - 1);
        const changed = Array.from(id);
        fc.pre(changed[index] !== changed[index + 1]);
        [changed[index], changed[index + 1]] = [changed[index + 1]!, changed[index]!];
        expect(isVerhoeffValid(changed.join(''))).toBe(false);
      }),
    );
  });
});

describe('code patterns', () => {
  it('ATC matches level-5 substance codes only', () => {
    for (const code of ['L04AC07', 'N02BE01', 'H02AB02']) expect(code).toMatch(ATC_PATTERN);
    for (const code of ['L04AC', 'L04', 'l04ac07', 'L04AC7', 'L04AA14X']) expect(code).not.toMatch(ATC_PATTERN);
  });

  it('ICD-10-CM matches codes with and without subcategory', () => {
    for (const code of ['D89.831', 'G92.00', 'T80.82', 'R56.9', 'D89', 'U07.1']) expect(code).toMatch(ICD_10_CM_PATTERN);
    for (const code of ['D8.831', 'D89.', 'D89.83100', 'd89.831']) expect(code).not.toMatch(ICD_10_CM_PATTERN);
  });
});

describe('expectDeeplyFrozen', () => {
  it('passes for a deeply frozen value', () => {
    expect(() => {
      expectDeeplyFrozen(Object.freeze({ a: Object.freeze([Object.freeze({ b: 1 })]) }));
    }).not.toThrow();
  });

  it.each([
    ['an unfrozen root', { a: 1 }],
    ['an unfrozen nested object', Object.freeze({ a: { b: 1 } })],
    ['an unfrozen nested array', Object.freeze({ a: [1] })],
  ])('fails for %s', (_name, value) => {
    expect(() => {
      expectDeeplyFrozen(value);
    }).toThrow();
  });
});
