/**
 * What a note of {@link courseFromFhir} is about:
 *
 * - `status-not-used`: entered-in-error, cancelled, not-done or preparation; never data.
 * - `status-withheld`: preliminary (without `includePreliminary`), registered or unknown; counted
 *   only where it cannot change a window's worst finding.
 * - `not-read`: a resource or code the reader does not grade with.
 * - `medication-not-read`: an administration of a drug that is neither a vasopressor nor a
 *   treatment of the vocabulary.
 * - `no-value`: an observation the reader would use has no value.
 * - `non-ucum-unit`: a value read under a non-UCUM spelling (`mmHg`, `degF`).
 * - `unit-from-display`: a quantity without a UCUM `code`, read from its `unit` text.
 * - `unknown-device-code`: an oxygen device code outside the vocabulary and the caller's codes.
 * - `quantity-comparator`: a value recorded only as a bound (`<38`, a Quantity `comparator`);
 *   counted only where it cannot change a window's worst finding.
 * - `modifier-extension`: a resource (or an element the reader reads, or its Bundle entry) with a
 *   `modifierExtension` or `implicitRules` the reader does not understand; its values are not
 *   used, and the facts it is about count as unknown in its window.
 * - `window-uncertain`: a reading whose time spans several windows.
 * - `period-open`: an administration or procedure whose period has no end (or no start); it is
 *   certain only in the window of the bound it has, and unknown in the others.
 * - `vasopressors-not-together`: vasopressors given in one window that never ran at the same
 *   time; the window counts the most that did.
 * - `oxygen-unpaired`: an oxygen flow or concentration without a device at its time, or a nasal
 *   cannula without its flow.
 * - `oxygen-conflict`: readings at one time that contradict each other (room air with a flow).
 * - `administrations-not-complete`: vasopressors are unknown because the caller did not state that
 *   the input holds every medication administration.
 * - `window-not-gradable`: a window left out of the course, with the facts it is missing and why.
 * - `reading-unplaced`: a reading left out with `incompleteWindows: 'leave-out'`: its time could
 *   fall in several windows, and no other reading certainly falls in any of them.
 *
 * @see criteria DEC-48 to DEC-54 (docs/criteria/decisions.md#dec-48)
 * @example
 * ```ts
 * import type { FhirNoteCode } from 'cytokine-release-syndrome/fhir';
 * const code: FhirNoteCode = 'status-not-used';
 * ```
 */
export type FhirNoteCode =
  | 'status-not-used'
  | 'status-withheld'
  | 'not-read'
  | 'medication-not-read'
  | 'no-value'
  | 'non-ucum-unit'
  | 'unit-from-display'
  | 'unknown-device-code'
  | 'quantity-comparator'
  | 'modifier-extension'
  | 'window-uncertain'
  | 'period-open'
  | 'vasopressors-not-together'
  | 'oxygen-unpaired'
  | 'oxygen-conflict'
  | 'administrations-not-complete'
  | 'window-not-gradable'
  | 'reading-unplaced';

/**
 * Something {@link courseFromFhir} skipped, or a reason a window is not in the course.
 *
 * @example
 * ```ts
 * import type { FhirNote } from 'cytokine-release-syndrome/fhir';
 * const line = (note: FhirNote): string => `${note.resource ?? note.window ?? ''}: ${note.message}`;
 * ```
 */
export interface FhirNote {
  readonly code: FhirNoteCode;
  /** The resource it is about (`Observation/temp-1`), when it is about one. */
  readonly resource: string | null;
  /** The window it is about (its `window`: a date, or the start of a caller-set window), when it is about one. */
  readonly window: string | null;
  /** What happened and why, in English. */
  readonly message: string;
}
