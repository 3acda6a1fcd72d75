/**
 * How the reader treats a resource by its status: `used`; `withheld` (read, but trusted only where
 * it cannot change a window's worst finding, [DEC-49]); `never` (not data at all).
 *
 * @internal
 */
export type StatusUse = 'used' | 'withheld' | 'never';

/** Observation.status (R4, required binding). @internal */
export const OBSERVATION_STATUSES: Readonly<Record<string, StatusUse>> = /* @__PURE__ */ Object.freeze({
  final: 'used',
  amended: 'used',
  corrected: 'used',
  preliminary: 'withheld',
  registered: 'withheld',
  unknown: 'withheld',
  cancelled: 'never',
  'entered-in-error': 'never',
});

/** MedicationAdministration.status (R4, required binding). @internal */
export const MEDICATION_ADMINISTRATION_STATUSES: Readonly<Record<string, StatusUse>> = /* @__PURE__ */ Object.freeze({
  completed: 'used',
  'in-progress': 'used',
  'on-hold': 'used',
  stopped: 'used',
  unknown: 'withheld',
  'not-done': 'never',
  'entered-in-error': 'never',
});

/** Procedure.status (R4, required binding). @internal */
export const PROCEDURE_STATUSES: Readonly<Record<string, StatusUse>> = /* @__PURE__ */ Object.freeze({
  completed: 'used',
  'in-progress': 'used',
  'on-hold': 'used',
  stopped: 'used',
  unknown: 'withheld',
  preparation: 'never',
  'not-done': 'never',
  'entered-in-error': 'never',
});
