import * as z from 'zod';
import {
  AGE_YEARS_RANGE,
  CAPD_BELOW_AGE_YEARS_RANGE,
  CAPD_SCORE_RANGE,
  DEFAULT_CAPD_BELOW_AGE_YEARS,
  type IcansGradingOptions,
} from '../icans/assessment.js';
import { ICE_ITEM_MAXIMUM, ICE_SCORE_RANGE } from '../icans/ice.js';
import { selectIcansInstrument } from '../icans/instrument.js';
import { CerebralEdema } from '../vocabulary/cerebral-edema.js';
import { ConsciousnessLevel } from '../vocabulary/consciousness-level.js';
import { IcansInstrument } from '../vocabulary/icans-instrument.js';
import { MotorWeakness } from '../vocabulary/motor-weakness.js';
import { RaisedIcpSign } from '../vocabulary/raised-icp-sign.js';
import { Seizure } from '../vocabulary/seizure.js';

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

const item = (max: number) => z.int().min(0).max(max);

/**
 * Zod schema of `IceItems`: the five ICE tasks as integer points. It accepts exactly what
 * `scoreICE` accepts.
 *
 * @see ../shared/clinical-reference.md, ASTCT 2019 ICANS, §2.1
 * @example
 * ```ts
 * import { IceItemsSchema } from 'cytokine-release-syndrome/schemas';
 * IceItemsSchema.safeParse({ orientation: 5, naming: 3, commands: 1, writing: 1, attention: 1 }).success; // false
 * ```
 */
export const IceItemsSchema = z.strictObject({
  orientation: item(ICE_ITEM_MAXIMUM.orientation),
  naming: item(ICE_ITEM_MAXIMUM.naming),
  commands: item(ICE_ITEM_MAXIMUM.commands),
  writing: item(ICE_ITEM_MAXIMUM.writing),
  attention: item(ICE_ITEM_MAXIMUM.attention),
});

/**
 * Zod schema of `IcansGradingOptions`.
 *
 * @see ../shared/clinical-reference.md, ASTCT 2019 ICANS, §2.3 "Age boundary conflict"
 * @example
 * ```ts
 * import { IcansGradingOptionsSchema } from 'cytokine-release-syndrome/schemas';
 * IcansGradingOptionsSchema.parse({ capdBelowAgeYears: 13 }); // NCIt: 12-year-olds on CAPD
 * ```
 */
export const IcansGradingOptionsSchema = z.strictObject({
  capdBelowAgeYears: z.int().min(CAPD_BELOW_AGE_YEARS_RANGE.min).max(CAPD_BELOW_AGE_YEARS_RANGE.max).optional(),
});

function iceScoreOf(ice: number | z.infer<typeof IceItemsSchema>): number {
  return typeof ice === 'number' ? ice : ice.orientation + ice.naming + ice.commands + ice.writing + ice.attention;
}

const assessmentShape = z.strictObject({
  ageYears: z.number().min(AGE_YEARS_RANGE.min).max(AGE_YEARS_RANGE.max),
  developmentalDelay: z.boolean().optional(),
  ice: z.union([z.int().min(ICE_SCORE_RANGE.min).max(ICE_SCORE_RANGE.max), IceItemsSchema]).optional(),
  capd: z.int().min(CAPD_SCORE_RANGE.min).max(CAPD_SCORE_RANGE.max).optional(),
  consciousness: ConsciousnessLevelSchema,
  sedated: z.boolean().optional(),
  seizure: SeizureSchema,
  motorWeakness: MotorWeaknessSchema,
  cerebralEdema: CerebralEdemaSchema,
  raisedIcpSigns: z.array(RaisedIcpSignSchema).meta({ uniqueItems: true }),
  diedOfIcans: z.boolean().optional(),
});

/** JSON Schema hints for the instrument rules at the default age boundary (zod checks them in code). */
function instrumentRules(boundary: number) {
  const capdApplies = { anyOf: [{ properties: { ageYears: { exclusiveMaximum: boundary } } }, { properties: { developmentalDelay: { const: true } }, required: ['developmentalDelay'] }] };
  const unarousable = { properties: { consciousness: { const: ConsciousnessLevel.Unarousable } } };
  return {
    allOf: [
      { if: capdApplies, then: { not: { required: ['ice'] } }, else: { not: { required: ['capd'] } } },
      { if: { allOf: [capdApplies, { not: unarousable }] }, then: { required: ['capd'] } },
      { if: { allOf: [{ not: capdApplies }, { not: unarousable }] }, then: { required: ['ice'] } },
      { if: unarousable, then: { not: { required: ['capd'] }, properties: { sedated: { const: false } } } },
    ],
  };
}

/**
 * Builds the Zod schema of an `IcansAssessment` for the given grading options (the age boundary
 * decides which instrument's score is required). It accepts exactly the inputs that `gradeICANS`
 * accepts with the same options.
 *
 * @param options - as for `gradeICANS`; invalid options throw a `ZodError`.
 * @example
 * ```ts
 * import { createIcansAssessmentSchema } from 'cytokine-release-syndrome/schemas';
 * const schema = createIcansAssessmentSchema({ capdBelowAgeYears: 13 });
 * schema.safeParse({ ageYears: 12, capd: 4, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] }).success; // true
 * ```
 */
export function createIcansAssessmentSchema(options: IcansGradingOptions = {}) {
  const resolved = IcansGradingOptionsSchema.parse(options);
  const boundary = resolved.capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS;
  return assessmentShape
    .superRefine((assessment, context) => {
      const issue = (path: PropertyKey[], message: string) => {
        context.addIssue({ code: 'custom', path, message });
      };
      const seen = new Set<string>();
      assessment.raisedIcpSigns.forEach((sign, index) => {
        if (seen.has(sign)) issue(['raisedIcpSigns', index], `"${sign}" is listed twice`);
        seen.add(sign);
      });
      const { instrument } = selectIcansInstrument(assessment, resolved);
      const unarousable = assessment.consciousness === ConsciousnessLevel.Unarousable;
      if (instrument === IcansInstrument.Ice) {
        if (assessment.capd !== undefined) issue(['capd'], `not allowed: ICE is the instrument (age boundary ${boundary})`);
        if (assessment.ice === undefined && !unarousable) issue(['ice'], 'required: ICE is the instrument and the patient is arousable');
        if (assessment.ice !== undefined && unarousable && iceScoreOf(assessment.ice) > 0) {
          issue(['ice'], 'must be 0 or left out when consciousness is "unarousable"');
        }
      } else {
        if (assessment.ice !== undefined) issue(['ice'], `not allowed: CAPD is the instrument (age boundary ${boundary} or developmental delay)`);
        if (assessment.capd === undefined && !unarousable) issue(['capd'], 'required: CAPD is the instrument and the child is arousable');
        if (assessment.capd !== undefined && unarousable) issue(['capd'], 'must be left out when consciousness is "unarousable"');
      }
      // ICE or CAPD cannot be performed then; grading the rest would read the missing score as normal.
      if (unarousable && assessment.sedated === true) issue(['sedated'], 'cannot be true when consciousness is "unarousable"');
    })
    .meta({
      title: 'IcansAssessment',
      description: `One ICANS assessment window (the worst findings in it), graded by gradeICANS on ASTCT 2019; CAPD below age ${boundary}.`,
      ...instrumentRules(boundary),
    });
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
export const IcansAssessmentSchema = /* @__PURE__ */ createIcansAssessmentSchema();
