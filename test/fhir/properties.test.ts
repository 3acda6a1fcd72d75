// Property tests: every valid resource set converts, to a course that gradeCourse accepts, whose
// windows rest on resources of the input; never-used resources change nothing; a corrupted unit or
// status fails with an error naming the field and the allowed values.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeGradeCourse } from '../../src/course/grade-course.js';
import { type CourseFromFhirOptions, courseFromFhir } from '../../src/fhir/course-from-fhir.js';
import { compareTimestamps, parseTimestamp } from '../../src/contract/timestamp.js';
import { FhirInputError } from '../../src/fhir/fhir-input-error.js';
import { ATC, RXNORM, SNOMED, UCUM, administration, bloodPressure, device, flow, oxygenProcedure, saturation, temperature } from './fixtures.js';

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 150);
const DAYS = ['2026-03-03', '2026-03-04', '2026-03-05'];
const HOURS = ['02', '08', '14', '20'];
const OBSERVATION_STATUSES = ['final', 'amended', 'corrected', 'preliminary', 'registered', 'unknown', 'cancelled', 'entered-in-error'] as const;
const ADMINISTRATION_STATUSES = ['completed', 'in-progress', 'on-hold', 'stopped', 'unknown', 'not-done', 'entered-in-error'] as const;
const NEVER = new Set(['cancelled', 'entered-in-error', 'not-done']);

const time = fc.record({ day: fc.constantFrom(...DAYS), hour: fc.constantFrom(...HOURS) }).map(({ day, hour }) => `${day}T${hour}:00:00+01:00`);

/** One valid resource, before it gets its id. */
const resource = fc.oneof(
  fc.record({ at: time, celsius: fc.double({ min: 35, max: 41, noNaN: true }), status: fc.constantFrom(...OBSERVATION_STATUSES), fahrenheit: fc.boolean() }).map(
    ({ at, celsius, status, fahrenheit }) => (id: string) =>
      temperature(id, at, fahrenheit ? Math.round((celsius * 9) / 5 + 32) : Math.round(celsius * 10) / 10, fahrenheit ? '[degF]' : 'Cel', { status }),
  ),
  fc.record({ at: time, liters: fc.constantFrom(0, 0, 2, 6, 8, 15), status: fc.constantFrom(...OBSERVATION_STATUSES) }).map(({ at, liters, status }) => (id: string) => flow(id, at, liters, status)),
  fc.record({ at: time, liters: fc.constantFrom(0, 4, 30), fraction: fc.option(fc.constantFrom(21, 40, 60), { nil: undefined }) }).map(
    ({ at, liters, fraction }) => (id: string) => saturation(id, at, 95, liters, fraction),
  ),
  fc.record({ at: time, code: fc.constantFrom('336623009', '426854004', '427591007', '47545007', '40617009', '425926003', '722742002') }).map(({ at, code }) => (id: string) => device(id, at, SNOMED, code)),
  fc.record({ at: time, systolic: fc.integer({ min: 60, max: 160 }) }).map(({ at, systolic }) => (id: string) => bloodPressure(id, at, systolic, 50)),
  fc.record({
    start: time,
    hours: fc.option(fc.integer({ min: 1, max: 40 }), { nil: undefined }),
    code: fc.constantFrom([RXNORM, '7512'], [RXNORM, '3992'], [RXNORM, '11149'], [ATC, 'C01CX09'], [RXNORM, '612865'], [ATC, 'H02AB02'], [RXNORM, '26225']),
    status: fc.constantFrom(...ADMINISTRATION_STATUSES),
  }).map(({ start, hours, code, status }) => (id: string) => {
    const end = hours === undefined ? undefined : new Date(Date.parse(start) + hours * 3_600_000).toISOString().replace('.000Z', 'Z');
    return administration(id, end === undefined ? start : { start, end }, code[0], code[1], undefined, status);
  }),
  fc.record({ start: time, hours: fc.integer({ min: 1, max: 40 }), code: fc.constantFrom('426854004', '336623009', '47545007') }).map(({ start, hours, code }) => (id: string) =>
    oxygenProcedure(id, { start, end: new Date(Date.parse(start) + hours * 3_600_000).toISOString().replace('.000Z', 'Z') }, code),
  ),
);

/** A window the data describes fully: a final temperature, room air and a systolic pressure at one time. */
const completeWindow = fc.record({ at: time, celsius: fc.double({ min: 36, max: 40, noNaN: true }), systolic: fc.integer({ min: 70, max: 140 }) }).map(
  ({ at, celsius, systolic }) => (id: string) => [temperature(`${id}t`, at, Math.round(celsius * 10) / 10), flow(`${id}f`, at, 0), bloodPressure(`${id}b`, at, systolic, 50)],
);

const resources = fc
  .array(fc.oneof({ arbitrary: resource.map((make) => (id: string) => [make(id)]), weight: 3 }, { arbitrary: completeWindow, weight: 1 }), { maxLength: 25 })
  .map((makers) => makers.flatMap((make, index) => make(`r${index}`)));

// Incomplete windows: the default refuses them; 'leave-out' (what every course built here used to
// do silently) leaves them out and says so with complete: false. Both are generated.
const options: fc.Arbitrary<CourseFromFhirOptions> = fc.record({
  rule: fc.boolean(),
  statedTrue: fc.subarray(DAYS),
  complete: fc.boolean(),
  preliminary: fc.boolean(),
  hours: fc.constantFrom(undefined, 6, 12, 24),
  incomplete: fc.constantFrom(undefined, 'refuse' as const, 'leave-out' as const, 'leave-out' as const),
}).map(({ rule, statedTrue, complete, preliminary, hours, incomplete }) => ({
  infusionAt: '2026-03-02T10:00:00+01:00',
  ...(hours === undefined ? {} : { window: { hours } }),
  hypotension: { ...(rule ? { rule: 'systolic-below-90' as const } : {}), stated: Object.fromEntries(hours === undefined ? statedTrue.map((day) => [day, true]) : []) },
  medicationAdministrationsComplete: complete,
  includePreliminary: preliminary,
  ...(incomplete === undefined ? {} : { incompleteWindows: incomplete }),
}));

/** The course, or the refusal of its incomplete windows. */
function outcome(input: readonly object[], settings: CourseFromFhirOptions): ReturnType<typeof courseFromFhir> | FhirInputError {
  try {
    return courseFromFhir(input as never, settings);
  } catch (error) {
    if (FhirInputError.is(error)) return error;
    throw error;
  }
}

describe('courseFromFhir properties', () => {
  it('converts every valid resource set into a course gradeCourse accepts, every window resting on input resources', () => {
    let graded = 0;
    fc.assert(
      fc.property(resources, options, (input, given) => {
        // A statement for a window the data does not have is refused, naming it.
        const names = new Set(courseFromFhir(input, { ...given, hypotension: { ...given.hypotension, stated: {} }, incompleteWindows: 'leave-out' }).sources.windows.map(({ window }) => window));
        const stated = given.hypotension?.stated ?? {};
        const unplaced = Object.keys(stated).filter((key) => !names.has(key));
        if (unplaced.length > 0) {
          const error = outcome(input, given) as FhirInputError;
          expect(error.issues.map(({ code, path }) => [code, path[3]])).toEqual(unplaced.map((key) => ['unknown-window', key]));
        }
        const settings = { ...given, hypotension: { ...given.hypotension, stated: Object.fromEntries(Object.entries(stated).filter(([key]) => names.has(key))) } };
        const refused = outcome(input, settings);
        const result = courseFromFhir(input, { ...settings, incompleteWindows: 'leave-out' });
        const leftOut = result.sources.windows.filter(({ observation }) => observation === null);
        // Missing is never silent: the default refuses exactly when a window would be left out,
        // naming each one; leaving out is a choice the result records.
        expect(result.complete).toBe(leftOut.length === 0);
        if (settings.incompleteWindows === 'leave-out' || leftOut.length === 0) expect(refused).toEqual(result);
        else {
          expect(FhirInputError.is(refused)).toBe(true);
          const error = refused as FhirInputError;
          expect(error.issueCount).toBe(leftOut.length);
          expect(error.issues.every(({ code }) => code === 'incomplete-window')).toBe(true);
          expect(error.incompleteWindows).toEqual(leftOut);
        }
        graded += result.course.observations.length;
        const references = new Set(input.map(({ resourceType, id }) => `${resourceType}/${id as string}`));
        const never = new Set(input.filter(({ status }) => NEVER.has(status)).map(({ resourceType, id }) => `${resourceType}/${id as string}`));
        if (result.course.observations.length > 0) expect(safeGradeCourse(result.course).success).toBe(true);
        const windows = result.sources.windows;
        expect(windows.filter(({ observation }) => observation !== null)).toHaveLength(result.course.observations.length);
        const hours = typeof settings.window === 'object' ? settings.window.hours : undefined;
        windows.forEach((window, index) => {
          expect(window.observation === null).toBe(window.missing.length > 0);
          // Its time is in the window: on its date, or within its hours.
          const time = parseTimestamp(window.at)!;
          if (hours === undefined) expect(time.date).toBe(window.window);
          else {
            const start = parseTimestamp(window.window)!.instant!;
            expect(time.instant! >= start && time.instant! < start + hours * 3_600_000).toBe(true);
          }
          if (window.observation !== null) {
            expect(result.course.observations[window.observation]?.at).toBe(window.at);
            expect(result.course.observations[window.observation]?.crs).toEqual(window.known);
            // Missing is never normal: every fact in the course rests on a resource or a statement.
            expect(window.temperature.length).toBeGreaterThan(0);
            expect(window.oxygen.length).toBeGreaterThan(0);
            expect(window.hypotension.basis).not.toBeNull();
          }
          for (const reference of window.resources) {
            expect(references.has(reference)).toBe(true);
            expect(never.has(reference)).toBe(false);
          }
          // The course orders the windows as the reader does (its order: written date, then instant).
          if (index > 0) expect(compareTimestamps(time, parseTimestamp(windows[index - 1]!.at)!)).toBeGreaterThan(0);
        });
      }),
      { numRuns: RUNS },
    );
    // Not vacuous: some generated windows are complete enough to grade.
    expect(graded).toBeGreaterThan(0);
  });

  it('is not changed by resources that were entered in error', () => {
    fc.assert(
      fc.property(resources, resources, options, (input, extra, settings) => {
        const noise = extra.map((item, index) => ({ ...item, id: `noise${index}`, status: 'entered-in-error' }));
        const plain = outcome(input, settings);
        const noisy = outcome([...input, ...noise], settings);
        if (FhirInputError.is(plain)) expect(FhirInputError.is(noisy) && noisy.message).toBe(plain.message);
        else {
          expect(FhirInputError.is(noisy)).toBe(false);
          const result = noisy as typeof plain;
          expect(result.course).toEqual(plain.course);
          expect(result.sources).toEqual(plain.sources);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('refuses a corrupted temperature unit or status, naming the field and the allowed values', () => {
    const corruption = fc.record({
      unit: fc.string({ minLength: 1, maxLength: 8 }).filter((unit) => !['Cel', '[degF]', 'degF'].includes(unit)),
      status: fc.string({ minLength: 1, maxLength: 8 }).filter((status) => !(OBSERVATION_STATUSES as readonly string[]).includes(status)),
      which: fc.constantFrom('unit', 'status'),
    });
    fc.assert(
      fc.property(resources, fc.nat(), corruption, options, (input, position, { unit, status, which }, settings) => {
        const target = temperature('target', '2026-03-03T08:00:00+01:00', 38.1);
        const corrupted = which === 'unit' ? { ...target, valueQuantity: { value: 38.1, system: UCUM, code: unit } } : { ...target, status };
        const list = [...input];
        const index = position % (list.length + 1);
        list.splice(index, 0, corrupted as never);
        let error: unknown;
        try {
          courseFromFhir(list, settings);
        } catch (caught) {
          error = caught;
        }
        expect(FhirInputError.is(error)).toBe(true);
        const issue = (error as FhirInputError).issues.find(({ pathText }) => pathText === (which === 'unit' ? `[${index}].valueQuantity.code` : `[${index}].status`));
        expect(issue?.allowed.length).toBeGreaterThan(0);
        expect(issue?.message).toMatch(which === 'unit' ? /"Cel", "\[degF\]", "degF"/ : /"final", "amended"/);
        expect(issue?.resource).toBe('Observation/target');
      }),
      { numRuns: RUNS },
    );
  });

  it('throws nothing but FhirInputError on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.jsonValue(), (input, settings) => {
        try {
          courseFromFhir(input as never, settings as never);
        } catch (error) {
          expect(FhirInputError.is(error)).toBe(true);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });

  it('throws nothing but FhirInputError on resources with arbitrary fields', () => {
    const field = fc.dictionary(fc.constantFrom('status', 'code', 'effectiveDateTime', 'effectivePeriod', 'valueQuantity', 'component', 'medicationCodeableConcept', 'medicationReference', 'usedCode', 'performedPeriod', 'contained', 'valueCodeableConcept'), fc.jsonValue());
    const arbitrary = fc.record({ resourceType: fc.constantFrom('Observation', 'MedicationAdministration', 'Procedure', 'Medication'), fields: field }).map(({ resourceType, fields }) => ({ ...fields, resourceType }));
    fc.assert(
      fc.property(fc.array(arbitrary, { maxLength: 6 }), (input) => {
        try {
          courseFromFhir(input, { infusionAt: '2026-03-02', hypotension: { rule: 'systolic-below-90' }, medicationAdministrationsComplete: true });
        } catch (error) {
          expect(FhirInputError.is(error)).toBe(true);
        }
      }),
      { numRuns: RUNS * 3 },
    );
  });
});

