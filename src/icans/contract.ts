// The field contracts of ICANS inputs: the ICE items, the grading options, and the assessment, whose
// instrument rules depend on the age boundary (`capdBelowAgeYears`). The validator, the Zod schemas
// and the JSON Schema documents are all built from them.
import { type ObjectContract, booleanField, defineContract, listField, numberField, oneOfField, optional, required, scoreOrItemsField } from '../contract/field.js';
import type { InstrumentReason } from '../contract/issue.js';
import type { Condition, Rule } from '../contract/rule.js';
import { CerebralEdema } from '../vocabulary/cerebral-edema.js';
import { ConsciousnessLevel } from '../vocabulary/consciousness-level.js';
import { MotorWeakness } from '../vocabulary/motor-weakness.js';
import { RaisedIcpSign } from '../vocabulary/raised-icp-sign.js';
import { Seizure } from '../vocabulary/seizure.js';
import { enumValues } from '../vocabulary/vocabulary.js';
import {
  AGE_YEARS_RANGE,
  CAPD_BELOW_AGE_YEARS_RANGE,
  CAPD_SCORE_RANGE,
  DEFAULT_CAPD_BELOW_AGE_YEARS,
  type IcansAssessment,
  type IcansGradingOptions,
} from './assessment.js';
import { ICE_ITEMS, ICE_ITEM_MAXIMUM, ICE_SCORE_RANGE, type IceItems } from './ice.js';

/**
 * The contract of the ICE items: each an integer from 0 to its maximum, every one required.
 *
 * @see criteria ASTCT-ICANS-01 (docs/criteria/astct-2019-icans.md#astct-icans-01); doi:10.1016/j.bbmt.2018.12.758, ICANS grading tables
 * @see criteria DEC-40 (docs/criteria/decisions.md#dec-40)
 * @internal
 */
export const ICE_ITEMS_CONTRACT = /* @__PURE__ */ defineContract<IceItems>(() => ({
  fields: {
    orientation: required(numberField({ min: 0, max: ICE_ITEM_MAXIMUM.orientation }, { integer: true })),
    naming: required(numberField({ min: 0, max: ICE_ITEM_MAXIMUM.naming }, { integer: true })),
    commands: required(numberField({ min: 0, max: ICE_ITEM_MAXIMUM.commands }, { integer: true })),
    writing: required(numberField({ min: 0, max: ICE_ITEM_MAXIMUM.writing }, { integer: true })),
    attention: required(numberField({ min: 0, max: ICE_ITEM_MAXIMUM.attention }, { integer: true })),
  },
}));

/**
 * The contract of the options of `gradeICANS`.
 *
 * @internal
 */
export const ICANS_GRADING_OPTIONS_CONTRACT = /* @__PURE__ */ defineContract<IcansGradingOptions>(() => ({
  fields: { capdBelowAgeYears: optional(numberField(CAPD_BELOW_AGE_YEARS_RANGE, { integer: true })) },
}));

/** An ICE score, given as a number or as its items. */
export function iceScoreOf(ice: number | IceItems): number {
  return typeof ice === 'number' ? ice : ice.orientation + ice.naming + ice.commands + ice.writing + ice.attention;
}

/** The ICE field holds a score above 0 (as a number or as items). */
function iceAboveZero(): Condition {
  return {
    field: 'ice',
    test: (ice) => iceScoreOf(ice as number | IceItems) > 0,
    jsonSchema: {
      anyOf: [
        { type: 'number', exclusiveMinimum: 0 },
        { type: 'object', anyOf: ICE_ITEMS.map((item) => ({ required: [item], properties: { [item]: { exclusiveMinimum: 0 } } })) },
      ],
    },
  };
}

/** Why the instrument is what it is, from a copy whose age and developmental delay are valid. */
function instrumentReason(assessment: Readonly<Record<string, unknown>>, boundary: number): InstrumentReason {
  const ageYears = assessment['ageYears'] as number;
  if (ageYears < boundary) return { instrument: 'capd', reason: 'capd-below-age-boundary', ageYears, boundary };
  if (assessment['developmentalDelay'] === true) return { instrument: 'capd', reason: 'capd-for-developmental-delay', ageYears, boundary };
  return { instrument: 'ice', reason: 'ice-at-or-above-age-boundary', ageYears, boundary };
}

/**
 * The instrument rules at an age boundary (ASTCT-ICANS-13; DEC-33, DEC-39): the score of the instrument in use is
 * required unless the patient is unarousable; the other instrument's score is not allowed; an
 * unarousable patient scores ICE 0 (or none) and no CAPD.
 */
function instrumentRules(boundary: number): Rule[] {
  const capd: Condition = { anyOf: [{ field: 'ageYears', below: boundary }, { field: 'developmentalDelay', equals: true }] };
  const ice: readonly Condition[] = [{ field: 'ageYears', atLeast: boundary }, { not: { field: 'developmentalDelay', equals: true } }];
  const why = (assessment: Readonly<Record<string, unknown>>): { readonly why: InstrumentReason } => ({ why: instrumentReason(assessment, boundary) });
  const aged: Condition = { field: 'ageYears', present: true };
  const arousable: Condition = { field: 'consciousness', oneOf: enumValues(ConsciousnessLevel).filter((level) => level !== ConsciousnessLevel.Unarousable) };
  return [
    { code: 'score-not-allowed', at: 'capd', when: [...ice, { field: 'capd', present: true }], params: why },
    { code: 'score-not-allowed', at: 'ice', when: [aged, capd, { field: 'ice', present: true }], params: why },
    { code: 'score-required', at: 'ice', when: [...ice, { field: 'ice', present: false }, arousable], params: why },
    { code: 'score-required', at: 'capd', when: [aged, capd, { field: 'capd', present: false }, arousable], params: why },
    {
      code: 'ice-when-unarousable',
      at: 'ice',
      when: [...ice, { field: 'consciousness', equals: ConsciousnessLevel.Unarousable }, iceAboveZero()],
      params: (assessment) => ({ score: iceScoreOf(assessment['ice'] as number | IceItems) }),
    },
    {
      code: 'capd-when-unarousable',
      at: 'capd',
      when: [aged, capd, { field: 'consciousness', equals: ConsciousnessLevel.Unarousable }, { field: 'capd', present: true }],
      params: {},
    },
  ];
}

/** Sedation cannot explain an unarousable patient whose encephalopathy score then cannot be taken. */
const SEDATION_RULE: Rule = {
  code: 'sedated-when-unarousable',
  at: 'sedated',
  when: [{ field: 'consciousness', equals: 'unarousable' satisfies ConsciousnessLevel }, { field: 'sedated', equals: true }],
  params: {},
};

function buildAssessmentContract(boundary: number | null): ObjectContract<IcansAssessment> {
  return defineContract<IcansAssessment>(() => ({
    fields: {
      ageYears: required(numberField(AGE_YEARS_RANGE)),
      developmentalDelay: optional(booleanField),
      ice: optional(scoreOrItemsField(numberField(ICE_SCORE_RANGE, { integer: true }), ICE_ITEMS_CONTRACT as ObjectContract<unknown>)),
      capd: optional(numberField(CAPD_SCORE_RANGE, { integer: true })),
      consciousness: required(oneOfField(enumValues(ConsciousnessLevel))),
      sedated: optional(booleanField),
      seizure: required(oneOfField(enumValues(Seizure))),
      motorWeakness: required(oneOfField(enumValues(MotorWeakness))),
      cerebralEdema: required(oneOfField(enumValues(CerebralEdema))),
      raisedIcpSigns: required(listField(oneOfField(enumValues(RaisedIcpSign)), { itemName: 'sign' })),
      diedOfIcans: optional(booleanField),
    },
    rules: boundary === null ? [SEDATION_RULE] : [...instrumentRules(boundary), SEDATION_RULE],
  }));
}

const contracts: (ObjectContract<IcansAssessment> | undefined)[] = [];

/**
 * The contract of an ICANS assessment at an age boundary (an integer from 1 to 21), or, for `null`,
 * without the instrument rules (when invalid options leave the boundary unknown). Built once per
 * boundary.
 *
 * @internal
 */
export function icansAssessmentContract(boundary: number | null = DEFAULT_CAPD_BELOW_AGE_YEARS): ObjectContract<IcansAssessment> {
  const slot = boundary ?? 0;
  return (contracts[slot] ??= buildAssessmentContract(boundary));
}
