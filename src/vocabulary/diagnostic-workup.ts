import { defineRecord } from '../internal/deep-freeze.js';
import { Marker } from './marker.js';
import { Reference } from './reference.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * Steps of the diagnostic work-up of CRS and ICANS, as ASCO 2021 lists them, with the ASTCT grade
 * from which each is indicated. Not listed: IL-6, which ASCO does not include and which rises after
 * tocilizumab.
 *
 * @see criteria REF-67 to REF-77 (docs/criteria/reference-data.md#ref-67)
 * @example
 * ```ts
 * import { DiagnosticStep, diagnosticWorkup } from 'cytokine-release-syndrome';
 * diagnosticWorkup[DiagnosticStep.LumbarPuncture].indicatedFromGrade; // 3
 * ```
 */
export const DiagnosticStep = /* @__PURE__ */ Object.freeze({
  LaboratoryMarkers: 'laboratory-markers',
  BloodAndUrineCultures: 'blood-and-urine-cultures',
  ChestRadiograph: 'chest-radiograph',
  CardiacMonitoring: 'cardiac-monitoring',
  Echocardiography: 'echocardiography',
  Astct2019Grading: 'astct-2019-grading',
  IceAndMotorAssessment: 'ice-and-motor-assessment',
  BrainImaging: 'brain-imaging',
  Electroencephalography: 'electroencephalography',
  LumbarPuncture: 'lumbar-puncture',
} as const);

/**
 * One of the {@link DiagnosticStep} values.
 *
 * @see criteria REF-67 to REF-77 (docs/criteria/reference-data.md#ref-67)
 * @example
 * ```ts
 * import type { DiagnosticStep } from 'cytokine-release-syndrome';
 * const step: DiagnosticStep = 'electroencephalography';
 * ```
 */
export type DiagnosticStep = (typeof DiagnosticStep)[keyof typeof DiagnosticStep];

/**
 * A {@link diagnosticWorkup} entry. A grade of 1 means "at every grade".
 *
 * @see criteria REF-67 to REF-76 (docs/criteria/reference-data.md#ref-67)
 * @example
 * ```ts
 * import { diagnosticWorkup, type DiagnosticStepEntry } from 'cytokine-release-syndrome';
 * const entry: DiagnosticStepEntry = diagnosticWorkup['brain-imaging'];
 * entry.indicatedFromGrade; // 2
 * ```
 */
export interface DiagnosticStepEntry extends VocabularyEntry {
  /** The syndromes whose work-up includes the step. */
  readonly syndromes: readonly ('crs' | 'icans')[];
  /** ASTCT grade from which the step is indicated, or `null` when a finding, not a grade, decides. */
  readonly indicatedFromGrade: 1 | 2 | 3 | 4 | null;
  /** ASTCT grade from which the step is to be considered, or `null` when the source says nothing. */
  readonly consideredFromGrade: 1 | 2 | 3 | 4 | null;
  /** A finding that makes the step indicated regardless of grade, or `null`. */
  readonly condition: string | null;
  /** Laboratory markers the step measures (empty for other steps). */
  readonly markers: readonly Marker[];
  /** Where the step and its grade come from. */
  readonly source: Reference;
}

/**
 * Reference data for every {@link DiagnosticStep}. The CRS steps are from the ASCO 2021 CRS
 * recommendations table (Table 1 in the Guideline Central reproduction); ASCO asks for a chest
 * radiograph when fever is present, as part of the infection work-up, rather than "when the lungs
 * are involved".
 *
 * @see criteria REF-67 to REF-77 (docs/criteria/reference-data.md#ref-67)
 * @see criteria DEC-07 (docs/criteria/decisions.md#dec-07)
 * @example
 * ```ts
 * import { diagnosticWorkup } from 'cytokine-release-syndrome';
 * diagnosticWorkup['laboratory-markers'].markers.includes('ferritin'); // true
 * ```
 */
export const diagnosticWorkup: Vocabulary<DiagnosticStep, DiagnosticStepEntry> = /* @__PURE__ */ defineRecord(() => ({
  [DiagnosticStep.LaboratoryMarkers]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.LaboratoryMarkers],
    description: 'CBC, metabolic panel, magnesium, phosphate, CRP, LDH, uric acid, fibrinogen, PT/PTT and ferritin, repeated.',
    syndromes: ['crs', 'icans'],
    indicatedFromGrade: 1,
    consideredFromGrade: null,
    condition: null,
    markers: [
      Marker.WhiteBloodCells,
      Marker.Platelets,
      Marker.Creatinine,
      Marker.Alt,
      Marker.Ast,
      Marker.TotalBilirubin,
      Marker.Crp,
      Marker.Ldh,
      Marker.Fibrinogen,
      Marker.Ferritin,
    ],
    source: Reference.Santomasso2021,
  },
  [DiagnosticStep.BloodAndUrineCultures]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.BloodAndUrineCultures],
    description: 'Cultures to look for infection, which can mimic or accompany CRS.',
    syndromes: ['crs'],
    indicatedFromGrade: 1,
    consideredFromGrade: null,
    condition: null,
    markers: [],
    source: Reference.Santomasso2021,
  },
  [DiagnosticStep.ChestRadiograph]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.ChestRadiograph],
    description: 'Chest X-ray as part of the infection work-up; chest CT may be considered.',
    syndromes: ['crs'],
    indicatedFromGrade: null,
    consideredFromGrade: null,
    condition: 'fever is present',
    markers: [],
    source: Reference.Santomasso2021,
  },
  [DiagnosticStep.CardiacMonitoring]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.CardiacMonitoring],
    description: 'Continuous cardiac telemetry and pulse oximetry.',
    syndromes: ['crs'],
    indicatedFromGrade: 2,
    consideredFromGrade: null,
    condition: 'clinically significant arrhythmia',
    markers: [],
    source: Reference.Santomasso2021,
  },
  [DiagnosticStep.Echocardiography]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.Echocardiography],
    description: 'Echocardiogram to assess cardiac function, with haemodynamic monitoring.',
    syndromes: ['crs'],
    indicatedFromGrade: 3,
    consideredFromGrade: null,
    condition: null,
    markers: [],
    source: Reference.Santomasso2021,
  },
  [DiagnosticStep.Astct2019Grading]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.Astct2019Grading],
    description: 'Grade CRS and ICANS with the ASTCT 2019 consensus scale and record the scale with the grade.',
    syndromes: ['crs', 'icans'],
    indicatedFromGrade: 1,
    consideredFromGrade: null,
    condition: null,
    markers: [],
    source: Reference.Lee2019,
  },
  [DiagnosticStep.IceAndMotorAssessment]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.IceAndMotorAssessment],
    description: 'ICE encephalopathy score with a motor examination, at least twice daily (CAPD for young children).',
    syndromes: ['icans'],
    indicatedFromGrade: 1,
    consideredFromGrade: null,
    condition: null,
    markers: [],
    source: Reference.Santomasso2021,
  },
  [DiagnosticStep.BrainImaging]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.BrainImaging],
    description: 'Brain MRI, or CT when MRI is not available.',
    syndromes: ['icans'],
    indicatedFromGrade: 2,
    consideredFromGrade: null,
    condition: null,
    markers: [],
    source: Reference.Santomasso2021,
  },
  [DiagnosticStep.Electroencephalography]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.Electroencephalography],
    description: 'Electroencephalogram to look for non-convulsive seizures.',
    syndromes: ['icans'],
    indicatedFromGrade: 2,
    consideredFromGrade: null,
    condition: 'unexplained altered mental status',
    markers: [],
    source: Reference.Santomasso2021,
  },
  [DiagnosticStep.LumbarPuncture]: {
    label: englishValueLabels.diagnosticWorkup[DiagnosticStep.LumbarPuncture],
    description: 'Cerebrospinal fluid examination.',
    syndromes: ['icans'],
    indicatedFromGrade: 3,
    consideredFromGrade: 2,
    condition: null,
    markers: [],
    source: Reference.Santomasso2021,
  },
}));
