// The validators as they were before the field contract (release 4248d95), kept as a test oracle:
// the differential test checks that the new reader accepts and words the same inputs the same way.
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
} from './validate.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';
import { Hospitalization } from '../../src/vocabulary/hospitalization.js';
import { OxygenDevice } from '../../src/vocabulary/oxygen-device.js';
import { TreatmentResponse } from '../../src/vocabulary/treatment-response.js';
import { Vasopressor } from '../../src/vocabulary/vasopressor.js';
import { VasopressorDose } from '../../src/vocabulary/vasopressor-dose.js';
import {
  INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE,
  NASAL_CANNULA_DEVICES,
  ORGAN_TOXICITY_GRADE_RANGE,
  OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE,
  TEMPERATURE_CELSIUS_RANGE,
  TEMPERATURE_FAHRENHEIT_RANGE,
  VASOPRESSOR_DURATION_HOURS_RANGE,
} from '../../src/crs/assessment.js';

// Computed once: reading an enum's values on every call dominated validation time.
const VASOPRESSORS: readonly Vasopressor[] = /* @__PURE__ */ enumValues(Vasopressor);
const OXYGEN_DEVICES: readonly OxygenDevice[] = /* @__PURE__ */ enumValues(OxygenDevice);
const VASOPRESSOR_DOSES: readonly VasopressorDose[] = /* @__PURE__ */ enumValues(VasopressorDose);
const HOSPITALIZATIONS: readonly Hospitalization[] = /* @__PURE__ */ enumValues(Hospitalization);
const TREATMENT_RESPONSES: readonly TreatmentResponse[] = /* @__PURE__ */ enumValues(TreatmentResponse);

const BOOLEAN_FIELDS = [
  'feverMasked',
  'diedOfCrs',
  'constitutionalSymptoms',
  'multipleFluidBoluses',
  'coagulopathyNeedingReplacement',
  'intravenousTherapy',
  'lifeThreatening',
] as const;

// Built in a pure factory: a module-level spread would keep this table in bundles that never validate CRS.
const ASSESSMENT_KEYS = /* @__PURE__ */ (() => ({
  required: ['temperatureCelsius', 'hypotension', 'vasopressors', 'oxygen'],
  optional: [
    ...BOOLEAN_FIELDS,
    'vasopressorDose',
    'vasopressorDurationHours',
    'organToxicityGrade',
    'transaminitisGrade',
    'hospitalization',
    'treatmentResponse',
  ],
}))();

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
  if (!checkObject(value, path, { required: ['device'], optional: ['flowLitersPerMinute', 'inspiredOxygenFractionPercent'] }, issues)) return;
  const device = value['device'];
  const flow = ownValue(value, 'flowLitersPerMinute');
  const flowPath = childPath(path, 'flowLitersPerMinute');
  const fraction = ownValue(value, 'inspiredOxygenFractionPercent');
  const fractionPath = childPath(path, 'inspiredOxygenFractionPercent');
  const deviceValid = checkEnum(device, childPath(path, 'device'), OXYGEN_DEVICES, issues);
  if (flow !== undefined) checkNumber(flow, flowPath, OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE, issues);
  const fractionValid = fraction !== undefined && checkNumber(fraction, fractionPath, INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE, issues);
  if (!deviceValid) return;
  if (flow === undefined && NASAL_CANNULA_DEVICES.includes(device)) {
    reject(issues, flowPath, `required for device "${device}": a nasal cannula is graded by its flow (6 L/min or less is low-flow)`);
  } else if (flow !== undefined && device === OxygenDevice.RoomAir) {
    reject(issues, flowPath, 'not allowed on "room-air": room air means no supplemental oxygen');
  }
  if (fractionValid && fraction !== 21 && device === OxygenDevice.RoomAir) {
    reject(issues, fractionPath, 'must be 21 on "room-air" (room air is 21% oxygen); record the oxygen device instead');
  }
}

/** Facts about vasopressors: allowed only when some are given. */
function checkVasopressorFacts(record: Record<string, unknown>, vasopressors: unknown, issues: IssueList): void {
  const dose = ownValue(record, 'vasopressorDose');
  const hours = ownValue(record, 'vasopressorDurationHours');
  const doseValid = dose !== undefined && checkEnum(dose, 'vasopressorDose', VASOPRESSOR_DOSES, issues);
  const hoursValid = hours !== undefined && checkNumber(hours, 'vasopressorDurationHours', VASOPRESSOR_DURATION_HOURS_RANGE, issues);
  if (!Array.isArray(vasopressors) || vasopressors.length > 0) return;
  if (doseValid) reject(issues, 'vasopressorDose', 'not allowed when vasopressors is [] (no vasopressor, no dose)');
  if (hoursValid) reject(issues, 'vasopressorDurationHours', 'not allowed when vasopressors is [] (no vasopressor, no duration)');
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
  for (const key of BOOLEAN_FIELDS) {
    const value = ownValue(record, key);
    if (value !== undefined) checkBoolean(value, key, issues);
  }
  if (ownValue(record, 'multipleFluidBoluses') === true && hypotension === false) {
    reject(issues, 'multipleFluidBoluses', 'must be false or absent when hypotension is false (boluses for CRS hypotension)');
  }
  checkVasopressorFacts(record, vasopressors, issues);
  for (const key of ['organToxicityGrade', 'transaminitisGrade'] as const) {
    const value = ownValue(record, key);
    if (value !== undefined) checkNumber(value, key, ORGAN_TOXICITY_GRADE_RANGE, issues, { integer: true });
  }
  const hospitalization = ownValue(record, 'hospitalization');
  if (hospitalization !== undefined) checkEnum(hospitalization, 'hospitalization', HOSPITALIZATIONS, issues);
  const response = ownValue(record, 'treatmentResponse');
  if (response !== undefined) checkEnum(response, 'treatmentResponse', TREATMENT_RESPONSES, issues);
  return issues;
}

