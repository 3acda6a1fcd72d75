import { describe, expect, it } from 'vitest';
import { Vasopressor, vasopressors } from '../../src/vocabulary/vasopressor.js';
import { treatments } from '../../src/vocabulary/treatment.js';
import { ATC_PATTERN, codesOf } from './helpers.js';

const CODES = {
  [Vasopressor.Norepinephrine]: { atc: 'C01CA03', rxNorm: '7512' },
  [Vasopressor.Epinephrine]: { atc: 'C01CA24', rxNorm: '3992' },
  [Vasopressor.Phenylephrine]: { atc: 'C01CA06', rxNorm: '8163' },
  [Vasopressor.Dopamine]: { atc: 'C01CA04', rxNorm: '3628' },
  [Vasopressor.Vasopressin]: { atc: 'H01BA01', rxNorm: '11149' },
  [Vasopressor.AngiotensinII]: { atc: 'C01CX09', rxNorm: null },
} as const;

describe('vasopressors codes', () => {
  it.each(Object.entries(CODES))('%s has its confirmed ATC and RxNorm ingredient codes (CODE-66 to CODE-71)', (agent, codes) => {
    const entry = vasopressors[agent as Vasopressor];
    expect(entry.atc).toBe(codes.atc);
    expect(entry.atc).toMatch(ATC_PATTERN);
    expect(entry.rxNormIngredient).toBe(codes.rxNorm);
  });

  it('leaves angiotensin II without an RxCUI: none was confirmed (CODE-71)', () => {
    expect(vasopressors[Vasopressor.AngiotensinII].rxNormIngredient).toBeNull();
  });

  it('never gives dopamine the dobutamine RxCUI 3616 or vasopressin 11137, which one public table has', () => {
    const rxNorm = codesOf(vasopressors, 'rxNormIngredient');
    expect(rxNorm).not.toContain('3616');
    expect(rxNorm).not.toContain('11137');
  });

  it('shares no code with a treatment', () => {
    const ours = [...codesOf(vasopressors, 'atc'), ...codesOf(vasopressors, 'rxNormIngredient')];
    const theirs = [...codesOf(treatments, 'atc'), ...codesOf(treatments, 'rxNormIngredient')];
    for (const code of ours) expect(theirs).not.toContain(code);
    expect(new Set(ours).size).toBe(ours.length);
  });
});
