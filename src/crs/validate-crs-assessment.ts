import {
  type IssueList,
  checkArray,
  checkBoolean,
  checkEnum,
  checkNumber,
  checkObject,
  childPath,
  inRange,
  ownValue,
  reject,
} from '../internal/validate.js';
import { enumValues } from '../vocabulary/vocabulary.js';
import { OxygenDevice } from '../vocabulary/oxygen-device.js';
import { Vasopressor } from '../vocabulary/vasopressor.js';
import {
  NASAL_CANNULA_DEVICES,
  OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE,
  TEMPERATURE_CELSIUS_RANGE,
  TEMPERATURE_FAHRENHEIT_RANGE,
} from './assessment.js';

// Computed once: reading an enum's values on every call dominated validation time.
const VASOPRESSORS: readonly Vasopressor[] = /* @__PURE__ */ enumValues(Vasopressor);
const OXYGEN_DEVICES: readonly OxygenDevice[] = /* @__PURE__ */ enumValues(OxygenDevice);

const ASSESSMENT_KEYS = {
  required: ['temperatureCelsius', 'hypotension', 'vasopressors', 'oxygen'],
  optional: ['feverMasked', 'diedOfCrs'],
} as const;

function fahrenheitHint(value: number): string | undefined {
  if (!inRange(value, TEMPERATURE_FAHRENHEIT_RANGE)) return undefined;
  const celsius = Math.round((((value - 32) * 5) / 9) * 10) / 10;
  return `which looks like degrees Fahrenheit (${value} °F is ${celsius} °C); convert it to Celsius`;
}

function checkVasopressors(value: unknown, hypotension: unknown, issues: IssueList): void {
  const seen = new Set<string>();
  const valid = checkArray(value, 'vasopressors', issues, (element, path) => {
    if (!checkObject(element, path, { required: ['agent'] }, issues)) return false;
    const agent = element['agent'];
    if (!checkEnum(agent, childPath(path, 'agent'), VASOPRESSORS, issues)) return false;
    if (seen.has(agent)) return reject(issues, childPath(path, 'agent'), `"${agent}" is listed twice; list each agent once`);
    seen.add(agent);
    return true;
  });
  if (valid && hypotension === false && value.length > 0) {
    reject(issues, 'vasopressors', 'must be [] when hypotension is false (a vasopressor implies hypotension)');
  }
}

function checkOxygen(value: unknown, issues: IssueList): void {
  const path = 'oxygen';
  if (!checkObject(value, path, { required: ['device'], optional: ['flowLitersPerMinute'] }, issues)) return;
  const device = value['device'];
  const flow = ownValue(value, 'flowLitersPerMinute');
  const flowPath = childPath(path, 'flowLitersPerMinute');
  const deviceValid = checkEnum(device, childPath(path, 'device'), OXYGEN_DEVICES, issues);
  if (flow !== undefined) checkNumber(flow, flowPath, OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE, issues);
  if (!deviceValid) return;
  if (flow === undefined && NASAL_CANNULA_DEVICES.includes(device)) {
    reject(issues, flowPath, `required for device "${device}": a nasal cannula is graded by its flow (6 L/min or less is low-flow)`);
  } else if (flow !== undefined && device === OxygenDevice.RoomAir) {
    reject(issues, flowPath, 'not allowed on "room-air": room air means no supplemental oxygen');
  }
}

/**
 * Validates an untrusted CRS assessment and lists every problem, each with its field path and the
 * allowed values. Returns `[]` when `input` is a valid `CrsAssessment`.
 *
 * @internal
 */
export function validateCrsAssessment(input: unknown): IssueList {
  const issues: IssueList = [];
  // Shape errors at the top level do not stop the field checks: report everything at once.
  checkObject(input, '', ASSESSMENT_KEYS, issues);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return issues;
  const record = input as Record<string, unknown>;
  const temperature = ownValue(record, 'temperatureCelsius');
  const hypotension = ownValue(record, 'hypotension');
  if (temperature !== undefined) {
    checkNumber(temperature, 'temperatureCelsius', TEMPERATURE_CELSIUS_RANGE, issues, { hint: fahrenheitHint });
  }
  if (hypotension !== undefined) checkBoolean(hypotension, 'hypotension', issues);
  const vasopressors = ownValue(record, 'vasopressors');
  if (vasopressors !== undefined) checkVasopressors(vasopressors, hypotension, issues);
  const oxygen = ownValue(record, 'oxygen');
  if (oxygen !== undefined) checkOxygen(oxygen, issues);
  for (const key of ASSESSMENT_KEYS.optional) {
    const value = ownValue(record, key);
    if (value !== undefined) checkBoolean(value, key, issues);
  }
  return issues;
}

