import type { Grade, GradingFinding, GradingResult } from '../grading/grading.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import { type Icd10CmCode, icd10CmCodeForGrade } from '../vocabulary/icd-10-cm.js';
import type { CrsDomain, CrsFinding, CrsNote } from './findings.js';

/** One finding of a CRS grading. */
export type CrsGradingFinding = GradingFinding<CrsDomain, CrsFinding>;

/**
 * The result of grading CRS on one scale: ASTCT 2019 unless another scale is named.
 *
 * @example
 * ```ts
 * import { gradeCRS, type CrsGrading } from 'cytokine-release-syndrome';
 * const grading: CrsGrading = gradeCRS({
 *   temperatureCelsius: 38.4,
 *   hypotension: true,
 *   vasopressors: [],
 *   oxygen: { device: 'room-air' },
 * });
 * grading.grade; // 2
 * grading.icd10Cm; // 'D89.832'
 * ```
 */
export interface CrsGrading<Scale extends GradingScale = 'astct-2019'> extends GradingResult<Scale, CrsDomain, CrsFinding, CrsNote> {
  /** Always `true`: the scale could grade this assessment (compare {@link CrsNotGradable}). */
  readonly gradable: true;
  /** The ICD-10-CM code for the grade (D89.831 to D89.835), or `null` for grade 0. */
  readonly icd10Cm: Icd10CmCode | null;
}

/** A fact of `CrsAssessment` that a scale may need, named by its field path. */
export type CrsFact =
  | 'constitutionalSymptoms'
  | 'oxygen.inspiredOxygenFractionPercent'
  | 'vasopressorDose'
  | 'vasopressorDurationHours'
  | 'highDoseVasopressorDurationHours'
  | 'lifeThreateningHypotension'
  | 'multipleFluidBoluses'
  | 'organToxicityGrade'
  | 'transaminitisGrade'
  | 'coagulopathyNeedingReplacement'
  | 'hospitalization'
  | 'intravenousTherapy'
  | 'treatmentResponse'
  | 'lifeThreatening';

/**
 * A scale could not grade the assessment because facts it needs are absent. It never guesses them
 * and never falls back to a lower grade: it names them, and says which grades remain possible.
 *
 * @example
 * ```ts
 * import { gradeCRS } from 'cytokine-release-syndrome';
 * const result = gradeCRS(
 *   { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'simple-face-mask' } },
 *   { scale: 'lee-2014' },
 * );
 * if (!result.gradable) result.missing; // ['oxygen.inspiredOxygenFractionPercent', 'organToxicityGrade', 'transaminitisGrade']
 * ```
 */
export interface CrsNotGradable<Scale extends GradingScale = GradingScale> {
  /** The scale that could not grade. */
  readonly scale: Scale;
  /** Always `false`. */
  readonly gradable: false;
  /** Always `null`: there is no grade. */
  readonly grade: null;
  /** The absent facts that could change the grade, as field paths of `CrsAssessment`. */
  readonly missing: readonly CrsFact[];
  /** The lowest and highest grade the scale could give once the missing facts are known. */
  readonly possibleGrades: { readonly min: Grade; readonly max: Grade };
  /** The findings the scale could make. */
  readonly findings: readonly CrsGradingFinding[];
  /** Things a reader must know about this result. */
  readonly notes: readonly CrsNote[];
}

/**
 * What grading on `Scale` returns: ASTCT 2019 always grades a valid assessment; every other scale
 * may answer {@link CrsNotGradable}.
 */
export type CrsGradingOutcome<Scale extends GradingScale = GradingScale> = Scale extends 'astct-2019'
  ? CrsGrading<Scale>
  : CrsGrading<Scale> | CrsNotGradable<Scale>;

/** A fact a row needs and the highest grade it could give the row. */
export interface MissingFact {
  readonly fact: CrsFact;
  readonly upTo: Grade;
}

/** A row of a scale's table that cannot be read because facts are absent. @internal */
export interface UnknownRow {
  readonly domain: CrsDomain;
  /** The grade the row gives whatever the missing facts turn out to be. */
  readonly atLeast: Grade;
  readonly missing: readonly MissingFact[];
}

/** A row of a scale's table, read or not. @internal */
export type ScaleRow = CrsGradingFinding | UnknownRow;

/** @internal */
export function finding(domain: CrsDomain, code: CrsFinding, grade: Grade): CrsGradingFinding {
  return { domain, finding: code, grade };
}

/** A frozen finding, shared by every result that reports it. @internal */
export function fixedFinding(domain: CrsDomain, code: CrsFinding, grade: Grade): CrsGradingFinding {
  return Object.freeze({ domain, finding: code, grade });
}

/** @internal */
export function unknownRow(domain: CrsDomain, atLeast: Grade, ...missing: MissingFact[]): UnknownRow {
  return { domain, atLeast, missing };
}

/**
 * Combines a scale's rows: the grade is the highest row, unless an unread row could give more, in
 * which case the scale cannot grade and names the facts that could change the result.
 *
 * @internal
 */
export function combineRows<Scale extends GradingScale>(
  scale: Scale,
  rows: readonly ScaleRow[],
  notes: readonly CrsNote[],
): CrsGrading<Scale> | CrsNotGradable<Scale> {
  const findings: CrsGradingFinding[] = [];
  let floor = 0;
  for (const row of rows) {
    if ('finding' in row) findings.push(row);
    floor = Math.max(floor, 'finding' in row ? row.grade : row.atLeast);
  }
  const missing: CrsFact[] = [];
  let ceiling = floor;
  for (const row of rows) {
    if ('finding' in row) continue;
    for (const { fact, upTo } of row.missing) {
      if (upTo > floor && !missing.includes(fact)) missing.push(fact);
      ceiling = Math.max(ceiling, upTo);
    }
  }
  const grade = floor as Grade;
  if (missing.length > 0) {
    return { scale, gradable: false, grade: null, missing, possibleGrades: { min: grade, max: ceiling as Grade }, findings, notes };
  }
  const drivers = grade === 0 ? [] : findings.filter((candidate) => candidate.grade === grade);
  return { scale, gradable: true, grade, drivers, findings, notes, icd10Cm: icd10CmCodeForGrade('crs', grade) };
}
