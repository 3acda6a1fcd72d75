// The field contract of a CRS assessment: every field with its kind and range, and every rule that
// ties two fields together. The validator, the Zod schemas and the JSON Schema documents are all
// built from these tables.
import { booleanField, defineContract, listField, numberField, objectField, oneOfField, optional, required } from '../contract/field.js';
import type { ContradictionReason } from '../contract/issue.js';
import type { Rule, Scalar } from '../contract/rule.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { Hospitalization } from '../vocabulary/hospitalization.js';
import { OxygenDevice } from '../vocabulary/oxygen-device.js';
import { TreatmentResponse } from '../vocabulary/treatment-response.js';
import { Vasopressor } from '../vocabulary/vasopressor.js';
import { VasopressorDose } from '../vocabulary/vasopressor-dose.js';
import { enumValues } from '../vocabulary/vocabulary.js';
import {
  type CrsAssessment,
  INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE,
  NASAL_CANNULA_DEVICES,
  ORGAN_TOXICITY_GRADE_RANGE,
  OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE,
  type OxygenSupport,
  TEMPERATURE_CELSIUS_RANGE,
  TEMPERATURE_FAHRENHEIT_RANGE,
  type VasopressorAdministration,
  VASOPRESSOR_DURATION_HOURS_RANGE,
} from './assessment.js';
import type { CrsGradingOptions } from './grade-crs.js';
import type { ReportedCrsGrade } from './check-reported-grade.js';

const NO_PARAMS = {} as const;

/**
 * The contract of one vasopressor entry.
 *
 * @internal
 */
export const VASOPRESSOR_ADMINISTRATION_CONTRACT = /* @__PURE__ */ defineContract<VasopressorAdministration>(() => ({
  fields: { agent: required(oneOfField(enumValues(Vasopressor))) },
}));

/**
 * The contract of the oxygen support: a nasal cannula is graded by its flow, so its flow is
 * required; room air has neither a flow nor an inspired fraction other than 21%.
 *
 * @see criteria DEC-10, DEC-24 (docs/criteria/decisions.md#dec-10)
 * @internal
 */
export const OXYGEN_SUPPORT_CONTRACT = /* @__PURE__ */ defineContract<OxygenSupport>(() => ({
  fields: {
    device: required(oneOfField(enumValues(OxygenDevice))),
    flowLitersPerMinute: optional(numberField(OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE)),
    inspiredOxygenFractionPercent: optional(numberField(INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE)),
  },
  rules: [
    {
      code: 'flow-required',
      at: 'flowLitersPerMinute',
      when: [{ field: 'device', oneOf: NASAL_CANNULA_DEVICES }, { field: 'flowLitersPerMinute', present: false }],
      params: (oxygen) => ({ device: oxygen['device'] as string }),
    },
    {
      code: 'flow-on-room-air',
      at: 'flowLitersPerMinute',
      when: [{ field: 'device', equals: OxygenDevice.RoomAir }, { field: 'flowLitersPerMinute', present: true }],
      params: NO_PARAMS,
    },
    {
      code: 'fraction-on-room-air',
      at: 'inspiredOxygenFractionPercent',
      when: [{ field: 'device', equals: OxygenDevice.RoomAir }, { field: 'inspiredOxygenFractionPercent', present: true }, { not: { field: 'inspiredOxygenFractionPercent', equals: 21 } }],
      params: NO_PARAMS,
    },
  ],
}));

const HIGH_DOSES = [VasopressorDose.High, VasopressorDose.RefractoryToHigh] as const;

/** A fact about vasopressors that is not allowed without one. */
function withoutVasopressors(field: string, fact: 'dose' | 'duration' | 'life-threatening-hypotension'): Rule {
  return { code: 'without-vasopressors', at: field, when: [{ field, present: true }, { field: 'vasopressors', nonEmpty: false }], params: { fact } };
}

/** `field` stating `statement` contradicts `other` holding `otherValue`; the issue is at `field`. */
function contradiction(field: string, statement: Scalar, other: string, otherValue: Scalar, reason: ContradictionReason): Rule {
  return {
    code: 'contradiction',
    at: field,
    when: [{ field, equals: statement }, { field: other, equals: otherValue }],
    params: { other, otherValue, reason },
  };
}

/**
 * The contract of a CRS assessment. The rules refuse what cannot be true together: a vasopressor
 * without hypotension, a dose or duration without a vasopressor, a high-dose time without a high
 * dose or longer than the time on vasopressors, and facts that contradict `lifeThreatening` or
 * `treatmentResponse: 'no-intervention'`.
 *
 * @see criteria DEC-08, DEC-09, DEC-11 to DEC-14, DEC-16, DEC-18 (docs/criteria/decisions.md#dec-08)
 * @internal
 */
export const CRS_ASSESSMENT_CONTRACT = /* @__PURE__ */ defineContract<CrsAssessment>(() => ({
  fields: {
    temperatureCelsius: required(numberField(TEMPERATURE_CELSIUS_RANGE, { fahrenheitRange: TEMPERATURE_FAHRENHEIT_RANGE })),
    feverMasked: optional(booleanField),
    hypotension: required(booleanField),
    vasopressors: required(listField(objectField(VASOPRESSOR_ADMINISTRATION_CONTRACT), { distinctBy: 'agent', itemName: 'agent' })),
    oxygen: required(objectField(OXYGEN_SUPPORT_CONTRACT)),
    diedOfCrs: optional(booleanField),
    constitutionalSymptoms: optional(booleanField),
    vasopressorDose: optional(oneOfField(enumValues(VasopressorDose))),
    vasopressorDurationHours: optional(numberField(VASOPRESSOR_DURATION_HOURS_RANGE)),
    highDoseVasopressorDurationHours: optional(numberField(VASOPRESSOR_DURATION_HOURS_RANGE)),
    lifeThreateningHypotension: optional(booleanField),
    multipleFluidBoluses: optional(booleanField),
    organToxicityGrade: optional(numberField(ORGAN_TOXICITY_GRADE_RANGE, { integer: true })),
    transaminitisGrade: optional(numberField(ORGAN_TOXICITY_GRADE_RANGE, { integer: true })),
    coagulopathyNeedingReplacement: optional(booleanField),
    hospitalization: optional(oneOfField(enumValues(Hospitalization))),
    intravenousTherapy: optional(booleanField),
    treatmentResponse: optional(oneOfField(enumValues(TreatmentResponse))),
    lifeThreatening: optional(booleanField),
  },
  rules: [
    {
      code: 'vasopressors-without-hypotension',
      at: 'vasopressors',
      when: [{ field: 'hypotension', equals: false }, { field: 'vasopressors', nonEmpty: true }],
      params: NO_PARAMS,
    },
    {
      code: 'boluses-without-hypotension',
      at: 'multipleFluidBoluses',
      when: [{ field: 'hypotension', equals: false }, { field: 'multipleFluidBoluses', equals: true }],
      params: NO_PARAMS,
    },
    withoutVasopressors('vasopressorDose', 'dose'),
    withoutVasopressors('vasopressorDurationHours', 'duration'),
    withoutVasopressors('lifeThreateningHypotension', 'life-threatening-hypotension'),
    {
      code: 'high-dose-duration-without-high-dose',
      at: 'highDoseVasopressorDurationHours',
      when: [{ field: 'highDoseVasopressorDurationHours', present: true }, { not: { field: 'vasopressorDose', oneOf: HIGH_DOSES } }],
      params: NO_PARAMS,
    },
    {
      code: 'high-dose-duration-too-long',
      at: 'highDoseVasopressorDurationHours',
      when: [{ field: 'highDoseVasopressorDurationHours', exceeds: 'vasopressorDurationHours' }],
      params: (assessment) => ({
        hours: assessment['highDoseVasopressorDurationHours'] as number,
        totalHours: assessment['vasopressorDurationHours'] as number,
      }),
    },
    contradiction('lifeThreateningHypotension', false, 'vasopressorDose', VasopressorDose.RefractoryToHigh, 'refractory-hypotension-is-life-threatening'),
    // `lifeThreatening: false` against facts that are life-threatening on every scale that reads them.
    contradiction('lifeThreatening', false, 'organToxicityGrade', 4, 'organ-toxicity-grade-4-is-life-threatening'),
    contradiction('lifeThreatening', false, 'oxygen.device', OxygenDevice.MechanicalVentilation, 'intubation-is-urgent-intervention'),
    contradiction('lifeThreatening', false, 'vasopressorDose', VasopressorDose.RefractoryToHigh, 'refractory-hypotension-is-life-threatening'),
    contradiction('lifeThreatening', false, 'lifeThreateningHypotension', true, 'life-threatening-hypotension-is-life-threatening'),
    // `treatmentResponse: 'no-intervention'` (CTCAE v4.03 grade 1) against any intervention.
    contradiction('treatmentResponse', TreatmentResponse.NoIntervention, 'hypotension', true, 'hypotension-is-treated'),
    {
      code: 'contradiction',
      at: 'treatmentResponse',
      // Every device but room air is supplemental oxygen.
      when: [{ field: 'treatmentResponse', equals: TreatmentResponse.NoIntervention }, { field: 'oxygen.device', oneOf: enumValues(OxygenDevice).filter((device) => device !== OxygenDevice.RoomAir) }],
      params: (assessment) => ({ other: 'oxygen.device', otherValue: (assessment['oxygen'] as OxygenSupport).device, reason: 'is-an-intervention' }),
    },
    contradiction('treatmentResponse', TreatmentResponse.NoIntervention, 'multipleFluidBoluses', true, 'is-an-intervention'),
    contradiction('treatmentResponse', TreatmentResponse.NoIntervention, 'intravenousTherapy', true, 'is-an-intervention'),
    contradiction('treatmentResponse', TreatmentResponse.NoIntervention, 'coagulopathyNeedingReplacement', true, 'is-an-intervention'),
    contradiction('treatmentResponse', TreatmentResponse.NoIntervention, 'feverMasked', true, 'masking-therapy-is-an-intervention'),
    contradiction('treatmentResponse', TreatmentResponse.NoIntervention, 'lifeThreatening', true, 'urgent-intervention-indicated'),
    contradiction('treatmentResponse', TreatmentResponse.NoIntervention, 'organToxicityGrade', 4, 'urgent-intervention-indicated'),
  ],
}));

/**
 * The contract of the options of `gradeCRS`.
 *
 * @internal
 */
export const CRS_GRADING_OPTIONS_CONTRACT = /* @__PURE__ */ defineContract<CrsGradingOptions>(() => ({
  fields: { scale: optional(oneOfField(enumValues(GradingScale))) },
}));

/**
 * The contract of a reported grade.
 *
 * @internal
 */
export const REPORTED_CRS_GRADE_CONTRACT = /* @__PURE__ */ defineContract<ReportedCrsGrade>(() => ({
  fields: {
    scale: required(oneOfField(enumValues(GradingScale))),
    grade: required(numberField({ min: 0, max: 5 }, { integer: true })),
  },
}));
