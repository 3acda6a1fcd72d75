import type { NumberRange } from '../../grading/number-range.js';
import type { ContradictionReason, InstrumentReason, IssueCode, IssueParams, ReceivedValue } from '../../contract/issue.js';
import type { IssueMessages } from '../locale.js';

export type { IssueMessages } from '../locale.js';

/** The codes any input can have; the rest belong to one grader's rules. */
export type StructuralIssueCode =
  | 'required'
  | 'unknown-key'
  | 'expected-object'
  | 'expected-array'
  | 'expected-boolean'
  | 'expected-number'
  | 'looks-like-fahrenheit'
  | 'expected-one-of'
  | 'expected-ice-score'
  | 'expected-timestamp'
  | 'duplicate'
  | 'too-many-items'
  | 'missing-item'
  | 'given-twice'
  | 'accessor'
  | 'unreadable';

/** The codes of the CRS rules. */
export type CrsIssueCode =
  | 'flow-required'
  | 'flow-on-room-air'
  | 'fraction-on-room-air'
  | 'vasopressors-without-hypotension'
  | 'boluses-without-hypotension'
  | 'without-vasopressors'
  | 'high-dose-duration-without-high-dose'
  | 'high-dose-duration-too-long'
  | 'contradiction';

/** The codes of the course rules. */
export type CourseIssueCode = 'no-observations' | 'observation-without-assessment' | 'same-time' | 'after-death' | 'fever-masking-contradicts-course' | 'cohort-mixes-settings';

/** The codes of the ICANS rules. */
export type IcansIssueCode = Exclude<IssueCode, StructuralIssueCode | CrsIssueCode | CourseIssueCode>;

/** The wording of some of the issue codes. @internal */
export type IssueMessagesFor<Code extends IssueCode> = { readonly [Key in Code]: (params: IssueParams[Key]) => string };

function received(value: ReceivedValue): string {
  switch (value.type) {
    case 'string':
      return JSON.stringify(value.value);
    case 'number':
    case 'boolean':
      return String(value.value);
    case 'null':
      return 'null';
    case 'undefined':
      return 'nothing';
    case 'array':
      return 'an array';
    case 'object':
      return 'an object';
    default:
      return `a ${value.type}`;
  }
}

function range(value: NumberRange, integer = false): string {
  const unit = value.unit === undefined ? '' : ` ${value.unit}`;
  const from = value.minExclusive === true ? `greater than ${value.min}` : `from ${value.min}`;
  return `${integer ? 'an integer' : 'a number'} ${from} to ${value.max}${unit}`;
}

function quoted(values: readonly string[]): string {
  return values.map((value) => JSON.stringify(value)).join(', ');
}

const ICE_FORMS = 'an integer from 0 to 10, or an object with the ICE items orientation, naming, commands, writing and attention';

function instrument(why: InstrumentReason): string {
  switch (why.reason) {
    case 'capd-below-age-boundary':
      return `CAPD is the instrument because ageYears ${why.ageYears} is below ${why.boundary} (capdBelowAgeYears)`;
    case 'capd-for-developmental-delay':
      return 'CAPD is the instrument because developmentalDelay is true';
    default:
      return `ICE is the instrument because ageYears ${why.ageYears} is at least ${why.boundary} (capdBelowAgeYears) and developmentalDelay is not true`;
  }
}

const CONTRADICTION: { readonly [Reason in ContradictionReason]: string } = {
  'organ-toxicity-grade-4-is-life-threatening': 'a grade 4 organ toxicity has life-threatening consequences by the CTCAE definition of grade 4',
  'intubation-is-urgent-intervention': 'intubation and mechanical ventilation for CRS is an urgent intervention (CTCAE grade 4)',
  'refractory-hypotension-is-life-threatening': 'hypotension refractory to high-dose vasopressors is life-threatening',
  'life-threatening-hypotension-is-life-threatening': 'life-threatening hypotension is a life-threatening consequence of CRS',
  'is-an-intervention': 'that is an intervention, and "no-intervention" says that none was needed',
  'hypotension-is-treated': 'hypotension from CRS is treated (with fluids, or vasopressors), and "no-intervention" says that nothing was needed',
  'masking-therapy-is-an-intervention': 'fever is masked because antipyretic or anti-cytokine therapy was given, which is an intervention',
  'urgent-intervention-indicated': 'life-threatening consequences need urgent intervention, and "no-intervention" says that none was needed',
};

function otherValue(value: string | number | boolean | null): string {
  return value === null ? '(not empty)' : typeof value === 'string' ? JSON.stringify(value) : String(value);
}

/** English wording of the codes any input can have. @internal */
export const englishStructuralMessages: IssueMessagesFor<StructuralIssueCode> = {
  required: () => 'required; state absence explicitly rather than leaving it out',
  'unknown-key': ({ allowed }) => `unknown field; allowed fields are ${quoted(allowed)}`,
  'expected-object': (params) => `expected an object; received ${received(params.received)}`,
  'expected-array': (params) => `expected an array (use [] for none); received ${received(params.received)}`,
  'expected-boolean': (params) => `expected true or false; received ${received(params.received)}`,
  'expected-number': (params) => `expected ${range(params.range, params.integer)}; received ${received(params.received)}`,
  'looks-like-fahrenheit': (params) =>
    `expected ${range(params.range)}; received ${params.received}, which looks like degrees Fahrenheit (${params.received} °F is ${params.celsius} °C); convert it to Celsius`,
  'expected-one-of': (params) => `expected one of ${quoted(params.allowed)}; received ${received(params.received)}`,
  'expected-ice-score': (params) => `expected ${ICE_FORMS}; received ${received(params.received)}`,
  'expected-timestamp': (params) =>
    `expected an ISO 8601 date (2026-03-02) or date-time (2026-03-02T14:30, seconds, fraction and offset optional) that exists; received ${received(params.received)}`,
  duplicate: ({ value, item }) => `"${value}" is listed twice; list each ${item} once`,
  'too-many-items': ({ maximum, received: count, item }) =>
    item === 'observation' || item === 'treatment'
      ? `expected at most ${maximum} items; received ${count}`
      : `expected at most ${maximum} items (each ${item} once); received ${count}`,
  'given-twice': () => 'given twice (as a whole and by its parts, or by a nested and a dotted name), with something in both; give it once',
  'missing-item': () => 'missing: the array has a hole here; list the items without gaps',
  accessor: () => 'is a getter or setter, which is never called; give the value as plain data',
  unreadable: () => 'could not be read: the value threw an error while it was read (for example a revoked Proxy); give plain data',
};

/** English wording of the CRS rules. @internal */
export const englishCrsMessages: IssueMessagesFor<CrsIssueCode> = {
  'flow-required': ({ device }) => `required for device "${device}": a nasal cannula is graded by its flow (6 L/min or less is low-flow)`,
  'flow-on-room-air': () => 'not allowed on "room-air": room air means no supplemental oxygen',
  'fraction-on-room-air': () => 'must be 21 on "room-air" (room air is 21% oxygen); record the oxygen device instead',
  'vasopressors-without-hypotension': () => 'must be [] when hypotension is false (a vasopressor implies hypotension)',
  'boluses-without-hypotension': () => 'must be false or absent when hypotension is false (boluses for CRS hypotension)',
  'without-vasopressors': ({ fact }) =>
    fact === 'life-threatening-hypotension'
      ? 'not allowed when vasopressors is [] (hypotension that needs no vasopressor responds to fluids)'
      : `not allowed when vasopressors is [] (no vasopressor, no ${fact})`,
  'high-dose-duration-without-high-dose': () =>
    'not allowed unless vasopressorDose is "high" or "refractory-to-high": it is the time at a high dose',
  'high-dose-duration-too-long': ({ hours, totalHours }) =>
    `must not exceed vasopressorDurationHours (${totalHours}): the time at a high dose is part of the time on vasopressors; received ${hours}`,
  contradiction: (params) => `contradicts ${params.other} ${otherValue(params.otherValue)}: ${CONTRADICTION[params.reason]}; correct one of the two`,
};

/** English wording of the course rules. @internal */
export const englishCourseMessages: IssueMessagesFor<CourseIssueCode> = {
  'no-observations': () => 'a course needs at least one observation; days without one are unknown, not days without CRS',
  'observation-without-assessment': () => 'an observation needs "crs", "icans" or both',
  'same-time': ({ other, dateOnly }) =>
    dateOnly
      ? `the same date as ${other}, which has no time of day: two observations on one date are allowed only when both give one`
      : `the same time as ${other}: each observation is one assessment window; give each its own time`,
  'cohort-mixes-settings': ({ first, value }) =>
    `is ${value}, but the first course of the cohort was graded with ${first}: grade every course of one table with the same options`,
  'after-death': ({ death, syndrome }) => `follows ${death}, where ${syndrome === 'crs' ? 'CRS' : 'ICANS'} was graded 5 (death); nothing can follow it`,
  'fever-masking-contradicts-course': ({ stated, derived, treatment }) =>
    derived
      ? `${String(stated)} contradicts the course: fever is masked here by ${treatment ?? 'a treatment'} given during this CRS episode; leave feverMasked out or make it true`
      : `${String(stated)} contradicts the course: no antipyretic or anti-cytokine treatment was given during this CRS episode before this observation; leave feverMasked out, or add the treatment to "treatments"`,
};

/** English wording of the ICANS rules. @internal */
export const englishIcansMessages: IssueMessagesFor<IcansIssueCode> = {
  'score-not-allowed': ({ why }) =>
    why.instrument === 'ice'
      ? `not allowed: ${instrument(why)}; give the ICE score in "ice" (or set developmentalDelay: true for baseline developmental delay)`
      : `not allowed: ${instrument(why)}; give the CAPD total (an integer from 0 to 32) in "capd"`,
  'score-required': ({ why }) =>
    why.instrument === 'ice'
      ? `required: ${instrument(why)}; expected ${ICE_FORMS} (it may be left out only when consciousness is "unarousable")`
      : `required: ${instrument(why)}; expected an integer from 0 to 32 (it may be left out only when consciousness is "unarousable")`,
  'ice-when-unarousable': ({ score }) =>
    `must be 0 or left out when consciousness is "unarousable" (an unarousable patient cannot perform ICE); received a score of ${score}`,
  'capd-when-unarousable': () =>
    'must be left out when consciousness is "unarousable": ASTCT 2019 grades a child unable to perform CAPD from the consciousness row',
  'sedated-when-unarousable': () =>
    'cannot be true when consciousness is "unarousable": ICE or CAPD cannot be performed, and grading the other domains alone would read the missing score as normal; grade when the patient can be roused (e.g. during a sedation interruption)',
};

/**
 * The English wording of every issue code: the library's default.
 *
 * @example
 * ```ts
 * import { englishIssueMessages } from 'cytokine-release-syndrome';
 * englishIssueMessages.duplicate({ value: 'vasopressin', item: 'agent' }); // '"vasopressin" is listed twice; list each agent once'
 * ```
 */
export const englishIssueMessages: IssueMessages = /* @__PURE__ */ (() =>
  Object.freeze({ ...englishStructuralMessages, ...englishCrsMessages, ...englishIcansMessages, ...englishCourseMessages }))();
