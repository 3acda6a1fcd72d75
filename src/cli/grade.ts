import { safeGradeCRS } from '../crs/grade-crs.js';
import { gradeCRSOnAllScales } from '../crs/grade-crs-on-all-scales.js';
import type { CrsAssessment } from '../crs/assessment.js';
import type { CrsGradingOutcome } from '../crs/grading.js';
import { GradingInputError } from '../errors/input-error.js';
import type { Grade } from '../grading/grading.js';
import { safeGradeICANS } from '../icans/grade-icans.js';
import { describeCrsFinding, describeCrsNote } from '../i18n/describe-crs.js';
import { describeIcansFinding, describeIcansNote } from '../i18n/describe-icans.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { enumValues } from '../vocabulary/vocabulary.js';
import { de } from '../locale/de/index.js';
import { en } from '../locale/en/index.js';
import type { Locale } from '../locale/locale.js';
import type { Language } from './options.js';

/** The wording of each language of `--lang`. */
const LOCALES: Readonly<Record<Language, Locale>> = { en, de };

/** What the outputs need of any grading on one scale, whatever the syndrome. */
export interface GradingSummary {
  readonly scale?: string;
  readonly gradable?: boolean;
  readonly grade: Grade | null;
  readonly drivers?: readonly { readonly finding: string }[];
  readonly notes: readonly string[];
  /** Facts a scale still needs, when it could not grade. */
  readonly missing?: readonly string[];
}

/** Identifier values copied from a record (`--id`): `null` where the record has none. */
export type Ids = Readonly<Record<string, unknown>>;

/** The result of one input record: exactly one per record, in input order. */
export type Outcome =
  | { readonly kind: 'graded' | 'not-gradable'; readonly line: number; readonly ids: Ids | undefined; readonly grading: GradingSummary }
  | {
      readonly kind: 'scales';
      readonly line: number;
      readonly ids: Ids | undefined;
      readonly results: Readonly<Record<GradingScale, CrsGradingOutcome>>;
      /** The scales that could not grade this record. */
      readonly notGradable: readonly GradingScale[];
    }
  | { readonly kind: 'rejected'; readonly line: number; readonly ids: Ids | undefined; readonly errors: readonly string[]; readonly issueCount: number };

/** The scales, in their order. */
export const SCALES: readonly GradingScale[] = enumValues(GradingScale);

/** How a record is graded and worded: one scale of CRS, every scale of CRS, or ICANS. */
export interface RecordGrader {
  /** Grades one record (already parsed; identifiers already taken out). */
  grade(value: unknown, line: number, ids: Ids | undefined): Outcome;
  readonly describeFinding: (finding: string, language: Language) => string;
  readonly describeNote: (note: string, language: Language) => string;
}

/** Where the allowed fields are listed, for unknown-field messages. */
function fieldsCommand(icans: boolean): string {
  return icans ? 'crs-grade --icans --fields' : 'crs-grade --fields';
}

/** The error rows of an input error: each issue once, an unknown field named once and pointed at the field list. */
export function issueMessages(error: GradingInputError, icans: boolean): string[] {
  return error.issues.map(({ code, pathText, message }) => {
    const where = pathText === '' ? '(record)' : pathText;
    return code === 'unknown-key' ? `${where}: unknown field (the fields: ${fieldsCommand(icans)})` : `${where}: ${message}`;
  });
}

function rejected(error: GradingInputError, icans: boolean, line: number, ids: Ids | undefined): Outcome {
  return { kind: 'rejected', line, ids, errors: issueMessages(error, icans), issueCount: error.issueCount };
}

/** The grader for the options given. */
export function recordGrader(options: { readonly icans: boolean; readonly scale: GradingScale | undefined; readonly allScales: boolean; readonly capdBelowAgeYears: number | undefined }): RecordGrader {
  if (options.icans) {
    const icansOptions = options.capdBelowAgeYears === undefined ? {} : { capdBelowAgeYears: options.capdBelowAgeYears };
    return {
      grade(value, line, ids) {
        const result = safeGradeICANS(value, icansOptions);
        return result.success ? { kind: 'graded', line, ids, grading: result.data } : rejected(result.error, true, line, ids);
      },
      // The codes come from the grader's own result, so they are always known to the wording.
      describeFinding: (finding, language) => describeIcansFinding(finding as never, LOCALES[language]),
      describeNote: (note, language) => describeIcansNote(note as never, LOCALES[language]),
    };
  }
  const wording = {
    describeFinding: (finding: string, language: Language) => describeCrsFinding(finding as never, LOCALES[language]),
    describeNote: (note: string, language: Language) => describeCrsNote(note as never, LOCALES[language]),
  };
  if (options.allScales) {
    return {
      grade(value, line, ids) {
        let results;
        try {
          results = gradeCRSOnAllScales(value as CrsAssessment);
        } catch (error) {
          if (GradingInputError.is(error)) return rejected(error, false, line, ids);
          throw error;
        }
        const notGradable = SCALES.filter((scale) => !results[scale].gradable);
        return { kind: 'scales', line, ids, results, notGradable };
      },
      ...wording,
    };
  }
  const crsOptions = { scale: options.scale ?? GradingScale.Astct2019 };
  return {
    grade(value, line, ids) {
      const result = safeGradeCRS(value, crsOptions);
      if (!result.success) return rejected(result.error, false, line, ids);
      return { kind: result.data.gradable ? 'graded' : 'not-gradable', line, ids, grading: result.data };
    },
    ...wording,
  };
}

/**
 * Takes the identifier keys out of a parsed record: their values (`null` where absent) and a copy
 * of the record without them, so that they are never graded nor rejected as unknown fields.
 */
export function takeIds(value: unknown, keys: readonly string[]): { readonly value: unknown; readonly ids: Ids | undefined } {
  if (keys.length === 0) return { value, ids: undefined };
  const ids = Object.create(null) as Record<string, unknown>;
  for (const key of keys) ids[key] = null;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { value, ids };
  const record = value as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(record)) {
    if (key in ids) ids[key] = record[key];
    // An own `__proto__` key stays a key, for the validator to reject; assignment would set the prototype.
    else if (key === '__proto__') Object.defineProperty(copy, key, { value: record[key], enumerable: true, writable: true, configurable: true });
    else copy[key] = record[key];
  }
  return { value: copy, ids };
}
