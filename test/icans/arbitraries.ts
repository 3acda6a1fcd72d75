import fc from 'fast-check';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import type { IceItems } from '../../src/icans/ice.js';
import { CerebralEdema } from '../../src/vocabulary/cerebral-edema.js';
import { ConsciousnessLevel } from '../../src/vocabulary/consciousness-level.js';
import { MotorWeakness } from '../../src/vocabulary/motor-weakness.js';
import { RaisedIcpSign } from '../../src/vocabulary/raised-icp-sign.js';
import { Seizure } from '../../src/vocabulary/seizure.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';

/** Valid ICE items. */
export const validIceItems: fc.Arbitrary<IceItems> = fc.record({
  orientation: fc.integer({ min: 0, max: 4 }),
  naming: fc.integer({ min: 0, max: 3 }),
  commands: fc.integer({ min: 0, max: 1 }),
  writing: fc.integer({ min: 0, max: 1 }),
  attention: fc.integer({ min: 0, max: 1 }),
});

/** A valid age, with the default boundary (12) and its neighbours over-sampled. */
export const validAge = fc.oneof(fc.constantFrom(0, 1, 11, 11.99, 12, 12.01, 13, 21, 130), fc.double({ min: 0, max: 130, noNaN: true }));

const domains = fc.record({
  consciousness: fc.constantFrom(...enumValues(ConsciousnessLevel)),
  seizure: fc.constantFrom(...enumValues(Seizure)),
  motorWeakness: fc.constantFrom(...enumValues(MotorWeakness)),
  cerebralEdema: fc.constantFrom(...enumValues(CerebralEdema)),
  raisedIcpSigns: fc.uniqueArray(fc.constantFrom(...enumValues(RaisedIcpSign)), { maxLength: 5 }),
});

const flags = fc.record(
  { developmentalDelay: fc.boolean(), sedated: fc.boolean(), diedOfIcans: fc.boolean() },
  { requiredKeys: [] },
);

/** Any valid ICANS assessment at the given age boundary (default 12). */
export function validIcansAssessment(capdBelowAgeYears = 12): fc.Arbitrary<IcansAssessment> {
  return fc
    .tuple(
      validAge,
      domains,
      flags,
      fc.oneof(fc.integer({ min: 0, max: 10 }), validIceItems),
      fc.integer({ min: 0, max: 32 }),
      fc.boolean(),
    )
    .map(([ageYears, rest, flagSet, ice, capd, giveWhenUnarousable]) => {
      const capdInUse = ageYears < capdBelowAgeYears || flagSet.developmentalDelay === true;
      const unarousable = rest.consciousness === 'unarousable';
      // Unarousable under sedation cannot be graded (ICE or CAPD cannot be performed).
      const base = { ageYears, ...rest, ...flagSet, ...(unarousable && flagSet.sedated === true ? { sedated: false } : {}) };
      if (capdInUse) return unarousable ? base : { ...base, capd };
      if (!unarousable) return { ...base, ice };
      return giveWhenUnarousable ? { ...base, ice: 0 } : base;
    });
}

const junk = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(Number.NEGATIVE_INFINITY),
  fc.string({ maxLength: 6 }),
  fc.double(),
  fc.integer({ min: -5, max: 40 }),
  fc.constantFrom(0.5, 9.5, -1, 33, 11),
  fc.boolean(),
  fc.constant([]),
  fc.constant({}),
  fc.constant({ nested: { deeper: true } }),
  fc.constantFrom('alert', 'unarousable', 'none', 'focal', 'papilledema', 'tremor'),
);

const knownKeys = [
  'ageYears',
  'developmentalDelay',
  'ice',
  'capd',
  'consciousness',
  'sedated',
  'seizure',
  'motorWeakness',
  'cerebralEdema',
  'raisedIcpSigns',
  'diedOfIcans',
] as const;

/**
 * An input that is probably invalid: a valid assessment with one field replaced, removed or added,
 * or one nested value broken. Some are valid by chance; tests compare validators rather than
 * assume invalidity.
 */
export const mutatedIcansAssessment: fc.Arbitrary<unknown> = fc.oneof(
  fc.tuple(validIcansAssessment(), fc.constantFrom(...knownKeys), junk).map(([assessment, key, value]) => ({ ...assessment, [key]: value })),
  fc.tuple(validIcansAssessment(), fc.constantFrom(...knownKeys)).map(([assessment, key]) => {
    return Object.fromEntries(Object.entries(assessment).filter(([name]) => name !== key));
  }),
  fc.tuple(validIcansAssessment(), fc.string({ minLength: 1, maxLength: 8 }), junk).map(([assessment, key, value]) => ({ ...assessment, [key]: value })),
  fc.tuple(validIcansAssessment(), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 0, max: 32 })).map(([assessment, ice, capd]) => ({ ...assessment, ice, capd })),
  fc.tuple(validIcansAssessment(), validIceItems, fc.constantFrom('orientation', 'naming', 'commands', 'writing', 'attention', 'extra'), junk).map(
    ([assessment, items, key, value]) => ({ ...assessment, ice: { ...items, [key]: value } }),
  ),
  fc.tuple(validIcansAssessment(), fc.array(fc.oneof(fc.constantFrom(...enumValues(RaisedIcpSign)), junk), { maxLength: 4 })).map(
    ([assessment, raisedIcpSigns]) => ({ ...assessment, raisedIcpSigns }),
  ),
  fc.tuple(validIcansAssessment(), fc.constantFrom(...enumValues(ConsciousnessLevel)), fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined })).map(
    ([assessment, consciousness, ice]) => ({ ...assessment, consciousness, ice }),
  ),
  fc.tuple(validIcansAssessment(), validAge, fc.boolean()).map(([assessment, ageYears, developmentalDelay]) => ({ ...assessment, ageYears, developmentalDelay })),
  junk,
);
