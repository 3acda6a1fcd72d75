import { icansAssessmentContract } from '../icans/contract.js';
import type { IcansFieldKey } from '../locale/locale.js';
import { type FieldDescriptor, type FieldExtras, describeContract } from './field-descriptor.js';

const EXTRAS: Readonly<Partial<Record<IcansFieldKey, FieldExtras>>> = {
  ageYears: { unit: 'a' },
  ice: { unit: '{score}', step: 1 },
  'ice.orientation': { unit: '{score}', step: 1 },
  'ice.naming': { unit: '{score}', step: 1 },
  'ice.commands': { unit: '{score}', step: 1 },
  'ice.writing': { unit: '{score}', step: 1 },
  'ice.attention': { unit: '{score}', step: 1 },
  capd: { unit: '{score}', step: 1 },
  consciousness: { vocabulary: 'consciousnessLevels' },
  seizure: { vocabulary: 'seizures' },
  motorWeakness: { vocabulary: 'motorWeaknesses' },
  cerebralEdema: { vocabulary: 'cerebralEdemas' },
  raisedIcpSigns: { vocabulary: 'raisedIcpSigns' },
};

/**
 * Every field of an ICANS assessment, for a form or a table (at the default CAPD age boundary):
 * form key, kind, unit, range and step, allowed values, whether required, and the cross-field rules
 * (which instrument's score is required or refused). Derived from the validator's own contract.
 *
 * @example
 * ```ts
 * import { icansAssessmentFields } from 'cytokine-release-syndrome';
 * const ice = icansAssessmentFields.find((field) => field.key === 'ice');
 * ice?.kind; // 'score-or-items'
 * ice?.range; // { min: 0, max: 10 }
 * icansAssessmentFields.find((field) => field.key === 'raisedIcpSigns')?.kind; // 'many-of'
 * ```
 */
export const icansAssessmentFields: readonly FieldDescriptor<IcansFieldKey>[] = /* @__PURE__ */ (() =>
  Object.freeze(describeContract<IcansFieldKey>('icans', icansAssessmentContract() as never, EXTRAS).map((field) => Object.freeze(field))))();
