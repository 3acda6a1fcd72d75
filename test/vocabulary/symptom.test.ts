import { describe, expect, expectTypeOf, it } from 'vitest';
import { Symptom, SymptomSeverity, symptoms } from '../../src/vocabulary/symptom.js';
import { SNOMED_CT_PATTERN, codesOf, isVerhoeffValid } from './helpers.js';

const MILD: readonly Symptom[] = [
  Symptom.Fever,
  Symptom.Fatigue,
  Symptom.Headache,
  Symptom.Nausea,
  Symptom.Vomiting,
  Symptom.Diarrhoea,
  Symptom.Myalgia,
];

describe('symptoms', () => {
  it.each(Object.values(Symptom))('%s has the severity given in issue #2', (symptom) => {
    const expected = MILD.includes(symptom) ? SymptomSeverity.Mild : SymptomSeverity.Severe;
    expect(symptoms[symptom].severity).toBe(expected);
  });

  it('has SNOMED CT ids that pass the Verhoeff check', () => {
    for (const id of codesOf(symptoms, 'snomedCt')) {
      expect(id).toMatch(SNOMED_CT_PATTERN);
      expect(isVerhoeffValid(id ?? '')).toBe(true);
    }
  });

  it('has no duplicate SNOMED CT ids', () => {
    const ids = codesOf(symptoms, 'snomedCt');
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each([
    [Symptom.Fever, '386661006'],
    [Symptom.Hypotension, '45007003'],
    [Symptom.Hypoxia, '389086002'],
  ])('%s carries the CONFIRMED SNOMED CT id %s', (symptom, id) => {
    expect(symptoms[symptom].snomedCt).toBe(id);
  });

  it('codes only the three CONFIRMED concepts and leaves the rest null', () => {
    expect(codesOf(symptoms, 'snomedCt')).toHaveLength(3);
  });

  it('does not use the hypoxaemia id 389087006 for hypoxia (CODE-55 trap)', () => {
    expect(codesOf(symptoms, 'snomedCt')).not.toContain('389087006');
  });

  it('states the fever threshold in both units', () => {
    expect(symptoms[Symptom.Fever].description).toContain('38.0 °C');
    expect(symptoms[Symptom.Fever].description).toContain('100.4 °F');
  });

  it('does not list arthralgia, which no primary source names as a CRS symptom (REF-20, withdrawn)', () => {
    expect(Object.values(Symptom)).not.toContain('arthralgia');
    expect(Object.keys(symptoms)).not.toContain('arthralgia');
  });

  it('describes shock only as the cited sources do, without ranking it', () => {
    expect(symptoms[Symptom.Shock].description).toContain('multi-organ failure');
    expect(symptoms[Symptom.Shock].description).not.toMatch(/most severe/);
  });

  it('marks confusion and seizures as ICANS, not CRS', () => {
    expect(symptoms[Symptom.Confusion].description).toMatch(/ICANS/);
    expect(symptoms[Symptom.Seizures].description).toMatch(/ICANS/);
  });

  it('has the SymptomSeverity type as the union of its values', () => {
    expectTypeOf<SymptomSeverity>().toEqualTypeOf<'mild' | 'severe'>();
  });
});
