import { describe, expect, it } from 'vitest';
import * as vocabulary from '../../src/vocabulary/index.js';
import { Cause, causes } from '../../src/vocabulary/cause.js';
import { Cytokine, cytokines } from '../../src/vocabulary/cytokine.js';
import { DiagnosticStep, diagnosticWorkup } from '../../src/vocabulary/diagnostic-workup.js';
import { Icd10CmCode, icd10CmCodes } from '../../src/vocabulary/icd-10-cm.js';
import { Marker, markers } from '../../src/vocabulary/marker.js';
import { OxygenDevice, oxygenDevices } from '../../src/vocabulary/oxygen-device.js';
import { Reference, references } from '../../src/vocabulary/reference.js';
import { Symptom, symptoms } from '../../src/vocabulary/symptom.js';
import { Treatment, treatments } from '../../src/vocabulary/treatment.js';
import { Vasopressor, vasopressors } from '../../src/vocabulary/vasopressor.js';
import { GradingScale, gradingScaleLabels, gradingScales } from '../../src/vocabulary/grading-scale.js';
import { Hospitalization, hospitalizations } from '../../src/vocabulary/hospitalization.js';
import { TreatmentResponse, treatmentResponses } from '../../src/vocabulary/treatment-response.js';
import { VasopressorDose, vasopressorDoses } from '../../src/vocabulary/vasopressor-dose.js';
import { ICD_10_CM_PATTERN, describeVocabulary, type VocabularyCase } from './helpers.js';

const CASES: readonly VocabularyCase[] = [
  { name: 'Vasopressor', enumObject: Vasopressor, record: vasopressors },
  { name: 'OxygenDevice', enumObject: OxygenDevice, record: oxygenDevices },
  { name: 'Icd10CmCode', enumObject: Icd10CmCode, record: icd10CmCodes, valuePattern: ICD_10_CM_PATTERN },
  { name: 'Cause', enumObject: Cause, record: causes },
  { name: 'Symptom', enumObject: Symptom, record: symptoms },
  { name: 'Marker', enumObject: Marker, record: markers },
  { name: 'DiagnosticStep', enumObject: DiagnosticStep, record: diagnosticWorkup },
  { name: 'Cytokine', enumObject: Cytokine, record: cytokines },
  { name: 'Treatment', enumObject: Treatment, record: treatments },
  { name: 'Reference', enumObject: Reference, record: references },
  // The issue names the scales with their versions, e.g. 'ctcae-v4.03': kebab-case with version dots.
  { name: 'GradingScale', enumObject: GradingScale, record: gradingScales, valuePattern: /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/ },
  { name: 'VasopressorDose', enumObject: VasopressorDose, record: vasopressorDoses },
  { name: 'Hospitalization', enumObject: Hospitalization, record: hospitalizations },
  { name: 'TreatmentResponse', enumObject: TreatmentResponse, record: treatmentResponses },
];

describe('gradingScales', () => {
  it.each(Object.values(GradingScale))('%s cites its source and takes its year and label from one place', (scale) => {
    const entry = gradingScales[scale];
    expect(entry.citation).toBe(references[entry.reference].citation);
    expect(entry.year).toBe(references[entry.reference].year);
    expect(entry.label).toEqual(gradingScaleLabels[scale]);
    expect(entry.measures.length).toBeGreaterThan(20);
  });
});

for (const vocabularyCase of CASES) describeVocabulary(vocabularyCase);

describe('vocabulary index', () => {
  it('exports every vocabulary and its enum', () => {
    expect(vocabulary).toMatchObject({
      Cause,
      causes,
      Symptom,
      symptoms,
      Marker,
      markers,
      DiagnosticStep,
      diagnosticWorkup,
      Cytokine,
      cytokines,
      Treatment,
      treatments,
      Reference,
      references,
      Vasopressor,
      OxygenDevice,
      Icd10CmCode,
    });
  });

  it('exports each category and helper const', () => {
    for (const name of ['CauseCategory', 'MarkerCategory', 'CellType', 'SymptomSeverity', 'TreatmentTier', 'cytokineAmplificationLoop']) {
      expect(vocabulary).toHaveProperty(name);
    }
  });
});
