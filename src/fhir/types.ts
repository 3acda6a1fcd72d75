// The library's own structural types for the FHIR R4 it reads and writes. Input types accept
// `undefined` on every optional field, so resources typed by any FHIR type package (e.g.
// @medplum/fhirtypes) fit them; output types are plain mutable R4 shapes without `undefined`, so
// they can be assigned to such packages' types. The reader checks everything at run time anyway.

/**
 * A FHIR Coding as the reader takes it.
 *
 * @example
 * ```ts
 * import type { FhirCoding } from 'cytokine-release-syndrome/fhir';
 * const coding: FhirCoding = { system: 'http://loinc.org', code: '8310-5', display: 'Body temperature' };
 * ```
 */
export interface FhirCoding {
  readonly system?: string | undefined;
  readonly code?: string | undefined;
  readonly display?: string | undefined;
}

/**
 * A FHIR CodeableConcept as the reader takes it.
 *
 * @example
 * ```ts
 * import type { FhirCodeableConcept } from 'cytokine-release-syndrome/fhir';
 * const device: FhirCodeableConcept = { coding: [{ system: 'http://snomed.info/sct', code: '336623009' }], text: 'Nasal cannula' };
 * ```
 */
export interface FhirCodeableConcept {
  readonly coding?: readonly FhirCoding[] | undefined;
  readonly text?: string | undefined;
}

/**
 * A FHIR Quantity as the reader takes it: the unit is read from `code` (UCUM).
 *
 * @example
 * ```ts
 * import type { FhirQuantity } from 'cytokine-release-syndrome/fhir';
 * const flow: FhirQuantity = { value: 2, unit: 'L/min', system: 'http://unitsofmeasure.org', code: 'L/min' };
 * ```
 */
export interface FhirQuantity {
  readonly value?: number | undefined;
  readonly unit?: string | undefined;
  readonly system?: string | undefined;
  readonly code?: string | undefined;
}

/**
 * A FHIR Reference as the reader and the writers take it.
 *
 * @example
 * ```ts
 * import type { FhirReference } from 'cytokine-release-syndrome/fhir';
 * const subject: FhirReference = { reference: 'Patient/example' };
 * ```
 */
export interface FhirReference {
  readonly reference?: string | undefined;
  readonly display?: string | undefined;
}

/**
 * A FHIR Period.
 *
 * @example
 * ```ts
 * import type { FhirPeriod } from 'cytokine-release-syndrome/fhir';
 * const running: FhirPeriod = { start: '2026-03-05T18:00:00+01:00' };
 * ```
 */
export interface FhirPeriod {
  readonly start?: string | undefined;
  readonly end?: string | undefined;
}

/**
 * Any FHIR resource: only its type and id are known to the type system; the reader checks the
 * rest of each resource it reads at run time.
 *
 * @example
 * ```ts
 * import type { FhirResource } from 'cytokine-release-syndrome/fhir';
 * const patient: FhirResource = { resourceType: 'Patient', id: 'example' };
 * ```
 */
export interface FhirResource {
  readonly resourceType: string;
  readonly id?: string | undefined;
}

/**
 * One component of an Observation (e.g. the systolic pressure of a blood pressure panel, or the
 * oxygen flow of an SpO2 observation).
 *
 * @example
 * ```ts
 * import type { FhirObservationComponent } from 'cytokine-release-syndrome/fhir';
 * const flow: FhirObservationComponent = {
 *   code: { coding: [{ system: 'http://loinc.org', code: '3151-8' }] },
 *   valueQuantity: { value: 6, unit: 'L/min', system: 'http://unitsofmeasure.org', code: 'L/min' },
 * };
 * ```
 */
export interface FhirObservationComponent {
  readonly code?: FhirCodeableConcept | undefined;
  readonly valueQuantity?: FhirQuantity | undefined;
  readonly valueCodeableConcept?: FhirCodeableConcept | undefined;
  readonly dataAbsentReason?: FhirCodeableConcept | undefined;
}

/**
 * An R4 Observation as the reader takes it.
 *
 * @example
 * ```ts
 * import type { FhirObservation } from 'cytokine-release-syndrome/fhir';
 * const temperature: FhirObservation = {
 *   resourceType: 'Observation',
 *   id: 'temp-1',
 *   status: 'final',
 *   code: { coding: [{ system: 'http://loinc.org', code: '8310-5' }] },
 *   effectiveDateTime: '2026-03-03T08:00:00+01:00',
 *   valueQuantity: { value: 38.6, unit: 'C', system: 'http://unitsofmeasure.org', code: 'Cel' },
 * };
 * ```
 */
export interface FhirObservation extends FhirResource {
  readonly resourceType: 'Observation';
  readonly status?: string | undefined;
  readonly code?: FhirCodeableConcept | undefined;
  readonly effectiveDateTime?: string | undefined;
  readonly effectiveInstant?: string | undefined;
  readonly effectivePeriod?: FhirPeriod | undefined;
  readonly valueQuantity?: FhirQuantity | undefined;
  readonly valueCodeableConcept?: FhirCodeableConcept | undefined;
  readonly dataAbsentReason?: FhirCodeableConcept | undefined;
  readonly component?: readonly FhirObservationComponent[] | undefined;
}

/**
 * An R4 Medication as the reader takes it: its code, and its ingredients (read only when there is
 * exactly one).
 *
 * @example
 * ```ts
 * import type { FhirMedication } from 'cytokine-release-syndrome/fhir';
 * const medication: FhirMedication = {
 *   resourceType: 'Medication',
 *   id: 'med-1',
 *   code: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '7512' }] },
 * };
 * ```
 */
export interface FhirMedication extends FhirResource {
  readonly resourceType: 'Medication';
  readonly code?: FhirCodeableConcept | undefined;
  readonly ingredient?: readonly { readonly itemCodeableConcept?: FhirCodeableConcept | undefined }[] | undefined;
}

/**
 * An R4 MedicationAdministration as the reader takes it.
 *
 * @example
 * ```ts
 * import type { FhirMedicationAdministration } from 'cytokine-release-syndrome/fhir';
 * const given: FhirMedicationAdministration = {
 *   resourceType: 'MedicationAdministration',
 *   id: 'toci-1',
 *   status: 'completed',
 *   medicationCodeableConcept: { coding: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '612865' }] },
 *   subject: { reference: 'Patient/example' },
 *   effectiveDateTime: '2026-03-04T09:00:00+01:00',
 * };
 * ```
 */
export interface FhirMedicationAdministration extends FhirResource {
  readonly resourceType: 'MedicationAdministration';
  readonly status?: string | undefined;
  readonly contained?: readonly FhirResource[] | undefined;
  readonly medicationCodeableConcept?: FhirCodeableConcept | undefined;
  readonly medicationReference?: FhirReference | undefined;
  readonly subject?: FhirReference | undefined;
  readonly effectiveDateTime?: string | undefined;
  readonly effectivePeriod?: FhirPeriod | undefined;
}

/**
 * An R4 Procedure as the reader takes it: a procedure of giving oxygen, or the device used.
 *
 * @example
 * ```ts
 * import type { FhirProcedure } from 'cytokine-release-syndrome/fhir';
 * const highFlow: FhirProcedure = {
 *   resourceType: 'Procedure',
 *   status: 'in-progress',
 *   code: { coding: [{ system: 'http://snomed.info/sct', code: '371907003' }] },
 *   usedCode: [{ coding: [{ system: 'http://snomed.info/sct', code: '426854004' }] }],
 *   subject: { reference: 'Patient/example' },
 *   performedPeriod: { start: '2026-03-05T18:00:00+01:00' },
 * };
 * ```
 */
export interface FhirProcedure extends FhirResource {
  readonly resourceType: 'Procedure';
  readonly status?: string | undefined;
  readonly code?: FhirCodeableConcept | undefined;
  readonly usedCode?: readonly FhirCodeableConcept[] | undefined;
  readonly subject?: FhirReference | undefined;
  readonly performedDateTime?: string | undefined;
  readonly performedPeriod?: FhirPeriod | undefined;
}

/**
 * An R4 Bundle as the reader takes it: its entries' resources, and their `fullUrl`s, which
 * references may use.
 *
 * @typeParam Entry - the type of its resources (any FHIR resource type fits).
 * @example
 * ```ts
 * import type { FhirBundle } from 'cytokine-release-syndrome/fhir';
 * const bundle: FhirBundle = { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'urn:uuid:1', resource: { resourceType: 'Patient' } }] };
 * ```
 */
export interface FhirBundle<Entry extends FhirResource = FhirResource> extends FhirResource {
  readonly resourceType: 'Bundle';
  readonly type?: string | undefined;
  readonly entry?: readonly { readonly fullUrl?: string | undefined; readonly resource?: Entry | undefined }[] | undefined;
}

/**
 * A Coding the writers emit.
 *
 * @example
 * ```ts
 * import type { FhirCodingOut } from 'cytokine-release-syndrome/fhir';
 * const severity: FhirCodingOut = { system: 'http://terminology.hl7.org/CodeSystem/adverse-event-severity', code: 'severe' };
 * ```
 */
export interface FhirCodingOut {
  system: string;
  code: string;
  display?: string;
}

/**
 * A CodeableConcept the writers emit.
 *
 * @example
 * ```ts
 * import type { FhirCodeableConceptOut } from 'cytokine-release-syndrome/fhir';
 * const concept: FhirCodeableConceptOut = { coding: [{ system: 'http://snomed.info/sct', code: '710027002' }], text: 'Cytokine release syndrome' };
 * ```
 */
export interface FhirCodeableConceptOut {
  coding: FhirCodingOut[];
  text?: string;
}

/**
 * A Reference the writers emit: a copy of the one the caller gave.
 *
 * @example
 * ```ts
 * import type { FhirReferenceOut } from 'cytokine-release-syndrome/fhir';
 * const subject: FhirReferenceOut = { reference: 'Patient/example' };
 * ```
 */
export interface FhirReferenceOut {
  reference?: string;
  display?: string;
}

/**
 * An extension the writers emit: the grade, or the grading scale.
 *
 * @example
 * ```ts
 * import { GRADING_SCALE_EXTENSION_URL, type FhirExtensionOut } from 'cytokine-release-syndrome/fhir';
 * const scale: FhirExtensionOut = { url: GRADING_SCALE_EXTENSION_URL, valueCoding: { system: 'urn:example', code: 'astct-2019' } };
 * ```
 */
export interface FhirExtensionOut {
  url: string;
  valueCodeableConcept?: FhirCodeableConceptOut;
  valueCoding?: FhirCodingOut;
}

/**
 * The R4 AdverseEvent that {@link toFhirAdverseEvent} writes.
 *
 * @example
 * ```ts
 * import type { FhirAdverseEvent } from 'cytokine-release-syndrome/fhir';
 * const read = (event: FhirAdverseEvent): string => event.severity.coding[0]?.code ?? '';
 * ```
 */
export interface FhirAdverseEvent {
  resourceType: 'AdverseEvent';
  id?: string;
  extension: FhirExtensionOut[];
  actuality: 'actual';
  event: FhirCodeableConceptOut;
  subject: FhirReferenceOut;
  date?: string;
  recordedDate?: string;
  resultingCondition?: FhirReferenceOut[];
  severity: FhirCodeableConceptOut;
  outcome?: FhirCodeableConceptOut;
  suspectEntity?: { instance: FhirReferenceOut }[];
}

/**
 * The R4 Condition that {@link toFhirCondition} writes.
 *
 * @example
 * ```ts
 * import type { FhirCondition } from 'cytokine-release-syndrome/fhir';
 * const icd10Cm = (condition: FhirCondition): string => condition.code.coding[0]?.code ?? '';
 * ```
 */
export interface FhirCondition {
  resourceType: 'Condition';
  id?: string;
  extension: FhirExtensionOut[];
  clinicalStatus?: FhirCodeableConceptOut;
  verificationStatus?: FhirCodeableConceptOut;
  code: FhirCodeableConceptOut;
  subject: FhirReferenceOut;
  onsetDateTime?: string;
  abatementDateTime?: string;
  recordedDate?: string;
  evidence?: { detail: FhirReferenceOut[] }[];
}
