/**
 * FHIR R4 in and out: build a patient's course from FHIR resources (`courseFromFhir`), grade it
 * with the main entry's `gradeCourse`, and write the result back as an R4 AdverseEvent
 * (`toFhirAdverseEvent`) and Condition (`toFhirCondition`). The unit conversions are here too.
 * No FHIR package is a dependency: the input and output types are the library's own, and
 * structural, so resources typed by any FHIR type package fit.
 *
 * @module cytokine-release-syndrome/fhir
 */
export * from './types.js';
export { FhirSystem, AE_GRADE_EXTENSION_URL, GRADING_SCALE_EXTENSION_URL, GRADING_SCALE_CODE_SYSTEM } from './systems.js';
export { FhirInputError, type FhirIssue, type FhirIssueCode } from './fhir-input-error.js';
export type { FhirNote, FhirNoteCode } from './notes.js';
export type { FhirCodeKey, FhirCodeOptions } from './codes.js';
export { SYSTOLIC_PRESSURE_MM_HG_RANGE } from './read-observation.js';
export { SYSTOLIC_HYPOTENSION_BELOW_MM_HG, type FhirWindowFacts, type FhirWindowSources, type HypotensionBasis, type WindowFact } from './windows.js';
export {
  courseFromFhir,
  WINDOW_HOURS_RANGE,
  type CourseFromFhir,
  type CourseFromFhirOptions,
  type FhirCourseSources,
  type HypotensionRule,
  type IncompleteWindows,
} from './course-from-fhir.js';
export * from '../units/index.js';
export { NCI_THESAURUS_GRADE_CODES } from './codings.js';
export type { CourseEpisodeRef, GradingOrEpisode } from './graded-event.js';
export { toFhirAdverseEvent, type FhirAdverseEventOptions } from './adverse-event.js';
export { toFhirCondition, type FhirConditionOptions } from './condition.js';
export { sourcesOfEpisode } from './sources-of-episode.js';
