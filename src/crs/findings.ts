/**
 * The rows of a CRS grading table.
 *
 * @example
 * ```ts
 * import { CrsDomain, gradeCRS } from 'cytokine-release-syndrome';
 * const grading = gradeCRS({ temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'cpap' } });
 * grading.drivers[0]?.domain === CrsDomain.Hypoxia; // true
 * ```
 */
export const CrsDomain = /* @__PURE__ */ Object.freeze({
  Fever: 'fever',
  /** Mild constitutional symptoms (nausea, fatigue, headache, myalgia, malaise); not an ASTCT 2019 row. */
  ConstitutionalSymptoms: 'constitutional-symptoms',
  Hypotension: 'hypotension',
  Hypoxia: 'hypoxia',
  /** CRS-related organ toxicity other than transaminitis (Lee 2014, Penn, CARTOX). */
  OrganToxicity: 'organ-toxicity',
  /** Transaminase elevation (Lee 2014, Penn, CARTOX). */
  Transaminitis: 'transaminitis',
  /** Coagulopathy needing plasma or fibrinogen (Penn). */
  Coagulopathy: 'coagulopathy',
  /** Hospitalisation for CRS (Penn, CTCAE v4.03). */
  Hospitalization: 'hospitalization',
  /** IV therapy other than fluid resuscitation (Penn). */
  IntravenousTherapy: 'intravenous-therapy',
  /** Need for and response to symptomatic treatment (CTCAE v4.03). */
  TreatmentResponse: 'treatment-response',
  /** Life-threatening consequences; urgent intervention indicated (CTCAE, Penn). */
  LifeThreatening: 'life-threatening',
  Death: 'death',
} as const);

/** One of the {@link CrsDomain} values. */
export type CrsDomain = (typeof CrsDomain)[keyof typeof CrsDomain];

/**
 * What a CRS grading found in each domain, as a machine-readable code. `describeCrsFinding` words
 * each one in English or German.
 *
 * @example
 * ```ts
 * import { CrsFinding, gradeCRS } from 'cytokine-release-syndrome';
 * const grading = gradeCRS({
 *   temperatureCelsius: 38.5,
 *   hypotension: true,
 *   vasopressors: [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }],
 *   oxygen: { device: 'room-air' },
 * });
 * grading.drivers[0]?.finding === CrsFinding.OneVasopressor; // true
 * ```
 */
export const CrsFinding = /* @__PURE__ */ Object.freeze({
  /** Temperature at or above 38.0 °C. */
  Fever: 'fever',
  /** Temperature below 38.0 °C after antipyretic or anti-cytokine therapy: fever is no longer required. */
  FeverMasked: 'fever-masked',
  /** Temperature below 38.0 °C, fever not masked. */
  NoFever: 'no-fever',
  NoHypotension: 'no-hypotension',
  /** Hypotension that needs no vasopressor. */
  HypotensionWithoutVasopressor: 'hypotension-without-vasopressor',
  /** One vasopressor, with or without vasopressin (or vasopressin alone). */
  OneVasopressor: 'one-vasopressor',
  /** Two or more vasopressors, not counting vasopressin. */
  MultipleVasopressors: 'multiple-vasopressors',
  /** Room air. */
  NoOxygen: 'no-oxygen',
  /** Blow-by oxygen, or a nasal cannula at 6 L/min or less. */
  LowFlowOxygen: 'low-flow-oxygen',
  /** A nasal cannula above 6 L/min. */
  HighFlowNasalCannula: 'high-flow-nasal-cannula',
  /** A simple face mask, non-rebreather mask or Venturi mask. */
  OxygenMask: 'oxygen-mask',
  /** CPAP, BiPAP, or intubation and mechanical ventilation. */
  PositivePressure: 'positive-pressure',
  NoDeathFromCrs: 'no-death-from-crs',
  /** Death from CRS with no other principal cause. */
  DiedOfCrs: 'died-of-crs',
  // The findings below belong to the other scales; ASTCT 2019 never reports them.
  ConstitutionalSymptoms: 'constitutional-symptoms',
  NoConstitutionalSymptoms: 'no-constitutional-symptoms',
  /** Hypotension treated with several fluid boluses (Penn). */
  MultipleFluidBoluses: 'multiple-fluid-boluses',
  /** One vasopressor agent, vasopressin counted like any other (CTCAE). */
  OneVasopressorAgent: 'one-vasopressor-agent',
  /** More than one vasopressor agent, vasopressin counted like any other. */
  MultipleVasopressorAgents: 'multiple-vasopressor-agents',
  /** Any vasopressor: "pressor support indicated" (CTCAE v4.03). */
  VasopressorSupport: 'vasopressor-support',
  LowDoseVasopressor: 'low-dose-vasopressor',
  HighDoseVasopressor: 'high-dose-vasopressor',
  /** A high dose needed for less than 3 hours, which Lee 2014 does not count as high-dose. */
  HighDoseVasopressorUnder3Hours: 'high-dose-vasopressor-under-3-hours',
  /** One vasopressor for less than 3 hours, whatever its dose: not high-dose on Lee 2014. */
  VasopressorUnder3Hours: 'vasopressor-under-3-hours',
  VasopressorUnder24Hours: 'vasopressor-under-24-hours',
  Vasopressor24HoursOrMore: 'vasopressor-24-hours-or-more',
  VasopressorRefractoryToHighDose: 'vasopressor-refractory-to-high-dose',
  /** Life-threatening hypotension (CARTOX grade 4). */
  LifeThreateningHypotension: 'life-threatening-hypotension',
  /** Supplemental oxygen at an inspired fraction below 40%. */
  OxygenBelow40Percent: 'oxygen-below-40-percent',
  /** Supplemental oxygen at an inspired fraction of 40% or more. */
  Oxygen40PercentOrMore: 'oxygen-40-percent-or-more',
  /** CPAP or BiPAP where a scale's ventilator support means intubation (Lee 2014, MSKCC, CARTOX). */
  NonInvasiveVentilation: 'non-invasive-ventilation',
  /** Any supplemental oxygen short of ventilatory support (Penn, CTCAE v4.03). */
  SupplementalOxygen: 'supplemental-oxygen',
  /** Intubation and mechanical ventilation ("ventilator support"). */
  MechanicalVentilation: 'mechanical-ventilation',
  NoOrganToxicity: 'no-organ-toxicity',
  OrganToxicityGrade1: 'organ-toxicity-grade-1',
  OrganToxicityGrade2: 'organ-toxicity-grade-2',
  OrganToxicityGrade3: 'organ-toxicity-grade-3',
  OrganToxicityGrade4: 'organ-toxicity-grade-4',
  NoTransaminitis: 'no-transaminitis',
  TransaminitisGrade1: 'transaminitis-grade-1',
  TransaminitisGrade2: 'transaminitis-grade-2',
  TransaminitisGrade3: 'transaminitis-grade-3',
  TransaminitisGrade4: 'transaminitis-grade-4',
  CoagulopathyNeedingReplacement: 'coagulopathy-needing-replacement',
  NoCoagulopathyNeedingReplacement: 'no-coagulopathy-needing-replacement',
  NotHospitalized: 'not-hospitalized',
  HospitalizedForCrsSymptoms: 'hospitalized-for-crs-symptoms',
  HospitalizedForOrganDysfunction: 'hospitalized-for-organ-dysfunction',
  IntravenousTherapy: 'intravenous-therapy',
  NoIntravenousTherapy: 'no-intravenous-therapy',
  NoIntervention: 'no-intervention',
  PromptResponse: 'prompt-response',
  ProlongedOrRecurrent: 'prolonged-or-recurrent',
  LifeThreatening: 'life-threatening',
  NotLifeThreatening: 'not-life-threatening',
} as const);

/** One of the {@link CrsFinding} values. */
export type CrsFinding = (typeof CrsFinding)[keyof typeof CrsFinding];

/**
 * What a reader of a CRS grading must know beyond the grade.
 *
 * @example
 * ```ts
 * import { CrsNote, gradeCRS } from 'cytokine-release-syndrome';
 * const grading = gradeCRS({ temperatureCelsius: 37.2, hypotension: true, vasopressors: [], oxygen: { device: 'room-air' } });
 * grading.notes.includes(CrsNote.NoFeverNoCrs); // true: grade 0 although hypotensive
 * ```
 */
export const CrsNote = /* @__PURE__ */ Object.freeze({
  /** Hypotension or hypoxia without fever (not masked): ASTCT criteria for CRS are not met, so the grade is 0. */
  NoFeverNoCrs: 'no-fever-no-crs',
  /** Fever is masked and there is neither hypotension nor hypoxia, which drive the grade once fever is masked. */
  MaskedFeverWithoutHypotensionOrHypoxia: 'masked-fever-without-hypotension-or-hypoxia',
  /** Vasopressin was given with another vasopressor and was not counted toward multiple vasopressors. */
  VasopressinNotCounted: 'vasopressin-not-counted',
  /** A high-flow nasal cannula at 6 L/min or less was graded as low-flow: a nasal cannula is banded by flow alone. */
  HighFlowCannulaAtLowFlow: 'high-flow-cannula-at-low-flow',
  /** The scale has no vasopressin rule: vasopressin was counted as a vasopressor agent. */
  VasopressinCounted: 'vasopressin-counted',
  /** CTCAE grades one pressor at 3 and has no row for several: grade 4 needs life-threatening consequences. */
  NoMultipleVasopressorRow: 'no-multiple-vasopressor-row',
  /** CTCAE v5.0 and v6.0 list no CPAP or BiPAP: v5.0 grades it by oxygen fraction, v6.0 at 3; 4 needs life-threatening consequences. */
  PositivePressureNotListed: 'positive-pressure-not-listed',
  /** CTCAE v6.0 names low- and high-flow cannulas without a cut-off: banded by flow (6 L/min), as ASTCT 2019 does, here against the device's name. */
  CannulaBandedByFlow: 'cannula-banded-by-flow',
  /** CPAP or BiPAP is not "ventilator support" (Lee 2014, CARTOX) or "mechanical ventilation" (MSKCC) on this scale: graded 3, as paediatric CARTOX grades BiPAP. */
  NonInvasiveVentilationNotVentilatorSupport: 'non-invasive-ventilation-not-ventilator-support',
} as const);

/** One of the {@link CrsNote} values. */
export type CrsNote = (typeof CrsNote)[keyof typeof CrsNote];
