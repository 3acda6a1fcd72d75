import type { IssuePath } from '../contract/path.js';
import type { Treatment } from '../vocabulary/treatment.js';
import type { Vasopressor } from '../vocabulary/vasopressor.js';
import type { OxygenDevice } from '../vocabulary/oxygen-device.js';
import type { RawFhirIssue } from './fhir-input-error.js';
import type { FhirNote } from './notes.js';
import type { TimeSpan } from './time.js';

/**
 * Where a reading came from, and whether it is trusted: a withheld reading (by its status, or
 * because its window is uncertain) is counted only where it cannot change a worst finding.
 *
 * @internal
 */
export interface Sourced {
  readonly references: readonly string[];
  readonly trusted: boolean;
  readonly time: TimeSpan;
  /** Applies to every window it overlaps (an administration or a procedure over a period). */
  readonly continuous: boolean;
}

/**
 * A temperature: its value, and the highest it could be. The two differ for a value known only as
 * a bound (`<38`, a Quantity comparator) or not at all (a resource under a modifier extension);
 * such a reading is never trusted. @internal
 */
export interface TemperatureReading extends Sourced {
  readonly celsius: number;
  readonly highest: number;
}

/** A systolic pressure: its value, and the lowest it could be (see {@link TemperatureReading}). @internal */
export interface SystolicReading extends Sourced {
  readonly mmHg: number;
  readonly lowest: number;
}

/** A device named by a reading: one of the vocabulary, or a code the reader does not know. @internal */
export type DeviceRead = OxygenDevice | 'unknown';

/** What one Observation or Procedure says about oxygen at its time. @internal */
export interface OxygenPart extends Sourced {
  readonly devices: readonly DeviceRead[];
  readonly flowsLitersPerMinute: readonly number[];
  readonly fractionsPercent: readonly number[];
  /** From a Procedure: a device in use over its time, which flows measured then pair with. */
  readonly procedure: boolean;
  /**
   * A flow or concentration known only as a bound (a Quantity comparator), or a resource under a
   * modifier extension: what it says about oxygen is unknown.
   */
  readonly valuesUnknown: boolean;
}

/** @internal */
export interface VasopressorReading extends Sourced {
  readonly agent: Vasopressor;
}

/** @internal */
export interface TreatmentReading extends Sourced {
  readonly treatment: Treatment;
}

/** Everything the readers found, and what they noted and refused. @internal */
export interface Readings {
  readonly temperatures: TemperatureReading[];
  readonly systolics: SystolicReading[];
  readonly oxygen: OxygenPart[];
  readonly vasopressors: VasopressorReading[];
  readonly treatments: TreatmentReading[];
  readonly notes: FhirNote[];
  readonly issues: RawFhirIssue[];
  /** The subject of every resource read, to refuse an input that mixes patients. */
  readonly subjects: { readonly subject: string; readonly path: IssuePath; readonly reference: string }[];
}
