import type { OxygenDevice } from '../vocabulary/oxygen-device.js';
import type { Vasopressor } from '../vocabulary/vasopressor.js';
import type { NumberRange } from '../grading/number-range.js';

/** One vasopressor the patient is receiving. */
export interface VasopressorAdministration {
  /** The agent. */
  readonly agent: Vasopressor;
}

/** The oxygen support the patient needs. `{ device: 'room-air' }` states that there is none. */
export interface OxygenSupport {
  /** How the oxygen is given. */
  readonly device: OxygenDevice;
  /**
   * Oxygen flow in litres per minute. Required for a nasal cannula (of either kind), which ASTCT 2019
   * bands by flow alone; not allowed on room air; optional and ignored for grading otherwise.
   */
  readonly flowLitersPerMinute?: number | undefined;
}

/**
 * One CRS assessment window: the worst findings in it. Every finding is required and absence is
 * stated explicitly (`vasopressors: []`, `oxygen: { device: 'room-air' }`), because a missing fact
 * must never be read as normal. Record only findings attributed to CRS: ASTCT 2019 excludes fever,
 * hypotension and hypoxia that another cause (e.g. infection) explains.
 *
 * @see ../shared/clinical-reference.md, "Decisions already taken"; ASTCT 2019 CRS, R1 and R3
 * @example
 * ```ts
 * import type { CrsAssessment } from 'cytokine-release-syndrome';
 * const assessment: CrsAssessment = {
 *   temperatureCelsius: 38.6,
 *   hypotension: true,
 *   vasopressors: [{ agent: 'norepinephrine' }],
 *   oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 4 },
 * };
 * ```
 */
export interface CrsAssessment {
  /** Highest body temperature in the window, in degrees Celsius (not Fahrenheit). */
  readonly temperatureCelsius: number;
  /**
   * Antipyretic or anti-cytokine therapy (e.g. tocilizumab, corticosteroids) was already given for this
   * CRS, so fever is no longer required to grade it. Defaults to `false`.
   *
   * @see ../shared/clinical-reference.md, ASTCT 2019 CRS, R2
   */
  readonly feverMasked?: boolean | undefined;
  /** Whether the patient has hypotension attributed to CRS. */
  readonly hypotension: boolean;
  /** Every vasopressor given for that hypotension, each agent once; `[]` for none. */
  readonly vasopressors: readonly VasopressorAdministration[];
  /** The oxygen support needed for hypoxia attributed to CRS. */
  readonly oxygen: OxygenSupport;
  /** Death from CRS, with no other principal cause (grade 5). Defaults to `false`. */
  readonly diedOfCrs?: boolean | undefined;
}

/**
 * Plausible body temperatures in °C. A plausibility guard for data entry, not a clinical threshold:
 * a value outside it is an input error.
 *
 * @example
 * ```ts
 * import { TEMPERATURE_CELSIUS_RANGE } from 'cytokine-release-syndrome';
 * TEMPERATURE_CELSIUS_RANGE; // { min: 25, max: 45, unit: '°C' }
 * ```
 */
export const TEMPERATURE_CELSIUS_RANGE: NumberRange = Object.freeze({ min: 25, max: 45, unit: '°C' });

/**
 * Body temperatures in °F matching {@link TEMPERATURE_CELSIUS_RANGE}. A Celsius input in this range
 * is reported as looking like Fahrenheit.
 *
 * @example
 * ```ts
 * import { safeGradeCRS } from 'cytokine-release-syndrome';
 * const result = safeGradeCRS({ temperatureCelsius: 101.3, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } });
 * // result.error.issues[0].message: 'expected a number from 25 to 45 °C; received 101.3, which looks like degrees Fahrenheit (101.3 °F is 38.5 °C); convert it to Celsius'
 * ```
 */
export const TEMPERATURE_FAHRENHEIT_RANGE: NumberRange = Object.freeze({ min: 77, max: 113, unit: '°F' });

/**
 * Plausible oxygen flows in L/min: more than 0, at most 100 (a data-entry guard).
 *
 * @example
 * ```ts
 * import { OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE } from 'cytokine-release-syndrome';
 * OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE.max; // 100
 * ```
 */
export const OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE: NumberRange = Object.freeze({
  min: 0,
  minExclusive: true,
  max: 100,
  unit: 'L/min',
});

/**
 * The nasal cannulas, which ASTCT 2019 bands by flow alone, so their flow is required.
 *
 * @see ../shared/clinical-reference.md, "Decisions already taken" (nasal cannula); ASTCT 2019 CRS, R4
 * @example
 * ```ts
 * import { NASAL_CANNULA_DEVICES } from 'cytokine-release-syndrome';
 * NASAL_CANNULA_DEVICES.includes('high-flow-nasal-cannula'); // true: its flow is required too
 * ```
 */
export const NASAL_CANNULA_DEVICES: readonly OxygenDevice[] = Object.freeze(['nasal-cannula', 'high-flow-nasal-cannula']);
