import * as z from 'zod';
import {
  INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE,
  NASAL_CANNULA_DEVICES,
  OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE,
  TEMPERATURE_CELSIUS_RANGE,
  VASOPRESSOR_DURATION_HOURS_RANGE,
} from '../crs/assessment.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { Hospitalization } from '../vocabulary/hospitalization.js';
import { OxygenDevice } from '../vocabulary/oxygen-device.js';
import { TreatmentResponse } from '../vocabulary/treatment-response.js';
import { Vasopressor } from '../vocabulary/vasopressor.js';
import { VasopressorDose } from '../vocabulary/vasopressor-dose.js';

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
export const ReportedCrsGradeSchema = z.strictObject({ scale: GradingScaleSchema, grade: z.literal([0, 1, 2, 3, 4, 5]) }).meta({
  title: 'ReportedCrsGrade',
  description: 'A CRS grade as reported, with its scale.',
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
export const VasopressorAdministrationSchema = z.strictObject({ agent: VasopressorSchema });

const flowRange = OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE;
const fractionRange = INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE;
const durationRange = VASOPRESSOR_DURATION_HOURS_RANGE;

/**
 * Zod schema of an `OxygenSupport`: a nasal cannula needs its flow, room air has none.
 *
 * @see ../shared/clinical-reference.md, "Decisions already taken" (nasal cannula); ASTCT 2019 CRS, R4
 * @example
 * ```ts
 * import { OxygenSupportSchema } from 'cytokine-release-syndrome/schemas';
 * OxygenSupportSchema.safeParse({ device: 'nasal-cannula' }).success; // false: flow required
 * ```
 */
export const OxygenSupportSchema = z
  .strictObject({
    device: OxygenDeviceSchema,
    flowLitersPerMinute: z.number().gt(flowRange.min).lte(flowRange.max).optional(),
    inspiredOxygenFractionPercent: z.number().gte(fractionRange.min).lte(fractionRange.max).optional(),
  })
  .superRefine((oxygen, context) => {
    if (oxygen.flowLitersPerMinute === undefined && NASAL_CANNULA_DEVICES.includes(oxygen.device)) {
      context.addIssue({
        code: 'custom',
        path: ['flowLitersPerMinute'],
        message: `required for device "${oxygen.device}": a nasal cannula is graded by its flow`,
      });
    }
    if (oxygen.flowLitersPerMinute !== undefined && oxygen.device === OxygenDevice.RoomAir) {
      context.addIssue({ code: 'custom', path: ['flowLitersPerMinute'], message: 'not allowed on "room-air"' });
    }
    const fraction = oxygen.inspiredOxygenFractionPercent;
    if (fraction !== undefined && fraction !== 21 && oxygen.device === OxygenDevice.RoomAir) {
      context.addIssue({ code: 'custom', path: ['inspiredOxygenFractionPercent'], message: 'must be 21 on "room-air"' });
    }
  })
  .meta({
    allOf: [
      { if: { properties: { device: { enum: NASAL_CANNULA_DEVICES } } }, then: { required: ['flowLitersPerMinute'] } },
      {
        if: { properties: { device: { const: OxygenDevice.RoomAir } } },
        then: { not: { required: ['flowLitersPerMinute'] }, properties: { inspiredOxygenFractionPercent: { const: 21 } } },
      },
    ],
  });

/**
 * Zod schema of a `CrsAssessment`. It accepts exactly the inputs that `gradeCRS` accepts.
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
export const CrsAssessmentSchema = z
  .strictObject({
    temperatureCelsius: z.number().gte(TEMPERATURE_CELSIUS_RANGE.min).lte(TEMPERATURE_CELSIUS_RANGE.max),
    feverMasked: z.boolean().optional(),
    hypotension: z.boolean(),
    vasopressors: z.array(VasopressorAdministrationSchema).meta({ uniqueItems: true }),
    oxygen: OxygenSupportSchema,
    diedOfCrs: z.boolean().optional(),
    constitutionalSymptoms: z.boolean().optional(),
    vasopressorDose: VasopressorDoseSchema.optional(),
    vasopressorDurationHours: z.number().gt(durationRange.min).lte(durationRange.max).optional(),
    multipleFluidBoluses: z.boolean().optional(),
    organToxicityGrade: OrganToxicityGradeSchema.optional(),
    transaminitisGrade: OrganToxicityGradeSchema.optional(),
    coagulopathyNeedingReplacement: z.boolean().optional(),
    hospitalization: HospitalizationSchema.optional(),
    intravenousTherapy: z.boolean().optional(),
    treatmentResponse: TreatmentResponseSchema.optional(),
    lifeThreatening: z.boolean().optional(),
  })
  .superRefine((assessment, context) => {
    const seen = new Set<string>();
    assessment.vasopressors.forEach(({ agent }, index) => {
      if (seen.has(agent)) {
        context.addIssue({ code: 'custom', path: ['vasopressors', index, 'agent'], message: `"${agent}" is listed twice` });
      }
      seen.add(agent);
    });
    if (!assessment.hypotension && assessment.vasopressors.length > 0) {
      context.addIssue({ code: 'custom', path: ['vasopressors'], message: 'must be [] when hypotension is false' });
    }
    if (!assessment.hypotension && assessment.multipleFluidBoluses === true) {
      context.addIssue({ code: 'custom', path: ['multipleFluidBoluses'], message: 'must be false or absent when hypotension is false' });
    }
    if (assessment.vasopressors.length === 0) {
      for (const key of ['vasopressorDose', 'vasopressorDurationHours'] as const) {
        if (assessment[key] !== undefined) context.addIssue({ code: 'custom', path: [key], message: 'not allowed when vasopressors is []' });
      }
    }
  })
  .meta({
    title: 'CrsAssessment',
    description: 'One CRS assessment window (the worst findings in it), graded by gradeCRS on ASTCT 2019 or another scale.',
    allOf: [
      {
        if: { properties: { hypotension: { const: false } } },
        then: { properties: { vasopressors: { maxItems: 0 }, multipleFluidBoluses: { const: false } } },
      },
      {
        if: { properties: { vasopressors: { maxItems: 0 } } },
        then: { not: { anyOf: [{ required: ['vasopressorDose'] }, { required: ['vasopressorDurationHours'] }] } },
      },
    ],
  });
