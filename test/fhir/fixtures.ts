// FHIR R4 fixtures for the reader and writer tests, written for this project. They are shaped like
// the FHIR R4 specification's own examples (body temperature, the entered-in-error oral temperature,
// SpO2, blood pressure, a MedicationAdministration with a contained Medication, an AdverseEvent) and
// like Synthea's output (UUID fullUrls, RxNorm clinical-drug codes, vital-sign categories), with the
// codes and values those examples use. Typed with @medplum/fhirtypes, so they also show that such
// resources fit the reader.
import type { AdverseEvent, Bundle, BundleEntry, Medication, MedicationAdministration, Observation, Procedure, Resource } from '@medplum/fhirtypes';

export const LOINC = 'http://loinc.org';
export const SNOMED = 'http://snomed.info/sct';
export const RXNORM = 'http://www.nlm.nih.gov/research/umls/rxnorm';
export const ATC = 'http://www.whocc.no/atc';
export const UCUM = 'http://unitsofmeasure.org';
const VITAL_SIGNS = [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs', display: 'Vital Signs' }] }];
const PATIENT = { reference: 'Patient/p1' };

type Status = Observation['status'];

/** A body temperature; `code` defaults to the generic LOINC code. */
export function temperature(id: string, at: string, value: number, unit: 'Cel' | '[degF]' | 'degF' = 'Cel', options: { status?: Status; loinc?: string[] } = {}): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: options.status ?? 'final',
    category: VITAL_SIGNS,
    code: { coding: (options.loinc ?? ['8310-5']).map((code) => ({ system: LOINC, code })) },
    subject: PATIENT,
    effectiveDateTime: at,
    valueQuantity: { value, unit: unit === 'Cel' ? 'C' : '°F', system: UCUM, code: unit },
  };
}

/** An inhaled oxygen flow of its own (0 L/min is room air). */
export function flow(id: string, at: string, litersPerMinute: number, status: Status = 'final'): Observation {
  return {
    resourceType: 'Observation',
    id,
    status,
    category: VITAL_SIGNS,
    code: { coding: [{ system: LOINC, code: '3151-8', display: 'Inhaled oxygen flow rate' }] },
    subject: PATIENT,
    effectiveDateTime: at,
    valueQuantity: { value: litersPerMinute, unit: 'L/min', system: UCUM, code: 'L/min' },
  };
}

/** An SpO2 observation carrying the oxygen flow (and optionally the concentration) as components, as US Core does. */
export function saturation(id: string, at: string, percent: number, litersPerMinute: number, fractionPercent?: number): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: VITAL_SIGNS,
    code: {
      coding: [
        { system: LOINC, code: '2708-6', display: 'Oxygen saturation in Arterial blood' },
        { system: LOINC, code: '59408-5', display: 'Oxygen saturation in Arterial blood by Pulse oximetry' },
      ],
    },
    subject: PATIENT,
    effectiveDateTime: at,
    valueQuantity: { value: percent, unit: '%', system: UCUM, code: '%' },
    component: [
      { code: { coding: [{ system: LOINC, code: '3151-8' }] }, valueQuantity: { value: litersPerMinute, unit: 'L/min', system: UCUM, code: 'L/min' } },
      ...(fractionPercent === undefined ? [] : [{ code: { coding: [{ system: LOINC, code: '3150-0' }] }, valueQuantity: { value: fractionPercent, unit: '%', system: UCUM, code: '%' } }]),
    ],
  };
}

/** The method of oxygen delivery, coded (SNOMED CT device, or the LOINC room-air answer). */
export function device(id: string, at: string, system: string, code: string): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    code: { coding: [{ system: LOINC, code: '107117-4', display: 'Method of oxygen delivery' }] },
    subject: PATIENT,
    effectiveDateTime: at,
    valueCodeableConcept: { coding: [{ system, code }] },
  };
}

/** A blood pressure panel with systolic and diastolic components, in mm[Hg]. */
export function bloodPressure(id: string, at: string, systolic: number, diastolic: number, unit = 'mm[Hg]'): Observation {
  return {
    resourceType: 'Observation',
    id,
    status: 'final',
    category: VITAL_SIGNS,
    code: { coding: [{ system: LOINC, code: '85354-9', display: 'Blood pressure panel with all children optional' }] },
    subject: PATIENT,
    effectiveDateTime: at,
    component: [
      { code: { coding: [{ system: LOINC, code: '8480-6', display: 'Systolic blood pressure' }] }, valueQuantity: { value: systolic, unit: 'mmHg', system: UCUM, code: unit } },
      { code: { coding: [{ system: LOINC, code: '8462-4', display: 'Diastolic blood pressure' }] }, valueQuantity: { value: diastolic, unit: 'mmHg', system: UCUM, code: unit } },
    ],
  };
}

/** An administration of a drug coded directly. */
export function administration(id: string, time: string | { start?: string; end?: string }, system: string, code: string, display?: string, status: MedicationAdministration['status'] = 'completed'): MedicationAdministration {
  return {
    resourceType: 'MedicationAdministration',
    id,
    status,
    medicationCodeableConcept: { coding: [{ system, code, ...(display === undefined ? {} : { display }) }], ...(display === undefined ? {} : { text: display }) },
    subject: PATIENT,
    ...(typeof time === 'string' ? { effectiveDateTime: time } : { effectivePeriod: time }),
  };
}

/** A procedure of giving oxygen with a device (`usedCode`). */
export function oxygenProcedure(id: string, period: { start?: string; end?: string }, usedCode: string, code = '371907003', status: Procedure['status'] = 'in-progress'): Procedure {
  return {
    resourceType: 'Procedure',
    id,
    status,
    code: { coding: [{ system: SNOMED, code }] },
    usedCode: [{ coding: [{ system: SNOMED, code: usedCode }] }],
    subject: PATIENT,
    performedPeriod: period,
  };
}

/** Shaped like the R4 example "observation-example-body-temperature": 36.5 Cel, 8310-5. */
export const SPEC_BODY_TEMPERATURE: Observation = {
  resourceType: 'Observation',
  id: 'body-temperature',
  meta: { profile: ['http://hl7.org/fhir/StructureDefinition/vitalsigns'] },
  status: 'final',
  category: VITAL_SIGNS,
  code: { coding: [{ system: LOINC, code: '8310-5', display: 'Body temperature' }], text: 'Body temperature' },
  subject: { reference: 'Patient/example' },
  effectiveDateTime: '1999-07-02',
  valueQuantity: { value: 36.5, unit: 'C', system: UCUM, code: 'Cel' },
};

/**
 * Shaped like the R4 example "observation-example-f202-temperature": an oral temperature of 39 °C
 * coded with 8310-5 and 8331-1 and a local code, entered in error, with no effective time.
 */
export const SPEC_ENTERED_IN_ERROR_ORAL_TEMPERATURE: Observation = {
  resourceType: 'Observation',
  id: 'f202',
  status: 'entered-in-error',
  category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'vital-signs' }] }],
  code: {
    coding: [
      { system: 'urn:oid:2.16.840.1.113883.6.96', code: 'BT', display: 'Body temperature' },
      { system: LOINC, code: '8310-5', display: 'Body temperature' },
      { system: LOINC, code: '8331-1', display: 'Oral temperature' },
    ],
  },
  subject: { reference: 'Patient/f201' },
  issued: '2013-04-04T13:27:00+01:00',
  valueQuantity: { value: 39, unit: 'degrees C', system: UCUM, code: 'Cel' },
};

/** Shaped like the R4 example "observation-example-satO2": 95 %, 2708-6 and 59408-5 (and the MDC code). */
export const SPEC_OXYGEN_SATURATION: Observation = {
  resourceType: 'Observation',
  id: 'satO2',
  status: 'final',
  category: VITAL_SIGNS,
  code: {
    coding: [
      { system: LOINC, code: '2708-6', display: 'Oxygen saturation in Arterial blood' },
      { system: LOINC, code: '59408-5', display: 'Oxygen saturation in Arterial blood by pulse oximetry' },
      { system: 'urn:iso:std:iso:11073:10101', code: '150456', display: 'MDC_PULS_OXIM_SAT_O2' },
    ],
  },
  subject: { reference: 'Patient/example' },
  effectiveDateTime: '2014-12-05T09:30:10+01:00',
  valueQuantity: { value: 95, unit: '%', system: UCUM, code: '%' },
};

/** Shaped like the R4 example "observation-example-bloodpressure": 107/60 mm[Hg]. */
export const SPEC_BLOOD_PRESSURE: Observation = { ...bloodPressure('blood-pressure', '2012-09-17', 107, 60), subject: { reference: 'Patient/example' } };

/**
 * Shaped like the R4 example "medicationadministrationexample3": the Medication is contained and
 * reached through `#med0303`. Here it is a norepinephrine product with one ingredient.
 */
export const SPEC_CONTAINED_MEDICATION_ADMINISTRATION: MedicationAdministration = {
  resourceType: 'MedicationAdministration',
  id: 'medadmin0303',
  contained: [
    {
      resourceType: 'Medication',
      id: 'med0303',
      code: { coding: [{ system: RXNORM, code: '242969', display: '4 ML norepinephrine 1 MG/ML Injection' }] },
      ingredient: [{ itemCodeableConcept: { coding: [{ system: RXNORM, code: '7512', display: 'norepinephrine' }] } }],
    } satisfies Medication,
  ],
  status: 'completed',
  medicationReference: { reference: '#med0303' },
  subject: { reference: 'Patient/example' },
  effectivePeriod: { start: '2015-01-15T04:30:00+01:00', end: '2015-01-15T14:30:00+01:00' },
};

/** Shaped like the R4 example "adverseevent-example": actual, Non-serious, mild. */
export const SPEC_ADVERSE_EVENT: AdverseEvent = {
  resourceType: 'AdverseEvent',
  id: 'example',
  actuality: 'actual',
  event: { coding: [{ system: SNOMED, code: '304386008', display: 'O/E - itchy rash' }], text: 'This was a mild rash on the left forearm' },
  subject: { reference: 'Patient/example' },
  date: '2017-01-29T12:34:56+00:00',
  seriousness: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adverse-event-seriousness', code: 'Non-serious', display: 'Non-serious' }] },
  severity: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/adverse-event-severity', code: 'mild', display: 'Mild' }] },
};

/** Synthea style: a MedicationAdministration coded with the clinical drug 242969, not the ingredient. */
export const SYNTHEA_NOREPINEPHRINE: MedicationAdministration = {
  resourceType: 'MedicationAdministration',
  id: '5b1f7f4e-7c0a-4e6b-9a53-2c8e7a1d9b01',
  status: 'completed',
  medicationCodeableConcept: { coding: [{ system: RXNORM, code: '242969', display: '4 ML norepinephrine 1 MG/ML Injection' }], text: '4 ML norepinephrine 1 MG/ML Injection' },
  subject: { reference: 'urn:uuid:6a9c1c4e-0b7b-4f2e-8a1d-5e3f2a9c7d10' },
  context: { reference: 'urn:uuid:0f3c5d2a-9b8e-4a71-b6c4-2d1e9f8a7b65' },
  effectiveDateTime: '2026-03-05T03:10:00-05:00',
};

/** Synthea style: mean arterial pressure (8478-0), which the reader does not use. */
export const SYNTHEA_MEAN_ARTERIAL_PRESSURE: Observation = {
  resourceType: 'Observation',
  id: '9d2e4f6a-1b3c-4d5e-8f70-a1b2c3d4e5f6',
  status: 'final',
  category: VITAL_SIGNS,
  code: { coding: [{ system: LOINC, code: '8478-0', display: 'Mean blood pressure' }], text: 'Mean blood pressure' },
  subject: { reference: 'urn:uuid:6a9c1c4e-0b7b-4f2e-8a1d-5e3f2a9c7d10' },
  effectiveDateTime: '2026-03-05T03:00:00-05:00',
  issued: '2026-03-05T03:00:00.000-05:00',
  valueQuantity: { value: 58, unit: 'mm[Hg]', system: UCUM, code: 'mm[Hg]' },
};

/** Synthea style: mechanical ventilation as a procedure (40617009) over a period. */
export const SYNTHEA_VENTILATION: Procedure = {
  resourceType: 'Procedure',
  id: '3c4d5e6f-7a8b-4c9d-8e0f-1a2b3c4d5e6f',
  status: 'completed',
  code: { coding: [{ system: SNOMED, code: '40617009', display: 'Artificial respiration (procedure)' }], text: 'Artificial respiration (procedure)' },
  subject: { reference: 'urn:uuid:6a9c1c4e-0b7b-4f2e-8a1d-5e3f2a9c7d10' },
  performedPeriod: { start: '2026-03-05T04:00:00-05:00', end: '2026-03-06T10:00:00-05:00' },
};

/** Puts resources in a collection Bundle, with `urn:uuid` fullUrls as Synthea writes them. */
export function bundleOf(resources: readonly Resource[]): Bundle {
  const entry: BundleEntry[] = resources.map((resource, index) => ({ fullUrl: `urn:uuid:00000000-0000-4000-8000-${String(index).padStart(12, '0')}`, resource }));
  return { resourceType: 'Bundle', type: 'collection', entry };
}
