import type { RawFhirIssue } from './fhir-input-error.js';
import { NCI_THESAURUS_GRADE_CODES, SCALE_DISPLAYS, eventConcept, scaleExtension } from './codings.js';
import { type GradingOrEpisode, checkFhirDateTime, copyReference, copyReferences, gradedEvent, throwIfAny } from './graded-event.js';
import { isObject } from './resources.js';
import { AE_GRADE_EXTENSION_URL, FhirSystem } from './systems.js';
import type { FhirAdverseEvent, FhirCodeableConceptOut, FhirReference } from './types.js';

/**
 * Options of {@link toFhirAdverseEvent}. Nothing is filled in that the caller did not give: no
 * recorded date of "now", no seriousness, no cause.
 *
 * @example
 * ```ts
 * import type { FhirAdverseEventOptions } from 'cytokine-release-syndrome/fhir';
 * const options: FhirAdverseEventOptions = {
 *   subject: { reference: 'Patient/example' },
 *   suspectEntities: [{ reference: 'Procedure/car-t-infusion' }],
 * };
 * ```
 */
export interface FhirAdverseEventOptions {
  /** The patient. */
  readonly subject: FhirReference;
  /** The resource id to give it. */
  readonly id?: string | undefined;
  /** When the event occurred, for a single grading (an episode's date is its onset). */
  readonly date?: string | undefined;
  /** When it was recorded. */
  readonly recordedDate?: string | undefined;
  /** The Condition written for the same event (see {@link toFhirCondition}). */
  readonly resultingCondition?: FhirReference | undefined;
  /**
   * What is suspected of causing it, typically the CAR T-cell infusion (a Procedure or a
   * MedicationAdministration). Never inferred: a treatment of CRS such as tocilizumab is not its
   * cause.
   */
  readonly suspectEntities?: readonly FhirReference[] | undefined;
}

const OPTION_KEYS = ['subject', 'id', 'date', 'recordedDate', 'resultingCondition', 'suspectEntities'];

const SEVERITY = /* @__PURE__ */ Object.freeze({ 1: ['mild', 'Mild'], 2: ['moderate', 'Moderate'], 3: ['severe', 'Severe'], 4: ['severe', 'Severe'], 5: ['severe', 'Severe'] } as const);
const OUTCOME = /* @__PURE__ */ Object.freeze({ resolved: ['resolved', 'Resolved'], ongoing: ['ongoing', 'Ongoing'], death: ['fatal', 'Fatal'] } as const);

/** Checks the options both writers share; returns them copied. @internal */
export function commonOptions(options: unknown, keys: readonly string[], issues: RawFhirIssue[]): { readonly record: Readonly<Record<string, unknown>>; readonly subject: FhirAdverseEvent['subject'] | undefined } {
  if (!isObject(options)) {
    issues.push({ code: 'required', path: ['options'], message: 'expected the options, with at least "subject"', allowed: [...keys] });
    return { record: {}, subject: undefined };
  }
  for (const key of Object.keys(options)) {
    if (!keys.includes(key)) issues.push({ code: 'expected-one-of', path: ['options', key], message: `unknown option; expected one of ${keys.map((k) => JSON.stringify(k)).join(', ')}`, allowed: [...keys] });
  }
  if (options['id'] !== undefined && (typeof options['id'] !== 'string' || !/^[A-Za-z0-9\-.]{1,64}$/.test(options['id']))) {
    issues.push({ code: 'expected-type', path: ['options', 'id'], message: 'expected a FHIR id: 1 to 64 letters, digits, "-" or "."' });
  }
  for (const key of ['date', 'recordedDate', 'onsetDateTime']) if (options[key] !== undefined) checkFhirDateTime(options[key], ['options', key], issues);
  return { record: options, subject: copyReference(options['subject'], ['options', 'subject'], issues) };
}

/**
 * Writes a CRS or ICANS grading, or an episode of a graded course, as an R4 AdverseEvent:
 * actuality `actual`; the event coded SNOMED CT 710027002 and MedDRA 10052015 for CRS, or MedDRA
 * 10083347 for ICANS; severity `mild` (grade 1), `moderate` (2) or `severe` (3 to 5); the true
 * grade in the AE Clinical Research backport extension `ae-grade` (NCI Thesaurus C41338 to C48275);
 * the scale in the library's own extension; for an episode, its onset as `date` and its outcome
 * (`resolved`, `ongoing` or `fatal`); for a single grading, `fatal` only at grade 5. It does not
 * claim the backport's AdverseEvent profile, and writes no seriousness (a regulatory judgement).
 *
 * @param gradingOrEpisode - a `gradeCRS` or `gradeICANS` result, or `{ course, episode }`.
 * @param options - the subject, and what the caller knows beyond the grading.
 * @throws {@link FhirInputError} for grade 0, a grading that could not grade, an uncertain peak, or invalid options.
 * @see criteria CODE-81 to CODE-84 (docs/criteria/codes.md#code-81)
 * @see criteria DEC-55 (docs/criteria/decisions.md#dec-55)
 * @example
 * ```ts
 * import { gradeCRS } from 'cytokine-release-syndrome';
 * import { toFhirAdverseEvent } from 'cytokine-release-syndrome/fhir';
 * const event = toFhirAdverseEvent(
 *   gradeCRS({ temperatureCelsius: 38.9, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], oxygen: { device: 'room-air' } }),
 *   { subject: { reference: 'Patient/example' }, date: '2026-03-05' },
 * );
 * event.severity.coding[0]?.code; // 'severe'
 * event.extension[0]?.valueCodeableConcept?.coding[0]?.code; // 'C41340'
 * event.extension[1]?.valueCoding?.code; // 'astct-2019'
 * ```
 */
export function toFhirAdverseEvent(gradingOrEpisode: GradingOrEpisode, options: FhirAdverseEventOptions): FhirAdverseEvent {
  const issues: RawFhirIssue[] = [];
  const event = gradedEvent(gradingOrEpisode, issues);
  const { record, subject } = commonOptions(options, OPTION_KEYS, issues);
  if (event?.episode !== null && event !== undefined && record['date'] !== undefined) {
    issues.push({ code: 'not-writable', path: ['options', 'date'], message: "an episode's date is its onset: leave options.date out" });
  }
  const date = event?.episode?.onsetAt ?? record['date'];
  if (event?.episode !== null && event !== undefined) checkFhirDateTime(date, ['episode', 'onsetAt'], issues);
  const resultingCondition = record['resultingCondition'] === undefined ? undefined : copyReference(record['resultingCondition'], ['options', 'resultingCondition'], issues);
  const suspects = copyReferences(record['suspectEntities'], ['options', 'suspectEntities'], issues);
  throwIfAny('AdverseEvent options', issues);
  const { syndrome, scale, grade, episode } = event as NonNullable<typeof event>;
  const nci = NCI_THESAURUS_GRADE_CODES[grade];
  const gradeConcept: FhirCodeableConceptOut = {
    coding: [{ system: FhirSystem.NciThesaurus, code: nci.code, display: nci.display }],
    text: `Grade ${grade} (${SCALE_DISPLAYS[scale]})`,
  };
  const outcome = episode !== null ? OUTCOME[episode.outcome] : grade === 5 ? OUTCOME.death : undefined;
  const severity = SEVERITY[grade];
  return {
    resourceType: 'AdverseEvent',
    ...(typeof record['id'] === 'string' ? { id: record['id'] } : {}),
    extension: [{ url: AE_GRADE_EXTENSION_URL, valueCodeableConcept: gradeConcept }, scaleExtension(scale)],
    actuality: 'actual',
    event: eventConcept(syndrome),
    subject: subject as FhirAdverseEvent['subject'],
    ...(typeof date === 'string' ? { date } : {}),
    ...(typeof record['recordedDate'] === 'string' ? { recordedDate: record['recordedDate'] } : {}),
    ...(resultingCondition === undefined ? {} : { resultingCondition: [resultingCondition] }),
    severity: { coding: [{ system: FhirSystem.AdverseEventSeverity, code: severity[0], display: severity[1] }] },
    ...(outcome === undefined ? {} : { outcome: { coding: [{ system: FhirSystem.AdverseEventOutcome, code: outcome[0], display: outcome[1] }] } }),
    ...(suspects === undefined || suspects.length === 0 ? {} : { suspectEntity: suspects.map((instance) => ({ instance })) }),
  };
}
