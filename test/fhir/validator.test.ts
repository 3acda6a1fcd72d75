import { describe, expect, it } from 'vitest';
import { r4Codes, validateR4 } from './validator.js';

describe('the R4 validator the FHIR tests use', () => {
  it('accepts a valid resource and refuses a missing required element', () => {
    expect(() => {
      validateR4({ resourceType: 'AdverseEvent', actuality: 'actual', subject: { reference: 'Patient/p' } });
    }).not.toThrow();
    expect(() => {
      validateR4({ resourceType: 'AdverseEvent', subject: { reference: 'Patient/p' } });
    }).toThrow(/actuality/);
  });

  it('is lax on required bindings, which is why the writers are checked against the value sets too', () => {
    expect(() => {
      validateR4({ resourceType: 'AdverseEvent', actuality: 'real', subject: { reference: 'Patient/p' } });
    }).not.toThrow();
    expect(r4Codes('http://hl7.org/fhir/adverse-event-actuality')).toEqual(['actual', 'potential']);
  });
});
