import { describe, expect, it } from 'vitest';
import { icd10CmCodeForGrade, icd10CmCodes } from '../../src/vocabulary/icd-10-cm.js';

describe('icd10CmCodeForGrade', () => {
  it.each(['crs', 'icans'] as const)('derives exactly the %s codes of the table, grade by grade', (syndrome) => {
    expect(icd10CmCodeForGrade(syndrome, 0)).toBeNull();
    for (const grade of [1, 2, 3, 4, 5] as const) {
      const code = icd10CmCodeForGrade(syndrome, grade);
      expect(code).not.toBeNull();
      expect(icd10CmCodes[code!]).toMatchObject({ syndrome, grade });
    }
  });

  it('covers every graded code of the table', () => {
    const derived = (['crs', 'icans'] as const).flatMap((syndrome) => ([1, 2, 3, 4, 5] as const).map((grade) => icd10CmCodeForGrade(syndrome, grade)));
    const graded = Object.entries(icd10CmCodes).filter(([, entry]) => entry.grade !== null).map(([code]) => code);
    expect(derived.sort()).toEqual(graded.sort());
  });
});

describe('icd10CmCodes "code first" notes (CODE-15)', () => {
  const entries = Object.values(icd10CmCodes);

  it('gives for CRS the examples of the D89.83 note (T80.89-, T86.-), not T80.82', () => {
    for (const entry of entries.filter((candidate) => candidate.syndrome === 'crs')) {
      expect(entry.description).toContain('(T80.89-)');
      expect(entry.description).toContain('(T86.-)');
      expect(entry.description).not.toContain('T80.82');
    }
  });

  it('gives for ICANS the example of the G92.0 note (T80.82)', () => {
    for (const entry of entries.filter((candidate) => candidate.syndrome === 'icans')) {
      expect(entry.description).toContain('complications of immune effector cellular therapy (T80.82)');
      expect(entry.description).not.toContain('T80.89');
    }
  });
});
