import * as z from 'zod';
import { DEFAULT_CAPD_BELOW_AGE_YEARS, type IcansAssessment, type IcansGradingOptions } from '../icans/assessment.js';
import { ICANS_GRADING_OPTIONS_CONTRACT, ICE_ITEMS_CONTRACT, icansAssessmentContract } from '../icans/contract.js';
import { CerebralEdema } from '../vocabulary/cerebral-edema.js';
import { ConsciousnessLevel } from '../vocabulary/consciousness-level.js';
import { IcansInstrument } from '../vocabulary/icans-instrument.js';
import { MotorWeakness } from '../vocabulary/motor-weakness.js';
import { RaisedIcpSign } from '../vocabulary/raised-icp-sign.js';
import { Seizure } from '../vocabulary/seizure.js';
import type { Locale } from '../locale/locale.js';
import { schemaFromContract } from './from-contract.js';

/**
 * Zod schema of a {@link ConsciousnessLevel} value.
 *
 * @example
 * ```ts
 * import { ConsciousnessLevelSchema } from 'cytokine-release-syndrome/schemas';
 * ConsciousnessLevelSchema.safeParse('drowsy').success; // false
 * ```
 */
export const ConsciousnessLevelSchema = z.enum(ConsciousnessLevel);

/**
 * Zod schema of a {@link Seizure} value.
 *
 * @example
 * ```ts
 * import { SeizureSchema } from 'cytokine-release-syndrome/schemas';
 * SeizureSchema.parse('life-threatening');
 * ```
 */
export const SeizureSchema = z.enum(Seizure);

/**
 * Zod schema of a {@link MotorWeakness} value.
 *
 * @example
 * ```ts
 * import { MotorWeaknessSchema } from 'cytokine-release-syndrome/schemas';
 * MotorWeaknessSchema.safeParse('tremor').success; // false: tremor is not ICANS
 * ```
 */
export const MotorWeaknessSchema = z.enum(MotorWeakness);

/**
 * Zod schema of a {@link CerebralEdema} value.
 *
 * @example
 * ```ts
 * import { CerebralEdemaSchema } from 'cytokine-release-syndrome/schemas';
 * CerebralEdemaSchema.parse('not-imaged');
 * ```
 */
export const CerebralEdemaSchema = z.enum(CerebralEdema);

/**
 * Zod schema of a {@link RaisedIcpSign} value.
 *
 * @example
 * ```ts
 * import { RaisedIcpSignSchema } from 'cytokine-release-syndrome/schemas';
 * RaisedIcpSignSchema.parse('papilledema');
 * ```
 */
export const RaisedIcpSignSchema = z.enum(RaisedIcpSign);

/**
 * Zod schema of an {@link IcansInstrument} value.
 *
 * @example
 * ```ts
 * import { IcansInstrumentSchema } from 'cytokine-release-syndrome/schemas';
 * IcansInstrumentSchema.parse('capd');
 * ```
 */
export const IcansInstrumentSchema = z.enum(IcansInstrument);

/**
 * Zod schema of `IceItems`: the five ICE tasks as integer points. It accepts exactly what
 * `scoreICE` accepts.
 *
 * @see criteria ASTCT-ICANS-01 (docs/criteria/astct-2019-icans.md#astct-icans-01); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-40 (docs/criteria/decisions.md#dec-40)
 * @example
 * ```ts
 * import { IceItemsSchema } from 'cytokine-release-syndrome/schemas';
 * IceItemsSchema.safeParse({ orientation: 5, naming: 3, commands: 1, writing: 1, attention: 1 }).success; // false
 * ```
 */
export const IceItemsSchema = /* @__PURE__ */ schemaFromContract(ICE_ITEMS_CONTRACT, {
  title: 'IceItems',
  description: 'The five tasks of the ICE score as points earned: orientation 0-4, naming 0-3, commands, writing and attention 0-1.',
});

/**
 * Zod schema of `IcansGradingOptions`.
 *
 * @see criteria ASTCT-ICANS-13 (docs/criteria/astct-2019-icans.md#astct-icans-13); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-33 (docs/criteria/decisions.md#dec-33)
 * @example
 * ```ts
 * import { IcansGradingOptionsSchema } from 'cytokine-release-syndrome/schemas';
 * IcansGradingOptionsSchema.parse({ capdBelowAgeYears: 13 }); // NCIt: 12-year-olds on CAPD
 * ```
 */
export const IcansGradingOptionsSchema = /* @__PURE__ */ schemaFromContract(ICANS_GRADING_OPTIONS_CONTRACT, {
  title: 'IcansGradingOptions',
  description: 'Options of gradeICANS: CAPD below capdBelowAgeYears (an integer from 1 to 21; default 12).',
});

/**
 * Builds the Zod schema of an `IcansAssessment` for the given grading options (the age boundary
 * decides which instrument's score is required). It accepts exactly the inputs that `gradeICANS`
 * accepts with the same options, and words every issue as `safeGradeICANS` does.
 *
 * @param options - as for `gradeICANS` (invalid options throw a `ZodError`), and the `locale` of the messages (English by default).
 * @example
 * ```ts
 * import { createIcansAssessmentSchema } from 'cytokine-release-syndrome/schemas';
 * const schema = createIcansAssessmentSchema({ capdBelowAgeYears: 13 });
 * schema.safeParse({ ageYears: 12, capd: 4, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] }).success; // true
 * ```
 */
export function createIcansAssessmentSchema(options: IcansGradingOptions & { readonly locale?: Locale } = {}): z.ZodType<IcansAssessment, IcansAssessment> {
  const { locale, ...gradingOptions } = options;
  const boundary = IcansGradingOptionsSchema.parse(gradingOptions).capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS;
  return schemaFromContract(
    icansAssessmentContract(boundary),
    {
      title: 'IcansAssessment',
      description: `One ICANS assessment window (the worst findings in it), graded by gradeICANS on ASTCT 2019; CAPD below age ${boundary}.`,
    },
    locale,
  );
}

/**
 * Zod schema of an `IcansAssessment` at the default age boundary (CAPD below 12). It accepts
 * exactly the inputs that `gradeICANS` accepts without options; use
 * {@link createIcansAssessmentSchema} for another boundary.
 *
 * @example
 * ```ts
 * import { gradeICANS } from 'cytokine-release-syndrome';
 * import { IcansAssessmentSchema } from 'cytokine-release-syndrome/schemas';
 * const body = '{"ageYears":9,"capd":11,"consciousness":"alert","seizure":"none","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[]}';
 * const assessment = IcansAssessmentSchema.parse(JSON.parse(body));
 * gradeICANS(assessment).grade; // 3
 * ```
 */
export const IcansAssessmentSchema: z.ZodType<IcansAssessment, IcansAssessment> = /* @__PURE__ */ createIcansAssessmentSchema();
