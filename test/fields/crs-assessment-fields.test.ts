import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import { CRS_ASSESSMENT_CONTRACT } from '../../src/crs/contract.js';
import { safeGradeCRS } from '../../src/crs/grade-crs.js';
import { crsAssessmentFields } from '../../src/fields/crs-assessment-fields.js';
import type { CrsFieldKey } from '../../src/locale/locale.js';
import { GradingScale } from '../../src/vocabulary/grading-scale.js';
import { OxygenDevice } from '../../src/vocabulary/oxygen-device.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';
import { completeCrsAssessment, validCrsAssessment } from '../arbitraries/crs.js';

const byKey = new Map(crsAssessmentFields.map((field) => [field.key, field]));
const SCALES = enumValues(GradingScale);

/** `assessment` with the field at `key` taken from `donor` (or removed when the donor lacks it). */
function withFieldOf(assessment: CrsAssessment, donor: CrsAssessment, key: CrsFieldKey): CrsAssessment {
  const [head, tail] = key.split('.') as [keyof CrsAssessment, string | undefined];
  const without = (object: object, key: string): Record<string, unknown> => Object.fromEntries(Object.entries(object).filter(([name]) => name !== key));
  if (tail === undefined) {
    const copy = without(assessment, head);
    return (donor[head] === undefined ? copy : { ...copy, [head]: donor[head] }) as unknown as CrsAssessment;
  }
  const donorValue = (donor[head] as unknown as Record<string, unknown>)[tail];
  const inner = without(assessment[head] as object, tail);
  return { ...assessment, [head]: donorValue === undefined ? inner : { ...inner, [tail]: donorValue } };
}

describe('crsAssessmentFields', () => {
  it('describes every field of the contract, nested ones included, in the order of the type', () => {
    expect(crsAssessmentFields.map(({ key }) => key)).toEqual([
      'temperatureCelsius',
      'feverMasked',
      'hypotension',
      'vasopressors',
      'vasopressors.agent',
      'oxygen',
      'oxygen.device',
      'oxygen.flowLitersPerMinute',
      'oxygen.inspiredOxygenFractionPercent',
      ...CRS_ASSESSMENT_CONTRACT.keys.slice(5),
    ]);
    expect(Object.isFrozen(crsAssessmentFields)).toBe(true);
    expect(crsAssessmentFields.every((field) => Object.isFrozen(field))).toBe(true);
  });

  it('takes kinds, ranges, values and requiredness from the validator contract', () => {
    expect(byKey.get('temperatureCelsius')).toMatchObject({ kind: 'number', required: true, unit: 'Cel', step: 0.1, range: { min: 25, max: 45 }, path: ['temperatureCelsius'], parent: null });
    expect(byKey.get('vasopressors')).toMatchObject({ kind: 'many-of', required: true, itemKey: 'agent', vocabulary: 'vasopressors' });
    expect(byKey.get('oxygen.device')).toMatchObject({ kind: 'one-of', required: true, values: enumValues(OxygenDevice), parent: 'oxygen', path: ['oxygen', 'device'] });
    expect(byKey.get('organToxicityGrade')).toMatchObject({ kind: 'number', integer: true, required: false, range: { min: 0, max: 4 } });
    expect(byKey.get('oxygen.flowLitersPerMinute')?.rules).toEqual([
      { code: 'flow-required', reads: ['oxygen.device'] },
      { code: 'flow-on-room-air', reads: ['oxygen.device'] },
    ]);
    expect(byKey.get('lifeThreatening')?.rules.map(({ reads }) => reads[0])).toEqual([
      'organToxicityGrade',
      'oxygen.device',
      'vasopressorDose',
      'lifeThreateningHypotension',
    ]);
  });

  it('says which fields are always required and which belong to list items', () => {
    expect(crsAssessmentFields.filter(({ alwaysRequired }) => alwaysRequired).map(({ key }) => key)).toEqual(['temperatureCelsius', 'hypotension', 'vasopressors', 'oxygen', 'oxygen.device']);
    expect(crsAssessmentFields.filter(({ listItem }) => listItem).map(({ key }) => key)).toEqual(['vasopressors.agent']);
  });

  it('says every scale reads the required fields', () => {
    for (const field of crsAssessmentFields.filter(({ required, parent }) => required && parent === null)) expect(field.neededBy).toEqual(SCALES);
  });

  // The table is only useful if it is exact: a form for one scale hides the fields it says that
  // scale ignores, so a scale must give the same result whatever such a field holds.
  const optional = crsAssessmentFields.filter((field) => !field.required);
  it.each(optional.map((field) => [field.key, field] as const))('%s: a scale that does not need it gives the same result whatever it holds', (_key, field) => {
    const ignoring = SCALES.filter((scale) => !field.neededBy.includes(scale));
    fc.assert(
      fc.property(fc.oneof(completeCrsAssessment, validCrsAssessment), validCrsAssessment, (assessment, donor) => {
        const changed = withFieldOf(assessment, donor, field.key);
        for (const scale of ignoring) {
          const before = safeGradeCRS(assessment, { scale });
          const after = safeGradeCRS(changed, { scale });
          if (!before.success || !after.success) continue;
          expect(after.data).toEqual(before.data);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('names no scale that never reads the field: each listed scale changes its result with it somewhere', () => {
    const samples = fc.sample(fc.tuple(fc.oneof(completeCrsAssessment, validCrsAssessment), validCrsAssessment), { numRuns: 6000, seed: 20261130 });
    const unread: string[] = [];
    for (const field of optional) {
      for (const scale of field.neededBy) {
        const reads = samples.some(([assessment, donor]) => {
          const before = safeGradeCRS(assessment, { scale });
          const after = safeGradeCRS(withFieldOf(assessment, donor, field.key), { scale });
          return before.success && after.success && JSON.stringify(before.data) !== JSON.stringify(after.data);
        });
        if (!reads) unread.push(`${field.key} on ${scale}`);
      }
    }
    expect(unread).toEqual([]);
  });
});
