import type { RawFhirIssue } from './fhir-input-error.js';
import { commonOptions } from './adverse-event.js';
import { icd10CmConcept, scaleExtension } from './codings.js';
import { type GradingOrEpisode, checkFhirDateTime, copyReferences, gradedEvent, throwIfAny } from './graded-event.js';
import { FhirSystem } from './systems.js';
import type { FhirCondition, FhirReference } from './types.js';

/**
 * Options of {@link toFhirCondition}.
 *
 * @example
 * ```ts
 * import type { FhirConditionOptions } from 'cytokine-release-syndrome/fhir';
 * const options: FhirConditionOptions = { subject: { reference: 'Patient/example' }, verificationStatus: 'confirmed' };
 * ```
 */
export interface FhirConditionOptions {
  /** The patient. */
  readonly subject: FhirReference;
  /** The resource id to give it. */
  readonly id?: string | undefined;
  /** When it began, for a single grading (an episode's onset is its own). */
  readonly onsetDateTime?: string | undefined;
  /** When it was recorded. */
  readonly recordedDate?: string | undefined;
  /**
   * The clinician's verification, when there is one. Left out by default: a computed grade is not
   * a confirmed diagnosis until someone confirms it.
   */
  readonly verificationStatus?: 'unconfirmed' | 'provisional' | 'differential' | 'confirmed' | undefined;
  /** The resources the grade rests on (see {@link sourcesOfEpisode}), written as `evidence.detail`. */
  readonly evidence?: readonly FhirReference[] | undefined;
}

const OPTION_KEYS = ['subject', 'id', 'onsetDateTime', 'recordedDate', 'verificationStatus', 'evidence'];
const VERIFICATION = ['unconfirmed', 'provisional', 'differential', 'confirmed'];

/**
 * Writes a CRS or ICANS grading, or an episode of a graded course, as an R4 Condition coded in
 * ICD-10-CM (`http://hl7.org/fhir/sid/icd-10-cm`): D89.831 to D89.835 for CRS grades 1 to 5,
 * G92.01 to G92.05 for ICANS. The scale is in the library's own extension. For an episode: onset
 * from the episode; clinical status `resolved` with the abatement at the first window graded 0,
 * `active` while ongoing, and none after death. A single grading is `active`.
 *
 * @param gradingOrEpisode - a `gradeCRS` or `gradeICANS` result, or `{ course, episode }`.
 * @param options - the subject, and what the caller knows beyond the grading.
 * @throws {@link FhirInputError} for grade 0, a grading that could not grade, an uncertain peak, or invalid options.
 * @see criteria CODE-01 to CODE-14 (docs/criteria/codes.md#code-01)
 * @see criteria DEC-55 (docs/criteria/decisions.md#dec-55)
 * @example
 * ```ts
 * import { gradeICANS } from 'cytokine-release-syndrome';
 * import { toFhirCondition } from 'cytokine-release-syndrome/fhir';
 * const condition = toFhirCondition(
 *   gradeICANS({ ageYears: 54, ice: 5, consciousness: 'awakens-to-voice', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] }),
 *   { subject: { reference: 'Patient/example' } },
 * );
 * condition.code.coding[0]?.code; // 'G92.02'
 * condition.code.coding[0]?.system; // 'http://hl7.org/fhir/sid/icd-10-cm'
 * ```
 */
export function toFhirCondition(gradingOrEpisode: GradingOrEpisode, options: FhirConditionOptions): FhirCondition {
  const issues: RawFhirIssue[] = [];
  const event = gradedEvent(gradingOrEpisode, issues);
  const { record, subject } = commonOptions(options, OPTION_KEYS, issues);
  const verification = record['verificationStatus'];
  if (verification !== undefined && (typeof verification !== 'string' || !VERIFICATION.includes(verification))) {
    issues.push({ code: 'expected-one-of', path: ['options', 'verificationStatus'], message: `expected one of ${VERIFICATION.map((v) => JSON.stringify(v)).join(', ')}`, allowed: VERIFICATION });
  }
  const episode = event?.episode ?? null;
  if (episode !== null && record['onsetDateTime'] !== undefined) {
    issues.push({ code: 'not-writable', path: ['options', 'onsetDateTime'], message: "an episode's onset is its own: leave options.onsetDateTime out" });
  }
  if (episode !== null) {
    checkFhirDateTime(episode.onsetAt, ['episode', 'onsetAt'], issues);
    if (episode.resolvedAt !== null) checkFhirDateTime(episode.resolvedAt, ['episode', 'resolvedAt'], issues);
  }
  const evidence = copyReferences(record['evidence'], ['options', 'evidence'], issues);
  throwIfAny('Condition options', issues);
  const { syndrome, scale, grade } = event as NonNullable<typeof event>;
  const clinical = episode === null ? 'active' : episode.outcome === 'resolved' ? 'resolved' : episode.outcome === 'ongoing' ? 'active' : undefined;
  const onset = episode?.onsetAt ?? record['onsetDateTime'];
  return {
    resourceType: 'Condition',
    ...(typeof record['id'] === 'string' ? { id: record['id'] } : {}),
    extension: [scaleExtension(scale)],
    ...(clinical === undefined ? {} : { clinicalStatus: { coding: [{ system: FhirSystem.ConditionClinicalStatus, code: clinical }] } }),
    ...(typeof verification === 'string' ? { verificationStatus: { coding: [{ system: FhirSystem.ConditionVerificationStatus, code: verification }] } } : {}),
    code: icd10CmConcept(syndrome, grade, scale),
    subject: subject as FhirCondition['subject'],
    ...(typeof onset === 'string' ? { onsetDateTime: onset } : {}),
    ...(episode !== null && episode.outcome === 'resolved' && episode.resolvedAt !== null ? { abatementDateTime: episode.resolvedAt } : {}),
    ...(typeof record['recordedDate'] === 'string' ? { recordedDate: record['recordedDate'] } : {}),
    ...(evidence === undefined || evidence.length === 0 ? {} : { evidence: [{ detail: evidence }] }),
  };
}
