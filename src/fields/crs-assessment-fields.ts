import { CRS_ASSESSMENT_CONTRACT } from '../crs/contract.js';
import type { CrsFieldKey } from '../locale/locale.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { enumValues } from '../vocabulary/vocabulary.js';
import { type FieldDescriptor, type FieldExtras, describeContract } from './field-descriptor.js';

/** A field of a CRS assessment, with the scales that read it. */
export interface CrsFieldDescriptor extends FieldDescriptor<CrsFieldKey> {
  /**
   * The scales whose grade can depend on this field. Every other scale gives the same result
   * whatever the field holds (tested), so a form for one scale may hide the rest.
   */
  readonly neededBy: readonly GradingScale[];
}

const EXTRAS: Readonly<Partial<Record<CrsFieldKey, FieldExtras>>> = {
  temperatureCelsius: { unit: 'Cel', step: 0.1 },
  vasopressors: { vocabulary: 'vasopressors' },
  'vasopressors.agent': { vocabulary: 'vasopressors' },
  'oxygen.device': { vocabulary: 'oxygenDevices' },
  'oxygen.flowLitersPerMinute': { unit: 'L/min', step: 0.1 },
  'oxygen.inspiredOxygenFractionPercent': { unit: '%', step: 1 },
  vasopressorDose: { vocabulary: 'vasopressorDoses' },
  vasopressorDurationHours: { unit: 'h' },
  highDoseVasopressorDurationHours: { unit: 'h' },
  organToxicityGrade: { step: 1 },
  transaminitisGrade: { step: 1 },
  hospitalization: { vocabulary: 'hospitalizations' },
  treatmentResponse: { vocabulary: 'treatmentResponses' },
};

/**
 * Which scales read each field (built on demand, so that a bundle without the descriptors drops it).
 *
 * @see criteria DEC-07 (docs/criteria/decisions.md#dec-07)
 */
function neededBy(): Readonly<Record<CrsFieldKey, readonly GradingScale[]>> {
  const ALL = enumValues(GradingScale);
  const CTCAE = [GradingScale.CtcaeV403, GradingScale.CtcaeV50, GradingScale.CtcaeV60] as const;
  return {
    temperatureCelsius: ALL,
    feverMasked: [GradingScale.Astct2019],
    hypotension: ALL,
    vasopressors: ALL,
    'vasopressors.agent': ALL,
    oxygen: ALL,
    'oxygen.device': ALL,
    'oxygen.flowLitersPerMinute': [GradingScale.Astct2019, GradingScale.CtcaeV60],
    'oxygen.inspiredOxygenFractionPercent': [GradingScale.CtcaeV50, GradingScale.Lee2014, GradingScale.Mskcc2018, GradingScale.Cartox2018],
    diedOfCrs: ALL,
    constitutionalSymptoms: [GradingScale.CtcaeV403, GradingScale.Lee2014, GradingScale.Penn2018, GradingScale.Mskcc2018],
    vasopressorDose: [...CTCAE, GradingScale.Lee2014, GradingScale.Penn2018, GradingScale.Mskcc2018, GradingScale.Cartox2018],
    vasopressorDurationHours: [GradingScale.Lee2014, GradingScale.Mskcc2018],
    highDoseVasopressorDurationHours: [GradingScale.Lee2014],
    lifeThreateningHypotension: [...CTCAE, GradingScale.Penn2018, GradingScale.Cartox2018],
    multipleFluidBoluses: [GradingScale.Penn2018],
    organToxicityGrade: [...CTCAE, GradingScale.Lee2014, GradingScale.Penn2018, GradingScale.Cartox2018],
    transaminitisGrade: [GradingScale.Lee2014, GradingScale.Penn2018, GradingScale.Cartox2018],
    coagulopathyNeedingReplacement: [GradingScale.Penn2018],
    hospitalization: [GradingScale.CtcaeV403, GradingScale.Penn2018],
    intravenousTherapy: [GradingScale.Penn2018],
    treatmentResponse: [GradingScale.CtcaeV403],
    lifeThreatening: [...CTCAE, GradingScale.Penn2018],
  };
}

/**
 * Every field of a CRS assessment, for a form or a table: its form key and path, kind, unit, range
 * and step, allowed values, whether it is required, the scales that read it, and the cross-field
 * rules that report at it. Derived from the validator's own contract, so it cannot drift from what
 * `gradeCRS` accepts. Labels and help come from a locale (see `localizeField`).
 *
 * @example
 * ```ts
 * import { crsAssessmentFields } from 'cytokine-release-syndrome';
 * const flow = crsAssessmentFields.find((field) => field.key === 'oxygen.flowLitersPerMinute');
 * flow?.unit; // 'L/min'
 * flow?.range; // { min: 0, minExclusive: true, max: 100, unit: 'L/min' }
 * flow?.rules.map((rule) => rule.code); // ['flow-required', 'flow-on-room-air']
 * crsAssessmentFields.find((field) => field.key === 'multipleFluidBoluses')?.neededBy; // ['penn-2018']
 * ```
 */
export const crsAssessmentFields: readonly CrsFieldDescriptor[] = /* @__PURE__ */ (() => {
  const scales = neededBy();
  return Object.freeze(
    describeContract<CrsFieldKey>('crs', CRS_ASSESSMENT_CONTRACT as never, EXTRAS).map((field) =>
      Object.freeze({ ...field, neededBy: Object.freeze(scales[field.key]) })
    )
  );
})();
