import { type CodeTables, match } from './codes.js';
import { described, listed } from './fhir-input-error.js';
import { neverUsed, noteModifier, statusUse } from './read-observation.js';
import type { DeviceRead, Readings } from './readings.js';
import { type InputResource, type ResourceIndex, recordSubject } from './resources.js';
import { PROCEDURE_STATUSES } from './status.js';
import { readTime } from './time.js';

/**
 * Reads one Procedure of giving oxygen: the devices of its `usedCode` that the vocabulary knows,
 * or else the device its `code` names. Flows measured during it pair with its device.
 *
 * @internal
 */
export function readProcedure(input: InputResource, tables: CodeTables, index: ResourceIndex, readings: Readings): void {
  const { resource, path, reference } = input;
  if (neverUsed(input, PROCEDURE_STATUSES, readings)) return;
  const devices: DeviceRead[] = [];
  const used = Array.isArray(resource['usedCode']) ? (resource['usedCode'] as unknown[]) : [];
  const candidates: [unknown, (string | number)[]][] = used.map((concept, index) => [concept, ['usedCode', index]]);
  for (const [concept, at] of [...candidates, [resource['code'], ['code']] as [unknown, (string | number)[]]]) {
    if (at[0] === 'code' && devices.length > 0) break;
    const found = match(concept, tables.devices);
    if (found === undefined) continue;
    if ('ambiguous' in found) {
      readings.issues.push({ code: 'ambiguous-code', path: [...path, ...at], message: `its codes name several oxygen devices (${listed(found.ambiguous)})`, resource: reference });
      return;
    }
    if (!devices.includes(found.found)) devices.push(found.found);
  }
  if (devices.length === 0) {
    readings.notes.push({ code: 'not-read', resource: reference, window: null, message: 'not read: neither its code nor a used item is an oxygen device of the vocabulary' });
    return;
  }
  const use = statusUse(input, PROCEDURE_STATUSES, readings);
  if (use === undefined) return;
  const time = readTime(resource, { dateTime: ['performedDateTime'], period: 'performedPeriod' }, path, readings.issues, reference);
  if (time === undefined) return;
  if (use === 'withheld') {
    readings.notes.push({ code: 'status-withheld', resource: reference, window: null, message: `status ${described(resource['status'])}: counted only where it cannot change a window's worst finding` });
  }
  if (input.modifier !== null) noteModifier(reference, input.modifier, readings);
  recordSubject(input, index, readings.subjects);
  readings.oxygen.push({
    references: [reference],
    trusted: use === 'used' && input.modifier === null,
    time,
    continuous: !time.point && resource['performedPeriod'] !== undefined,
    devices,
    flowsLitersPerMinute: [],
    fractionsPercent: [],
    procedure: true,
    valuesUnknown: input.modifier !== null,
  });
}
