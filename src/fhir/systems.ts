/**
 * The code system URIs the FHIR entry reads and writes. ICD-10-CM is the US clinical modification
 * (`http://hl7.org/fhir/sid/icd-10-cm`), never the WHO ICD-10 URI. MedDRA is `https://www.meddra.org`,
 * the URI of HL7 Terminology; the older `http://terminology.hl7.org/CodeSystem/MDRAE` is retired.
 *
 * @see criteria CODE-85 (docs/criteria/codes.md#code-85)
 * @example
 * ```ts
 * import { FhirSystem } from 'cytokine-release-syndrome/fhir';
 * FhirSystem.Icd10Cm; // 'http://hl7.org/fhir/sid/icd-10-cm'
 * ```
 */
export const FhirSystem = /* @__PURE__ */ Object.freeze({
  Loinc: 'http://loinc.org',
  SnomedCt: 'http://snomed.info/sct',
  RxNorm: 'http://www.nlm.nih.gov/research/umls/rxnorm',
  Atc: 'http://www.whocc.no/atc',
  Ucum: 'http://unitsofmeasure.org',
  Icd10Cm: 'http://hl7.org/fhir/sid/icd-10-cm',
  MedDra: 'https://www.meddra.org',
  NciThesaurus: 'http://ncicb.nci.nih.gov/xml/owl/EVS/Thesaurus.owl',
  AdverseEventSeverity: 'http://terminology.hl7.org/CodeSystem/adverse-event-severity',
  AdverseEventOutcome: 'http://terminology.hl7.org/CodeSystem/adverse-event-outcome',
  ConditionClinicalStatus: 'http://terminology.hl7.org/CodeSystem/condition-clinical',
  ConditionVerificationStatus: 'http://terminology.hl7.org/CodeSystem/condition-ver-status',
} as const);

/**
 * One of the {@link FhirSystem} URIs.
 *
 * @example
 * ```ts
 * import type { FhirSystem } from 'cytokine-release-syndrome/fhir';
 * const system: FhirSystem = 'http://loinc.org';
 * ```
 */
export type FhirSystem = (typeof FhirSystem)[keyof typeof FhirSystem];

/**
 * The AE Clinical Research R4 backport extension that carries an adverse event's grade
 * (`valueCodeableConcept`, NCI Thesaurus grade codes). The library uses the extension on a plain
 * R4 AdverseEvent; it does not claim the backport's AdverseEvent profile.
 *
 * @see criteria CODE-84 (docs/criteria/codes.md#code-84)
 * @see criteria DEC-55 (docs/criteria/decisions.md#dec-55)
 * @example
 * ```ts
 * import { AE_GRADE_EXTENSION_URL } from 'cytokine-release-syndrome/fhir';
 * AE_GRADE_EXTENSION_URL.endsWith('/StructureDefinition/ae-grade'); // true
 * ```
 */
export const AE_GRADE_EXTENSION_URL = 'http://hl7.org/fhir/uv/ae-research-backport-ig/StructureDefinition/ae-grade';

/**
 * The library's own extension that names the grading scale of a written AdverseEvent or Condition
 * (`valueCoding` in {@link GRADING_SCALE_CODE_SYSTEM}). No standard code for a CRS grading scale
 * exists, so the library owns this identifier. It is a UUID URN (RFC 4122): globally unique and
 * under no domain the library does not own. It never changes; its meaning is documented in
 * docs/fhir.md and DEC-55.
 *
 * @see criteria DEC-55 (docs/criteria/decisions.md#dec-55)
 * @example
 * ```ts
 * import { GRADING_SCALE_EXTENSION_URL } from 'cytokine-release-syndrome/fhir';
 * GRADING_SCALE_EXTENSION_URL; // 'urn:uuid:d56adcca-7ffc-4580-a9a3-c8d128700905'
 * ```
 */
export const GRADING_SCALE_EXTENSION_URL = 'urn:uuid:d56adcca-7ffc-4580-a9a3-c8d128700905';

/**
 * The library's own code system for grading scales: its codes are the library's `GradingScale`
 * values (`astct-2019`, `ctcae-v5.0`, …). A UUID URN, for the reasons of
 * {@link GRADING_SCALE_EXTENSION_URL}.
 *
 * @see criteria DEC-55 (docs/criteria/decisions.md#dec-55)
 * @example
 * ```ts
 * import { GRADING_SCALE_CODE_SYSTEM } from 'cytokine-release-syndrome/fhir';
 * GRADING_SCALE_CODE_SYSTEM; // 'urn:uuid:8e81785e-50d6-45bb-9153-8009415bf19c'
 * ```
 */
export const GRADING_SCALE_CODE_SYSTEM = 'urn:uuid:8e81785e-50d6-45bb-9153-8009415bf19c';
