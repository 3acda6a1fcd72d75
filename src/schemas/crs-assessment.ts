import * as z from 'zod';
import { NASAL_CANNULA_DEVICES, OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE, TEMPERATURE_CELSIUS_RANGE } from '../crs/assessment.js';
import { OxygenDevice } from '../vocabulary/oxygen-device.js';
import { Vasopressor } from '../vocabulary/vasopressor.js';

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
  })
  .meta({
    allOf: [
      { if: { properties: { device: { enum: NASAL_CANNULA_DEVICES } } }, then: { required: ['flowLitersPerMinute'] } },
      { if: { properties: { device: { const: OxygenDevice.RoomAir } } }, then: { not: { required: ['flowLitersPerMinute'] } } },
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
  })
  .meta({
    title: 'CrsAssessment',
    description: 'One CRS assessment window (the worst findings in it), graded by gradeCRS on ASTCT 2019.',
    if: { properties: { hypotension: { const: false } } },
    then: { properties: { vasopressors: { maxItems: 0 } } },
  });
