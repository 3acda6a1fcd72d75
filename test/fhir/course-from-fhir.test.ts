import { describe, expect, it } from 'vitest';
import { gradeCourse } from '../../src/course/grade-course.js';
import { type CourseFromFhirOptions, courseFromFhir } from '../../src/fhir/course-from-fhir.js';
import { FhirInputError } from '../../src/fhir/fhir-input-error.js';
import {
  ATC,
  LOINC,
  RXNORM,
  SNOMED,
  SPEC_ADVERSE_EVENT,
  SPEC_BLOOD_PRESSURE,
  SPEC_BODY_TEMPERATURE,
  SPEC_CONTAINED_MEDICATION_ADMINISTRATION,
  SPEC_ENTERED_IN_ERROR_ORAL_TEMPERATURE,
  SPEC_OXYGEN_SATURATION,
  SYNTHEA_NOREPINEPHRINE,
  SYNTHEA_VENTILATION,
  UCUM,
  administration,
  bloodPressure,
  bundleOf,
  device,
  flow,
  oxygenProcedure,
  saturation,
  temperature,
} from './fixtures.js';
import { issueAt, omit, refusal } from './helpers.js';

const DAY = '2026-03-03';
const at = (time: string): string => `${DAY}T${time}:00+01:00`;
const BASE: CourseFromFhirOptions = { infusionAt: '2026-03-02', hypotension: { stated: { [DAY]: false } }, medicationAdministrationsComplete: true };
const ROOM_AIR = flow('room-air', at('08:00'), 0);
// The specification-shaped and Synthea-shaped fixtures are about other patients: move them to ours.
const OURS = { subject: { reference: 'Patient/p1' } };

function read(resources: readonly object[], options: Partial<CourseFromFhirOptions> = {}) {
  return courseFromFhir(resources as never, { ...BASE, ...options });
}

/** Reads one window, leaving it out of the course when the data does not describe it fully, to look at what it misses. */
function only(resources: readonly object[], options: Partial<CourseFromFhirOptions> = {}) {
  const result = read(resources, { incompleteWindows: 'leave-out', ...options });
  const [window] = result.sources.windows;
  return { result, window: window!, crs: result.course.observations[0]?.crs };
}

describe('courseFromFhir: input shapes', () => {
  it('reads a Bundle and an array alike', () => {
    const resources = [temperature('t', at('08:00'), 38.2), ROOM_AIR];
    expect(read([bundleOf(resources as never)][0]!.entry!.map(({ resource }) => resource!)).course).toEqual(courseFromFhir(bundleOf(resources as never), BASE).course);
  });

  it.each([
    [{ resourceType: 'Patient' }, '', 'expected-resources'],
    [null, '', 'expected-resources'],
    [[{ id: 'x' }], '[0]', 'expected-resource'],
    [[42], '[0]', 'expected-resource'],
    [{ resourceType: 'Bundle', entry: {} }, 'entry', 'expected-type'],
    [{ resourceType: 'Bundle', entry: ['x'] }, 'entry[0]', 'expected-type'],
    [{ resourceType: 'Bundle', entry: [{ resource: { resourceType: '' } }] }, 'entry[0].resource', 'expected-resource'],
  ])('refuses %j at %j (%s)', (input, path, code) => {
    const error = refusal(() => courseFromFhir(input as never, BASE));
    expect(issueAt(error, path).code).toBe(code);
    expect(error).toBeInstanceOf(FhirInputError);
  });

  it('refuses two resources with one type and id: a reference to them would be ambiguous', () => {
    const error = refusal(() => read([temperature('t', at('08:00'), 38), temperature('t', at('09:00'), 39)]));
    expect(issueAt(error, '[1]').code).toBe('duplicate-resource');
  });

  it('names resources without an id by their fullUrl, or else by their input position', () => {
    const anonymous = omit(temperature('x', at('08:00'), 38.2), 'id');
    expect(only([anonymous, ROOM_AIR]).window.temperature).toEqual(['[0]']);
    expect(courseFromFhir(bundleOf([anonymous as never, ROOM_AIR]), BASE).sources.windows[0]?.temperature).toEqual(['urn:uuid:00000000-0000-4000-8000-000000000000']);
  });

  it('refuses resources of more than one patient, naming the subject field', () => {
    const other = { ...temperature('t2', at('09:00'), 39), subject: { reference: 'Patient/p2' } };
    const issue = issueAt(refusal(() => read([temperature('t1', at('08:00'), 38), other])), '[1].subject.reference');
    expect(issue).toMatchObject({ code: 'several-subjects', allowed: ['Patient/p1'], resource: 'Observation/t2' });
  });

  it('knows one patient under its id, its Bundle fullUrl and an absolute URL', () => {
    const patient = { resourceType: 'Patient', id: 'p1' };
    const byUrn = { ...temperature('t', at('08:00'), 38.5), subject: { reference: 'urn:uuid:00000000-0000-4000-8000-000000000000' } };
    const byUrl = { ...ROOM_AIR, subject: { reference: 'https://ehr.example/fhir/Patient/p1' } };
    expect(courseFromFhir(bundleOf([patient, byUrn, byUrl] as never), BASE).course.observations).toHaveLength(1);
  });

  it('notes the resource types it does not read', () => {
    const { result } = only([SPEC_ADVERSE_EVENT, { resourceType: 'Patient', id: 'p' }, temperature('t', at('08:00'), 37), ROOM_AIR]);
    expect(result.notes.filter(({ code }) => code === 'not-read').map(({ resource }) => resource)).toEqual(['AdverseEvent/example', 'Patient/p']);
  });
});

describe('courseFromFhir: statuses (DEC-49)', () => {
  it("never counts the FHIR specification's entered-in-error 39 °C oral temperature as fever", () => {
    const { crs, result } = only([SPEC_ENTERED_IN_ERROR_ORAL_TEMPERATURE, { ...SPEC_BODY_TEMPERATURE, ...OURS, effectiveDateTime: DAY }, ROOM_AIR]);
    expect(crs?.temperatureCelsius).toBe(36.5);
    expect(gradeCourse(result.course).crs.maxGrade).toBe(0);
    expect(result.sources.windows[0]?.resources).not.toContain('Observation/f202');
    expect(result.notes[0]).toMatchObject({ code: 'status-not-used', resource: 'Observation/f202' });
  });

  it('opens no window for a resource that is never used, and does not check it further', () => {
    const broken = { ...temperature('e', at('08:00'), 39), status: 'entered-in-error', valueQuantity: { value: 39, code: 'K' } };
    expect(read([broken], { hypotension: {} }).course.observations).toEqual([]);
    expect(read([{ ...temperature('c', at('08:00'), 39, 'Cel', { status: 'cancelled' }) }], { hypotension: {} }).sources.windows).toEqual([]);
  });

  it('withholds a preliminary temperature that would raise the window, and uses it on request', () => {
    const resources = [temperature('final', at('08:00'), 37.5), temperature('pre', at('09:00'), 38.6, 'Cel', { status: 'preliminary' }), ROOM_AIR];
    const withheld = only(resources);
    expect(withheld.crs).toBeUndefined();
    expect(withheld.window.missing).toEqual(['temperatureCelsius']);
    expect(withheld.window.temperature).toEqual(['Observation/pre']);
    expect(withheld.result.notes.find(({ code }) => code === 'window-not-gradable')?.message).toMatch(/withheld temperature is higher than 37.5/);
    expect(only(resources, { includePreliminary: true }).crs?.temperatureCelsius).toBe(38.6);
  });

  it.each(['registered', 'unknown'] as const)('withholds a %s temperature as well', (status) => {
    expect(only([temperature('a', at('08:00'), 37.5), temperature('b', at('09:00'), 38.6, 'Cel', { status }), ROOM_AIR]).window.missing).toEqual(['temperatureCelsius']);
  });

  it('checks nothing of a resource it does not read, not even its status', () => {
    const heartRate = { resourceType: 'Observation', id: 'hr', code: { coding: [{ system: LOINC, code: '8867-4' }] }, valueQuantity: { value: 'fast' } };
    const ondansetron = omit(administration('ond', at('09:00'), RXNORM, '26225', 'ondansetron'), 'status');
    const { result } = only([temperature('t', at('08:00'), 38), ROOM_AIR, heartRate, ondansetron]);
    expect(result.notes.map(({ code, resource }) => `${code} ${resource ?? ''}`)).toEqual(['not-read Observation/hr', 'medication-not-read MedicationAdministration/ond']);
  });

  it('refuses a missing or unknown status, naming the allowed ones', () => {
    const noStatus = omit(temperature('t', at('08:00'), 38), 'status');
    const missing = issueAt(refusal(() => read([noStatus])), '[0].status');
    expect(missing.code).toBe('required');
    expect(missing.allowed).toEqual(['final', 'amended', 'corrected', 'preliminary', 'registered', 'unknown', 'cancelled', 'entered-in-error']);
    const done = issueAt(refusal(() => read([administration('m', at('08:00'), RXNORM, '7512', undefined, 'done' as never)])), '[0].status');
    expect(done.code).toBe('expected-one-of');
    expect(done.message).toMatch(/"completed", "in-progress", "on-hold", "stopped", "unknown", "not-done", "entered-in-error"; received "done"/);
  });
});

describe('courseFromFhir: temperature', () => {
  it('converts °F (CODE-86) and reads the non-UCUM spelling degF with a note (CODE-93)', () => {
    const { crs, result } = only([temperature('t', at('08:00'), 100.4, 'degF'), ROOM_AIR]);
    expect(crs?.temperatureCelsius).toBe(38);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'non-ucum-unit', resource: 'Observation/t' }));
  });

  it('reads every site-specific temperature code (CODE-58)', () => {
    for (const code of ['8331-1', '8328-7', '8329-5', '8332-9', '8333-7', '8334-5', '60836-4', '60834-9']) {
      expect(only([temperature('t', at('08:00'), 38.5, 'Cel', { loinc: [code] }), ROOM_AIR]).crs?.temperatureCelsius).toBe(38.5);
    }
  });

  it('refuses a unit outside the table, naming the field and the allowed units', () => {
    const observation = { ...temperature('t', at('08:00'), 311), valueQuantity: { value: 311, system: UCUM, code: 'K' } };
    const issue = issueAt(refusal(() => read([observation])), '[0].valueQuantity.code');
    expect(issue).toMatchObject({ code: 'unknown-unit', allowed: ['Cel', '[degF]', 'degF'], resource: 'Observation/t' });
  });

  it('refuses a quantity in a system other than UCUM', () => {
    const observation = { ...temperature('t', at('08:00'), 38), valueQuantity: { value: 38, system: 'http://example.org/units', code: 'Cel' } };
    expect(issueAt(refusal(() => read([observation])), '[0].valueQuantity.system').allowed).toEqual([UCUM]);
  });

  it('reads a quantity without a code from its unit text, with a note', () => {
    const observation = { ...temperature('t', at('08:00'), 38), valueQuantity: { value: 101, unit: 'degF' } };
    const { crs, result } = only([observation, ROOM_AIR]);
    expect(crs?.temperatureCelsius).toBe(38.3333333333);
    expect(result.notes.map(({ code }) => code)).toEqual(['unit-from-display', 'non-ucum-unit']);
  });

  it.each([
    [46, 'Cel'],
    [24, 'Cel'],
    [114, '[degF]'],
  ] as const)('refuses an implausible %s %s, naming the range', (value, unit) => {
    const issue = issueAt(refusal(() => read([temperature('t', at('08:00'), value, unit)])), '[0].valueQuantity.value');
    expect(issue.code).toBe('implausible-value');
    expect(issue.message).toMatch(/outside the plausible range 25 to 45 °C/);
  });

  it('notes a temperature without a value, and refuses a value of another type', () => {
    const empty = omit(temperature('t', at('08:00'), 38), 'valueQuantity');
    const absent = { ...empty, dataAbsentReason: { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/data-absent-reason', code: 'asked-declined' }] } };
    expect(read([absent, ROOM_AIR], { incompleteWindows: 'leave-out' }).notes[0]).toMatchObject({ code: 'no-value', message: expect.stringContaining('data-absent reason') });
    expect(issueAt(refusal(() => read([{ ...empty, valueString: '38.5' }])), '[0].valueString').allowed).toEqual(['valueQuantity']);
  });

  it('refuses a resource it needs that has no time, or a time it cannot place', () => {
    const timeless = omit(temperature('t', at('08:00'), 38), 'effectiveDateTime');
    expect(issueAt(refusal(() => read([timeless])), '[0].effectiveDateTime').code).toBe('required');
    expect(issueAt(refusal(() => read([{ ...timeless, effectiveDateTime: '2026-03' }])), '[0].effectiveDateTime').code).toBe('expected-timestamp');
    expect(issueAt(refusal(() => read([{ ...timeless, effectivePeriod: { start: '2026-03-04', end: '2026-03-03' } }])), '[0].effectivePeriod.end').code).toBe('expected-timestamp');
    expect(issueAt(refusal(() => read([{ ...timeless, effectivePeriod: {} }])), '[0].effectivePeriod.start').code).toBe('required');
  });

  it('refuses a code that names two different measurements', () => {
    const both = { ...temperature('t', at('08:00'), 38), code: { coding: [{ system: LOINC, code: '8310-5' }, { system: LOINC, code: '3151-8' }] } };
    expect(issueAt(refusal(() => read([both])), '[0].code').code).toBe('ambiguous-code');
  });
});

describe('courseFromFhir: windows (DEC-48)', () => {
  it('uses the date as written in the resource, whatever its offset', () => {
    const late = temperature('late', '2026-03-03T23:30:00-05:00', 38.5);
    const { result, window } = only([late, { ...ROOM_AIR, effectiveDateTime: '2026-03-03T23:30:00-05:00' }]);
    expect(window.window).toBe('2026-03-03');
    expect(result.course.observations.map(({ at: time }) => time)).toEqual(['2026-03-03T23:30:00-05:00']);
    expect(gradeCourse(result.course).crs.episodes[0]?.onsetDay).toBe(1);
  });

  it('takes the worst finding of each day: the highest temperature', () => {
    expect(only([temperature('a', at('08:00'), 37.9), temperature('b', at('20:00'), 38.0), ROOM_AIR]).crs?.temperatureCelsius).toBe(38);
  });

  it('makes windows of a caller-set number of hours from the infusion, labelled in its offset', () => {
    const options = { infusionAt: '2026-03-03T06:00:00+01:00', window: { hours: 12 }, hypotension: { stated: { '2026-03-03T06:00:00+01:00': false, '2026-03-03T18:00:00+01:00': true } } };
    const resources = [temperature('a', at('07:00'), 38.1), flow('f1', at('07:00'), 0), temperature('b', at('19:00'), 38.9), flow('f2', at('19:00'), 0)];
    const { course, sources } = read(resources, options);
    expect(sources.windows.map(({ window }) => window)).toEqual(['2026-03-03T06:00:00+01:00', '2026-03-03T18:00:00+01:00']);
    expect(course.observations.map(({ at: time, crs }) => [time, crs?.temperatureCelsius, crs?.hypotension])).toEqual([
      [at('07:00'), 38.1, false],
      [at('19:00'), 38.9, true],
    ]);
    expect(gradeCourse(course).crs.observations.map(({ grading }) => grading.grade)).toEqual([1, 2]);
  });

  it('withholds, with a note, a reading whose time spans several windows', () => {
    const options = { infusionAt: '2026-03-03T06:00:00+01:00', window: { hours: 12 }, hypotension: { stated: { '2026-03-03T06:00:00+01:00': false } } };
    const dateOnly = { ...temperature('d', DAY, 39.5) };
    const { result, window } = only([temperature('a', at('07:00'), 38.1), flow('f1', at('07:00'), 0), dateOnly], options);
    expect(window.missing).toEqual(['temperatureCelsius']);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'window-uncertain', resource: 'Observation/d' }));
    const lower = { ...temperature('d', DAY, 37.5) };
    expect(only([temperature('a', at('07:00'), 38.1), flow('f1', at('07:00'), 0), lower], options).crs?.temperatureCelsius).toBe(38.1);
  });

  it('refuses caller-set windows counted from an infusion without a time of day, and lengths outside 1 to 24 hours', () => {
    expect(issueAt(refusal(() => read([], { window: { hours: 12 } })), 'options.infusionAt').code).toBe('expected-timestamp');
    for (const hours of [0, 25, 1.5, '6']) {
      const issue = issueAt(refusal(() => read([], { infusionAt: '2026-03-02T10:00:00Z', window: { hours } as never })), 'options.window.hours');
      expect(issue.allowed).toEqual(['calendar-day', '{ hours: 1 to 24 }']);
    }
    expect(issueAt(refusal(() => read([], { window: 'day' as never })), 'options.window').code).toBe('expected-one-of');
  });
});

describe('courseFromFhir: hypotension (DEC-51)', () => {
  const fever = [temperature('t', at('08:00'), 38.5), ROOM_AIR];

  it('is missing, never false, without a rule or a statement', () => {
    const { window, crs, result } = only([...fever, bloodPressure('bp', at('08:00'), 80, 40)], { hypotension: undefined });
    expect(crs).toBeUndefined();
    expect(window.missing).toEqual(['hypotension']);
    expect(window.hypotension).toEqual({ basis: null, resources: [] });
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'not-read', resource: 'Observation/bp', message: expect.stringMatching(/only under a hypotension rule/) }));
  });

  it.each([
    [89, true],
    [89.9, true],
    [90, false],
    [91, false],
  ])('under systolic-below-90, a systolic of %s mmHg is hypotension: %s', (systolic, hypotensive) => {
    const { crs, window } = only([...fever, bloodPressure('bp', at('08:00'), systolic, 50)], { hypotension: { rule: 'systolic-below-90' } });
    expect(crs?.hypotension).toBe(hypotensive);
    expect(window.hypotension).toEqual({ basis: 'systolic-below-90', resources: ['Observation/bp'] });
  });

  it('reads the FHIR specification-shaped blood pressure panel and a systolic observation of its own', () => {
    const panel = { ...SPEC_BLOOD_PRESSURE, ...OURS, effectiveDateTime: at('08:00') };
    expect(only([...fever, panel], { hypotension: { rule: 'systolic-below-90' } }).crs?.hypotension).toBe(false);
    const alone = { resourceType: 'Observation', id: 's', status: 'final', code: { coding: [{ system: LOINC, code: '8480-6' }] }, effectiveDateTime: at('09:00'), valueQuantity: { value: 85, system: UCUM, code: 'mm[Hg]' } };
    expect(only([...fever, panel, alone], { hypotension: { rule: 'systolic-below-90' } }).crs?.hypotension).toBe(true);
  });

  it('is missing under the rule when no systolic pressure was taken, or a withheld one is low', () => {
    expect(only(fever, { hypotension: { rule: 'systolic-below-90' } }).window.missing).toEqual(['hypotension']);
    const withheld = { ...bloodPressure('low', at('09:00'), 80, 40), status: 'preliminary' };
    expect(only([...fever, bloodPressure('bp', at('08:00'), 110, 70), withheld], { hypotension: { rule: 'systolic-below-90' } }).window.missing).toEqual(['hypotension']);
  });

  it('is missing under the rule when vasopressors are unknown: a vasopressor would mean hypotension', () => {
    const { window } = only([...fever, bloodPressure('bp', at('08:00'), 110, 70)], { hypotension: { rule: 'systolic-below-90' }, medicationAdministrationsComplete: false });
    expect(window.missing).toEqual(['hypotension', 'vasopressors']);
  });

  it('takes a window with a vasopressor as hypotensive, naming the vasopressor (DEC-09)', () => {
    const noradrenaline = administration('ne', at('09:00'), RXNORM, '7512');
    const { crs, window } = only([...fever, noradrenaline], { hypotension: undefined });
    expect(crs).toMatchObject({ hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] });
    expect(window.hypotension).toEqual({ basis: 'vasopressor', resources: ['MedicationAdministration/ne'] });
  });

  it('refuses a statement of no hypotension in a window with a vasopressor', () => {
    const issue = issueAt(refusal(() => read([...fever, administration('ne', at('09:00'), RXNORM, '7512')])), `options.hypotension.stated["${DAY}"]`);
    expect(issue.code).toBe('hypotension-contradicts-vasopressor');
  });

  it('lets a statement override the rule, and refuses a statement for a window without data', () => {
    const { crs, window } = only([...fever, bloodPressure('bp', at('08:00'), 80, 40)], { hypotension: { rule: 'systolic-below-90', stated: { [DAY]: false } } });
    expect(crs?.hypotension).toBe(false);
    expect(window.hypotension.basis).toBe('stated');
    const issue = issueAt(refusal(() => read([...fever, bloodPressure('bp', at('08:00'), 80, 40)], { hypotension: { rule: 'systolic-below-90', stated: { [DAY]: false, '2026-03-09': true } } })), 'options.hypotension.stated["2026-03-09"]');
    expect(issue.code).toBe('unknown-window');
    expect(issue.allowed).toEqual([DAY]);
  });

  it('refuses an unknown rule and statements that are not booleans or window times', () => {
    expect(issueAt(refusal(() => read([], { hypotension: { rule: 'map-below-65' as never } })), 'options.hypotension.rule').allowed).toEqual(['systolic-below-90']);
    expect(issueAt(refusal(() => read([], { hypotension: { stated: { [DAY]: 'yes' as never } } })), `options.hypotension.stated["${DAY}"]`).code).toBe('expected-type');
    expect(issueAt(refusal(() => read([], { hypotension: { stated: { monday: true } } })), 'options.hypotension.stated.monday').code).toBe('expected-timestamp');
    expect(issueAt(refusal(() => read([], { hypotension: { level: 1 } as never })), 'options.hypotension.level').code).toBe('expected-one-of');
    expect(issueAt(refusal(() => read([], { hypotension: true as never })), 'options.hypotension').code).toBe('expected-type');
    expect(issueAt(refusal(() => read([], { hypotension: { stated: [] as never } })), 'options.hypotension.stated').code).toBe('expected-type');
  });

  it('refuses an implausible systolic pressure', () => {
    expect(issueAt(refusal(() => read([bloodPressure('bp', at('08:00'), 900, 40)], { hypotension: { rule: 'systolic-below-90' } })), '[0].component[0].valueQuantity.value').code).toBe('implausible-value');
  });
});

describe('courseFromFhir: vasopressors and treatments (DEC-53)', () => {
  const fever = [temperature('t', at('08:00'), 38.5), ROOM_AIR];
  const options = { hypotension: { stated: {} } };

  it('leaves vasopressors missing unless the input is stated to hold every administration', () => {
    const { window, result } = only(fever, { medicationAdministrationsComplete: undefined });
    expect(window.missing).toEqual(['vasopressors']);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'administrations-not-complete' }));
  });

  it('matches RxNorm ingredients and ATC codes, and counts each agent once', () => {
    const { crs } = only([...fever, administration('a', at('09:00'), RXNORM, '7512'), administration('b', at('12:00'), ATC, 'C01CA03'), administration('c', at('12:00'), RXNORM, '11149')], options);
    expect(crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }, { agent: 'vasopressin' }]);
  });

  it('matches angiotensin II by ATC only: it has no RxCUI in the library', () => {
    expect(only([...fever, administration('a', at('09:00'), ATC, 'C01CX09')], options).crs?.vasopressors).toEqual([{ agent: 'angiotensin-ii' }]);
  });

  it('resolves a contained Medication (#id) and reads its single ingredient', () => {
    const contained = { ...SPEC_CONTAINED_MEDICATION_ADMINISTRATION, ...OURS, effectivePeriod: { start: at('02:00'), end: at('10:00') } };
    expect(only([...fever, contained], options).crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }]);
  });

  it('resolves a Medication of the Bundle by Type/id and by fullUrl', () => {
    const medication = { resourceType: 'Medication', id: 'ne', code: { coding: [{ system: RXNORM, code: '7512' }] } };
    const byId = { ...administration('a', at('09:00'), RXNORM, '0'), medicationCodeableConcept: undefined, medicationReference: { reference: 'Medication/ne' } };
    expect(only([...fever, medication, byId], options).crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }]);
    const bundle = bundleOf([...fever, medication, { ...byId, medicationReference: { reference: 'urn:uuid:00000000-0000-4000-8000-000000000002' } }] as never);
    expect(courseFromFhir(bundle, { ...BASE, ...options }).course.observations[0]?.crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }]);
  });

  it('refuses a medication reference it cannot resolve, or an administration without a medication', () => {
    const dangling = { ...administration('a', at('09:00'), RXNORM, '0'), medicationCodeableConcept: undefined, medicationReference: { reference: 'Medication/missing' } };
    expect(issueAt(refusal(() => read([dangling])), '[0].medicationReference.reference').code).toBe('unresolved-reference');
    const none = { ...dangling, medicationReference: undefined };
    expect(issueAt(refusal(() => read([none])), '[0].medicationCodeableConcept').code).toBe('required');
  });

  it("refuses Synthea's norepinephrine product code until the caller lists it, naming where", () => {
    const synthea = { ...SYNTHEA_NOREPINEPHRINE, ...OURS, effectiveDateTime: at('09:00') };
    const issue = issueAt(refusal(() => read([...fever, synthea], options)), '[0].medicationCodeableConcept'.replace('[0]', '[2]'));
    expect(issue.code).toBe('unmatched-medication');
    expect(issue.message).toMatch(/names norepinephrine.*242969.*options\.codes\.vasopressors\["norepinephrine"\]/);
    const codes = { vasopressors: { norepinephrine: [{ system: RXNORM, code: '242969' }] } };
    expect(only([...fever, synthea], { ...options, codes }).crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }]);
  });

  it('reads no ingredient of a combination (lidocaine with epinephrine), refuses it by its text, and accepts it once listed as unrelated', () => {
    const combination = {
      ...administration('lido', at('09:00'), RXNORM, '0'),
      medicationCodeableConcept: undefined,
      contained: [
        {
          resourceType: 'Medication',
          id: 'm',
          code: { text: 'lidocaine 1% with epinephrine' },
          ingredient: [{ itemCodeableConcept: { coding: [{ system: RXNORM, code: '6387' }] } }, { itemCodeableConcept: { coding: [{ system: RXNORM, code: '3992' }] } }],
        },
      ],
      medicationReference: { reference: '#m' },
    };
    expect(issueAt(refusal(() => read([...fever, combination], options)), '[2].medicationReference').code).toBe('unmatched-medication');
    const { crs, result } = only([...fever, { ...combination, contained: [{ ...combination.contained[0], code: { coding: [{ system: RXNORM, code: '1000' }], text: 'lidocaine with epinephrine' } }] }], {
      codes: { unrelatedMedications: [{ system: RXNORM, code: '1000' }] },
    });
    expect(crs?.vasopressors).toEqual([]);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'medication-not-read', resource: 'MedicationAdministration/lido' }));
  });

  it('notes an administration of a drug it does not grade with', () => {
    const { result } = only([...fever, administration('ondansetron', at('09:00'), RXNORM, '26225', 'ondansetron')], options);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'medication-not-read', resource: 'MedicationAdministration/ondansetron' }));
  });

  it('never uses a not-done administration, and withholds one of unknown status', () => {
    expect(only([...fever, administration('a', at('09:00'), RXNORM, '7512', undefined, 'not-done')]).crs?.vasopressors).toEqual([]);
    expect(only([...fever, administration('a', at('09:00'), RXNORM, '7512', undefined, 'unknown')]).window.missing).toEqual(['vasopressors']);
  });

  it('applies an administration over a period to every window it overlaps, but not to a day it ended at midnight', () => {
    const infusion = administration('ne', { start: '2026-03-03T20:00:00+01:00', end: '2026-03-05T00:00:00+01:00' }, RXNORM, '7512');
    const days = ['2026-03-03', '2026-03-04', '2026-03-05'].flatMap((date) => [temperature(`t${date}`, `${date}T08:00:00+01:00`, 38.5), flow(`f${date}`, `${date}T08:00:00+01:00`, 0)]);
    const { course } = read([...days, infusion], { hypotension: { stated: { '2026-03-05': false } } });
    expect(course.observations.map(({ crs }) => crs?.vasopressors.length)).toEqual([1, 1, 0]);
  });

  it('turns treatments into course treatments, in time order, with their sources', () => {
    const { result } = only([...fever, administration('dexa', at('12:00'), ATC, 'H02AB02'), administration('toci', at('09:00'), RXNORM, '612865')], options);
    expect(result.course.treatments).toEqual([
      { at: at('09:00'), treatment: 'tocilizumab' },
      { at: at('12:00'), treatment: 'dexamethasone' },
    ]);
    expect(result.sources.treatments).toEqual(['MedicationAdministration/toci', 'MedicationAdministration/dexa']);
  });

  it('leaves out the temperature of a later window below 38 °C when a withheld masking treatment could mask it', () => {
    const later = [temperature('t2', '2026-03-04T08:00:00+01:00', 37.2), flow('f2', '2026-03-04T08:00:00+01:00', 0)];
    const toci = administration('toci', at('09:00'), RXNORM, '612865', undefined, 'unknown');
    const result = read([...fever, ...later, toci], { hypotension: { stated: { [DAY]: false, '2026-03-04': true } }, incompleteWindows: 'leave-out' });
    expect(result.sources.windows.map(({ missing }) => missing)).toEqual([[], ['temperatureCelsius']]);
    expect(result.course.treatments).toBeUndefined();
    // A window with no finding beside fever is graded 0 masked or not: it keeps its temperature.
    const normal = read([...fever, ...later, toci], { hypotension: { stated: { [DAY]: false, '2026-03-04': false } } });
    expect(normal.course.observations[1]?.crs?.temperatureCelsius).toBe(37.2);
  });

  it('refuses a treatment over a period without a start', () => {
    expect(issueAt(refusal(() => read([administration('toci', { end: at('09:00') }, RXNORM, '612865')])), '[0].effectivePeriod.start').code).toBe('required');
  });
});

describe('courseFromFhir: oxygen (DEC-52)', () => {
  const fever = temperature('t', at('08:00'), 38.5);

  it('reads 0 L/min as room air, also as a component of an SpO2 observation', () => {
    expect(only([fever, saturation('s', at('08:00'), 97, 0)]).crs?.oxygen).toEqual({ device: 'room-air' });
  });

  it('reads the room-air codes of the vocabulary', () => {
    expect(only([fever, device('d', at('08:00'), LOINC, 'LA11849-9')]).crs?.oxygen).toEqual({ device: 'room-air' });
    expect(only([fever, device('d', at('08:00'), SNOMED, '722742002')]).crs?.oxygen).toEqual({ device: 'room-air' });
  });

  it.each([
    [6, 2],
    [6.1, 3],
  ])('pairs a cannula with the flow written at the same instant: %s L/min is grade %s', (litersPerMinute, grade) => {
    const { result, crs } = only([fever, device('d', at('08:00'), SNOMED, '336623009'), flow('f', at('08:00'), litersPerMinute)]);
    expect(crs?.oxygen).toEqual({ device: 'nasal-cannula', flowLitersPerMinute: litersPerMinute });
    expect(gradeCourse(result.course).crs.maxGrade).toBe(grade);
  });

  it('converts mL/min and a fraction of 1', () => {
    const milliliters = { ...flow('f', at('08:00'), 0), valueQuantity: { value: 6100, system: UCUM, code: 'ml/min' } };
    const fraction = { resourceType: 'Observation', id: 'fio2', status: 'final', code: { coding: [{ system: LOINC, code: '3150-0' }] }, effectiveDateTime: at('08:00'), valueQuantity: { value: 0.4, system: UCUM, code: '1' } };
    expect(only([fever, device('d', at('08:00'), SNOMED, '426854004'), milliliters, fraction]).crs?.oxygen).toEqual({
      device: 'high-flow-nasal-cannula',
      flowLitersPerMinute: 6.1,
      inspiredOxygenFractionPercent: 40,
    });
  });

  it('leaves the support missing for a cannula without its flow, and for a flow without a device', () => {
    const cannula = only([fever, device('d', at('08:00'), SNOMED, '336623009')]);
    expect(cannula.window.missing).toEqual(['oxygen']);
    expect(cannula.result.notes).toContainEqual(expect.objectContaining({ code: 'oxygen-unpaired', resource: 'Observation/d' }));
    expect(only([fever, flow('f', at('08:00'), 4)]).window.missing).toEqual(['oxygen']);
    expect(only([fever, { ...SPEC_OXYGEN_SATURATION, ...OURS, effectiveDateTime: at('08:00') }]).window.missing).toEqual(['oxygen']);
  });

  it('leaves it missing when readings of one instant contradict each other', () => {
    const { window, result } = only([fever, device('d', at('08:00'), LOINC, 'LA11849-9'), flow('f', at('08:00'), 3)]);
    expect(window.missing).toEqual(['oxygen']);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'oxygen-conflict' }));
  });

  it('lets a certain grade 4 stand over a reading of unknown device, which cannot be higher', () => {
    expect(only([fever, device('cpap', at('08:00'), SNOMED, '47545007'), flow('f', at('10:00'), 4)]).crs?.oxygen).toEqual({ device: 'cpap' });
  });

  it('notes a device code outside the vocabulary, and reads it once the caller lists it', () => {
    const partial = device('d', at('08:00'), SNOMED, '425926003');
    const unknown = only([fever, partial]);
    expect(unknown.window.missing).toEqual(['oxygen']);
    expect(unknown.result.notes).toContainEqual(expect.objectContaining({ code: 'unknown-device-code', message: expect.stringContaining('425926003') }));
    expect(only([fever, partial], { codes: { oxygenDevices: { 'non-rebreather-mask': [{ system: SNOMED, code: '425926003' }] } } }).crs?.oxygen).toEqual({ device: 'non-rebreather-mask' });
  });

  it('reads a device observation without a coded value as an unknown device', () => {
    const uncoded = omit(device('d', at('08:00'), SNOMED, '336623009'), 'valueCodeableConcept');
    expect(only([fever, flow('f', at('09:00'), 0), { ...uncoded, valueString: 'nasal prongs' }]).window.missing).toEqual(['oxygen']);
  });

  it('reads a Procedure by its used device, pairing flows measured while it certainly ran', () => {
    const procedure = oxygenProcedure('hfnc', { start: at('06:00'), end: at('12:00') }, '426854004');
    expect(only([fever, procedure, flow('f', at('10:00'), 40)]).crs?.oxygen).toEqual({ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 40 });
    expect(only([fever, flow('room', at('05:00'), 0), procedure]).window.missing).toEqual(['oxygen']);
    // Without an end, whether it still ran at 10:00 is unknown: the flow names no device (review d5).
    const open = oxygenProcedure('hfnc', { start: at('06:00') }, '426854004');
    expect(only([fever, open, flow('f', at('10:00'), 40)]).window.missing).toEqual(['oxygen']);
    expect(only([fever, open, flow('f', at('06:00'), 40)]).crs?.oxygen).toEqual({ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 40 });
  });

  it("reads Synthea's mechanical ventilation procedure by its code", () => {
    const ventilation = { ...SYNTHEA_VENTILATION, ...OURS, performedPeriod: { start: at('01:00'), end: '2026-03-04T10:00:00+01:00' } };
    const { crs, result } = only([fever, ventilation, flow('f', at('08:00'), 0)]);
    expect(crs?.oxygen).toEqual({ device: 'mechanical-ventilation' });
    expect(gradeCourse(result.course).crs.maxGrade).toBe(4);
  });

  it('notes a procedure that names no oxygen device', () => {
    const infusion = { resourceType: 'Procedure', id: 'car-t', status: 'completed', code: { coding: [{ system: SNOMED, code: '1156961008' }] }, performedDateTime: at('10:00') };
    expect(only([fever, ROOM_AIR, infusion]).result.notes).toContainEqual(expect.objectContaining({ code: 'not-read', resource: 'Procedure/car-t' }));
  });

  it('keeps the concentration out when a withheld reading could be higher', () => {
    const mask = device('mask', at('08:00'), SNOMED, '427591007');
    const fraction = (id: string, time: string, value: number, status = 'final') => ({
      resourceType: 'Observation', id, status, code: { coding: [{ system: LOINC, code: '3150-0' }] }, effectiveDateTime: at(time), valueQuantity: { value, system: UCUM, code: '%' },
    });
    expect(only([fever, mask, fraction('a', '08:00', 35)]).crs?.oxygen).toEqual({ device: 'non-rebreather-mask', inspiredOxygenFractionPercent: 35 });
    const withMaskLater = [fever, mask, fraction('a', '08:00', 35), device('mask2', at('12:00'), SNOMED, '427591007'), fraction('b', '12:00', 60, 'preliminary')];
    expect(only(withMaskLater).crs?.oxygen).toEqual({ device: 'non-rebreather-mask' });
  });
});

describe('courseFromFhir: options', () => {
  it('refuses unknown options, a missing infusion time, and options that are not an object', () => {
    expect(issueAt(refusal(() => read([], { infusionDate: 'x' } as never)), 'options.infusionDate').allowed).toContain('infusionAt');
    expect(issueAt(refusal(() => read([], { infusionAt: undefined as never })), 'options.infusionAt').code).toBe('required');
    expect(issueAt(refusal(() => read([], { infusionAt: '02/03/2026' })), 'options.infusionAt').code).toBe('expected-timestamp');
    expect(issueAt(refusal(() => courseFromFhir([], undefined as never)), 'options').code).toBe('required');
    expect(issueAt(refusal(() => read([], { includePreliminary: 'yes' as never })), 'options.includePreliminary').allowed).toEqual(['true', 'false']);
  });

  it('refuses malformed caller codes, naming the allowed keys', () => {
    expect(issueAt(refusal(() => read([], { codes: { vasopressors: { levophed: [] } } as never })), 'options.codes.vasopressors.levophed').allowed).toContain('norepinephrine');
    expect(issueAt(refusal(() => read([], { codes: { vasopressors: { norepinephrine: [{ system: RXNORM }] } } as never })), 'options.codes.vasopressors.norepinephrine[0]').code).toBe('expected-type');
    expect(issueAt(refusal(() => read([], { codes: { devices: {} } as never })), 'options.codes.devices').code).toBe('expected-one-of');
    expect(issueAt(refusal(() => read([], { codes: 'all' as never })), 'options.codes').code).toBe('expected-type');
    expect(issueAt(refusal(() => read([], { codes: { vasopressors: [] } as never })), 'options.codes.vasopressors').code).toBe('expected-type');
    expect(issueAt(refusal(() => read([], { codes: { treatments: { oxygen: [] } } })), 'options.codes.treatments.oxygen').allowed).not.toContain('oxygen');
    expect(issueAt(refusal(() => read([], { codes: { unrelatedMedications: {} } as never })), 'options.codes.unrelatedMedications').code).toBe('expected-type');
  });

  it('refuses a caller code that already names something else', () => {
    const issue = issueAt(refusal(() => read([], { codes: { vasopressors: { epinephrine: [{ system: RXNORM, code: '7512' }] } } })), 'options.codes.vasopressors.epinephrine[0]');
    expect(issue.code).toBe('ambiguous-code');
    expect(issue.message).toMatch(/already names norepinephrine/);
  });

  it('refuses administrations whose codes name two drugs', () => {
    const both = { ...administration('x', at('08:00'), RXNORM, '7512'), medicationCodeableConcept: { coding: [{ system: RXNORM, code: '7512' }, { system: RXNORM, code: '612865' }] } };
    expect(issueAt(refusal(() => read([both])), '[0].medication').code).toBe('ambiguous-code');
  });

  it('lists at most 100 issues and counts the rest', () => {
    const error = refusal(() => read(Array.from({ length: 150 }, (_, index) => ({ ...temperature(`o${index}`, at('08:00'), 38), valueQuantity: { value: 38, code: 'K' } }))));
    expect(error.issues).toHaveLength(100);
    expect(error.issueCount).toBe(150);
    expect(error.message).toMatch(/… and 50 more/);
  });
});

describe('courseFromFhir: edge cases of time and values', () => {
  const fever = (id: string, time: string) => [temperature(`${id}t`, time, 38.5), flow(`${id}f`, time, 0)];

  it('labels caller-set windows in UTC for an infusion in Z, and without an offset for one without', () => {
    // 01:30Z is 3.5 h after the infusion: window 0, which starts at the infusion.
    const utc = read(fever('a', '2026-03-03T01:30:00Z'), { infusionAt: '2026-03-02T22:00:00Z', window: { hours: 6 }, hypotension: { stated: { '2026-03-02T22:00:00Z': false } } });
    expect(utc.sources.windows.map(({ window }) => window)).toEqual(['2026-03-02T22:00:00Z']);
    expect(utc.course.observations.map(({ at: time }) => time)).toEqual(['2026-03-03T01:30:00Z']);
    // The reading's time is written in the infusion's offset (here none), so that the course orders windows as the reader does.
    const local = read(fever('a', '2026-03-03T01:30:00Z'), { infusionAt: '2026-03-02T22:00:30', window: { hours: 24 }, hypotension: { stated: { '2026-03-02T22:00:30': false } } });
    expect(local.sources.windows.map(({ window }) => window)).toEqual(['2026-03-02T22:00:30']);
    expect(local.course.observations.map(({ at: time }) => time)).toEqual(['2026-03-03T01:30:00']);
    const plus = read(fever('a', '2026-03-03T01:30:00Z'), { infusionAt: '2026-03-02T22:00:00+01:00', window: { hours: 24 }, hypotension: { stated: { '2026-03-02T22:00:00+01:00': false } } });
    expect(plus.course.observations.map(({ at: time }) => time)).toEqual(['2026-03-03T02:30:00+01:00']);
  });

  it('places readings before the infusion in windows with negative keys', () => {
    // 26 h before the infusion: window −3 of 12 h, which starts 36 h before it.
    const { course, sources } = read(fever('a', '2026-03-01T08:00:00+01:00'), { infusionAt: '2026-03-02T10:00:00+01:00', window: { hours: 12 }, hypotension: { stated: { '2026-02-28T22:00:00+01:00': false } } });
    expect(sources.windows.map(({ window }) => window)).toEqual(['2026-02-28T22:00:00+01:00']);
    expect(course.observations.map(({ at: time }) => time)).toEqual(['2026-03-01T08:00:00+01:00']);
    expect(gradeCourse(course).crs.episodes[0]?.onsetDay).toBe(-1);
  });

  it('counts an open period (a running infusion) only in the window of its start, in windows of hours too (DEC-48)', () => {
    const running = administration('ne', { start: '2026-03-03T09:00:00+01:00' }, RXNORM, '7512');
    const resources = [...fever('a', '2026-03-03T08:00:00+01:00'), ...fever('b', '2026-03-03T20:00:00+01:00'), running];
    const result = read(resources, { infusionAt: '2026-03-02T20:00:00+01:00', window: { hours: 12 }, hypotension: undefined, incompleteWindows: 'leave-out' });
    expect(result.sources.windows.map(({ known, missing }) => [known.vasopressors, missing])).toEqual([
      [[{ agent: 'norepinephrine' }], []],
      [undefined, ['hypotension', 'vasopressors']],
    ]);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'period-open', resource: 'MedicationAdministration/ne', message: expect.stringMatching(/no end.*2026-03-03T08:00:00\+01:00/) }));
  });

  it('refuses a quantity that is not an object, and a value that is not a number', () => {
    expect(issueAt(refusal(() => read([{ ...temperature('t', at('08:00'), 38), valueQuantity: 38 }])), '[0].valueQuantity').code).toBe('expected-type');
    expect(issueAt(refusal(() => read([{ ...temperature('t', at('08:00'), 38), valueQuantity: { value: '38', system: UCUM, code: 'Cel' } }])), '[0].valueQuantity.value').code).toBe('expected-type');
  });

  it('refuses an effective period that is not an object', () => {
    const timeless = omit(temperature('t', at('08:00'), 38), 'effectiveDateTime');
    expect(issueAt(refusal(() => read([{ ...timeless, effectivePeriod: '2026-03-03' }])), '[0].effectivePeriod').code).toBe('expected-type');
  });

  it('pairs a flow with a procedure charted at the same instant, and refuses a procedure whose used items name two devices', () => {
    const point = { ...oxygenProcedure('p', { start: at('08:00') }, '336623009'), performedPeriod: undefined, performedDateTime: at('08:00') };
    expect(only([temperature('t', at('08:00'), 38.5), point, flow('f', at('08:00'), 3)]).crs?.oxygen).toEqual({ device: 'nasal-cannula', flowLitersPerMinute: 3 });
    const both = { ...oxygenProcedure('p', { start: at('08:00') }, '336623009'), usedCode: [{ coding: [{ system: SNOMED, code: '336623009' }, { system: SNOMED, code: '47545007' }] }] };
    expect(issueAt(refusal(() => read([both])), '[0].usedCode[0]').code).toBe('ambiguous-code');
  });

  it('withholds a procedure of unknown status, and never uses one in preparation', () => {
    const unknown = oxygenProcedure('p', { start: at('06:00') }, '47545007', '371907003', 'unknown');
    expect(only([temperature('t', at('08:00'), 38.5), flow('f', at('08:00'), 0), unknown]).window.missing).toEqual(['oxygen']);
    const planned = oxygenProcedure('p', { start: at('06:00') }, '47545007', '371907003', 'preparation');
    expect(only([temperature('t', at('08:00'), 38.5), flow('f', at('08:00'), 0), planned]).crs?.oxygen).toEqual({ device: 'room-air' });
  });

  it('refuses a device observation whose codes name two devices', () => {
    const both = { ...device('d', at('08:00'), SNOMED, '336623009'), valueCodeableConcept: { coding: [{ system: SNOMED, code: '336623009' }, { system: SNOMED, code: '427591007' }] } };
    expect(issueAt(refusal(() => read([both])), '[0].valueCodeableConcept').code).toBe('ambiguous-code');
  });
});
