import { describe, expect, it } from 'vitest';
import { DiagnosticStep, diagnosticWorkup } from '../../src/vocabulary/diagnostic-workup.js';
import { Marker, markers } from '../../src/vocabulary/marker.js';
import { Reference, references } from '../../src/vocabulary/reference.js';

describe('diagnosticWorkup', () => {
  it.each(Object.entries(diagnosticWorkup))('%s is consistent', (_step, entry) => {
    expect(entry.syndromes.length).toBeGreaterThan(0);
    expect(references[entry.source]).toBeDefined();
    for (const marker of entry.markers) expect(markers[marker]).toBeDefined();
    // A step is tied to a grade, a finding, or both.
    expect(entry.indicatedFromGrade !== null || entry.condition !== null).toBe(true);
    if (entry.consideredFromGrade !== null && entry.indicatedFromGrade !== null) {
      expect(entry.consideredFromGrade).toBeLessThan(entry.indicatedFromGrade);
    }
  });

  it.each([
    [DiagnosticStep.IceAndMotorAssessment, 1, null],
    [DiagnosticStep.BrainImaging, 2, null],
    [DiagnosticStep.Electroencephalography, 2, null],
    [DiagnosticStep.LumbarPuncture, 3, 2],
  ])('ICANS step %s is indicated from grade %s (considered from %s), per REF-73 to REF-76', (step, indicated, considered) => {
    expect(diagnosticWorkup[step].syndromes).toContain('icans');
    expect(diagnosticWorkup[step].indicatedFromGrade).toBe(indicated);
    expect(diagnosticWorkup[step].consideredFromGrade).toBe(considered);
  });

  it('grades with ASTCT 2019 (Lee 2019)', () => {
    expect(diagnosticWorkup[DiagnosticStep.Astct2019Grading].source).toBe(Reference.Lee2019);
  });

  it('asks for the inflammation markers but not IL-6', () => {
    const measured = diagnosticWorkup[DiagnosticStep.LaboratoryMarkers].markers;
    expect(measured).toEqual(expect.arrayContaining([Marker.Crp, Marker.Ferritin, Marker.Fibrinogen]));
    expect(measured).not.toContain(Marker.Il6);
  });

  it('lists the markers only on the laboratory step', () => {
    for (const [step, entry] of Object.entries(diagnosticWorkup)) {
      if (step !== DiagnosticStep.LaboratoryMarkers) expect(entry.markers).toEqual([]);
    }
  });
});
