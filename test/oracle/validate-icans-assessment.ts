// The validators as they were before the field contract (release 4248d95), kept as a test oracle:
// the differential test checks that the new reader accepts and words the same inputs the same way.
import {
  type IssueList,
  checkArray,
  checkBoolean,
  childPath,
  checkEnum,
  checkNumber,
  checkObject,
  describeReceived,
  ownValue,
  reject,
} from './validate.js';
import { CerebralEdema } from '../../src/vocabulary/cerebral-edema.js';
import { ConsciousnessLevel } from '../../src/vocabulary/consciousness-level.js';
import { IcansInstrument } from '../../src/vocabulary/icans-instrument.js';
import { MotorWeakness } from '../../src/vocabulary/motor-weakness.js';
import { RaisedIcpSign } from '../../src/vocabulary/raised-icp-sign.js';
import { Seizure } from '../../src/vocabulary/seizure.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';
import {
  AGE_YEARS_RANGE,
  CAPD_BELOW_AGE_YEARS_RANGE,
  CAPD_SCORE_RANGE,
  DEFAULT_CAPD_BELOW_AGE_YEARS,
  type IcansGradingOptions,
} from '../../src/icans/assessment.js';
import { IcansNote } from '../../src/icans/findings.js';
import { ICE_ITEMS, ICE_ITEM_MAXIMUM, ICE_SCORE_RANGE, type IceItems } from '../../src/icans/ice.js';
import { type IcansInstrumentChoice, selectIcansInstrument } from '../../src/icans/instrument.js';

const ASSESSMENT_KEYS = {
  required: ['ageYears', 'consciousness', 'seizure', 'motorWeakness', 'cerebralEdema', 'raisedIcpSigns'],
  optional: ['developmentalDelay', 'ice', 'capd', 'sedated', 'diedOfIcans'],
} as const;

const BOOLEAN_KEYS = ['developmentalDelay', 'sedated', 'diedOfIcans'] as const;

/** Why an unarousable, sedated patient cannot be graded. */
const UNAROUSABLE_UNDER_SEDATION =
  'cannot be true when consciousness is "unarousable": ICE or CAPD cannot be performed, and grading the other domains alone would read the missing score as normal; grade when the patient can be roused (e.g. during a sedation interruption)';

/** The allowed forms of `ice`, for messages. */
const ICE_FORMS = 'an integer from 0 to 10, or an object with the ICE items orientation, naming, commands, writing and attention';

/**
 * Validates `gradeICANS` options, with paths under `options`. Returns `[]` when they are valid.
 *
 * @internal
 */
export function validateIcansOptions(options: unknown): IssueList {
  const issues: IssueList = [];
  if (options === undefined) return issues;
  if (!checkObject(options, 'options', { required: [], optional: ['capdBelowAgeYears'] }, issues)) return issues;
  const boundary = ownValue(options, 'capdBelowAgeYears');
  if (boundary !== undefined) checkNumber(boundary, 'options.capdBelowAgeYears', CAPD_BELOW_AGE_YEARS_RANGE, issues, { integer: true });
  return issues;
}

function checkIce(value: unknown, issues: IssueList): number | undefined {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return checkIceItems(value, 'ice', issues) ? sumIceItems(value) : undefined;
  }
  if (typeof value !== 'number') {
    reject(issues, 'ice', `expected ${ICE_FORMS}; received ${describeReceived(value)}`);
    return undefined;
  }
  return checkNumber(value, 'ice', ICE_SCORE_RANGE, issues, { integer: true }) ? value : undefined;
}

function checkRaisedIcpSigns(value: unknown, issues: IssueList): void {
  const seen = new Set<string>();
  checkArray(value, 'raisedIcpSigns', issues, (element, path) => {
    if (!checkEnum(element, path, enumValues(RaisedIcpSign), issues)) return false;
    if (seen.has(element)) return reject(issues, path, `"${element}" is listed twice; list each sign once`);
    seen.add(element);
    return true;
  });
}

function whyInstrument(choice: IcansInstrumentChoice, ageYears: number, boundary: number): string {
  switch (choice.reason) {
    case IcansNote.CapdBelowAgeBoundary:
      return `CAPD is the instrument because ageYears ${ageYears} is below ${boundary} (capdBelowAgeYears)`;
    case IcansNote.CapdForDevelopmentalDelay:
      return 'CAPD is the instrument because developmentalDelay is true';
    default:
      return `ICE is the instrument because ageYears ${ageYears} is at least ${boundary} (capdBelowAgeYears) and developmentalDelay is not true`;
  }
}

interface InstrumentContext {
  readonly choice: IcansInstrumentChoice;
  readonly why: string;
  /** `undefined` when consciousness itself is invalid: requiredness cannot be decided. */
  readonly unarousable: boolean | undefined;
}

/**
 * The instrument rules (ASTCT 2019, §2.3): the score of the instrument in use is required unless
 * the patient is unarousable; the other instrument's score is not allowed.
 */
function checkInstrumentScores(context: InstrumentContext, ice: unknown, iceScore: number | undefined, capd: unknown, issues: IssueList): void {
  const { choice, why, unarousable } = context;
  if (choice.instrument === IcansInstrument.Ice) {
    if (capd !== undefined) reject(issues, 'capd', `not allowed: ${why}; give the ICE score in "ice" (or set developmentalDelay: true for baseline developmental delay)`);
    if (ice === undefined && unarousable === false) {
      reject(issues, 'ice', `required: ${why}; expected ${ICE_FORMS} (it may be left out only when consciousness is "unarousable")`);
    }
    if (iceScore !== undefined && iceScore > 0 && unarousable === true) {
      reject(issues, 'ice', `must be 0 or left out when consciousness is "unarousable" (an unarousable patient cannot perform ICE); received a score of ${iceScore}`);
    }
    return;
  }
  if (ice !== undefined) reject(issues, 'ice', `not allowed: ${why}; give the CAPD total (an integer from 0 to 32) in "capd"`);
  if (capd === undefined && unarousable === false) {
    reject(issues, 'capd', `required: ${why}; expected an integer from 0 to 32 (it may be left out only when consciousness is "unarousable")`);
  }
  if (capd !== undefined && unarousable === true) {
    reject(issues, 'capd', 'must be left out when consciousness is "unarousable": ASTCT 2019 grades a child unable to perform CAPD from the consciousness row');
  }
}

/**
 * Validates an untrusted ICANS assessment (and the options it is graded with) and lists every
 * problem, each with its field path and the allowed values. Returns `[]` when `input` is a valid
 * `IcansAssessment` for those options.
 *
 * @internal
 */
export function validateIcansAssessment(input: unknown, options?: unknown): IssueList {
  const optionIssues = validateIcansOptions(options);
  const issues: IssueList = [];
  // Shape errors at the top level do not stop the field checks: report everything at once.
  checkObject(input, '', ASSESSMENT_KEYS, issues);
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return [...issues, ...optionIssues];
  const record = input as Record<string, unknown>;
  const value = (key: string): unknown => ownValue(record, key);

  const ageYears = value('ageYears');
  const ageValid = ageYears !== undefined && checkNumber(ageYears, 'ageYears', AGE_YEARS_RANGE, issues);
  let booleansValid = true;
  for (const key of BOOLEAN_KEYS) {
    const flag = value(key);
    if (flag !== undefined) booleansValid = checkBoolean(flag, key, issues) && booleansValid;
  }
  const consciousness = value('consciousness');
  const consciousnessValid = consciousness !== undefined && checkEnum(consciousness, 'consciousness', enumValues(ConsciousnessLevel), issues);
  for (const [key, allowed] of [
    ['seizure', enumValues(Seizure)],
    ['motorWeakness', enumValues(MotorWeakness)],
    ['cerebralEdema', enumValues(CerebralEdema)],
  ] as const) {
    const field = value(key);
    if (field !== undefined) checkEnum(field, key, allowed, issues);
  }
  const signs = value('raisedIcpSigns');
  if (signs !== undefined) checkRaisedIcpSigns(signs, issues);

  const ice = value('ice');
  const iceScore = ice === undefined ? undefined : checkIce(ice, issues);
  const capd = value('capd');
  if (capd !== undefined) checkNumber(capd, 'capd', CAPD_SCORE_RANGE, issues, { integer: true });

  // The instrument depends on age, developmental delay and the options: check it only when they are valid.
  if (ageValid && booleansValid && optionIssues.length === 0) {
    const developmentalDelay = value('developmentalDelay') as boolean | undefined;
    const resolved = options as IcansGradingOptions | undefined;
    const choice = selectIcansInstrument({ ageYears, developmentalDelay }, resolved);
    const why = whyInstrument(choice, ageYears, resolved?.capdBelowAgeYears ?? DEFAULT_CAPD_BELOW_AGE_YEARS);
    const unarousable = consciousnessValid ? consciousness === ConsciousnessLevel.Unarousable : undefined;
    checkInstrumentScores({ choice, why, unarousable }, ice, iceScore, capd, issues);
  }
  if (consciousnessValid && consciousness === ConsciousnessLevel.Unarousable && value('sedated') === true) {
    reject(issues, 'sedated', UNAROUSABLE_UNDER_SEDATION);
  }
  return [...issues, ...optionIssues];
}

function checkIceItems(value: unknown, path: string, issues: IssueList): value is IceItems {
  const before = issues.length;
  checkObject(value, path, { required: ICE_ITEMS }, issues);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  // Items that are there are checked even if others are missing: report everything at once.
  for (const item of ICE_ITEMS) {
    const points = ownValue(value as Record<string, unknown>, item);
    if (points !== undefined) checkNumber(points, childPath(path, item), { min: 0, max: ICE_ITEM_MAXIMUM[item] }, issues, { integer: true });
  }
  return issues.length === before;
}
function sumIceItems(items: IceItems): number {
  return items.orientation + items.naming + items.commands + items.writing + items.attention;
}
