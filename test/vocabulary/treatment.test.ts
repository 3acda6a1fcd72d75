import { describe, expect, expectTypeOf, it } from 'vitest';
import { Cause, causes } from '../../src/vocabulary/cause.js';
import { Treatment, TreatmentTier, treatments } from '../../src/vocabulary/treatment.js';
import { ATC_PATTERN, codesOf } from './helpers.js';

const DRUGS = {
  [Treatment.Paracetamol]: { atc: 'N02BE01', rxNorm: '161' },
  [Treatment.Tocilizumab]: { atc: 'L04AC07', rxNorm: '612865' },
  [Treatment.Dexamethasone]: { atc: 'H02AB02', rxNorm: '3264' },
  [Treatment.Methylprednisolone]: { atc: 'H02AB04', rxNorm: '6902' },
  [Treatment.Siltuximab]: { atc: 'L04AC11', rxNorm: null },
  [Treatment.Anakinra]: { atc: 'L04AC03', rxNorm: '72435' },
} as const;

describe('treatments', () => {
  it('has ATC codes of the level-5 form', () => {
    for (const atc of codesOf(treatments, 'atc')) expect(atc).toMatch(ATC_PATTERN);
  });

  it('has no duplicate ATC codes or RxNorm ingredients', () => {
    const atc = codesOf(treatments, 'atc');
    const rxNorm = codesOf(treatments, 'rxNormIngredient');
    expect(new Set(atc).size).toBe(atc.length);
    expect(new Set(rxNorm).size).toBe(rxNorm.length);
  });

  it('has RxNorm ingredients of digits only', () => {
    for (const rxcui of codesOf(treatments, 'rxNormIngredient')) expect(rxcui).toMatch(/^[1-9]\d*$/);
  });

  it.each(Object.entries(DRUGS))('%s has the CONFIRMED ATC and RxNorm codes', (treatment, codes) => {
    const entry = treatments[treatment as keyof typeof DRUGS];
    expect(entry.atc).toBe(codes.atc);
    expect(entry.rxNormIngredient).toBe(codes.rxNorm);
  });

  it('codes only drugs: measures and drug classes have no ATC or RxNorm', () => {
    for (const [treatment, entry] of Object.entries(treatments)) {
      if (treatment in DRUGS) continue;
      expect(entry.atc).toBeNull();
      expect(entry.rxNormIngredient).toBeNull();
    }
  });

  it('leaves the unverified siltuximab RxCUI 1535218 out (CODE-52)', () => {
    expect(codesOf(treatments, 'rxNormIngredient')).not.toContain('1535218');
  });

  it('uses the ingredient RxCUI for tocilizumab, not an Actemra product RxCUI (CODE-48)', () => {
    expect(treatments[Treatment.Tocilizumab].rxNormIngredient).toBe('612865');
  });

  it('states no claim the cited sources do not make (REF-62, REF-66)', () => {
    expect(treatments[Treatment.Anakinra].description).not.toMatch(/standard dose/);
    expect(treatments[Treatment.RenalReplacementTherapy].description).toMatch(/no guideline/);
  });

  it('holds no doses', () => {
    for (const entry of Object.values(treatments)) expect(entry.description).not.toMatch(/\d\s*(mg|g|mL|µg|mcg)\b/);
  });

  it('puts supportive care in the mild tier and drugs against cytokines in the severe tier', () => {
    expect(treatments[Treatment.Paracetamol].severity).toBe(TreatmentTier.Mild);
    expect(treatments[Treatment.IntravenousFluids].severity).toBe(TreatmentTier.Mild);
    expect(treatments[Treatment.VitalSignMonitoring].severity).toBe(TreatmentTier.Mild);
    for (const drug of [Treatment.Tocilizumab, Treatment.Siltuximab, Treatment.Anakinra, Treatment.Dexamethasone, Treatment.Methylprednisolone]) {
      expect(treatments[drug].severity).toBe(TreatmentTier.Severe);
    }
  });

  it('has the TreatmentTier type as the union of its values', () => {
    expectTypeOf<TreatmentTier>().toEqualTypeOf<'mild' | 'severe'>();
  });
});

describe('tocilizumab is a treatment, not a cause', () => {
  it('is a treatment', () => {
    expect(Object.values(Treatment)).toContain('tocilizumab');
    expect(treatments.tocilizumab.label).toBe('Tocilizumab');
  });

  it('is not a cause, and no cause names it as a trigger', () => {
    expect(Object.values(Cause)).not.toContain('tocilizumab');
    for (const entry of Object.values(causes)) {
      const text = [entry.label, entry.description, ...entry.examples].join(' ');
      expect(text).not.toMatch(/tocilizumab/i);
    }
  });
});
