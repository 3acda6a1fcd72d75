import * as z from 'zod';
import {
  CRS_ASSESSMENT_CONTRACT,
  CRS_GRADING_OPTIONS_CONTRACT,
  OXYGEN_SUPPORT_CONTRACT,
  REPORTED_CRS_GRADE_CONTRACT,
  VASOPRESSOR_ADMINISTRATION_CONTRACT,
} from '../crs/contract.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { Hospitalization } from '../vocabulary/hospitalization.js';
import { OxygenDevice } from '../vocabulary/oxygen-device.js';
import { TreatmentResponse } from '../vocabulary/treatment-response.js';
import { Vasopressor } from '../vocabulary/vasopressor.js';
import { VasopressorDose } from '../vocabulary/vasopressor-dose.js';
import type { CrsAssessment } from '../crs/assessment.js';
import type { Locale } from '../locale/locale.js';
import { schemaFromContract } from './from-contract.js';

/**
 * Zod schema of a {@link Vasopressor} value.
 *
 * @example
 * ```ts
 * import { VasopressorSchema } from 'cytokine-release-syndrome/schemas';
 * VasopressorSchema.parse('vasopressin'); // 'vasopressin'
 * ```
 */
export const VasopressorSchema = z.enum(Vasopressor);

/**
 * Zod schema of an {@link OxygenDevice} value.
 *
 * @example
 * ```ts
 * import { OxygenDeviceSchema } from 'cytokine-release-syndrome/schemas';
 * OxygenDeviceSchema.safeParse('nasal-prongs').success; // false
 * ```
 */
export const OxygenDeviceSchema = z.enum(OxygenDevice);

/**
 * Zod schema of a {@link VasopressorDose} value.
 *
 * @example
 * ```ts
 * import { VasopressorDoseSchema } from 'cytokine-release-syndrome/schemas';
 * VasopressorDoseSchema.parse('high'); // 'high'
 * ```
 */
export const VasopressorDoseSchema = z.enum(VasopressorDose);

/**
 * Zod schema of a {@link Hospitalization} value.
 *
 * @example
 * ```ts
 * import { HospitalizationSchema } from 'cytokine-release-syndrome/schemas';
 * HospitalizationSchema.safeParse('icu').success; // false
 * ```
 */
export const HospitalizationSchema = z.enum(Hospitalization);

/**
 * Zod schema of a {@link TreatmentResponse} value.
 *
 * @example
 * ```ts
 * import { TreatmentResponseSchema } from 'cytokine-release-syndrome/schemas';
 * TreatmentResponseSchema.parse('prompt-response'); // 'prompt-response'
 * ```
 */
export const TreatmentResponseSchema = z.enum(TreatmentResponse);

/**
 * Zod schema of a {@link GradingScale} value.
 *
 * @example
 * ```ts
 * import { GradingScaleSchema } from 'cytokine-release-syndrome/schemas';
 * GradingScaleSchema.safeParse('ctcae-v5').success; // false: the value is 'ctcae-v5.0'
 * ```
 */
export const GradingScaleSchema = z.enum(GradingScale);

/**
 * Zod schema of a CTCAE organ toxicity grade: 0 to 4.
 *
 * @example
 * ```ts
 * import { OrganToxicityGradeSchema } from 'cytokine-release-syndrome/schemas';
 * OrganToxicityGradeSchema.safeParse(2.5).success; // false
 * ```
 */
export const OrganToxicityGradeSchema = z.literal([0, 1, 2, 3, 4]);

/**
 * Zod schema of a reported CRS grade, as `checkReportedGrade` takes it.
 *
 * @example
 * ```ts
 * import { ReportedCrsGradeSchema } from 'cytokine-release-syndrome/schemas';
 * ReportedCrsGradeSchema.parse({ scale: 'lee-2014', grade: 3 });
 * ```
 */
export const ReportedCrsGradeSchema = /* @__PURE__ */ schemaFromContract(REPORTED_CRS_GRADE_CONTRACT, {
  title: 'ReportedCrsGrade',
  description: 'A CRS grade as reported, with its scale.',
});

/**
 * Zod schema of the options of `gradeCRS`.
 *
 * @example
 * ```ts
 * import { CrsGradingOptionsSchema } from 'cytokine-release-syndrome/schemas';
 * CrsGradingOptionsSchema.safeParse({ scale: 'lee' }).success; // false: the value is 'lee-2014'
 * ```
 */
export const CrsGradingOptionsSchema = /* @__PURE__ */ schemaFromContract(CRS_GRADING_OPTIONS_CONTRACT, {
  title: 'CrsGradingOptions',
  description: 'Options of gradeCRS: the scale to grade on (astct-2019 when absent).',
});

/**
 * Zod schema of a `VasopressorAdministration`.
 *
 * @example
 * ```ts
 * import { VasopressorAdministrationSchema } from 'cytokine-release-syndrome/schemas';
 * VasopressorAdministrationSchema.parse({ agent: 'norepinephrine' });
 * ```
 */
export const VasopressorAdministrationSchema = /* @__PURE__ */ schemaFromContract(VASOPRESSOR_ADMINISTRATION_CONTRACT, {
  title: 'VasopressorAdministration',
  description: 'One vasopressor the patient is receiving.',
});

/**
 * Zod schema of an `OxygenSupport`: a nasal cannula needs its flow, room air has none.
 *
 * @see criteria ASTCT-CRS-04 (docs/criteria/astct-2019-crs.md#astct-crs-04); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-24 (docs/criteria/decisions.md#dec-24)
 * @example
 * ```ts
 * import { OxygenSupportSchema } from 'cytokine-release-syndrome/schemas';
 * OxygenSupportSchema.safeParse({ device: 'nasal-cannula' }).success; // false: flow required
 * ```
 */
export const OxygenSupportSchema = /* @__PURE__ */ schemaFromContract(OXYGEN_SUPPORT_CONTRACT, {
  title: 'OxygenSupport',
  description: 'The oxygen support needed for hypoxia attributed to CRS; { device: "room-air" } states that there is none.',
});

/**
 * Zod schema of a `CrsAssessment`. It accepts exactly the inputs that `gradeCRS` accepts and words
 * every issue as `safeGradeCRS` does (the Fahrenheit hint and the cross-field rules included).
 *
 * @example
 * ```ts
 * import { gradeCRS } from 'cytokine-release-syndrome';
 * import { CrsAssessmentSchema } from 'cytokine-release-syndrome/schemas';
 * const body = '{"temperatureCelsius":38.5,"hypotension":false,"vasopressors":[],"oxygen":{"device":"blow-by"}}';
 * const assessment = CrsAssessmentSchema.parse(JSON.parse(body));
 * gradeCRS(assessment).grade; // 2
 * ```
 */
export const CrsAssessmentSchema: z.ZodType<CrsAssessment, CrsAssessment> = /* @__PURE__ */ createCrsAssessmentSchema();

/**
 * Builds the Zod schema of a `CrsAssessment` whose messages are worded in `locale` (English by
 * default). The library attaches its messages to its own schemas and never calls `z.config()`.
 *
 * @example
 * ```ts
 * import { createCrsAssessmentSchema } from 'cytokine-release-syndrome/schemas';
 * import { de } from 'cytokine-release-syndrome/locale/de';
 * const result = createCrsAssessmentSchema({ locale: de }).safeParse({ temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'nasal-cannula' } });
 * result.error?.issues[0]?.message === de.issues['flow-required']({ device: 'nasal-cannula' }); // true
 * ```
 */
export function createCrsAssessmentSchema(options: { readonly locale?: Locale } = {}): z.ZodType<CrsAssessment, CrsAssessment> {
  return schemaFromContract(
    CRS_ASSESSMENT_CONTRACT,
    {
      title: 'CrsAssessment',
      description: 'One CRS assessment window (the worst findings in it), graded by gradeCRS on ASTCT 2019 or another scale.',
    },
    options.locale,
  );
}
