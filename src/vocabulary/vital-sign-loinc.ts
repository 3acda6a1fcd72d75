import { type DeepReadonly, defineRecord } from '../internal/deep-freeze.js';

/**
 * What an observation code measures, as far as CRS grading reads it.
 *
 * @see criteria CODE-57 to CODE-64 (docs/criteria/codes.md#code-57)
 * @example
 * ```ts
 * import { VitalSignMeasure, vitalSignLoincCodes } from 'cytokine-release-syndrome';
 * vitalSignLoincCodes['8331-1'].measures === VitalSignMeasure.BodyTemperature; // true
 * ```
 */
export const VitalSignMeasure = /* @__PURE__ */ Object.freeze({
  BodyTemperature: 'body-temperature',
  OxygenSaturation: 'oxygen-saturation',
  InhaledOxygenFlow: 'inhaled-oxygen-flow',
  InhaledOxygenConcentration: 'inhaled-oxygen-concentration',
  SystolicBloodPressure: 'systolic-blood-pressure',
  BloodPressurePanel: 'blood-pressure-panel',
  OxygenDeliveryMethod: 'oxygen-delivery-method',
} as const);

/**
 * One of the {@link VitalSignMeasure} values.
 *
 * @example
 * ```ts
 * import type { VitalSignMeasure } from 'cytokine-release-syndrome';
 * const measure: VitalSignMeasure = 'inhaled-oxygen-flow';
 * ```
 */
export type VitalSignMeasure = (typeof VitalSignMeasure)[keyof typeof VitalSignMeasure];

/**
 * LOINC codes of the observations the FHIR reader reads (system `http://loinc.org`): body
 * temperature and its site-specific codes, oxygen saturation (read only for the oxygen flow and
 * concentration it may carry as components), inhaled oxygen flow and concentration, systolic blood
 * pressure and the blood pressure panel that carries it, and the method of oxygen delivery. The
 * values are the codes themselves. Mean arterial pressure (8478-0) is not read: no hypotension rule
 * of the library uses it.
 *
 * @see criteria CODE-57 to CODE-64 (docs/criteria/codes.md#code-57)
 * @example
 * ```ts
 * import { VitalSignLoinc } from 'cytokine-release-syndrome';
 * VitalSignLoinc.InhaledOxygenFlowRate; // '3151-8'
 * ```
 */
export const VitalSignLoinc = /* @__PURE__ */ Object.freeze({
  BodyTemperature: '8310-5',
  OralTemperature: '8331-1',
  AxillaryTemperature: '8328-7',
  CoreTemperature: '8329-5',
  RectalTemperature: '8332-9',
  TympanicTemperature: '8333-7',
  BladderTemperature: '8334-5',
  EsophagealTemperature: '60836-4',
  BloodTemperature: '60834-9',
  OxygenSaturation: '2708-6',
  OxygenSaturationByPulseOximetry: '59408-5',
  InhaledOxygenFlowRate: '3151-8',
  InhaledOxygenConcentration: '3150-0',
  SystolicBloodPressure: '8480-6',
  BloodPressurePanel: '85354-9',
  OxygenDeliveryMethod: '107117-4',
} as const);

/**
 * One of the {@link VitalSignLoinc} values: a LOINC code.
 *
 * @example
 * ```ts
 * import type { VitalSignLoinc } from 'cytokine-release-syndrome';
 * const code: VitalSignLoinc = '8310-5';
 * ```
 */
export type VitalSignLoinc = (typeof VitalSignLoinc)[keyof typeof VitalSignLoinc];

/**
 * A {@link vitalSignLoincCodes} entry.
 *
 * @example
 * ```ts
 * import { vitalSignLoincCodes, type VitalSignLoincEntry } from 'cytokine-release-syndrome';
 * const entry: VitalSignLoincEntry = vitalSignLoincCodes['8480-6'];
 * entry.ucumUnits; // ['mm[Hg]']
 * ```
 */
export interface VitalSignLoincEntry {
  /** The LOINC display as seen in the sources (English; the code system's own wording, not a UI label). */
  readonly display: string;
  /** What the code measures. */
  readonly measures: VitalSignMeasure;
  /** The UCUM units its value is expected in (`[]` for a code that carries no value of its own). */
  readonly ucumUnits: readonly string[];
}

const TEMPERATURE_UNITS = ['Cel', '[degF]'];

function temperature(display: string): VitalSignLoincEntry {
  return { display, measures: VitalSignMeasure.BodyTemperature, ucumUnits: TEMPERATURE_UNITS };
}

/**
 * Reference data for every {@link VitalSignLoinc} code.
 *
 * @see criteria CODE-57 to CODE-64 (docs/criteria/codes.md#code-57)
 * @example
 * ```ts
 * import { vitalSignLoincCodes } from 'cytokine-release-syndrome';
 * vitalSignLoincCodes['107117-4'].display; // 'Method of oxygen delivery'
 * ```
 */
export const vitalSignLoincCodes: DeepReadonly<Record<VitalSignLoinc, VitalSignLoincEntry>> = /* @__PURE__ */ defineRecord(() => ({
  [VitalSignLoinc.BodyTemperature]: temperature('Body temperature'),
  [VitalSignLoinc.OralTemperature]: temperature('Oral temperature'),
  [VitalSignLoinc.AxillaryTemperature]: temperature('Axillary temperature'),
  [VitalSignLoinc.CoreTemperature]: temperature('Body temperature - Core'),
  [VitalSignLoinc.RectalTemperature]: temperature('Rectal temperature'),
  [VitalSignLoinc.TympanicTemperature]: temperature('Tympanic membrane temperature'),
  [VitalSignLoinc.BladderTemperature]: temperature('Body temperature - Urinary bladder'),
  [VitalSignLoinc.EsophagealTemperature]: temperature('Esophageal temperature'),
  [VitalSignLoinc.BloodTemperature]: temperature('Blood temperature'),
  [VitalSignLoinc.OxygenSaturation]: {
    display: 'Oxygen saturation in Arterial blood',
    measures: VitalSignMeasure.OxygenSaturation,
    ucumUnits: ['%'],
  },
  [VitalSignLoinc.OxygenSaturationByPulseOximetry]: {
    display: 'Oxygen saturation in Arterial blood by Pulse oximetry',
    measures: VitalSignMeasure.OxygenSaturation,
    ucumUnits: ['%'],
  },
  [VitalSignLoinc.InhaledOxygenFlowRate]: { display: 'Inhaled oxygen flow rate', measures: VitalSignMeasure.InhaledOxygenFlow, ucumUnits: ['L/min'] },
  [VitalSignLoinc.InhaledOxygenConcentration]: {
    display: 'Inhaled oxygen concentration',
    measures: VitalSignMeasure.InhaledOxygenConcentration,
    ucumUnits: ['%'],
  },
  [VitalSignLoinc.SystolicBloodPressure]: {
    display: 'Systolic blood pressure',
    measures: VitalSignMeasure.SystolicBloodPressure,
    ucumUnits: ['mm[Hg]'],
  },
  [VitalSignLoinc.BloodPressurePanel]: {
    display: 'Blood pressure panel with all children optional',
    measures: VitalSignMeasure.BloodPressurePanel,
    ucumUnits: [],
  },
  [VitalSignLoinc.OxygenDeliveryMethod]: { display: 'Method of oxygen delivery', measures: VitalSignMeasure.OxygenDeliveryMethod, ucumUnits: [] },
}));
