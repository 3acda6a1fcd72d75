import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';

/**
 * ICD-10-CM codes for CRS (D89.83-) and ICANS (G92.0-) by grade. The headers D89.83 and G92.0
 * are not billable and are not listed. Each description repeats its header's "code first" note as
 * the code book gives it: for CRS, complications following infusion, transfusion and therapeutic
 * injection (T80.89-) or complications of transplanted organs and tissue (T86.-); for ICANS,
 * complications of immune effector cellular therapy (T80.82). None of these cause codes is shipped.
 *
 * @see criteria CODE-01 to CODE-13, CODE-15 (docs/criteria/codes.md#code-01)
 * @example
 * ```ts
 * import { Icd10CmCode, icd10CmCodes } from 'cytokine-release-syndrome';
 * icd10CmCodes[Icd10CmCode.CrsGrade3].label; // 'Cytokine release syndrome, grade 3'
 * ```
 */
export const Icd10CmCode = /* @__PURE__ */ Object.freeze({
  CrsGrade1: 'D89.831',
  CrsGrade2: 'D89.832',
  CrsGrade3: 'D89.833',
  CrsGrade4: 'D89.834',
  CrsGrade5: 'D89.835',
  CrsGradeUnspecified: 'D89.839',
  IcansGradeUnspecified: 'G92.00',
  IcansGrade1: 'G92.01',
  IcansGrade2: 'G92.02',
  IcansGrade3: 'G92.03',
  IcansGrade4: 'G92.04',
  IcansGrade5: 'G92.05',
} as const);

/** One of the {@link Icd10CmCode} values. */
export type Icd10CmCode = (typeof Icd10CmCode)[keyof typeof Icd10CmCode];

/** An {@link icd10CmCodes} entry. */
export interface Icd10CmCodeEntry extends VocabularyEntry {
  /** The syndrome the code is for. */
  readonly syndrome: 'crs' | 'icans';
  /** The grade the code stands for, or `null` for "grade unspecified". */
  readonly grade: 1 | 2 | 3 | 4 | 5 | null;
}

function crs(grade: 1 | 2 | 3 | 4 | 5 | null): Icd10CmCodeEntry {
  const name = grade === null ? 'grade unspecified' : `grade ${grade}`;
  return {
    label: `Cytokine release syndrome, ${name}`,
    description: `ICD-10-CM code for cytokine release syndrome, ${name}; code first the underlying cause, such as complications following infusion, transfusion and therapeutic injection (T80.89-) or complications of transplanted organs and tissue (T86.-).`,
    syndrome: 'crs',
    grade,
  };
}

function icans(grade: 1 | 2 | 3 | 4 | 5 | null): Icd10CmCodeEntry {
  const name = grade === null ? 'grade unspecified' : `grade ${grade}`;
  return {
    label: `Immune effector cell-associated neurotoxicity syndrome, ${name}`,
    description: `ICD-10-CM code for ICANS, ${name}; code first the underlying cause, such as complications of immune effector cellular therapy (T80.82).`,
    syndrome: 'icans',
    grade,
  };
}

/**
 * Reference data for every {@link Icd10CmCode}.
 *
 * @example
 * ```ts
 * import { icd10CmCodes } from 'cytokine-release-syndrome';
 * icd10CmCodes['G92.03'].grade; // 3
 * ```
 */
export const icd10CmCodes: Vocabulary<Icd10CmCode, Icd10CmCodeEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Icd10CmCode.CrsGrade1]: crs(1),
  [Icd10CmCode.CrsGrade2]: crs(2),
  [Icd10CmCode.CrsGrade3]: crs(3),
  [Icd10CmCode.CrsGrade4]: crs(4),
  [Icd10CmCode.CrsGrade5]: crs(5),
  [Icd10CmCode.CrsGradeUnspecified]: crs(null),
  [Icd10CmCode.IcansGradeUnspecified]: icans(null),
  [Icd10CmCode.IcansGrade1]: icans(1),
  [Icd10CmCode.IcansGrade2]: icans(2),
  [Icd10CmCode.IcansGrade3]: icans(3),
  [Icd10CmCode.IcansGrade4]: icans(4),
  [Icd10CmCode.IcansGrade5]: icans(5),
}));

/**
 * The ICD-10-CM code of a CRS or ICANS grade: the grade is the code's last character (D89.831 to
 * D89.835, G92.01 to G92.05); grade 0 has no code. Derived rather than looked up, so that a grader
 * does not ship the code table; a test checks every result against {@link icd10CmCodes}.
 *
 * @see criteria CODE-14 (docs/criteria/codes.md#code-14)
 * @example
 * ```ts
 * import { icd10CmCodeForGrade } from 'cytokine-release-syndrome';
 * icd10CmCodeForGrade('crs', 3); // 'D89.833'
 * icd10CmCodeForGrade('icans', 0); // null
 * ```
 */
export function icd10CmCodeForGrade(syndrome: 'crs' | 'icans', grade: 0 | 1 | 2 | 3 | 4 | 5): Icd10CmCode | null {
  if (grade === 0) return null;
  return syndrome === 'crs' ? `D89.83${grade}` : `G92.0${grade}`;
}
