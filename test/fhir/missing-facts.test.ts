// Facts the data does not state are never read as normal or assumed: an incomplete window is
// refused (or left out on request, visibly), an open period counts only where its bound is, several
// vasopressors count only when they ran together, and a value under a comparator or a modifier
// extension counts only where it cannot change the worst finding.
import { describe, expect, it } from 'vitest';
import { gradeCourse } from '../../src/course/grade-course.js';
import { type CourseFromFhirOptions, courseFromFhir } from '../../src/fhir/course-from-fhir.js';
import { ATC, LOINC, RXNORM, SNOMED, UCUM, administration, bloodPressure, bundleOf, device, flow, oxygenProcedure, temperature } from './fixtures.js';
import { issueAt, refusal } from './helpers.js';

const NOREPINEPHRINE = '7512';
const EPINEPHRINE = '3992';
const VASOPRESSIN = '11149';
const TOCILIZUMAB = '612865';
const BASE: CourseFromFhirOptions = { infusionAt: '2026-03-02', medicationAdministrationsComplete: true };
const LEAVE_OUT = { incompleteWindows: 'leave-out' } as const;
const day = (date: string, celsius = 38.5, time = '08:00') => [temperature(`t${date}`, `${date}T${time}:00Z`, celsius), flow(`f${date}`, `${date}T${time}:00Z`, 0)];

function read(resources: readonly object[], options: Partial<CourseFromFhirOptions> = {}) {
  return courseFromFhir(resources as never, { ...BASE, ...options });
}

describe('incomplete windows are refused by default (DEC-54)', () => {
  // Review p1: day 1 has fever but no oxygen reading; day 2 is afebrile on norepinephrine after tocilizumab.
  const p1 = [
    temperature('t1', '2026-03-03T08:00:00Z', 39.5),
    administration('toci', '2026-03-03T14:00:00Z', RXNORM, TOCILIZUMAB),
    temperature('t2', '2026-03-04T08:00:00Z', 37),
    flow('f2', '2026-03-04T08:00:00Z', 0),
    administration('ne', '2026-03-04T09:00:00Z', RXNORM, NOREPINEPHRINE),
  ];
  const stated = { hypotension: { stated: { '2026-03-03': false } } };

  it('refuses a course that would silently lose a day of fever, naming the window, what it misses and what is known', () => {
    const error = refusal(() => read(p1, stated));
    // The next day is refused too: whether tocilizumab masks its fever depends on the day left out.
    expect(error.issues.map(({ code, pathText }) => [code, pathText])).toEqual([
      ['incomplete-window', '[0]'],
      ['incomplete-window', '[2]'],
    ]);
    expect(issueAt(error, '[2]').message).toMatch(/misses temperatureCelsius: 2026-03-03, which is not in the course, decides whether tocilizumab \(MedicationAdministration\/toci\) came in an open episode/);
    const issue = issueAt(error, '[0]');
    expect(issue).toMatchObject({ code: 'incomplete-window', resource: 'Observation/t1', allowed: [] });
    expect(issue.message).toMatch(/^window 2026-03-03 \(at 2026-03-03T08:00:00Z\) misses oxygen: no oxygen support stated; known: temperature 39.5 °C \(fever\), hypotension no, vasopressors none\./);
    expect(issue.message).toMatch(/incompleteWindows: "leave-out"/);
    expect(error.incompleteWindows).toHaveLength(2);
    expect(error.incompleteWindows[0]).toMatchObject({
      window: '2026-03-03',
      observation: null,
      missing: ['oxygen'],
      known: { temperatureCelsius: 39.5, hypotension: false, vasopressors: [] },
    });
  });

  it('leaves it out on request, and says the course is not complete; a later window whose masking depends on it goes too', () => {
    const result = read(p1, { ...stated, ...LEAVE_OUT });
    expect(result.complete).toBe(false);
    // Graded without the fever of day 1, day 2 would be "no CRS"; it is left out instead.
    expect(result.course.observations).toEqual([]);
    expect(result.notes.filter(({ code }) => code === 'window-not-gradable').map(({ window }) => window)).toEqual(['2026-03-03', '2026-03-04']);
    // Without the tocilizumab, day 2 does not depend on day 1, and is graded: no fever, no CRS.
    const untreated = read(p1.filter(({ id }) => id !== 'toci'), { ...stated, ...LEAVE_OUT });
    expect(untreated.course.observations.map(({ at }) => at)).toEqual(['2026-03-04T09:00:00Z']);
    expect(gradeCourse(untreated.course).crs.maxGrade).toBe(0);
  });

  it('grades it once the missing fact is given, and is then complete', () => {
    const result = read([...p1, flow('f1', '2026-03-03T08:00:00Z', 0)], stated);
    expect(result.complete).toBe(true);
    const grading = gradeCourse(result.course);
    expect(grading.crs.observations.map(({ grading: { grade } }) => grade)).toEqual([1, 3]);
  });

  it('names what is certain of a missing fact: the highest temperature certainly reached, the vasopressors certainly given', () => {
    const resources = [
      temperature('final', '2026-03-03T08:00:00Z', 38.4),
      temperature('pre', '2026-03-03T09:00:00Z', 39.6, 'Cel', { status: 'preliminary' }),
      flow('f', '2026-03-03T08:00:00Z', 0),
      administration('ne', '2026-03-03T10:00:00Z', RXNORM, NOREPINEPHRINE),
      administration('epi', '2026-03-03T16:00:00Z', RXNORM, EPINEPHRINE),
    ];
    const issue = refusal(() => read(resources)).issues[0]!;
    expect(issue.message).toMatch(/misses temperatureCelsius: a withheld temperature is higher than 38.4 °C; vasopressors: whether norepinephrine, epinephrine ran at the same time cannot be told/);
    expect(issue.message).toMatch(/known: temperature at least 38.4 °C \(fever\), hypotension yes, vasopressors given: norepinephrine, epinephrine, oxygen room-air/);
  });

  it('lists every incomplete window, and counts them past 100', () => {
    const days = Array.from({ length: 120 }, (_, index) => new Date(Date.UTC(2026, 2, 3 + index)).toISOString().slice(0, 10));
    const error = refusal(() => read(days.map((date) => temperature(`t${date}`, `${date}T08:00:00Z`, 37))));
    expect(error.issues).toHaveLength(100);
    expect(error.issueCount).toBe(120);
    expect(error.incompleteWindows).toHaveLength(120);
  });

  it('refuses an unknown choice, naming the allowed ones', () => {
    const issue = issueAt(refusal(() => read([], { incompleteWindows: 'drop' as never })), 'options.incompleteWindows');
    expect(issue).toMatchObject({ code: 'expected-one-of', allowed: ['refuse', 'leave-out'] });
    expect(read([], { incompleteWindows: 'refuse' }).complete).toBe(true);
  });
});

describe('an open period is certain only in the window of its known bound (DEC-48)', () => {
  it('review p2: norepinephrine without an end counts on its start day only; later days miss vasopressors', () => {
    const resources = [...day('2026-03-03', 39), ...day('2026-03-04', 38.3), ...day('2026-03-05', 38.3), administration('ne', { start: '2026-03-03T10:00:00Z' }, RXNORM, NOREPINEPHRINE)];
    const error = refusal(() => read(resources));
    expect(error.incompleteWindows.map(({ window, missing }) => [window, missing])).toEqual([
      ['2026-03-04', ['hypotension', 'vasopressors']],
      ['2026-03-05', ['hypotension', 'vasopressors']],
    ]);
    expect(error.issues[0]?.message).toMatch(/vasopressors: a withheld administration of norepinephrine/);
    const result = read(resources, LEAVE_OUT);
    expect(result.course.observations.map(({ at, crs }) => [at, crs?.vasopressors])).toEqual([['2026-03-03T08:00:00Z', [{ agent: 'norepinephrine' }]]]);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'period-open', resource: 'MedicationAdministration/ne', message: expect.stringMatching(/no end: it counts only in the window of its start \(2026-03-03\)/) }),
    );
  });

  it('review p3: norepinephrine without a start counts on its end day only; earlier days miss vasopressors', () => {
    const resources = [...day('2026-03-03'), ...day('2026-03-04'), ...day('2026-03-05'), administration('ne', { end: '2026-03-05T10:00:00Z' }, RXNORM, NOREPINEPHRINE)];
    const result = read(resources, LEAVE_OUT);
    expect(result.sources.windows.map(({ window, missing }) => [window, missing])).toEqual([
      ['2026-03-03', ['hypotension', 'vasopressors']],
      ['2026-03-04', ['hypotension', 'vasopressors']],
      ['2026-03-05', []],
    ]);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'period-open', message: expect.stringMatching(/no start: it counts only in the window of its end \(2026-03-05\)/) }));
  });

  it.each([
    ['no end', { start: '2026-03-03T23:59:00Z' }, ['vasopressors']],
    ['an end a minute into the next day', { start: '2026-03-03T23:59:00Z', end: '2026-03-04T00:01:00Z' }, []],
  ] as const)('a period starting at 23:59 with %s: the next day misses %j', (_, period, missing) => {
    const resources = [...day('2026-03-03'), ...day('2026-03-04'), administration('ne', period, RXNORM, NOREPINEPHRINE)];
    const result = read(resources, { hypotension: { stated: { '2026-03-04': true } }, ...LEAVE_OUT });
    expect(result.sources.windows[1]?.missing).toEqual(missing);
  });

  it('an oxygen procedure without an end: certain at its start, unknown later, and so are flows paired with it later', () => {
    const highFlow = oxygenProcedure('hfnc', { start: '2026-03-03T06:00:00Z' }, '426854004');
    const resources = [...day('2026-03-03').slice(0, 1), flow('f1', '2026-03-03T06:00:00Z', 40), ...day('2026-03-04').slice(0, 1), flow('f2', '2026-03-04T10:00:00Z', 40), highFlow];
    const result = read(resources, { hypotension: { stated: { '2026-03-03': false, '2026-03-04': false } }, ...LEAVE_OUT });
    expect(result.sources.windows.map(({ known, missing }) => [known.oxygen, missing])).toEqual([
      [{ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 40 }, []],
      [undefined, ['oxygen']],
    ]);
    // A certain reading of the later day at least as high stands.
    const later = [...resources, device('cpap', '2026-03-04T12:00:00Z', SNOMED, '47545007')];
    expect(read(later, { hypotension: { stated: { '2026-03-03': false, '2026-03-04': false } } }).course.observations[1]?.crs?.oxygen).toEqual({ device: 'cpap' });
  });
});

describe('several vasopressors count only when they ran at the same time (DEC-53)', () => {
  const fever = [...day('2026-03-03', 39.2, '20:00'), ...day('2026-03-04', 38.6)];

  it('review p8: norepinephrine until 00:30 and epinephrine from 20:00 never ran together: one vasopressor, grade 3', () => {
    const resources = [
      ...fever,
      administration('ne', { start: '2026-03-03T12:00:00Z', end: '2026-03-04T00:30:00Z' }, RXNORM, NOREPINEPHRINE),
      administration('epi', { start: '2026-03-04T20:00:00Z', end: '2026-03-04T23:00:00Z' }, RXNORM, EPINEPHRINE),
    ];
    const result = read(resources);
    expect(result.course.observations[1]?.crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }]);
    expect(result.sources.windows[1]?.vasopressors).toEqual(['MedicationAdministration/ne', 'MedicationAdministration/epi']);
    expect(gradeCourse(result.course).crs.maxGrade).toBe(3);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'vasopressors-not-together', window: '2026-03-04', message: expect.stringMatching(/never at the same time: it counts norepinephrine/) }));
  });

  // Periods are closed at their start and open at their end.
  it.each([
    ['overlap by a minute', '20:01', 4],
    ['meet end to start', '20:00', 3],
    ['are a minute apart', '19:59', 3],
  ] as const)('two periods that %s are grade %s', (_, end, grade) => {
    const resources = [
      ...day('2026-03-03'),
      administration('ne', { start: '2026-03-03T10:00:00Z', end: `2026-03-03T${end}:00Z` }, RXNORM, NOREPINEPHRINE),
      administration('epi', { start: '2026-03-03T20:00:00Z', end: '2026-03-03T23:00:00Z' }, RXNORM, EPINEPHRINE),
    ];
    expect(gradeCourse(read(resources).course).crs.maxGrade).toBe(grade);
  });

  it.each([
    ['an instant inside the other period', '2026-03-03T12:00:00Z', { start: '2026-03-03T10:00:00Z', end: '2026-03-03T14:00:00Z' }, 4],
    ['an instant at the start of the other period', '2026-03-03T10:00:00Z', { start: '2026-03-03T10:00:00Z', end: '2026-03-03T14:00:00Z' }, 4],
    ['the same instant', '2026-03-03T12:00:00Z', '2026-03-03T12:00:00Z', 4],
  ] as const)('two agents at %s ran together: grade %s', (_, first, second, grade) => {
    const resources = [...day('2026-03-03'), administration('ne', first, RXNORM, NOREPINEPHRINE), administration('epi', second, RXNORM, EPINEPHRINE)];
    expect(gradeCourse(read(resources).course).crs.maxGrade).toBe(grade);
  });

  it.each([
    ['two instants an hour apart', '2026-03-03T12:00:00Z', '2026-03-03T13:00:00Z'],
    ['an instant before the other period began (it may have been an infusion still running)', '2026-03-03T09:00:00Z', { start: '2026-03-03T10:00:00Z', end: '2026-03-03T14:00:00Z' }],
    ['a period without an end, and a period after its start', { start: '2026-03-03T08:00:00Z' }, { start: '2026-03-03T20:00:00Z', end: '2026-03-03T21:00:00Z' }],
    ['a period without a start, and an instant before its end', { end: '2026-03-03T22:00:00Z' }, '2026-03-03T01:00:00Z'],
    ['two dates without a time of day', '2026-03-03', '2026-03-03'],
  ] as const)('two agents at %s may or may not have run together: vasopressors are missing', (_, first, second) => {
    const resources = [...day('2026-03-03'), administration('ne', first, RXNORM, NOREPINEPHRINE), administration('epi', second, RXNORM, EPINEPHRINE)];
    const result = read(resources, LEAVE_OUT);
    expect(result.sources.windows[0]?.missing).toEqual(['vasopressors']);
    expect(result.notes.find(({ code }) => code === 'window-not-gradable')?.message).toMatch(/whether norepinephrine, epinephrine ran at the same time cannot be told/);
    // Hypotension stays certain: a vasopressor was given.
    expect(result.sources.windows[0]?.known.hypotension).toBe(true);
  });

  it('prefers the set with the most agents other than vasopressin (ASTCT-CRS-02)', () => {
    const resources = [
      ...day('2026-03-03'),
      administration('ne', { start: '2026-03-03T08:00:00Z', end: '2026-03-03T18:00:00Z' }, RXNORM, NOREPINEPHRINE),
      administration('avp', { start: '2026-03-03T08:00:00Z', end: '2026-03-03T10:00:00Z' }, RXNORM, VASOPRESSIN),
      administration('epi', { start: '2026-03-03T14:00:00Z', end: '2026-03-03T16:00:00Z' }, ATC, 'C01CA24'),
    ];
    const result = read(resources);
    expect(result.course.observations[0]?.crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }, { agent: 'epinephrine' }]);
    expect(gradeCourse(result.course).crs.maxGrade).toBe(4);
  });

  it('counts norepinephrine with vasopressin as both, and ASTCT grades them 3', () => {
    const resources = [
      ...day('2026-03-03'),
      administration('ne', { start: '2026-03-03T08:00:00Z', end: '2026-03-03T18:00:00Z' }, RXNORM, NOREPINEPHRINE),
      administration('avp', { start: '2026-03-03T09:00:00Z', end: '2026-03-03T10:00:00Z' }, RXNORM, VASOPRESSIN),
    ];
    const result = read(resources);
    expect(result.course.observations[0]?.crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }, { agent: 'vasopressin' }]);
    expect(gradeCourse(result.course).crs.maxGrade).toBe(3);
  });

  it.each([
    ['an instant at the end of the other period (periods end before their end time)', '2026-03-03T14:00:00Z', { start: '2026-03-03T10:00:00Z', end: '2026-03-03T14:00:00Z' }],
    ['an instant after the other period ended', '2026-03-03T15:00:00Z', { start: '2026-03-03T10:00:00Z', end: '2026-03-03T14:00:00Z' }],
  ] as const)('two agents at %s never ran together: one vasopressor, grade 3', (_, first, second) => {
    const resources = [...day('2026-03-03'), administration('ne', first, RXNORM, NOREPINEPHRINE), administration('epi', second, RXNORM, EPINEPHRINE)];
    const result = read(resources);
    expect(result.course.observations[0]?.crs?.vasopressors).toHaveLength(1);
    expect(gradeCourse(result.course).crs.maxGrade).toBe(3);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'vasopressors-not-together' }));
  });

  it('counts one agent given many times once, whatever its times', () => {
    const resources = [...day('2026-03-03'), administration('a', '2026-03-03T08:00:00Z', RXNORM, NOREPINEPHRINE), administration('b', '2026-03-03T20:00:00Z', ATC, 'C01CA03')];
    expect(read(resources).course.observations[0]?.crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }]);
  });
});

describe('values under a comparator or a modifier extension (DEC-49)', () => {
  const comparator = <T extends { valueQuantity?: object }>(resource: T, sign: string): T => ({ ...resource, valueQuantity: { ...resource.valueQuantity, comparator: sign } });
  const stated = { hypotension: { stated: { '2026-03-03': false } } };
  const AT = '2026-03-03T20:00:00Z';

  it('review p9: a temperature recorded as "<38" is not 38 °C: the temperature is unknown, with a note', () => {
    const result = read([comparator(temperature('t', AT, 38), '<'), flow('f', AT, 0)], { ...stated, ...LEAVE_OUT });
    expect(result.sources.windows[0]?.missing).toEqual(['temperatureCelsius']);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'quantity-comparator', resource: 'Observation/t', message: expect.stringMatching(/body temperature recorded as < 38 °C/) }));
  });

  it.each([
    ['<', 38, 38.5, 38.5],
    ['<=', 38.5, 38.5, 38.5],
    ['<', 38.6, 38.5, undefined],
    ['>', 37, 38.5, undefined],
    ['>=', 36, 38.5, undefined],
  ] as const)('a temperature "%s%s" beside a final %s °C: the window temperature is %s', (sign, value, final, expected) => {
    const result = read([comparator(temperature('c', AT, value), sign), temperature('t', '2026-03-03T08:00:00Z', final), flow('f', AT, 0)], { ...stated, ...LEAVE_OUT });
    expect(result.sources.windows[0]?.known.temperatureCelsius).toBe(expected);
  });

  it.each([
    ['>', 85, undefined],
    ['>=', 90, false],
    ['>', 89.5, undefined],
    ['<', 85, undefined],
  ] as const)('review p9: under systolic-below-90, a systolic "%s%s" beside a final 120: hypotension is %s', (sign, value, expected) => {
    const systolic = { resourceType: 'Observation', id: 's', status: 'final', code: { coding: [{ system: LOINC, code: '8480-6' }] }, effectiveDateTime: AT, valueQuantity: { value, system: UCUM, code: 'mm[Hg]', comparator: sign } };
    const result = read([temperature('t', AT, 38.5), flow('f', AT, 0), systolic, bloodPressure('bp', AT, 120, 80)], { hypotension: { rule: 'systolic-below-90' }, ...LEAVE_OUT });
    expect(result.sources.windows[0]?.known.hypotension).toBe(expected);
  });

  it('a flow recorded as "<6" with a nasal cannula leaves the support unknown', () => {
    const result = read([temperature('t', AT, 38.5), device('d', AT, SNOMED, '336623009'), comparator(flow('f', AT, 6), '<')], { ...stated, ...LEAVE_OUT });
    expect(result.sources.windows[0]?.missing).toEqual(['oxygen']);
  });

  it('refuses a comparator outside the R4 codes, naming them', () => {
    const issue = issueAt(refusal(() => read([comparator(temperature('t', AT, 38), '~')])), '[0].valueQuantity.comparator');
    expect(issue).toMatchObject({ code: 'expected-one-of', allowed: ['<', '<=', '>=', '>'] });
  });

  const notGiven = { modifierExtension: [{ url: 'http://example.org/not-given', valueBoolean: true }] };

  it('review p9: a vasopressor administration under a modifier extension is not used: vasopressors are unknown', () => {
    const result = read([temperature('t', AT, 38.5), flow('f', AT, 0), { ...administration('ne', '2026-03-03T21:00:00Z', RXNORM, NOREPINEPHRINE), ...notGiven }], LEAVE_OUT);
    expect(result.sources.windows[0]).toMatchObject({ missing: ['hypotension', 'vasopressors'], known: { temperatureCelsius: 38.5 } });
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'modifier-extension', resource: 'MedicationAdministration/ne', message: expect.stringMatching(/^\[2\]\.modifierExtension modifies what it means/) }));
    // Beside a certain administration of the same agent, it changes nothing.
    const both = read([temperature('t', AT, 38.5), flow('f', AT, 0), administration('ok', AT, RXNORM, NOREPINEPHRINE), { ...administration('ne', '2026-03-03T21:00:00Z', RXNORM, NOREPINEPHRINE), ...notGiven }]);
    expect(both.course.observations[0]?.crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }]);
  });

  it('a temperature under a modifier extension counts nowhere, even when lower: its value is unknown', () => {
    const result = read([temperature('a', '2026-03-03T08:00:00Z', 38.5), { ...temperature('b', AT, 37), ...notGiven }, flow('f', AT, 0)], { ...stated, ...LEAVE_OUT });
    expect(result.sources.windows[0]?.missing).toEqual(['temperatureCelsius']);
    expect(result.sources.windows[0]?.temperature).toEqual(['Observation/b']);
  });

  it('reads a modifier extension on a component, a Bundle entry, a contained Medication or its ingredient, and implicitRules', () => {
    const panel = bloodPressure('bp', AT, 120, 80);
    const modifiedPanel = { ...panel, component: [{ ...panel.component![0]!, ...notGiven }, panel.component![1]!] };
    expect(read([temperature('t', AT, 38.5), flow('f', AT, 0), modifiedPanel], { hypotension: { rule: 'systolic-below-90' }, ...LEAVE_OUT }).sources.windows[0]?.missing).toEqual(['hypotension']);

    const bundle = bundleOf([temperature('t', AT, 38.5), flow('f', AT, 0)] as never);
    bundle.entry![0] = { ...bundle.entry![0]!, ...notGiven };
    const fromEntry = courseFromFhir(bundle, { ...BASE, ...stated, ...LEAVE_OUT });
    expect(fromEntry.sources.windows[0]?.missing).toEqual(['temperatureCelsius']);
    expect(fromEntry.notes).toContainEqual(expect.objectContaining({ code: 'modifier-extension', message: expect.stringMatching(/^entry\[0\]\.modifierExtension/) }));

    const medication = { resourceType: 'Medication', id: 'm', code: { coding: [{ system: RXNORM, code: NOREPINEPHRINE }] } };
    const byReference = { ...administration('ne', AT, RXNORM, '0'), medicationCodeableConcept: undefined, medicationReference: { reference: '#m' } };
    const fever = [temperature('t', AT, 38.5), flow('f', AT, 0)];
    expect(read([...fever, { ...byReference, contained: [medication] }]).course.observations[0]?.crs?.vasopressors).toEqual([{ agent: 'norepinephrine' }]);
    expect(read([...fever, { ...byReference, contained: [{ ...medication, ...notGiven }] }], LEAVE_OUT).sources.windows[0]?.missing).toEqual(['hypotension', 'vasopressors']);
    const ingredient = { ...medication, code: { text: 'a product' }, ingredient: [{ itemCodeableConcept: { coding: [{ system: RXNORM, code: NOREPINEPHRINE }] }, ...notGiven }] };
    expect(read([...fever, { ...byReference, contained: [ingredient] }], LEAVE_OUT).sources.windows[0]?.missing).toEqual(['hypotension', 'vasopressors']);

    const rules = { ...temperature('r', AT, 38.5), implicitRules: 'http://example.org/rules' };
    expect(read([rules, flow('f', AT, 0)], { ...stated, ...LEAVE_OUT }).sources.windows[0]?.missing).toEqual(['temperatureCelsius']);
  });

  it('an oxygen procedure under a modifier extension leaves the support unknown unless a certain reading is as high', () => {
    const ventilation = { ...oxygenProcedure('v', { start: '2026-03-03T06:00:00Z', end: '2026-03-03T22:00:00Z' }, '40617009'), ...notGiven };
    expect(read([temperature('t', AT, 38.5), flow('f', AT, 0), ventilation], { ...stated, ...LEAVE_OUT }).sources.windows[0]?.missing).toEqual(['oxygen']);
    const cpap = device('cpap', AT, SNOMED, '47545007');
    expect(read([temperature('t', AT, 38.5), cpap, ventilation], stated).course.observations[0]?.crs?.oxygen).toEqual({ device: 'cpap' });
  });

  it('a masking treatment under a modifier extension is not a course treatment, and leaves later afebrile temperatures unknown', () => {
    const resources = [...day('2026-03-03', 39), ...day('2026-03-04', 37.2), { ...administration('toci', '2026-03-03T12:00:00Z', RXNORM, TOCILIZUMAB), ...notGiven }];
    const result = read(resources, { hypotension: { stated: { '2026-03-03': false, '2026-03-04': true } }, ...LEAVE_OUT });
    expect(result.course.treatments).toBeUndefined();
    expect(result.sources.windows.map(({ missing }) => missing)).toEqual([[], ['temperatureCelsius']]);
  });

  it('ignores an empty modifierExtension array', () => {
    expect(read([{ ...temperature('t', AT, 38.5), modifierExtension: [] }, flow('f', AT, 0)], stated).course.observations[0]?.crs?.temperatureCelsius).toBe(38.5);
  });
});

describe('certain only where the data says so: the second review (DEC-48, DEC-49, DEC-53)', () => {
  const local = (date: string, time: string): string => `${date}T${time}:00+01:00`;
  const afebrile = (date: string, mmHg: number) => [temperature(`t${date}`, local(date, '08:00'), 37), flow(`f${date}`, local(date, '08:00'), 0), bloodPressure(`b${date}`, local(date, '09:00'), mmHg, 50)];
  const rule = { hypotension: { rule: 'systolic-below-90' } } as const;

  it.each([
    ['a period without an end, and another agent later that day', { start: local('2026-03-03', '08:00') }, { start: local('2026-03-03', '20:00'), end: local('2026-03-03', '21:00') }],
    ['a period without a start, and another agent at an instant before its end', { end: local('2026-03-03', '23:00') }, local('2026-03-03', '01:00')],
  ] as const)('d1: %s: whether they ran together is unknown, so vasopressors are missing (not grade 4)', (_, first, second) => {
    const resources = [...day('2026-03-03', 38.6, '07:00'), administration('ne', first, RXNORM, NOREPINEPHRINE), administration('epi', second, RXNORM, EPINEPHRINE)];
    expect(issueAt(refusal(() => read(resources)), '[0]').message).toMatch(/misses vasopressors: whether norepinephrine, epinephrine ran at the same time cannot be told/);
  });

  it('d2: in windows of hours, a period whose start is a date is not certain in the windows that date could touch', () => {
    const hours = { infusionAt: '2026-03-02T06:00:00+01:00', window: { hours: 12 }, ...rule } as const;
    const night = [temperature('t1', local('2026-03-03', '02:00'), 38.5), flow('f1', local('2026-03-03', '02:00'), 0), bloodPressure('b1', local('2026-03-03', '02:00'), 100, 60)];
    const evening = [temperature('t2', local('2026-03-03', '19:00'), 38.5), flow('f2', local('2026-03-03', '19:00'), 0), bloodPressure('b2', local('2026-03-03', '19:00'), 85, 50)];
    const ne = administration('ne', { start: '2026-03-03', end: local('2026-03-03', '20:00') }, RXNORM, NOREPINEPHRINE);
    const error = refusal(() => read([...night, ...evening, ne], hours));
    expect(error.incompleteWindows.map(({ window, missing }) => [window, missing])).toEqual([['2026-03-02T18:00:00+01:00', ['hypotension', 'vasopressors']]]);
    // Without an end, its start's date touches several windows: it is certain in none.
    const open = read([temperature('t0', local('2026-03-02', '12:00'), 38.5), flow('f0', local('2026-03-02', '12:00'), 0), bloodPressure('b0', local('2026-03-02', '12:00'), 100, 60), administration('ne', { start: '2026-03-03' }, RXNORM, NOREPINEPHRINE)], { ...hours, ...LEAVE_OUT });
    expect(open.sources.windows[0]?.missing).toEqual(['hypotension', 'vasopressors']);
    expect(open.notes).toContainEqual(expect.objectContaining({ code: 'period-open', message: expect.stringMatching(/certain in none of them/) }));
  });

  it.each([
    ['calendar days', { infusionAt: '2026-03-02' }, afebrile('2026-03-04', 85)],
    [
      'windows of 12 hours',
      { infusionAt: '2026-03-02T06:00:00+01:00', window: { hours: 12 } },
      [temperature('t2', local('2026-03-03', '20:00'), 37), flow('f2', local('2026-03-03', '20:00'), 0), bloodPressure('b2', local('2026-03-03', '20:00'), 85, 50)],
    ],
  ] as const)('d3 (%s): a fever read over a period is at its start, so tocilizumab an hour before it masks nothing', (_, options, later) => {
    const periodFever = { ...temperature('t1', '', 38.6), effectiveDateTime: undefined, effectivePeriod: { start: local('2026-03-03', '08:00'), end: local('2026-03-03', '08:30') } };
    const resources = [periodFever, flow('f1', local('2026-03-03', '08:00'), 0), bloodPressure('b1', local('2026-03-03', '08:00'), 120, 80), administration('toci', local('2026-03-03', '07:00'), RXNORM, TOCILIZUMAB), ...later];
    const result = read(resources, { ...options, ...rule });
    expect(result.course.observations[0]?.at).toBe(local('2026-03-03', '08:00'));
    const [episode] = gradeCourse(result.course).crs.episodes;
    expect([episode?.peakGrade, episode?.outcome]).toEqual([1, 'resolved']);
  });

  it('d6: a withheld fever before a tocilizumab dose and the first used fever after it: the later afebrile day is unknown', () => {
    const resources = [
      temperature('pre', local('2026-03-03', '07:00'), 38.2, 'Cel', { status: 'preliminary' }),
      temperature('t1', local('2026-03-03', '08:00'), 38.6),
      flow('f1', local('2026-03-03', '08:00'), 0),
      bloodPressure('b1', local('2026-03-03', '08:00'), 120, 80),
      administration('toci', local('2026-03-03', '07:30'), RXNORM, TOCILIZUMAB),
      ...afebrile('2026-03-04', 85),
    ];
    const error = refusal(() => read(resources, rule));
    expect(error.incompleteWindows.map(({ window, missing }) => [window, missing])).toEqual([['2026-03-04', ['temperatureCelsius']]]);
    expect(issueAt(error, '[5]').message).toMatch(/a withheld temperature of 2026-03-03 could put the onset of fever before tocilizumab/);
    // Confirmed, it is the onset, and the dose masks the next day's fever.
    const confirmed = gradeCourse(read(resources, { ...rule, includePreliminary: true }).course);
    expect(confirmed.crs.observations[1]?.grading.grade).toBe(2);
    expect(confirmed.crs.observations[1]?.feverMaskedDerived).toBe(true);
    // A withheld reading after the first used fever changes nothing.
    const after = resources.map((resource) => (resource.id === 'pre' ? temperature('pre', local('2026-03-03', '09:00'), 38.2, 'Cel', { status: 'preliminary' }) : resource));
    expect(read(after, rule).complete).toBe(true);
  });
});

describe('masking and placement the course could get wrong: the third review (DEC-42, DEC-48, DEC-54)', () => {
  const rule = { hypotension: { rule: 'systolic-below-90' } } as const;
  const reading = (id: string, time: string, celsius: number, mmHg: number) => [temperature(`t${id}`, time, celsius), flow(`f${id}`, time, 0), bloodPressure(`b${id}`, time, mmHg, 50)];

  it.each([
    ['an hour after the reading (no masking: grade 0)', '2026-03-01T06:00:00Z', { hours: 12 }, ['2026-03-03T08:00:00-05:00', '2026-03-03T20:00:00-05:00', '2026-03-03T21:00:00-05:00'], 0],
    ['an hour before the reading, after the onset (masked: grade 2)', '2026-03-01T06:00:00Z', { hours: 12 }, ['2026-03-03T10:00:00+02:00', '2026-03-04T01:30:00+02:00', '2026-03-04T00:30:00+02:00'], 2],
  ] as const)('d1: in windows of hours, treatments are written in the infusion offset as the windows are: tocilizumab %s', (_, infusionAt, window, [onset, later, given], grade) => {
    const resources = [...reading('a', onset, 39, 120), ...reading('b', later, 37, 80), administration('toci', given, RXNORM, TOCILIZUMAB)];
    const result = read(resources, { infusionAt, window, ...rule });
    expect(result.course.treatments?.[0]?.at.endsWith('Z')).toBe(true);
    expect(gradeCourse(result.course).crs.observations[1]?.grading.grade).toBe(grade);
  });

  it('d1: in calendar days, a treatment the course would order otherwise than it happened leaves the temperature missing', () => {
    // 19:30-05:00 is 00:30Z: written as 00:30Z on the next date, the dose would read as given after the 20:00-05:00 reading.
    const resources = [...reading('a', '2026-03-02T08:00:00-05:00', 39, 120), ...reading('b', '2026-03-03T20:00:00-05:00', 37, 80), administration('toci', '2026-03-04T00:30:00Z', RXNORM, TOCILIZUMAB)];
    expect(issueAt(refusal(() => read(resources, { infusionAt: '2026-03-01', ...rule })), '[3]').message).toMatch(
      /window 2026-03-03 .*misses temperatureCelsius: tocilizumab \(MedicationAdministration\/toci\) and the time of 2026-03-03 are written in different offsets/,
    );
    // Written in one offset, it is graded as it happened: masked, grade 2.
    const same = resources.map((resource) => (resource.id === 'toci' ? administration('toci', '2026-03-03T19:30:00-05:00', RXNORM, TOCILIZUMAB) : resource));
    expect(gradeCourse(read(same, { infusionAt: '2026-03-01', ...rule }).course).crs.observations[1]?.grading.grade).toBe(2);
  });

  it.each([
    ['a fever written as a date, in windows of 12 hours', { infusionAt: '2026-03-02T06:00:00Z', window: { hours: 12 } }, [temperature('t', '2026-03-05', 39)], /windows 2026-03-04T06:00:00Z to 2026-03-06T06:00:00Z/],
    ['a fever read over a period across midnight', { infusionAt: '2026-03-02' }, [{ ...temperature('t', '', 39), effectiveDateTime: undefined, effectivePeriod: { start: '2026-03-05T23:30:00Z', end: '2026-03-06T00:30:00Z' } }], /windows 2026-03-05 to 2026-03-06/],
  ] as const)('d2: %s that no other reading shares a window with is refused, never dropped', (_, options, lone, where) => {
    const resources = [...reading('a', '2026-03-03T08:00:00Z', 37, 120), ...lone];
    const error = refusal(() => read(resources, { ...options, ...rule }));
    expect(error.issues.map(({ code }) => code)).toEqual(['unplaced-reading']);
    expect(error.issues[0]?.message).toMatch(where);
    const result = read(resources, { ...options, ...rule, ...LEAVE_OUT });
    expect(result.complete).toBe(false);
    expect(result.notes).toContainEqual(expect.objectContaining({ code: 'reading-unplaced', resource: 'Observation/t' }));
  });

  it('d2: a vasopressor period on a day without other readings opens that day, which is then incomplete', () => {
    const resources = [...reading('a', '2026-03-03T08:00:00Z', 38.5, 120), administration('ne', { start: '2026-03-05T08:00:00Z', end: '2026-03-05T12:00:00Z' }, RXNORM, NOREPINEPHRINE), ...reading('c', '2026-03-07T08:00:00Z', 37, 120)];
    const error = refusal(() => read(resources, { infusionAt: '2026-03-02', ...rule }));
    expect(error.incompleteWindows.map(({ window, missing }) => [window, missing])).toEqual([['2026-03-05', ['temperatureCelsius', 'oxygen']]]);
  });
});

describe('masking in a charted day: the fourth review (DEC-42, DEC-49)', () => {
  const rule = { hypotension: { rule: 'systolic-below-90' } } as const;
  const local = (day: string, time: string): string => `2026-03-0${day}T${time}:00+01:00`;
  const chart = (id: string, time: string, celsius: number, mmHg: number, oxygen: readonly object[] = [flow(`f${id}`, time, 0)]) => [temperature(`t${id}`, time, celsius), bloodPressure(`b${id}`, time, mmHg, 60), ...oxygen];
  const cannula = (id: string, time: string, code: string, litersPerMinute: number) => [device(`d${id}`, time, SNOMED, code), flow(`f${id}`, time, litersPerMinute)];
  const onset = chart('1', local('3', '20:00'), 38.6, 112);
  const grades = (resources: readonly object[]) => gradeCourse(read(resources, rule).course).crs.observations.map(({ grading: { grade } }) => grade);

  it('d1: a second dose between the readings of a day the first dose already masks changes nothing', () => {
    const resources = [
      ...chart('1', local('3', '14:00'), 38.6, 118),
      administration('toci1', local('3', '16:00'), RXNORM, TOCILIZUMAB),
      ...chart('2', local('4', '06:00'), 37.4, 86, cannula('2', local('4', '06:00'), '336623009', 2)),
      administration('toci2', local('4', '10:00'), RXNORM, TOCILIZUMAB),
      ...chart('3', local('4', '18:00'), 37.1, 100),
      ...chart('4', local('5', '08:00'), 36.9, 115),
    ];
    expect(grades(resources)).toEqual([1, 2, 0]);
    expect(grades((resources as { id?: string }[]).filter(({ id }) => id !== 'toci2'))).toEqual([1, 2, 0]);
  });

  it('d2: a vasopressor period before the first dose is a reading before it: the day is refused, not masked at grade 3', () => {
    const resources = [
      ...onset,
      administration('ne', { start: local('4', '06:00'), end: local('4', '09:00') }, RXNORM, NOREPINEPHRINE),
      administration('toci', local('4', '10:00'), RXNORM, TOCILIZUMAB),
      ...chart('2', local('4', '12:00'), 37.3, 104),
      ...chart('3', local('4', '18:00'), 37.1, 108),
    ];
    expect(refusal(() => read(resources, rule)).issues[0]?.message).toMatch(/misses temperatureCelsius: tocilizumab \(MedicationAdministration\/toci\) was given between the readings of this window/);
  });

  it('d3: findings of the same grade before and after the first dose (a weaning flow) keep the day', () => {
    const highFlow = '426854004';
    const resources = [
      ...onset,
      ...chart('2', local('4', '06:00'), 37.4, 100, cannula('2', local('4', '06:00'), highFlow, 40)),
      administration('toci', local('4', '10:00'), RXNORM, TOCILIZUMAB),
      ...chart('3', local('4', '18:00'), 37.2, 102, cannula('3', local('4', '18:00'), highFlow, 30)),
    ];
    expect(grades(resources)).toEqual([1, 3]);
  });

  it('d4: a dose written as a date on an afebrile day leaves that day unknown; timed, it masks it', () => {
    const lowFlow = (id: string, time: string) => cannula(id, time, '336623009', 3);
    const resources = [
      ...chart('1', local('3', '20:00'), 38.8, 112),
      administration('toci', '2026-03-04', RXNORM, TOCILIZUMAB),
      ...chart('2', local('4', '14:00'), 37.4, 84, lowFlow('2', local('4', '14:00'))),
      ...chart('3', local('5', '14:00'), 37.2, 86, lowFlow('3', local('5', '14:00'))),
    ];
    // The next day too: whether the episode was still open at the dose depends on when it was given.
    expect(refusal(() => read(resources, rule)).incompleteWindows.map(({ window, missing }) => [window, missing])).toEqual([
      ['2026-03-04', ['temperatureCelsius']],
      ['2026-03-05', ['temperatureCelsius']],
    ]);
    const timed = (resources as { id?: string }[]).map((resource) => (resource.id === 'toci' ? administration('toci', local('4', '09:00'), RXNORM, TOCILIZUMAB) : resource));
    expect(grades(timed)).toEqual([1, 2, 2]);
  });

  it('grades an ICU chart of a grade 3 patient: readings every 6 hours, norepinephrine over two days, high flow, tocilizumab and dexamethasone every 6 hours', () => {
    const highFlow = '426854004';
    const resources: object[] = [...chart('0', local('3', '08:00'), 37.2, 120), ...chart('1', local('3', '14:00'), 38.9, 110)];
    resources.push(administration('toci', local('4', '07:00'), RXNORM, TOCILIZUMAB));
    resources.push(administration('ne', { start: local('4', '10:30'), end: local('5', '18:00') }, RXNORM, NOREPINEPHRINE));
    for (const [day, celsius] of [['4', 39.4], ['5', 37.6], ['6', 37.3]] as const) {
      for (const time of ['02:00', '08:00', '14:00', '20:00']) {
        const id = `${day}-${time}`;
        resources.push(...chart(id, local(day, time), time === '02:00' ? celsius : 37.2, day === '6' ? 112 : 84, cannula(id, local(day, time), highFlow, 40)));
      }
      for (const time of ['04:00', '10:00', '16:00', '22:00']) resources.push(administration(`dexa-${day}-${time}`, local(day, time), RXNORM, '3264'));
    }
    resources.push(...chart('7', local('7', '08:00'), 36.9, 118));
    const result = read(resources, rule);
    expect(result.complete).toBe(true);
    const grading = gradeCourse(result.course);
    expect(grading.crs.observations.map(({ grading: { grade } }) => grade)).toEqual([1, 3, 3, 3, 0]);
    expect(grading.crs.episodes[0]).toMatchObject({ onsetDay: 1, peakGrade: 3, outcome: 'resolved' });
  });
});

describe('masking and episodes that resolved: the fourth review (DEC-42, DEC-49)', () => {
  const rule = { hypotension: { rule: 'systolic-below-90' } } as const;
  const PARACETAMOL = '161';
  const chart = (id: string, time: string, celsius: number, mmHg: number, litersPerMinute = 0) => [
    temperature(`t${id}`, time, celsius),
    bloodPressure(`b${id}`, time, mmHg, 60),
    ...(litersPerMinute === 0 ? [flow(`f${id}`, time, 0)] : [device(`d${id}`, time, SNOMED, '336623009'), flow(`f${id}`, time, litersPerMinute)]),
  ];
  const options = { infusionAt: '2026-03-01T10:00:00Z', ...rule };

  it('d1: a dose after an episode resolved does not vouch for masking in the next episode', () => {
    const resources = [
      ...chart('1', '2026-03-03T08:00:00Z', 38.5, 120),
      ...chart('2', '2026-03-04T08:00:00Z', 37, 120, 2),
      administration('m1', '2026-03-04T20:00:00Z', RXNORM, PARACETAMOL),
      ...chart('3', '2026-03-05T08:00:00Z', 38.6, 120),
      ...chart('4a', '2026-03-06T06:00:00Z', 37, 120, 3),
      administration('m2', '2026-03-06T10:00:00Z', RXNORM, PARACETAMOL),
      ...chart('4b', '2026-03-06T14:00:00Z', 36.8, 118),
    ];
    expect(refusal(() => read(resources, options)).incompleteWindows.map(({ window }) => window)).toEqual(['2026-03-06']);
  });

  it('d2: a dose written as a date on the day a new episode may start could be before its onset', () => {
    const resources = [
      ...chart('1', '2026-03-03T08:00:00Z', 38.5, 120),
      ...chart('2', '2026-03-04T08:00:00Z', 37, 120),
      administration('m1', '2026-03-05', RXNORM, PARACETAMOL),
      ...chart('3', '2026-03-05T20:00:00Z', 38.4, 120),
      ...chart('4', '2026-03-06T08:00:00Z', 37.1, 120, 2),
    ];
    const error = refusal(() => read(resources, options));
    expect(error.incompleteWindows.map(({ window, missing }) => [window, missing])).toEqual([['2026-03-06', ['temperatureCelsius']]]);
    expect(issueAt(error, '[10]').message).toMatch(/2026-03-05, whose readings cannot be ordered against it, decides whether paracetamol \(MedicationAdministration\/m1\) came in an open episode/);
  });

  it('d3: a window left out with fever after an episode resolved could be the onset the dose follows', () => {
    const resources = [
      ...chart('1', '2026-03-03T08:00:00Z', 38.5, 120),
      ...chart('2', '2026-03-04T08:00:00Z', 37, 120),
      temperature('t3', '2026-03-05T20:00:00Z', 38.4),
      flow('f3', '2026-03-05T20:00:00Z', 0),
      administration('m1', '2026-03-05T21:00:00Z', RXNORM, PARACETAMOL),
      ...chart('4', '2026-03-06T08:00:00Z', 37.1, 120, 2),
    ];
    const result = read(resources, { ...options, ...LEAVE_OUT });
    expect(result.sources.windows.map(({ window, missing }) => [window, missing])).toEqual([
      ['2026-03-03', []],
      ['2026-03-04', []],
      ['2026-03-05', ['hypotension']],
      ['2026-03-06', ['temperatureCelsius']],
    ]);
  });

  it('d4: a reading at the instant of the dose is not masked by it', () => {
    const resources = [
      ...chart('1', '2026-03-05T08:00:00Z', 38.6, 120),
      ...chart('2a', '2026-03-06T06:00:00Z', 37.2, 118),
      bloodPressure('b2b', '2026-03-06T10:00:00Z', 85, 50),
      administration('toci', '2026-03-06T10:00:00Z', RXNORM, TOCILIZUMAB),
      ...chart('2c', '2026-03-06T14:00:00Z', 36.9, 112),
    ];
    expect(refusal(() => read(resources, options)).issues[0]?.message).toMatch(/tocilizumab \(MedicationAdministration\/toci\) was given between the readings of this window/);
  });

  it('a day with no finding beside fever is graded 0 whatever the doubt, and is not refused', () => {
    const resources = [...chart('1', '2026-03-03T08:00:00Z', 38.5, 120), administration('m1', '2026-03-04', RXNORM, PARACETAMOL), ...chart('2', '2026-03-04T08:00:00Z', 36.9, 120)];
    expect(gradeCourse(read(resources, options).course).crs.observations.map(({ grading: { grade } }) => grade)).toEqual([1, 0]);
  });
});

describe('what the course cannot see or order decides masking: the fifth review (DEC-42, DEC-49)', () => {
  const rule = { hypotension: { rule: 'systolic-below-90' } } as const;
  const PARACETAMOL = '161';
  const chart = (id: string, time: string, celsius: number | null, mmHg: number | null, litersPerMinute = 0) => [
    ...(celsius === null ? [] : [temperature(`t${id}`, time, celsius)]),
    ...(mmHg === null ? [] : [bloodPressure(`b${id}`, time, mmHg, 60)]),
    ...(litersPerMinute === 0 ? [flow(`f${id}`, time, 0)] : [device(`d${id}`, time, SNOMED, '336623009'), flow(`f${id}`, time, litersPerMinute)]),
  ];
  const options = { infusionAt: '2026-03-01T10:00:00Z', ...rule, ...LEAVE_OUT };
  const missingOf = (resources: readonly object[]) => read(resources, options).sources.windows.map(({ window, missing }) => [window, missing]);

  it('d1: a day left out before a dose could be where the episode resolved: the next afebrile day is unknown', () => {
    const resources = [...chart('1', '2026-03-03T08:00:00Z', 38.5, 120), ...chart('2', '2026-03-04T08:00:00Z', 37, null), administration('toci', '2026-03-04T20:00:00Z', RXNORM, TOCILIZUMAB), ...chart('3', '2026-03-05T08:00:00Z', 37.1, 120, 2)];
    expect(missingOf(resources)).toEqual([
      ['2026-03-03', []],
      ['2026-03-04', ['hypotension']],
      ['2026-03-05', ['temperatureCelsius']],
    ]);
  });

  it('d2: a day a dose masks only in part decides whether the next day is masked', () => {
    const resources = [
      ...chart('1', '2026-03-03T08:00:00Z', 38.5, 120),
      ...chart('2a', '2026-03-04T06:00:00Z', 37, 120, 2),
      administration('toci', '2026-03-04T10:00:00Z', RXNORM, TOCILIZUMAB),
      ...chart('2b', '2026-03-04T14:00:00Z', 37, 120),
      ...chart('3', '2026-03-05T08:00:00Z', 37.1, 120, 2),
    ];
    expect(missingOf(resources).map(([, missing]) => missing)).toEqual([[], ['temperatureCelsius'], ['temperatureCelsius']]);
  });

  it('d3: a dose written as a date, on a day whose window has no temperature, could come after a resolution', () => {
    const resources = [...chart('1', '2026-03-03T08:00:00Z', 38.5, 120), administration('m1', '2026-03-04', RXNORM, PARACETAMOL), ...chart('2', '2026-03-04T08:00:00Z', null, 120), ...chart('3', '2026-03-05T08:00:00Z', 37.1, 120, 2)];
    expect(missingOf(resources)[2]).toEqual(['2026-03-05', ['temperatureCelsius']]);
  });

  it('d4: readings without a time of day, and a timed dose that day: whether they came after it is unknown', () => {
    const resources = [
      ...chart('1', '2026-03-03T08:00:00Z', 38.5, 120),
      temperature('t2', '2026-03-04', 37),
      bloodPressure('b2', '2026-03-04', 85, 50),
      flow('f2', '2026-03-04T08:00:00Z', 0),
      administration('toci', '2026-03-04T20:00:00Z', RXNORM, TOCILIZUMAB),
      ...chart('3', '2026-03-05T08:00:00Z', 37.1, 85),
    ];
    expect(missingOf(resources)).toEqual([
      ['2026-03-03', []],
      ['2026-03-04', ['temperatureCelsius']],
      ['2026-03-05', ['temperatureCelsius']],
    ]);
  });
});

describe('a dose no episode could be open at: the sixth review (DEC-42)', () => {
  it('paracetamol premedication between the readings of an afebrile day after an episode resolved keeps the day', () => {
    const rule = { hypotension: { rule: 'systolic-below-90' } } as const;
    const chart = (id: string, time: string, celsius: number, mmHg: number) => [temperature(`t${id}`, time, celsius), bloodPressure(`b${id}`, time, mmHg, 60), flow(`f${id}`, time, 0)];
    const resources = [
      ...chart('1', '2026-03-03T08:00:00Z', 38.5, 120),
      ...chart('2', '2026-03-04T08:00:00Z', 37, 120),
      ...chart('3a', '2026-03-06T09:00:00Z', 37.1, 86),
      administration('premed', '2026-03-06T09:30:00Z', RXNORM, '161'),
      ...chart('3b', '2026-03-06T11:00:00Z', 37.2, 104),
    ];
    const result = read(resources, { infusionAt: '2026-03-01T10:00:00Z', ...rule });
    expect(result.complete).toBe(true);
    const grading = gradeCourse(result.course);
    expect(grading.crs.observations.map(({ grading: { grade } }) => grade)).toEqual([1, 0, 0]);
    expect(grading.crs.episodes).toHaveLength(1);
  });
});
