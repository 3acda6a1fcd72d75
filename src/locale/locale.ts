import type { CourseGradingOptions, CourseObservation, CourseTreatment, PatientCourse } from '../course/course.js';
import type { CrsAssessment, OxygenSupport, VasopressorAdministration } from '../crs/assessment.js';
import type { CrsFinding, CrsNote } from '../crs/findings.js';
import type { CrsGradingOptions } from '../crs/grade-crs.js';
import type { IssueCode, IssueParams } from '../contract/issue.js';
import type { Grade } from '../grading/grading.js';
import type { IcansAssessment, IcansGradingOptions } from '../icans/assessment.js';
import type { IcansFinding, IcansNote } from '../icans/findings.js';
import type { IceItems } from '../icans/ice.js';
import type { Cause } from '../vocabulary/cause.js';
import type { CerebralEdema } from '../vocabulary/cerebral-edema.js';
import type { ConsciousnessLevel } from '../vocabulary/consciousness-level.js';
import type { Cytokine } from '../vocabulary/cytokine.js';
import type { DiagnosticStep } from '../vocabulary/diagnostic-workup.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import type { Hospitalization } from '../vocabulary/hospitalization.js';
import type { IcansInstrument } from '../vocabulary/icans-instrument.js';
import type { Marker } from '../vocabulary/marker.js';
import type { MotorWeakness } from '../vocabulary/motor-weakness.js';
import type { OxygenDevice } from '../vocabulary/oxygen-device.js';
import type { RaisedIcpSign } from '../vocabulary/raised-icp-sign.js';
import type { Seizure } from '../vocabulary/seizure.js';
import type { Symptom } from '../vocabulary/symptom.js';
import type { Treatment } from '../vocabulary/treatment.js';
import type { TreatmentResponse } from '../vocabulary/treatment-response.js';
import type { Vasopressor } from '../vocabulary/vasopressor.js';
import type { VasopressorDose } from '../vocabulary/vasopressor-dose.js';

/** How a locale words every issue code: one function per code, from its parameters. */
export type IssueMessages = { readonly [Code in IssueCode]: (params: IssueParams[Code]) => string };

/** The form key of every field of a CRS assessment: nested fields are dotted (`oxygen.device`), list items have no index. */
export type CrsFieldKey = keyof CrsAssessment | `oxygen.${keyof OxygenSupport}` | `vasopressors.${keyof VasopressorAdministration}`;

/** The form key of every field of an ICANS assessment (`ice.orientation` for an ICE item). */
export type IcansFieldKey = keyof IcansAssessment | `ice.${keyof IceItems}`;

/** The form key of every field of a patient course of its own (the windows' `crs` and `icans` use the keys above). */
export type CourseFieldKey = keyof PatientCourse | `observations.${keyof CourseObservation}` | `treatments.${keyof CourseTreatment}`;

/** The key of every grading option. */
export type OptionsFieldKey = keyof CrsGradingOptions | keyof IcansGradingOptions | keyof CourseGradingOptions;

/** What a form shows for a field: a short label and one or two sentences of help. */
export interface FieldText {
  readonly label: string;
  readonly help: string;
}

/** The texts of every field of one input, by form key. */
export type FieldTexts<Key extends string> = { readonly [K in Key]: FieldText };

/** The label of every value of one vocabulary. */
export type ValueLabelsOf<Value extends string> = { readonly [V in Value]: string };

/** The label of every enum value, by the name of its reference record (`oxygenDevices`, `vasopressors`, ...). */
export interface ValueLabels {
  readonly causes: ValueLabelsOf<Cause>;
  readonly cerebralEdemas: ValueLabelsOf<CerebralEdema>;
  readonly consciousnessLevels: ValueLabelsOf<ConsciousnessLevel>;
  readonly cytokines: ValueLabelsOf<Cytokine>;
  readonly diagnosticWorkup: ValueLabelsOf<DiagnosticStep>;
  readonly hospitalizations: ValueLabelsOf<Hospitalization>;
  readonly icansInstruments: ValueLabelsOf<IcansInstrument>;
  readonly markers: ValueLabelsOf<Marker>;
  readonly motorWeaknesses: ValueLabelsOf<MotorWeakness>;
  readonly oxygenDevices: ValueLabelsOf<OxygenDevice>;
  readonly raisedIcpSigns: ValueLabelsOf<RaisedIcpSign>;
  readonly seizures: ValueLabelsOf<Seizure>;
  readonly symptoms: ValueLabelsOf<Symptom>;
  readonly treatmentResponses: ValueLabelsOf<TreatmentResponse>;
  readonly treatments: ValueLabelsOf<Treatment>;
  readonly vasopressorDoses: ValueLabelsOf<VasopressorDose>;
  readonly vasopressors: ValueLabelsOf<Vasopressor>;
}

/** The vocabularies a locale labels. */
export type VocabularyName = keyof ValueLabels;

/** The UCUM units of the fields the library reads. */
export type UnitCode = 'Cel' | 'L/min' | '%' | 'h' | 'a' | '{score}';

/** How a locale words a grading. */
export interface GradingWords {
  /** The head of a graded line: `ASTCT 2019 CRS grade 3`. */
  readonly graded: (scale: string, syndrome: 'CRS' | 'ICANS', grade: Grade) => string;
  /** A scale that could not grade, naming the missing facts by their labels. */
  readonly notGradable: (scale: string, syndrome: 'CRS' | 'ICANS', missing: readonly string[]) => string;
  /** A note line. */
  readonly note: (text: string) => string;
  /** Joins a head and its reasons: `ASTCT 2019 CRS grade 3: Hypotension requiring one vasopressor`. */
  readonly withReasons: (head: string, reasons: readonly string[]) => string;
}

/**
 * Everything the library says to a person, in one language: issue messages, field labels and
 * help, value labels, units, scale names, findings and notes, and how a grading is worded.
 * English is built in (`en`); German ships as `cytokine-release-syndrome/locale/de`. A third
 * language is one object of this type: TypeScript names every text it still lacks.
 *
 * @example
 * ```ts
 * import type { Locale } from 'cytokine-release-syndrome';
 * import { en } from 'cytokine-release-syndrome/locale/en';
 * // A French locale starts from English and replaces what it translates.
 * const fr: Locale = { ...en, code: 'fr', scales: { ...en.scales, 'cartox-2018': 'CARTOX (adulte)' } };
 * fr.scales['cartox-2018']; // 'CARTOX (adulte)'
 * ```
 */
export interface Locale {
  /** The BCP 47 language tag (`en`, `de`, `fr-CA`). */
  readonly code: string;
  /** Every issue code, worded. */
  readonly issues: IssueMessages;
  /** Labels and help of every input field, by input and form key. */
  readonly fields: {
    readonly crs: FieldTexts<CrsFieldKey>;
    readonly icans: FieldTexts<IcansFieldKey>;
    readonly course: FieldTexts<CourseFieldKey>;
    readonly options: FieldTexts<OptionsFieldKey>;
  };
  /** Labels of every enum value. */
  readonly values: ValueLabels;
  /** How each unit is shown. */
  readonly units: { readonly [Unit in UnitCode]: string };
  /** The name of each scale. */
  readonly scales: { readonly [Scale in GradingScale]: string };
  /** CRS findings and notes, worded. */
  readonly crs: { readonly findings: { readonly [F in CrsFinding]: string }; readonly notes: { readonly [N in CrsNote]: string } };
  /** ICANS findings and notes, worded. */
  readonly icans: { readonly findings: { readonly [F in IcansFinding]: string }; readonly notes: { readonly [N in IcansNote]: string } };
  /** How a grading is worded. */
  readonly grading: GradingWords;
  /** Numbers as the language writes them (`38.5`, `38,5`). */
  readonly formatNumber: (value: number) => string;
}

/** The part of a locale that words a CRS grading (any full `Locale` is one). */
export type CrsWording = Pick<Locale, 'scales' | 'crs' | 'grading'> & { readonly fields: Pick<Locale['fields'], 'crs'> };

/** The part of a locale that words an ICANS grading (any full `Locale` is one). */
export type IcansWording = Pick<Locale, 'scales' | 'icans' | 'grading'>;
