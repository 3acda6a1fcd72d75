// Type tests: resources typed by @medplum/fhirtypes (4.5.2, a dev dependency only) fit the reader's
// own structural input types, and what the writers return fits medplum's R4 types. `npm run
// typecheck` compiles this file; the assertions below run too.
import type { AdverseEvent, Bundle, Condition, MedicationAdministration, Observation, Procedure, Resource } from '@medplum/fhirtypes';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { gradeCRS } from '../../src/crs/grade-crs.js';
import {
  type FhirAdverseEvent,
  type FhirBundle,
  type FhirCondition,
  type FhirMedicationAdministration,
  type FhirObservation,
  type FhirProcedure,
  type FhirResource,
  courseFromFhir,
  toFhirAdverseEvent,
  toFhirCondition,
} from '../../src/fhir/index.js';
import { SPEC_BODY_TEMPERATURE, SPEC_CONTAINED_MEDICATION_ADMINISTRATION, SYNTHEA_VENTILATION } from './fixtures.js';
import { WORKED_BUNDLE } from './worked-patient.js';

describe('FHIR types', () => {
  it('accepts @medplum/fhirtypes resources and bundles as input', () => {
    expectTypeOf<Observation>().toExtend<FhirObservation>();
    expectTypeOf<MedicationAdministration>().toExtend<FhirMedicationAdministration>();
    expectTypeOf<Procedure>().toExtend<FhirProcedure>();
    expectTypeOf<Bundle>().toExtend<FhirBundle>();
    expectTypeOf<Resource>().toExtend<FhirResource>();
    expectTypeOf<Resource[]>().toExtend<Parameters<typeof courseFromFhir>[0]>();
    expectTypeOf<Bundle>().toExtend<Parameters<typeof courseFromFhir>[0]>();
    const ours = { reference: 'Patient/example' };
    const resources: Resource[] = [SPEC_BODY_TEMPERATURE, SPEC_CONTAINED_MEDICATION_ADMINISTRATION, { ...SYNTHEA_VENTILATION, subject: ours }];
    expect(() => courseFromFhir(resources, { infusionAt: '2026-03-02', incompleteWindows: 'leave-out' })).not.toThrow();
    expect(courseFromFhir(WORKED_BUNDLE, { infusionAt: '2026-03-02', incompleteWindows: 'leave-out' }).sources.windows).toHaveLength(6);
  });

  it('returns resources that fit @medplum/fhirtypes', () => {
    expectTypeOf<FhirAdverseEvent>().toExtend<AdverseEvent>();
    expectTypeOf<FhirCondition>().toExtend<Condition>();
    const grading = gradeCRS({ temperatureCelsius: 38.9, hypotension: true, vasopressors: [], oxygen: { device: 'room-air' } });
    const event: AdverseEvent = toFhirAdverseEvent(grading, { subject: { reference: 'Patient/p1' } });
    const condition: Condition = toFhirCondition(grading, { subject: { reference: 'Patient/p1' } });
    expect([event.resourceType, condition.resourceType]).toEqual(['AdverseEvent', 'Condition']);
  });

  it('refuses, at compile time, a resource without a resourceType and an unknown rule', () => {
    // @ts-expect-error a resource needs its resourceType
    expect(() => courseFromFhir([{ id: 'x' }], { infusionAt: '2026-03-02' })).toThrow();
    // @ts-expect-error only systolic-below-90 is a rule
    expect(() => courseFromFhir([], { infusionAt: '2026-03-02', hypotension: { rule: 'map-below-65' } })).toThrow();
  });
});
