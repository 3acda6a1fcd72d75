import type { IssuePath } from '../contract/path.js';
import { type Timestamp, compareTimestamps, parseTimestamp } from '../contract/timestamp.js';
import { FEVER_THRESHOLD_CELSIUS } from '../crs/scales/astct-2019.js';
import type { CrsAssessment } from '../crs/assessment.js';
import type { CourseObservation, CourseTreatment, PatientCourse } from '../course/course.js';
import { type FhirCodeOptions, buildCodeTables } from './codes.js';
import { FhirInputError, type RawFhirIssue, described, listed } from './fhir-input-error.js';
import type { FhirNote } from './notes.js';
import { oxygenStates } from './oxygen-states.js';
import { readMedicationAdministration } from './read-medication-administration.js';
import { readObservation } from './read-observation.js';
import { readProcedure } from './read-procedure.js';
import { treatmentTime, withdrawDoubtfulTemperatures } from './masking-doubts.js';
import type { Readings, Sourced } from './readings.js';
import { indexResources, isObject } from './resources.js';
import type { FhirBundle, FhirResource } from './types.js';
import { CALENDAR_DAY_CLOCK, type WindowClock, hourClock } from './window-clock.js';
import { type AssembledWindow, type FhirWindowSources, assembleWindows } from './windows.js';

/**
 * The hypotension rules a caller can choose. `systolic-below-90`: a window has hypotension when a
 * systolic pressure in it is below 90 mmHg (LOINC 8480-6, alone or in a blood pressure panel
 * 85354-9), and none when every systolic pressure in it is 90 or more and no vasopressor was given.
 * An adult rule from an adaptation of the ASTCT table, which itself sets no threshold.
 *
 * @see criteria DEC-51 (docs/criteria/decisions.md#dec-51)
 * @see criteria ASTCT-CRS-02 (docs/criteria/astct-2019-crs.md#astct-crs-02); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @example
 * ```ts
 * import type { HypotensionRule } from 'cytokine-release-syndrome/fhir';
 * const rule: HypotensionRule = 'systolic-below-90';
 * ```
 */
export type HypotensionRule = 'systolic-below-90';

/**
 * The range of a caller-set window length: an integer from 1 to 24 hours.
 *
 * @see criteria DEC-48 (docs/criteria/decisions.md#dec-48)
 * @example
 * ```ts
 * import { WINDOW_HOURS_RANGE } from 'cytokine-release-syndrome/fhir';
 * WINDOW_HOURS_RANGE.max; // 24
 * ```
 */
export const WINDOW_HOURS_RANGE = /* @__PURE__ */ Object.freeze({ min: 1, max: 24, unit: 'h' });

/**
 * Options of {@link courseFromFhir}.
 *
 * @see criteria DEC-48 to DEC-54 (docs/criteria/decisions.md#dec-48)
 * @example
 * ```ts
 * import type { CourseFromFhirOptions } from 'cytokine-release-syndrome/fhir';
 * const options: CourseFromFhirOptions = {
 *   infusionAt: '2026-03-02T10:00:00+01:00',
 *   hypotension: { rule: 'systolic-below-90' },
 *   medicationAdministrationsComplete: true,
 * };
 * ```
 */
export interface CourseFromFhirOptions {
  /** When the cells were infused (day 0): an ISO 8601 date or date-time. The reader never guesses it from the data. */
  readonly infusionAt: string;
  /**
   * How findings are grouped: `calendar-day` (the default: the date as written in each resource's
   * time), or `{ hours }` windows counted from the infusion (which then needs a time of day).
   */
  readonly window?: 'calendar-day' | { readonly hours: number } | undefined;
  /**
   * Where hypotension comes from. `stated` maps a window (its calendar date, or the start of a
   * caller-set window: `FhirWindowSources.window`) to the caller's judgement; `rule` reads the
   * windows not stated. Without either, hypotension is missing (never `false`), except in a window
   * where a vasopressor was given.
   */
  readonly hypotension?: { readonly rule?: HypotensionRule | undefined; readonly stated?: Readonly<Record<string, boolean>> | undefined } | undefined;
  /**
   * The input holds every medication administration of the course. Only then is a window without a
   * vasopressor administration read as "no vasopressor"; otherwise vasopressors are missing.
   */
  readonly medicationAdministrationsComplete?: boolean | undefined;
  /** Use preliminary observations as if final (default `false`: withheld). */
  readonly includePreliminary?: boolean | undefined;
  /** The caller's own codes (product codes of drugs, local device codes). */
  readonly codes?: FhirCodeOptions | undefined;
  /**
   * What to do with a window the data does not describe fully (its temperature, hypotension,
   * vasopressors or oxygen support is missing). `refuse` (the default): throw a
   * {@link FhirInputError} with an `incomplete-window` issue for each, naming what it misses and
   * what is known. `leave-out`: leave such windows out of the course, with a note, and set
   * `complete: false` on the result. A course without them can miss the worst day of a patient:
   * **never report its grade as the patient's without saying that windows were left out.**
   */
  readonly incompleteWindows?: IncompleteWindows | undefined;
}

/**
 * What {@link courseFromFhir} does with a window whose facts the data does not all give: `refuse`
 * the input (the default), or `leave-out` the window and mark the result `complete: false`.
 *
 * @see criteria DEC-54 (docs/criteria/decisions.md#dec-54)
 * @example
 * ```ts
 * import type { IncompleteWindows } from 'cytokine-release-syndrome/fhir';
 * const choice: IncompleteWindows = 'leave-out';
 * ```
 */
export type IncompleteWindows = 'refuse' | 'leave-out';

/**
 * The resource references behind a course built by {@link courseFromFhir}.
 *
 * @example
 * ```ts
 * import type { FhirCourseSources } from 'cytokine-release-syndrome/fhir';
 * const everyResource = (sources: FhirCourseSources): string[] => sources.windows.flatMap((window) => [...window.resources]);
 * ```
 */
export interface FhirCourseSources {
  /** Every window in time order, whether or not it is in the course. */
  readonly windows: readonly FhirWindowSources[];
  /** For each of `course.treatments`, at the same index, the administration it came from. */
  readonly treatments: readonly string[];
}

/**
 * What {@link courseFromFhir} returns.
 *
 * @example
 * ```ts
 * import type { CourseFromFhir } from 'cytokine-release-syndrome/fhir';
 * const gradableWindows = (result: CourseFromFhir): number => result.course.observations.length;
 * ```
 */
export interface CourseFromFhir {
  /**
   * The course, ready for `gradeCourse`: one observation per window whose four CRS facts the data
   * gives, and the treatments given. It may have no observations, which `gradeCourse` refuses.
   */
  readonly course: PatientCourse;
  /**
   * Whether every window the data has is in the course. Always `true` unless
   * `incompleteWindows: 'leave-out'` left windows out; then `false`, and the course's grade is
   * not the patient's: a window left out could be the worst.
   */
  readonly complete: boolean;
  /** The resources behind each window and treatment. */
  readonly sources: FhirCourseSources;
  /** What was skipped and why, and why each window left out is missing its facts. */
  readonly notes: readonly FhirNote[];
}

const OPTION_KEYS = ['infusionAt', 'window', 'hypotension', 'medicationAdministrationsComplete', 'includePreliminary', 'codes', 'incompleteWindows'];
const INCOMPLETE_WINDOWS: readonly IncompleteWindows[] = ['refuse', 'leave-out'];

interface Settings {
  readonly infusion: Timestamp;
  readonly clock: WindowClock;
  readonly rule: HypotensionRule | undefined;
  readonly stated: Readonly<Record<string, boolean>>;
  readonly complete: boolean;
  readonly preliminary: boolean;
  readonly leaveOut: boolean;
}

function optionalBoolean(value: unknown, key: string, issues: RawFhirIssue[]): boolean {
  if (value === undefined) return false;
  if (typeof value === 'boolean') return value;
  issues.push({ code: 'expected-type', path: ['options', key], message: `expected true or false; received ${described(value)}`, allowed: ['true', 'false'] });
  return false;
}

function readSettings(options: unknown, issues: RawFhirIssue[]): Settings | undefined {
  if (!isObject(options)) {
    issues.push({ code: 'required', path: ['options'], message: `expected the options object with at least "infusionAt"; received ${described(options)}`, allowed: OPTION_KEYS });
    return undefined;
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.includes(key)) issues.push({ code: 'expected-one-of', path: ['options', key], message: `unknown option; expected one of ${listed(OPTION_KEYS)}`, allowed: OPTION_KEYS });
  }
  const infusionText = options['infusionAt'];
  const infusion = typeof infusionText === 'string' ? parseTimestamp(infusionText) : undefined;
  if (infusion === undefined) {
    issues.push({
      code: infusionText === undefined ? 'required' : 'expected-timestamp',
      path: ['options', 'infusionAt'],
      message: `expected the infusion time as an ISO 8601 date or date-time (e.g. "2026-03-02" or "2026-03-02T10:00:00+01:00"); received ${described(infusionText)}`,
      allowed: ['YYYY-MM-DD', 'YYYY-MM-DDThh:mm:ss+zz:zz'],
    });
  }
  let clock: WindowClock = CALENDAR_DAY_CLOCK;
  const window = options['window'];
  if (window !== undefined && window !== 'calendar-day') {
    const hours = isObject(window) ? window['hours'] : undefined;
    if (typeof hours !== 'number' || !Number.isInteger(hours) || hours < WINDOW_HOURS_RANGE.min || hours > WINDOW_HOURS_RANGE.max) {
      issues.push({
        code: 'expected-one-of',
        path: isObject(window) ? ['options', 'window', 'hours'] : ['options', 'window'],
        message: `expected "calendar-day" or { hours } with an integer from ${WINDOW_HOURS_RANGE.min} to ${WINDOW_HOURS_RANGE.max}; received ${described(isObject(window) ? hours : window)}`,
        allowed: ['calendar-day', '{ hours: 1 to 24 }'],
      });
    } else if (infusion !== undefined) {
      if (infusion.instant === null) {
        issues.push({
          code: 'expected-timestamp',
          path: ['options', 'infusionAt'],
          message: `windows of ${hours} hours are counted from the infusion, which then needs a time of day; received the date ${JSON.stringify(infusion.text)}`,
          allowed: ['YYYY-MM-DDThh:mm:ss+zz:zz'],
        });
      } else {
        clock = hourClock(hours, { ...infusion, instant: infusion.instant });
      }
    }
  }
  let rule: HypotensionRule | undefined;
  let stated: Record<string, boolean> = {};
  const hypotension = options['hypotension'];
  if (hypotension !== undefined) {
    if (!isObject(hypotension)) {
      issues.push({ code: 'expected-type', path: ['options', 'hypotension'], message: `expected { rule?, stated? }; received ${described(hypotension)}`, allowed: ['rule', 'stated'] });
    } else {
      for (const key of Object.keys(hypotension)) {
        if (key !== 'rule' && key !== 'stated') issues.push({ code: 'expected-one-of', path: ['options', 'hypotension', key], message: 'unknown key; expected "rule" or "stated"', allowed: ['rule', 'stated'] });
      }
      const chosen = hypotension['rule'];
      if (chosen === 'systolic-below-90') rule = chosen;
      else if (chosen !== undefined) {
        issues.push({ code: 'expected-one-of', path: ['options', 'hypotension', 'rule'], message: `expected "systolic-below-90"; received ${described(chosen)}`, allowed: ['systolic-below-90'] });
      }
      const statements = hypotension['stated'];
      if (statements !== undefined && !isObject(statements)) {
        issues.push({ code: 'expected-type', path: ['options', 'hypotension', 'stated'], message: `expected an object mapping window times to true or false; received ${described(statements)}` });
      } else if (statements !== undefined) {
        stated = Object.create(null) as Record<string, boolean>;
        for (const [at, value] of Object.entries(statements)) {
          if (typeof value !== 'boolean') {
            issues.push({ code: 'expected-type', path: ['options', 'hypotension', 'stated', at], message: `expected true or false; received ${described(value)}`, allowed: ['true', 'false'] });
          } else if (parseTimestamp(at) === undefined) {
            issues.push({ code: 'expected-timestamp', path: ['options', 'hypotension', 'stated', at], message: 'expected a window: a date, or the date-time a caller-set window starts' });
          } else {
            stated[at] = value;
          }
        }
      }
    }
  }
  const complete = optionalBoolean(options['medicationAdministrationsComplete'], 'medicationAdministrationsComplete', issues);
  const preliminary = optionalBoolean(options['includePreliminary'], 'includePreliminary', issues);
  const incomplete = options['incompleteWindows'];
  if (incomplete !== undefined && !(INCOMPLETE_WINDOWS as readonly unknown[]).includes(incomplete)) {
    issues.push({ code: 'expected-one-of', path: ['options', 'incompleteWindows'], message: `expected "refuse" or "leave-out"; received ${described(incomplete)}`, allowed: INCOMPLETE_WINDOWS });
  }
  return infusion === undefined ? undefined : { infusion, clock, rule, stated, complete, preliminary, leaveOut: incomplete === 'leave-out' };
}

function describeKnown(window: AssembledWindow): string {
  const { temperatureCelsius, hypotension, vasopressors, oxygen } = window.crs;
  const fever = (celsius: number): string => (celsius >= FEVER_THRESHOLD_CELSIUS ? ' (fever)' : '');
  const atLeast = window.atLeast;
  const parts = [
    temperatureCelsius !== undefined
      ? `temperature ${temperatureCelsius} °C${fever(temperatureCelsius)}`
      : atLeast.temperatureCelsius === undefined
        ? null
        : `temperature at least ${atLeast.temperatureCelsius} °C${fever(atLeast.temperatureCelsius)}`,
    hypotension === undefined ? null : `hypotension ${hypotension ? 'yes' : 'no'}`,
    vasopressors !== undefined
      ? `vasopressors ${vasopressors.length === 0 ? 'none' : vasopressors.map(({ agent }) => agent).join(', ')}`
      : atLeast.vasopressors === undefined
        ? null
        : `vasopressors given: ${atLeast.vasopressors.join(', ')}`,
    oxygen === undefined ? null : `oxygen ${oxygen.device}${oxygen.flowLitersPerMinute === undefined ? '' : ` ${oxygen.flowLitersPerMinute} L/min`}`,
  ].filter((part) => part !== null);
  return parts.length === 0 ? 'nothing' : parts.join(', ');
}

/** The issue of a window left incomplete: at its first resource, naming what it misses and what is known. */
function incompleteIssue(window: AssembledWindow, paths: ReadonlyMap<string, IssuePath>): RawFhirIssue {
  const first = window.sources.resources.find((reference) => paths.has(reference)) ?? null;
  return {
    code: 'incomplete-window',
    path: first === null ? [] : (paths.get(first) as IssuePath),
    message: `window ${window.window}${window.at === window.window ? '' : ` (at ${window.at})`} misses ${window.reasons.join('; ')}; known: ${describeKnown(window)}. A window left out could be the worst of the course: give the missing facts, or pass incompleteWindows: "leave-out" to grade the other windows without it`,
    resource: first,
  };
}

/**
 * Builds a patient's course from FHIR R4 resources (a Bundle, or an array, for one patient), to
 * grade with `gradeCourse`: one assessment window per calendar date (the date as written in each
 * resource's time) or per caller-set block of hours, each taking the worst findings in it.
 *
 * It reads body temperature (LOINC 8310-5 and eight site codes; `Cel` or `[degF]`), oxygen flow
 * (3151-8, also as a component of an SpO2 observation; 0 L/min is room air), inhaled oxygen
 * concentration (3150-0), the oxygen device (an observation 107117-4, or a Procedure's `usedCode` or
 * `code`; SNOMED CT codes, never displays), vasopressors and treatments from MedicationAdministration
 * (RxNorm ingredient and ATC codes, contained and Bundle Medications resolved, and the caller's own
 * codes), and, under the `systolic-below-90` rule only, systolic pressure (8480-6).
 *
 * The input is one patient's: resources read whose `subject` names different patients are refused.
 * Nothing is inferred that no resource states: a window is in the course only when its
 * temperature, hypotension, vasopressors and oxygen support are all known; the others are listed
 * in `sources.windows` with the facts they miss. Entered-in-error and cancelled resources are never
 * used; preliminary ones only with `includePreliminary`. ICANS and death are not read.
 *
 * @typeParam Resource - the type of the resources: any FHIR resource type (e.g. @medplum/fhirtypes' `Resource`) fits.
 * @param resources - a Bundle or an array of R4 resources of one patient (JSON data).
 * @param options - the infusion time, and how windows, hypotension and medications are read.
 * @throws {@link FhirInputError} naming every refused field by its path in the input, with the allowed values.
 * @see criteria DEC-48 to DEC-54 (docs/criteria/decisions.md#dec-48)
 * @example
 * ```ts
 * import { courseFromFhir } from 'cytokine-release-syndrome/fhir';
 * import { gradeCourse } from 'cytokine-release-syndrome';
 * const loinc = 'http://loinc.org';
 * const ucum = 'http://unitsofmeasure.org';
 * const { course, sources } = courseFromFhir(
 *   [
 *     { resourceType: 'Observation', id: 't1', status: 'final', code: { coding: [{ system: loinc, code: '8310-5' }] },
 *       effectiveDateTime: '2026-03-03T08:00:00+01:00', valueQuantity: { value: 101.5, unit: '°F', system: ucum, code: '[degF]' } },
 *     { resourceType: 'Observation', id: 'o1', status: 'final', code: { coding: [{ system: loinc, code: '3151-8' }] },
 *       effectiveDateTime: '2026-03-03T08:00:00+01:00', valueQuantity: { value: 0, unit: 'L/min', system: ucum, code: 'L/min' } },
 *   ],
 *   { infusionAt: '2026-03-02', hypotension: { stated: { '2026-03-03': false } }, medicationAdministrationsComplete: true },
 * );
 * course.observations[0]?.crs?.temperatureCelsius; // 38.6111111111
 * sources.windows[0]?.resources; // ['Observation/t1', 'Observation/o1']
 * gradeCourse(course).crs.maxGrade; // 1
 * ```
 */
export function courseFromFhir<Resource extends FhirResource>(resources: FhirBundle<Resource> | readonly Resource[], options: CourseFromFhirOptions): CourseFromFhir {
  const issues: RawFhirIssue[] = [];
  const settings = readSettings(options, issues);
  const tables = buildCodeTables(isObject(options) ? (options['codes']) : undefined, issues);
  const index = indexResources(resources, issues);
  const readings: Readings = { temperatures: [], systolics: [], oxygen: [], vasopressors: [], treatments: [], notes: [], issues, subjects: [] };
  for (const input of index.resources) {
    switch (input.resourceType) {
      case 'Observation':
        readObservation(input, { tables, includePreliminary: settings?.preliminary ?? false, readSystolic: settings?.rule !== undefined }, index, readings);
        break;
      case 'MedicationAdministration':
        readMedicationAdministration(input, tables, index, readings);
        break;
      case 'Procedure':
        readProcedure(input, tables, index, readings);
        break;
      case 'Medication':
        break;
      default:
        readings.notes.push({ code: 'not-read', resource: input.reference, window: null, message: `not read: the reader does not use ${input.resourceType} resources` });
    }
  }
  // One patient: a course of readings of two patients would grade neither.
  const first = readings.subjects[0];
  for (const { subject, path, reference } of readings.subjects) {
    if (first === undefined || subject === first.subject) continue;
    issues.push({
      code: 'several-subjects',
      path,
      message: `this resource is about ${JSON.stringify(subject)}, but ${first.reference} is about ${JSON.stringify(first.subject)}: a course is one patient's`,
      allowed: [first.subject],
      resource: reference,
    });
  }
  if (issues.length > 0 || settings === undefined) throw new FhirInputError('FHIR input for a course', issues);

  const notes = readings.notes;
  const unplaced: Sourced[] = [];
  const windows = assembleWindows(
    readings,
    oxygenStates(readings.oxygen, settings.clock),
    { clock: settings.clock, hypotensionRule: settings.rule, statedHypotension: settings.stated, administrationsComplete: settings.complete },
    notes,
    issues,
    unplaced,
  );
  if (issues.length > 0) throw new FhirInputError('FHIR input for a course', issues);
  if (!settings.complete && (readings.vasopressors.length > 0 || windows.length > 0)) {
    notes.push({
      code: 'administrations-not-complete',
      resource: null,
      window: null,
      message: 'vasopressors are missing in every window: pass medicationAdministrationsComplete: true when the input holds every medication administration of the course',
    });
  }
  // Masked fever the course could decide otherwise than the data says leaves the temperature missing.
  withdrawDoubtfulTemperatures(windows, readings.treatments, settings.clock);
  const stated = new Set(Object.keys(settings.stated));
  const observations: CourseObservation[] = [];
  const windowSources: FhirWindowSources[] = windows.map((window) => {
    stated.delete(window.window);
    let observation: number | null = null;
    if (window.missing.length === 0) {
      observation = observations.length;
      observations.push({ at: window.at, crs: window.crs as CrsAssessment });
    } else {
      notes.push({ code: 'window-not-gradable', resource: null, window: window.window, message: `left out of the course: ${window.reasons.join('; ')}` });
    }
    return Object.freeze({ ...window.sources, observation, missing: Object.freeze(window.missing.slice()), known: Object.freeze({ ...window.crs }) });
  });
  // A statement the reader cannot place would be replaced by the rule, or by nothing, without a word.
  if (stated.size > 0) {
    const names = windows.map(({ window }) => window);
    throw new FhirInputError(
      'FHIR input for a course',
      [...stated].map((key) => ({
        code: 'unknown-window',
        path: ['options', 'hypotension', 'stated', key],
        message: `no window is named ${JSON.stringify(key)}: windows are named by their date, or in windows of hours by their start as written in the infusion's offset${names.length === 0 ? '; the data has no window' : ''}`,
        allowed: names.slice(0, 50),
      })),
    );
  }
  // A window left out, or a reading no window holds, could be the worst of the course: refuse,
  // unless the caller chose to leave them out.
  const incomplete = windows.filter(({ missing }) => missing.length > 0);
  const where = (reading: Sourced): string => {
    const { first, last } = settings.clock.range(reading.time);
    const { label } = settings.clock;
    if (!Number.isFinite(first)) return Number.isFinite(last) ? `any window up to ${label(last)}` : 'any window';
    if (!Number.isFinite(last)) return `any window from ${label(first)} on`;
    return first === last ? `window ${label(first)}` : `windows ${label(first)} to ${label(last)}`;
  };
  if ((incomplete.length > 0 || unplaced.length > 0) && !settings.leaveOut) {
    const paths = new Map(index.resources.map(({ reference, path }) => [reference, path]));
    throw new FhirInputError(
      'FHIR input for a course',
      [
        ...incomplete.map((window) => incompleteIssue(window, paths)),
        ...unplaced.map((reading) => {
          const reference = reading.references[0] ?? null;
          return {
            code: 'unplaced-reading' as const,
            path: reference === null ? [] : (paths.get(reference) ?? []),
            message: `its time could fall in ${where(reading)}, and no other reading certainly falls there: it cannot be placed in a window, and dropping it could lose the worst of the course. Give its time to the instant, or pass incompleteWindows: "leave-out"`,
            resource: reference,
          };
        }),
      ],
      windowSources.filter(({ missing }) => missing.length > 0),
    );
  }
  for (const reading of unplaced) {
    notes.push({ code: 'reading-unplaced', resource: reading.references[0] ?? null, window: null, message: `left out: its time could fall in ${where(reading)}, and no other reading certainly falls there` });
  }

  const given = readings.treatments.filter(({ trusted, time }) => trusted && time.startText !== null);
  const ordered = given
    .map((reading) => ({ reading, time: parseTimestamp(reading.time.startText as string) as Timestamp }))
    .sort((a, b) => compareTimestamps(a.time, b.time));
  // Written as the windows are (in windows of hours, in the infusion's offset), so the course orders them alike.
  const treatments: CourseTreatment[] = ordered.map(({ reading }) => ({
    at: treatmentTime(reading, settings.clock),
    treatment: reading.treatment,
  }));
  const course: PatientCourse = treatments.length === 0 ? { infusionAt: settings.infusion.text, observations } : { infusionAt: settings.infusion.text, observations, treatments };
  return {
    course,
    complete: incomplete.length === 0 && unplaced.length === 0,
    sources: { windows: Object.freeze(windowSources), treatments: Object.freeze(ordered.map(({ reading }) => reading.references[0] as string)) },
    notes: Object.freeze(notes.map((note) => Object.freeze(note))),
  };
}
