// One synthetic patient from CAR T infusion (2 March 2026, day 0) to the resolution of CRS, as a
// FHIR R4 Bundle. Its expected course is worked out by hand in worked-patient.test.ts.
import type { Bundle, Encounter, Patient, Procedure } from '@medplum/fhirtypes';
import {
  ATC,
  LOINC,
  RXNORM,
  SNOMED,
  SPEC_CONTAINED_MEDICATION_ADMINISTRATION,
  SPEC_ENTERED_IN_ERROR_ORAL_TEMPERATURE,
  SYNTHEA_MEAN_ARTERIAL_PRESSURE,
  administration,
  bloodPressure,
  bundleOf,
  device,
  flow,
  oxygenProcedure,
  saturation,
  temperature,
} from './fixtures.js';

const patient: Patient = { resourceType: 'Patient', id: 'p1', birthDate: '1968-05-14' };
const encounter: Encounter = { resourceType: 'Encounter', id: 'stay', status: 'finished', class: { code: 'IMP' }, subject: { reference: 'Patient/p1' } };
const infusion: Procedure = {
  resourceType: 'Procedure',
  id: 'car-t',
  status: 'completed',
  code: { coding: [{ system: SNOMED, code: '1156961008', display: 'Chimeric antigen receptor T-cell immunotherapy' }] },
  subject: { reference: 'Patient/p1' },
  performedDateTime: '2026-03-02T10:00:00+01:00',
};

export const WORKED_BUNDLE: Bundle = bundleOf([
  patient,
  encounter,
  infusion,
  // Day 1, 3 March: fever on room air, normal pressure: grade 1.
  temperature('d1-t1', '2026-03-03T08:00:00+01:00', 37.2),
  temperature('d1-t2', '2026-03-03T20:00:00+01:00', 38.4),
  saturation('d1-s1', '2026-03-03T08:00:00+01:00', 97, 0),
  saturation('d1-s2', '2026-03-03T20:00:00+01:00', 96, 0),
  bloodPressure('d1-bp', '2026-03-03T20:00:00+01:00', 118, 76),
  // Day 2, 4 March: 102.4 °F, systolic 86 (written "mmHg"), nasal cannula 2 L/min: grade 2. Tocilizumab at 15:00.
  temperature('d2-t1', '2026-03-04T14:00:00+01:00', 102.4, '[degF]'),
  { ...bloodPressure('d2-bp', '2026-03-04T14:00:00+01:00', 86, 50, 'mmHg') },
  device('d2-dev', '2026-03-04T14:00:00+01:00', SNOMED, '336623009'),
  flow('d2-flow', '2026-03-04T14:00:00+01:00', 2),
  administration('d2-toci', '2026-03-04T15:00:00+01:00', RXNORM, '612865', 'tocilizumab'),
  // Day 3, 5 March: 37.6 °C (fever masked), norepinephrine 02:00 to 22:00, high-flow cannula 30 L/min: grade 3.
  // The 39 °C oral temperature was entered in error and must not count.
  temperature('d3-t1', '2026-03-05T08:00:00+01:00', 37.6),
  { ...SPEC_ENTERED_IN_ERROR_ORAL_TEMPERATURE, id: 'd3-eie', subject: { reference: 'Patient/p1' }, effectiveDateTime: '2026-03-05T09:00:00+01:00' },
  {
    ...SPEC_CONTAINED_MEDICATION_ADMINISTRATION,
    id: 'd3-norepinephrine',
    subject: { reference: 'Patient/p1' },
    effectivePeriod: { start: '2026-03-05T02:00:00+01:00', end: '2026-03-05T22:00:00+01:00' },
  },
  bloodPressure('d3-bp', '2026-03-05T03:00:00+01:00', 84, 48),
  oxygenProcedure('d3-hfnc', { start: '2026-03-05T06:00:00+01:00', end: '2026-03-06T12:00:00+01:00' }, '426854004'),
  flow('d3-flow', '2026-03-05T10:00:00+01:00', 30),
  saturation('d3-sat', '2026-03-05T18:00:00+01:00', 93, 30, 60),
  administration('d3-dexa', '2026-03-05T10:00:00+01:00', ATC, 'H02AB02', 'dexamethasone'),
  { ...SYNTHEA_MEAN_ARTERIAL_PRESSURE, id: 'd3-map', subject: { reference: 'Patient/p1' }, effectiveDateTime: '2026-03-05T03:00:00+01:00' },
  // Day 4, 6 March: 37.1 °C, pressures 102 and 98 without vasopressors, high-flow 10 L/min until noon, then nasal cannula 2 L/min: grade 3.
  temperature('d4-t1', '2026-03-06T08:00:00+01:00', 37.1),
  bloodPressure('d4-bp1', '2026-03-06T08:00:00+01:00', 102, 64),
  bloodPressure('d4-bp2', '2026-03-06T16:00:00+01:00', 98, 60),
  flow('d4-flow1', '2026-03-06T08:00:00+01:00', 10),
  device('d4-dev', '2026-03-06T16:00:00+01:00', SNOMED, '336623009'),
  flow('d4-flow2', '2026-03-06T16:00:00+01:00', 2),
  // Day 5, 7 March: room air (the LOINC answer), 36.9 °C, systolic 110: grade 0, CRS resolved.
  temperature('d5-t1', '2026-03-07T08:00:00+01:00', 36.9),
  device('d5-dev', '2026-03-07T08:00:00+01:00', LOINC, 'LA11849-9'),
  bloodPressure('d5-bp', '2026-03-07T08:00:00+01:00', 110, 70),
  // Day 6, 8 March: grade 0; a preliminary 36.5 °C below the final 36.8 °C changes nothing.
  temperature('d6-t1', '2026-03-08T08:00:00+01:00', 36.8),
  temperature('d6-t2', '2026-03-08T12:00:00+01:00', 36.5, 'Cel', { status: 'preliminary' }),
  flow('d6-flow', '2026-03-08T08:00:00+01:00', 0),
  bloodPressure('d6-bp', '2026-03-08T08:00:00+01:00', 115, 72),
]);

export const WORKED_OPTIONS = {
  infusionAt: '2026-03-02T10:00:00+01:00',
  hypotension: { rule: 'systolic-below-90' },
  medicationAdministrationsComplete: true,
} as const;
