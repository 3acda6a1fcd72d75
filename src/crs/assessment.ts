import type { OxygenDevice } from '../vocabulary/oxygen-device.js';
import type { Vasopressor } from '../vocabulary/vasopressor.js';
import type { NumberRange } from '../grading/number-range.js';
import type { Hospitalization } from '../vocabulary/hospitalization.js';
import type { TreatmentResponse } from '../vocabulary/treatment-response.js';
import type { VasopressorDose } from '../vocabulary/vasopressor-dose.js';

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
  /**
   * Inspired oxygen fraction in percent (21 to 100; room air is 21). Lee 2014, CTCAE v5.0, MSKCC and
   * CARTOX band hypoxia at 40%; they cannot grade supplemental oxygen without it. ASTCT 2019 ignores it.
   *
   * @see criteria CTCAE50-CRS-03 (docs/criteria/ctcae-v5-0-crs.md#ctcae50-crs-03); NCI CTCAE v5.0 (2017-11-27), Cytokine release syndrome
   * @see criteria LEE2014-CRS-02 (docs/criteria/lee-2014-crs.md#lee2014-crs-02); doi:10.1182/blood-2014-05-552729, CRS grading table
   * @see criteria MSKCC2018-CRS-03 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-03); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
   * @see criteria CARTOX2018-CRS-04 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-04); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
   */
  readonly inspiredOxygenFractionPercent?: number | undefined;
}

/** A CTCAE grade of an organ toxicity: 0 (none) to 4 (life-threatening). */
export type OrganToxicityGrade = 0 | 1 | 2 | 3 | 4;

/**
 * One CRS assessment window: the worst findings in it. Every finding is required and absence is
 * stated explicitly (`vasopressors: []`, `oxygen: { device: 'room-air' }`), because a missing fact
 * must never be read as normal. Record only findings attributed to CRS: ASTCT 2019 excludes fever,
 * hypotension and hypoxia that another cause (e.g. infection) explains.
 *
 * @see criteria ASTCT-CRS-06 (docs/criteria/astct-2019-crs.md#astct-crs-06); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-01, DEC-04 (docs/criteria/decisions.md#dec-01)
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
   * @see criteria ASTCT-CRS-07 (docs/criteria/astct-2019-crs.md#astct-crs-07); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
   */
  readonly feverMasked?: boolean | undefined;
  /** Whether the patient has hypotension attributed to CRS. */
  readonly hypotension: boolean;
  /** Every vasopressor given for that hypotension, each agent once; `[]` for none. */
  readonly vasopressors: readonly VasopressorAdministration[];
  /** The oxygen support needed for hypoxia attributed to CRS. */
  readonly oxygen: OxygenSupport;
  /**
   * Death from CRS, with no other principal cause (grade 5). Defaults to `false`, on every scale: the
   * one fact read as absent when left out, because an assessment of a living patient is the rule.
   */
  readonly diedOfCrs?: boolean | undefined;

  // Facts that other scales need. ASTCT 2019 ignores every one of them (R7 for organ toxicity); a
  // scale that needs one that is absent answers "not gradable" and names it, never a lower grade.

  /** Mild constitutional symptoms from CRS (nausea, fatigue, headache, myalgia, malaise): Lee 2014, Penn, MSKCC, CTCAE v4.03 grade 1. */
  readonly constitutionalSymptoms?: boolean | undefined;
  /**
   * How high the vasopressor requirement is, judged by the caller from the dose table of the scale
   * being graded (the library does not compute doses: the Lee 2014 dose table is unverified). Only
   * with vasopressors. Lee 2014 and CARTOX: a low dose is grade 2, a high dose grade 3; Penn: low
   * dose 3, high dose 4; MSKCC: refractory to high-dose vasopressors 4 (CARTOX reads that as
   * life-threatening hypotension, grade 4).
   *
   * @see criteria DEC-15 (docs/criteria/decisions.md#dec-15)
   */
  readonly vasopressorDose?: VasopressorDose | undefined;
  /**
   * How long any vasopressor has been needed, in hours (more than 0, at most 720). Only with
   * vasopressors. MSKCC bands it at 24 h; Lee 2014 reads it only to know that a high dose cannot
   * have lasted 3 h (under 3 h on vasopressors).
   *
   * @see criteria MSKCC2018-CRS-02 (docs/criteria/mskcc-2018-crs.md#mskcc2018-crs-02); doi:10.1056/NEJMoa1709919, MSKCC CRS grading criteria
   * @see criteria DEC-16 (docs/criteria/decisions.md#dec-16)
   */
  readonly vasopressorDurationHours?: number | undefined;
  /**
   * How long a high vasopressor dose has been needed, in hours (more than 0, at most 720): Lee 2014
   * counts a high dose toward grade 3 only once it has lasted 3 h. Only with `vasopressorDose`
   * "high" or "refractory-to-high", and never more than `vasopressorDurationHours`.
   *
   * @see criteria LEE2014-CRS-10 (docs/criteria/lee-2014-crs.md#lee2014-crs-10); doi:10.1182/blood-2014-05-552729, CRS grading table
   * @see criteria DEC-16, DEC-17 (docs/criteria/decisions.md#dec-16)
   */
  readonly highDoseVasopressorDurationHours?: number | undefined;
  /**
   * The hypotension is life-threatening (CARTOX grade 4, in its own terms). Only with vasopressors:
   * hypotension that needs none responds to fluids. `vasopressorDose: 'refractory-to-high'` is
   * life-threatening hypotension, so `false` contradicts it.
   *
   * @see criteria CARTOX2018-CRS-09 (docs/criteria/cartox-2018-crs.md#cartox2018-crs-09); doi:10.1038/nrclinonc.2017.148, adult CARTOX CRS grading table
   * @see criteria DEC-18 (docs/criteria/decisions.md#dec-18)
   */
  readonly lifeThreateningHypotension?: boolean | undefined;
  /** Hypotension was treated with more than one fluid bolus (Penn grade 3). Only `true` with hypotension. */
  readonly multipleFluidBoluses?: boolean | undefined;
  /**
   * The highest CTCAE grade of any CRS-related organ toxicity other than transaminitis and other than
   * the hypotension and hypoxia that the scales grade in their own rows (e.g. creatinine increased,
   * heart failure, pleural effusion, coagulopathy; 0 for none). Lee 2014, Penn and CARTOX count it;
   * ASTCT 2019 does not (R7).
   */
  readonly organToxicityGrade?: OrganToxicityGrade | undefined;
  /** The CTCAE grade of CRS-related transaminase (ALT/AST) elevation, 0 for none. Lee 2014, Penn and CARTOX. */
  readonly transaminitisGrade?: OrganToxicityGrade | undefined;
  /** Coagulopathy needing fresh frozen plasma, cryoprecipitate or fibrinogen concentrate (Penn grade 3). */
  readonly coagulopathyNeedingReplacement?: boolean | undefined;
  /** Why the patient is in hospital for CRS, if at all (Penn, CTCAE v4.03). */
  readonly hospitalization?: Hospitalization | undefined;
  /** IV therapy for CRS other than fluid resuscitation for hypotension (Penn grade 2). */
  readonly intravenousTherapy?: boolean | undefined;
  /** Need for and response to symptomatic treatment or interruption of therapy (CTCAE v4.03 grades 1 to 3). */
  readonly treatmentResponse?: TreatmentResponse | undefined;
  /** Life-threatening consequences of CRS; urgent intervention indicated (CTCAE v4.03, v5.0, v6.0 and Penn grade 4). */
  readonly lifeThreatening?: boolean | undefined;
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
export const TEMPERATURE_CELSIUS_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({ min: 25, max: 45, unit: '°C' });

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
export const TEMPERATURE_FAHRENHEIT_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({ min: 77, max: 113, unit: '°F' });

/**
 * Plausible oxygen flows in L/min: more than 0, at most 100 (a data-entry guard).
 *
 * @example
 * ```ts
 * import { OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE } from 'cytokine-release-syndrome';
 * OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE.max; // 100
 * ```
 */
export const OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({
  min: 0,
  minExclusive: true,
  max: 100,
  unit: 'L/min',
});

/**
 * Plausible inspired oxygen fractions in percent: 21 (room air) to 100.
 *
 * @example
 * ```ts
 * import { INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE } from 'cytokine-release-syndrome';
 * INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE.min; // 21
 * ```
 */
export const INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({ min: 21, max: 100, unit: '%' });

/**
 * Plausible vasopressor durations in hours: more than 0, at most 720 (30 days; a data-entry guard).
 *
 * @example
 * ```ts
 * import { VASOPRESSOR_DURATION_HOURS_RANGE } from 'cytokine-release-syndrome';
 * VASOPRESSOR_DURATION_HOURS_RANGE.max; // 720
 * ```
 */
export const VASOPRESSOR_DURATION_HOURS_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({ min: 0, minExclusive: true, max: 720, unit: 'h' });

/**
 * CTCAE grades of an organ toxicity: integers 0 to 4.
 *
 * @example
 * ```ts
 * import { ORGAN_TOXICITY_GRADE_RANGE } from 'cytokine-release-syndrome';
 * ORGAN_TOXICITY_GRADE_RANGE.max; // 4
 * ```
 */
export const ORGAN_TOXICITY_GRADE_RANGE: NumberRange = /* @__PURE__ */ Object.freeze({ min: 0, max: 4 });

/**
 * The nasal cannulas, which ASTCT 2019 bands by flow alone, so their flow is required.
 *
 * @see criteria ASTCT-CRS-04 (docs/criteria/astct-2019-crs.md#astct-crs-04); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-24 (docs/criteria/decisions.md#dec-24)
 * @example
 * ```ts
 * import { NASAL_CANNULA_DEVICES } from 'cytokine-release-syndrome';
 * NASAL_CANNULA_DEVICES.includes('high-flow-nasal-cannula'); // true: its flow is required too
 * ```
 */
export const NASAL_CANNULA_DEVICES: readonly OxygenDevice[] = /* @__PURE__ */ Object.freeze(['nasal-cannula', 'high-flow-nasal-cannula']);
