import fc from 'fast-check';
import type { CrsAssessment, OxygenSupport } from '../../src/crs/assessment.js';
import { OxygenDevice } from '../../src/vocabulary/oxygen-device.js';
import { Vasopressor } from '../../src/vocabulary/vasopressor.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';

const nasalCannulas = [OxygenDevice.NasalCannula, OxygenDevice.HighFlowNasalCannula] as const;

/** A flow in the allowed range (0, 100], with the 6 L/min boundary and its neighbours over-sampled. */
export const validFlow = fc.oneof(
  fc.constantFrom(0.5, 1, 5.9, 6, 6.000001, 6.5, 15, 60, 100),
  fc.double({ min: Number.MIN_VALUE, max: 100, noNaN: true }),
);

/** Any valid oxygen support. */
export const validOxygen: fc.Arbitrary<OxygenSupport> = fc.oneof(
  fc.record({ device: fc.constantFrom(...nasalCannulas), flowLitersPerMinute: validFlow }),
  fc.constant({ device: OxygenDevice.RoomAir }),
  fc.record(
    {
      device: fc.constantFrom(...enumValues(OxygenDevice).filter((device) => device !== 'room-air' && !(nasalCannulas as readonly string[]).includes(device))),
      flowLitersPerMinute: validFlow,
    },
    { requiredKeys: ['device'] },
  ),
);

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
  .map((assessment) => (assessment.hypotension ? assessment : { ...assessment, vasopressors: [] }));

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

const knownKeys = ['temperatureCelsius', 'feverMasked', 'hypotension', 'vasopressors', 'oxygen', 'diedOfCrs'] as const;

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
  junk,
);
