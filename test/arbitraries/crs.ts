import fc from 'fast-check';
import type { CrsAssessment, OxygenSupport } from '../../src/crs/assessment.js';
import { Hospitalization } from '../../src/vocabulary/hospitalization.js';
import { OxygenDevice } from '../../src/vocabulary/oxygen-device.js';
import { TreatmentResponse } from '../../src/vocabulary/treatment-response.js';
import { Vasopressor } from '../../src/vocabulary/vasopressor.js';
import { VasopressorDose } from '../../src/vocabulary/vasopressor-dose.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';

const nasalCannulas = [OxygenDevice.NasalCannula, OxygenDevice.HighFlowNasalCannula] as const;

/** A flow in the allowed range (0, 100], with the 6 L/min boundary and its neighbours over-sampled. */
export const validFlow = fc.oneof(
  fc.constantFrom(0.5, 1, 5.9, 6, 6.000001, 6.5, 15, 60, 100),
  fc.double({ min: Number.MIN_VALUE, max: 100, noNaN: true }),
);

/** An inspired oxygen fraction in [21, 100] %, with the 40% boundary over-sampled. */
export const validOxygenFraction = fc.oneof(fc.constantFrom(21, 28, 39, 39.9, 40, 40.1, 60, 100), fc.double({ min: 21, max: 100, noNaN: true }));

/** Any valid oxygen support. */
export const validOxygen: fc.Arbitrary<OxygenSupport> = fc.oneof(
  fc.record(
    { device: fc.constantFrom(...nasalCannulas), flowLitersPerMinute: validFlow, inspiredOxygenFractionPercent: validOxygenFraction },
    { requiredKeys: ['device', 'flowLitersPerMinute'] },
  ),
  fc.record({ device: fc.constant(OxygenDevice.RoomAir), inspiredOxygenFractionPercent: fc.constant(21) }, { requiredKeys: ['device'] }),
  fc.record(
    {
      device: fc.constantFrom(...enumValues(OxygenDevice).filter((device) => device !== 'room-air' && !(nasalCannulas as readonly string[]).includes(device))),
      flowLitersPerMinute: validFlow,
      inspiredOxygenFractionPercent: validOxygenFraction,
    },
    { requiredKeys: ['device'] },
  ),
);

/** A vasopressor duration in (0, 720] h, with the 3 h and 24 h boundaries over-sampled. */
export const validVasopressorHours = fc.oneof(fc.constantFrom(0.5, 2.9, 3, 23, 23.9, 24, 720), fc.double({ min: Number.MIN_VALUE, max: 720, noNaN: true }));

const organGrade = fc.constantFrom<0 | 1 | 2 | 3 | 4>(0, 1, 2, 3, 4);

/** Every optional fact the non-ASTCT scales read. */
const optionalFactArbitraries = {
  constitutionalSymptoms: fc.boolean(),
  vasopressorDose: fc.constantFrom(...enumValues(VasopressorDose)),
  vasopressorDurationHours: validVasopressorHours,
  highDoseVasopressorDurationHours: validVasopressorHours,
  lifeThreateningHypotension: fc.boolean(),
  multipleFluidBoluses: fc.boolean(),
  organToxicityGrade: organGrade,
  transaminitisGrade: organGrade,
  coagulopathyNeedingReplacement: fc.boolean(),
  hospitalization: fc.constantFrom(...enumValues(Hospitalization)),
  intravenousTherapy: fc.boolean(),
  treatmentResponse: fc.constantFrom(...enumValues(TreatmentResponse)),
  lifeThreatening: fc.boolean(),
};

/** Those facts, each present or absent. */
const optionalFacts = fc.record(optionalFactArbitraries, { requiredKeys: [] });

/** The assessment without the facts that depend on hypotension and vasopressors (for tests that change those). */
export function withoutCirculationFacts(assessment: CrsAssessment): CrsAssessment {
  const copy = { ...assessment };
  delete copy.vasopressorDose;
  delete copy.vasopressorDurationHours;
  delete copy.highDoseVasopressorDurationHours;
  delete copy.lifeThreateningHypotension;
  delete copy.multipleFluidBoluses;
  return copy;
}

/** Whether an assessment states an intervention (which contradicts `treatmentResponse: 'no-intervention'`). */
function hasIntervention(assessment: CrsAssessment): boolean {
  return (
    assessment.hypotension ||
    assessment.oxygen.device !== 'room-air' ||
    assessment.multipleFluidBoluses === true ||
    assessment.intravenousTherapy === true ||
    assessment.coagulopathyNeedingReplacement === true ||
    assessment.feverMasked === true ||
    assessment.lifeThreatening === true ||
    assessment.organToxicityGrade === 4
  );
}

/** Whether an assessment states a life-threatening fact (which contradicts `lifeThreatening: false`). */
function isLifeThreatening(assessment: CrsAssessment): boolean {
  return (
    assessment.organToxicityGrade === 4 ||
    assessment.oxygen.device === 'mechanical-ventilation' ||
    assessment.vasopressorDose === 'refractory-to-high' ||
    assessment.lifeThreateningHypotension === true
  );
}

/**
 * Makes an assessment consistent with the library's cross-field rules, keeping as many facts as it
 * can: facts that need vasopressors (or hypotension) go when there are none, a high-dose time goes
 * without a high dose and is cut to the time on vasopressors, and "not life-threatening" or "no
 * intervention" statements that other facts contradict are turned to what those facts say.
 */
export function consistent(assessment: CrsAssessment): CrsAssessment {
  const copy: { -readonly [Key in keyof CrsAssessment]: CrsAssessment[Key] } = { ...assessment };
  if (!copy.hypotension) {
    copy.vasopressors = [];
    if (copy.multipleFluidBoluses === true) delete copy.multipleFluidBoluses;
  }
  if (copy.vasopressors.length === 0) {
    delete copy.vasopressorDose;
    delete copy.vasopressorDurationHours;
    delete copy.lifeThreateningHypotension;
  }
  if (copy.vasopressorDose !== 'high' && copy.vasopressorDose !== 'refractory-to-high') delete copy.highDoseVasopressorDurationHours;
  if (copy.highDoseVasopressorDurationHours !== undefined && copy.vasopressorDurationHours !== undefined) {
    copy.highDoseVasopressorDurationHours = Math.min(copy.highDoseVasopressorDurationHours, copy.vasopressorDurationHours);
  }
  if (copy.vasopressorDose === 'refractory-to-high' && copy.lifeThreateningHypotension === false) copy.lifeThreateningHypotension = true;
  if (copy.lifeThreatening === false && isLifeThreatening(copy)) copy.lifeThreatening = true;
  if (copy.treatmentResponse === 'no-intervention' && hasIntervention(copy)) copy.treatmentResponse = 'prompt-response';
  return copy;
}

/** A list of distinct vasopressor agents. */
export const validVasopressors = fc.uniqueArray(fc.constantFrom(...enumValues(Vasopressor)), { maxLength: 6 }).map((agents) => agents.map((agent) => ({ agent })));

/** A valid temperature in °C, with the fever boundary over-sampled. */
export const validTemperature = fc.oneof(fc.constantFrom(25, 37.9, 37.99, 38, 38.01, 45), fc.double({ min: 25, max: 45, noNaN: true }));

/** Any valid CRS assessment. */
export const validCrsAssessment: fc.Arbitrary<CrsAssessment> = fc
  .record(
    {
      temperatureCelsius: validTemperature,
      feverMasked: fc.boolean(),
      hypotension: fc.boolean(),
      vasopressors: validVasopressors,
      oxygen: validOxygen,
      diedOfCrs: fc.boolean(),
    },
    { requiredKeys: ['temperatureCelsius', 'hypotension', 'vasopressors', 'oxygen'] },
  )
  .chain((assessment) => optionalFacts.map((facts) => ({ ...assessment, ...facts })))
  .map(consistent);

/** A valid assessment with every fact every scale may need, so that every scale grades it. */
export const completeCrsAssessment: fc.Arbitrary<CrsAssessment> = fc
  .tuple(
    validCrsAssessment,
    fc.record(optionalFactArbitraries),
    validOxygenFraction,
  )
  .map(([assessment, facts, fraction]) => {
    const merged = consistent({
      ...assessment,
      ...facts,
      oxygen: assessment.oxygen.device === 'room-air' ? assessment.oxygen : { ...assessment.oxygen, inspiredOxygenFractionPercent: fraction },
    });
    // Lee 2014 needs how long a high dose lasted; the rules cut it to the time on vasopressors.
    const highDose = merged.vasopressorDose === 'high' || merged.vasopressorDose === 'refractory-to-high';
    return highDose && merged.highDoseVasopressorDurationHours === undefined
      ? { ...merged, highDoseVasopressorDurationHours: merged.vasopressorDurationHours ?? facts.highDoseVasopressorDurationHours }
      : merged;
  });

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(Number.NEGATIVE_INFINITY),
  fc.string({ maxLength: 6 }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ nested: { deeper: true } }),
);

const knownKeys = [
  'temperatureCelsius',
  'feverMasked',
  'hypotension',
  'vasopressors',
  'oxygen',
  'diedOfCrs',
  'constitutionalSymptoms',
  'vasopressorDose',
  'vasopressorDurationHours',
  'highDoseVasopressorDurationHours',
  'lifeThreateningHypotension',
  'multipleFluidBoluses',
  'organToxicityGrade',
  'transaminitisGrade',
  'coagulopathyNeedingReplacement',
  'hospitalization',
  'intravenousTherapy',
  'treatmentResponse',
  'lifeThreatening',
] as const;

/**
 * An input that is probably invalid: a valid assessment with one field replaced, removed or added,
 * or one nested value broken. Some of the results are valid by chance; the tests compare validators
 * rather than assume invalidity.
 */
export const mutatedCrsAssessment: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(validCrsAssessment, fc.constantFrom(...knownKeys), junk).map(([assessment, key, value]) => ({ ...assessment, [key]: value })),
  fc.tuple(validCrsAssessment, fc.constantFrom(...knownKeys)).map(([assessment, key]) => Object.fromEntries(Object.entries(assessment).filter(([name]) => name !== key))),
  fc.tuple(validCrsAssessment, fc.string({ minLength: 1, maxLength: 8 }), junk).map(([assessment, key, value]) => ({ ...assessment, [key]: value })),
  fc.tuple(validCrsAssessment, junk, junk).map(([assessment, device, flow]) => ({ ...assessment, oxygen: { device, flowLitersPerMinute: flow } })),
  fc.tuple(validCrsAssessment, fc.constantFrom(...enumValues(OxygenDevice)), fc.option(fc.double(), { nil: undefined })).map(([assessment, device, flow]) => ({
    ...assessment,
    oxygen: flow === undefined ? { device } : { device, flowLitersPerMinute: flow },
  })),
  fc.tuple(validCrsAssessment, fc.array(fc.oneof(fc.constantFrom(...enumValues(Vasopressor)), junk), { maxLength: 4 }), fc.boolean()).map(
    ([assessment, agents, hypotension]) => ({ ...assessment, hypotension, vasopressors: agents.map((agent) => ({ agent })) }),
  ),
  fc.tuple(validCrsAssessment, fc.double({ noNaN: false })).map(([assessment, temperatureCelsius]) => ({ ...assessment, temperatureCelsius })),
  // Cross-field rules of the other scales' facts.
  fc.tuple(validCrsAssessment, fc.constantFrom(...enumValues(VasopressorDose)), validVasopressorHours, fc.boolean()).map(([assessment, dose, hours, which]) => ({
    ...assessment,
    vasopressors: [],
    ...(which ? { vasopressorDose: dose } : { vasopressorDurationHours: hours }),
  })),
  fc.tuple(validCrsAssessment, fc.oneof(validOxygenFraction, fc.double({ noNaN: false }), junk)).map(([assessment, fraction]) => ({
    ...assessment,
    oxygen: { ...assessment.oxygen, inspiredOxygenFractionPercent: fraction },
  })),
  fc.tuple(validCrsAssessment, fc.boolean()).map(([assessment, boluses]) => ({ ...assessment, hypotension: false, vasopressors: [], multipleFluidBoluses: boluses })),
  fc.tuple(validCrsAssessment, fc.constantFrom('organToxicityGrade', 'transaminitisGrade'), fc.oneof(fc.integer({ min: -2, max: 6 }), fc.double())).map(
    ([assessment, key, value]) => ({ ...assessment, [key]: value }),
  ),
  junk,
);
