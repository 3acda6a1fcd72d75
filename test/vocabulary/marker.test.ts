import { describe, expect, expectTypeOf, it } from 'vitest';
import { Marker, MarkerCategory, markers } from '../../src/vocabulary/marker.js';
import { KEBAB_CASE, codesOf, isValidLoinc } from './helpers.js';

// Valid UCUM expressions the markers may use (case-sensitive UCUM, annotations in braces).
const UCUM_UNITS = new Set(['pg/mL', 'mg/L', 'ng/mL', 'mg/dL', 'U/L', '10*3/uL', 'mg/L{FEU}']);

const entries = Object.entries(markers);

describe('markers', () => {
  it.each(entries)('%s has a LOINC code with a valid mod-10 check digit', (_marker, entry) => {
    expect(isValidLoinc(entry.loinc)).toBe(true);
  });

  it('has no duplicate LOINC codes', () => {
    const codes = codesOf(markers, 'loinc');
    expect(new Set(codes).size).toBe(codes.length);
  });

  it.each(entries)('%s uses a known UCUM unit', (_marker, entry) => {
    expect(UCUM_UNITS.has(entry.ucumUnit)).toBe(true);
  });

  it.each(entries)('%s has a category from MarkerCategory', (_marker, entry) => {
    expect(Object.values(MarkerCategory)).toContain(entry.category);
  });

  it('has kebab-case category values', () => {
    for (const value of Object.values(MarkerCategory)) expect(value).toMatch(KEBAB_CASE);
  });

  it.each(entries)('%s example range is ordered and says the lab range wins', (_marker, entry) => {
    const range = entry.exampleAdultRange;
    if (range === null) return;
    expect(range.low !== null || range.high !== null).toBe(true);
    if (range.low !== null && range.high !== null) expect(range.low).toBeLessThan(range.high);
    for (const limit of [range.low, range.high]) if (limit !== null) expect(limit).toBeGreaterThanOrEqual(0);
    expect(range.note).toMatch(/assay- and laboratory-specific/);
    expect(range.note).toContain('referenceRange');
  });

  it('leaves out ranges that differ by sex instead of picking one', () => {
    expect(markers[Marker.Ferritin].exampleAdultRange).toBeNull();
    expect(markers[Marker.Creatinine].exampleAdultRange).toBeNull();
    expect(markers[Marker.Alt].exampleAdultRange).toBeNull();
  });

  it('uses the current Mayo Clinic Laboratories CRP range (below 5.0 mg/L, REF-39)', () => {
    expect(markers[Marker.Crp].exampleAdultRange).toMatchObject({ low: null, high: 5 });
    expect(markers[Marker.Crp].exampleAdultRange?.note).toMatch(/^Below 5\.0 mg\/L/);
  });

  it('uses the Michigan Medicine fibrinogen range (150-450 mg/dL, REF-49)', () => {
    expect(markers[Marker.Fibrinogen].exampleAdultRange).toMatchObject({ low: 150, high: 450 });
    expect(markers[Marker.Fibrinogen].exampleAdultRange?.note).toMatch(/Michigan Medicine/);
  });

  it('puts every cytokine marker in the cytokine category', () => {
    for (const marker of [Marker.Il6, Marker.Il1Beta, Marker.TnfAlpha, Marker.IfnGamma]) {
      expect(markers[marker].category).toBe(MarkerCategory.Cytokine);
    }
  });
});

describe('marker traps listed on the codes page', () => {
  it('reports D-dimer in FEU with the FEU code, not the DDU code 48066-5 (CODE-19, CODE-20)', () => {
    expect(markers[Marker.DDimer].loinc).toBe('48065-7');
    expect(markers[Marker.DDimer].ucumUnit).toBe('mg/L{FEU}');
  });

  it('reports CRP in mg/L, not mg/dL (REF-40 unit pitfall)', () => {
    expect(markers[Marker.Crp].ucumUnit).toBe('mg/L');
  });

  it.each([
    [Marker.Il6, '26881-3'],
    [Marker.Crp, '1988-5'],
    [Marker.Ldh, '2532-0'],
    [Marker.Il1Beta, '13629-1'],
    [Marker.TnfAlpha, '3074-2'],
    [Marker.IfnGamma, '27415-9'],
  ])('%s has LOINC %s (mislabelled repository codes avoided)', (marker, loinc) => {
    expect(markers[marker].loinc).toBe(loinc);
  });

  it('uses the IFN-γ mass-concentration code, not the arbitrary-units code 12729-0 (CODE-31, CODE-32)', () => {
    expect(codesOf(markers, 'loinc')).not.toContain('12729-0');
    expect(codesOf(markers, 'loinc')).not.toContain('33762-6');
  });
});

describe('Marker type', () => {
  it('is the union of its values', () => {
    expectTypeOf<Marker>().toEqualTypeOf<
      | 'interleukin-6'
      | 'c-reactive-protein'
      | 'ferritin'
      | 'd-dimer'
      | 'white-blood-cells'
      | 'platelets'
      | 'creatinine'
      | 'alanine-aminotransferase'
      | 'aspartate-aminotransferase'
      | 'total-bilirubin'
      | 'fibrinogen'
      | 'lactate-dehydrogenase'
      | 'interleukin-1-beta'
      | 'tumor-necrosis-factor-alpha'
      | 'interferon-gamma'
    >();
    expectTypeOf<MarkerCategory>().toEqualTypeOf<(typeof MarkerCategory)[keyof typeof MarkerCategory]>();
  });
});
