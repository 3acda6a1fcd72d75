import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import { gradeCRS } from '../../src/crs/grade-crs.js';
import { createCrsAssessmentFormValidator, crsAssessmentFormValidator } from '../../src/forms/crs-assessment-form-validator.js';
import { de } from '../../src/locale/de/index.js';
import { validCrsAssessment } from '../arbitraries/crs.js';

const base = { temperatureCelsius: '38.4', hypotension: 'false', vasopressors: [] as string[], oxygen: { device: 'room-air' } };

function issues(values: unknown): string[] {
  const result = crsAssessmentFormValidator.safeParse(values);
  return result.success ? [] : result.error.issues.map(({ path, code }) => `${path.join('.')}: ${code}`);
}

/** What an HTML form holds for an assessment: every value a string, a multi-select of agents. */
function toFormValues(assessment: CrsAssessment): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(assessment)) {
    if (key === 'vasopressors') values[key] = assessment.vasopressors.map(({ agent }) => agent);
    else if (key === 'oxygen') values[key] = Object.fromEntries(Object.entries(assessment.oxygen).map(([inner, v]) => [inner, String(v)]));
    else values[key] = String(value);
  }
  return values;
}

/** The same, as FormData names them: flat and dotted. */
function toFlatValues(assessment: CrsAssessment): Record<string, unknown> {
  const { oxygen, ...rest } = toFormValues(assessment) as Record<string, unknown> & { oxygen: Record<string, string> };
  return { ...rest, ...Object.fromEntries(Object.entries(oxygen).map(([key, value]) => [`oxygen.${key}`, value])) };
}

describe('coercion of form values', () => {
  it.each([
    ['37.9', 0],
    ['38.0', 1],
    ['38', 1],
    ['37,9', 0],
    ['38,0', 1],
    [' 38.0 ', 1],
  ])('temperature %j grades %i', (temperatureCelsius, grade) => {
    expect(gradeCRS(crsAssessmentFormValidator.parse({ ...base, temperatureCelsius })).grade).toBe(grade);
  });

  it.each([
    ['6', 2],
    ['6.0', 2],
    ['6,5', 3],
    ['6.5', 3],
  ])('nasal cannula at %j L/min grades %i', (flowLitersPerMinute, grade) => {
    expect(gradeCRS(crsAssessmentFormValidator.parse({ ...base, oxygen: { device: 'nasal-cannula', flowLitersPerMinute } })).grade).toBe(grade);
  });

  it.each([
    [['vasopressin'], 3],
    [['norepinephrine', 'vasopressin'], 3],
    [['norepinephrine', 'epinephrine'], 4],
    ['norepinephrine', 3],
  ])('vasopressors %j (a multi-select) grade %i', (vasopressors, grade) => {
    expect(gradeCRS(crsAssessmentFormValidator.parse({ ...base, hypotension: 'true', vasopressors })).grade).toBe(grade);
  });

  it.each([
    ['true', true],
    ['on', true],
    ['yes', true],
    ['TRUE', true],
    ['false', false],
    ['off', false],
    ['no', false],
    [true, true],
    [false, false],
  ])('a boolean field reads %j as %s', (value, expected) => {
    expect(crsAssessmentFormValidator.parse({ ...base, feverMasked: value }).feverMasked).toBe(expected);
  });

  it('an empty field is absent, never 0 or false', () => {
    const parsed = crsAssessmentFormValidator.parse({ ...base, feverMasked: '', organToxicityGrade: '  ', vasopressorDose: '', diedOfCrs: null, lifeThreatening: undefined });
    expect(parsed).toEqual({ temperatureCelsius: 38.4, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } });
    expect(issues({ ...base, temperatureCelsius: '' })).toEqual(['temperatureCelsius: required']);
    expect(issues({ ...base, hypotension: '' })).toEqual(['hypotension: required']);
  });

  it('an empty flow on room air is no issue at all, and an empty flow on a cannula is one issue at the flow field', () => {
    expect(issues({ ...base, oxygen: { device: 'room-air', flowLitersPerMinute: '' } })).toEqual([]);
    expect(issues({ ...base, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: '' } })).toEqual(['oxygen.flowLitersPerMinute: flow-required']);
  });

  it('a value that is not a number stays at its field, once, with what was typed', () => {
    const result = crsAssessmentFormValidator.safeParse({ ...base, temperatureCelsius: '38.4°' });
    expect(!result.success && result.error.issues.map(({ path, code, params }) => [path, code, params])).toEqual([
      [['temperatureCelsius'], 'expected-number', { range: { min: 25, max: 45, unit: '°C' }, integer: false, received: { type: 'string', value: '38.4°' } }],
    ]);
    expect(issues({ ...base, temperatureCelsius: '1,000.5' })).toEqual(['temperatureCelsius: expected-number']);
    expect(issues({ ...base, hypotension: 'maybe' })).toEqual(['hypotension: expected-boolean']);
  });

  it('101.3 typed into the temperature is the Fahrenheit issue at that field', () => {
    const result = crsAssessmentFormValidator['~standard'].validate({ ...base, temperatureCelsius: '101.3' });
    expect(result.issues?.map(({ path, code }) => [path, code])).toEqual([[['temperatureCelsius'], 'looks-like-fahrenheit']]);
    expect(result.issues?.[0]?.message).toContain('101.3 °F is 38.5 °C');
  });

  it('an issue inside the multi-select stays on the multi-select', () => {
    expect(issues({ ...base, hypotension: 'true', vasopressors: ['adrenaline'] })).toEqual(['vasopressors: expected-one-of']);
    expect(issues({ ...base, hypotension: 'true', vasopressors: ['vasopressin', 'vasopressin'] })).toEqual(['vasopressors: duplicate']);
    expect(issues({ ...base, hypotension: 'false', vasopressors: ['vasopressin'] })).toEqual(['vasopressors: vasopressors-without-hypotension']);
  });

  it('a contradiction is one issue, at the field the rule names', () => {
    expect(issues({ ...base, hypotension: 'true', vasopressors: ['norepinephrine'], vasopressorDose: 'refractory-to-high', lifeThreatening: 'false' })).toEqual([
      'lifeThreatening: contradiction',
    ]);
  });

  it('words the issues in the locale of the validator', () => {
    const result = createCrsAssessmentFormValidator({ locale: de })['~standard'].validate({ ...base, temperatureCelsius: '101,3' });
    expect(result.issues?.[0]?.message).toContain('Fahrenheit');
    expect(result.issues?.[0]?.message).toContain('101,3 °F');
  });

  it('every valid assessment, as a form holds it (nested or flat and dotted), comes back the same', () => {
    fc.assert(
      fc.property(validCrsAssessment, (assessment) => {
        expect(crsAssessmentFormValidator.parse(toFormValues(assessment))).toEqual(assessment);
        expect(crsAssessmentFormValidator.parse(toFlatValues(assessment))).toEqual(assessment);
      }),
      { numRuns: 300 },
    );
  });
});

describe('flat and nested names together', () => {
  it('merges a nested object with dotted names of the same object', () => {
    const values = { temperatureCelsius: '38.4', hypotension: 'false', vasopressors: [], oxygen: { device: 'nasal-cannula' }, 'oxygen.flowLitersPerMinute': '2' };
    expect(crsAssessmentFormValidator.parse(values).oxygen).toEqual({ device: 'nasal-cannula', flowLitersPerMinute: 2 });
    const reversed = { 'oxygen.flowLitersPerMinute': '2', oxygen: { device: 'nasal-cannula' }, temperatureCelsius: '38.4', hypotension: 'false', vasopressors: [] };
    expect(crsAssessmentFormValidator.parse(reversed).oxygen).toEqual({ device: 'nasal-cannula', flowLitersPerMinute: 2 });
  });

  it('never writes into the values it is given', () => {
    const oxygen = { device: 'nasal-cannula', flowLitersPerMinute: '4' };
    const values = { ...base, oxygen, 'oxygen.flowLitersPerMinute': '5' };
    const before = JSON.stringify(values);
    expect(issues(values)).toEqual(['oxygen.flowLitersPerMinute: given-twice']);
    expect(JSON.stringify(values)).toBe(before);
    expect(issues(values)).toEqual(['oxygen.flowLitersPerMinute: given-twice']);
  });

  it('keeps a value that is not an object where an object belongs, for the reader to report', () => {
    expect(issues({ ...base, oxygen: 'room-air' })).toEqual(['oxygen: expected-object']);
    expect(issues({ ...base, vasopressors: { agent: 'vasopressin' } })).toEqual(['vasopressors: expected-array']);
  });
});

describe('hostile form values', () => {
  it('a key that names the prototype is an ordinary unknown key, and pollutes nothing', () => {
    const values = JSON.parse('{"__proto__": {"polluted": "yes"}, "constructor.prototype.polluted": "yes", "__proto__.polluted": "yes"}') as Record<string, unknown>;
    const result = crsAssessmentFormValidator.safeParse({ ...base, ...values });
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(result.success).toBe(false);
    // `__proto__` is given nested and dotted with something in both: given twice, like any other field.
    expect(issues({ ...base, ...values })).toEqual(['__proto__.polluted: given-twice', '__proto__: unknown-key', 'constructor: unknown-key']);
  });

  it('never calls a getter', () => {
    let calls = 0;
    const values = { ...base };
    Object.defineProperty(values, 'temperatureCelsius', { enumerable: true, get: () => ((calls += 1), '38.4') });
    const hypotension = { ...base, hypotension: 'true' };
    Object.defineProperty(hypotension, 'vasopressors', { enumerable: true, value: Object.defineProperty([], 0, { enumerable: true, get: () => ((calls += 1), 'vasopressin') }) });
    expect(issues(values)).toEqual(['temperatureCelsius: accessor']);
    expect(issues(hypotension)).toEqual(['vasopressors: accessor']);
    expect(calls).toBe(0);
  });

  it('a Proxy that throws is reported, not thrown', () => {
    const hostile = new Proxy({}, { ownKeys: () => { throw new Error('no'); } });
    expect(issues(hostile)).toEqual([': unreadable']);
    expect(issues(null)).toEqual([': expected-object']);
  });
});
