// The JSON Schema that objectSchema derives from a field contract, checked with a real validator
// (ajv, draft 2020-12) field by field and rule by rule, each from both sides: what the document
// refuses and the smallest change it then accepts. The rule JSON Schema cannot state (one field
// longer than another) is named in $comment instead.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { defineContract, numberField, openListField, oneOfField, optional } from '../../src/contract/field.js';
import { type JsonSchema, fieldSchema, objectKeywords, objectSchema, ruleSchema } from '../../src/contract/json-schema.js';
import type { Rule } from '../../src/contract/rule.js';
import { courseContract } from '../../src/course/contract.js';
import { CRS_ASSESSMENT_CONTRACT, OXYGEN_SUPPORT_CONTRACT } from '../../src/crs/contract.js';
import { ICE_ITEMS_CONTRACT, icansAssessmentContract } from '../../src/icans/contract.js';

const ajv = new Ajv2020({ strict: false });
const validator = (schema: JsonSchema) => {
  const validate = ajv.compile(schema);
  return (value: unknown): boolean => validate(value);
};

const crs = validator(objectSchema(CRS_ASSESSMENT_CONTRACT));
const base = { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
const onPressor = { ...base, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] };

describe('fields', () => {
  it.each<[string, unknown, boolean]>([
    ['the base assessment', base, true],
    ['a required field missing', { temperatureCelsius: 38, hypotension: false, vasopressors: [] }, false],
    ['an unknown field', { ...base, patientId: 'P1' }, false],
    ['temperature at the minimum, 25', { ...base, temperatureCelsius: 25 }, true],
    ['temperature below the minimum', { ...base, temperatureCelsius: 24.9 }, false],
    ['temperature at the maximum, 45', { ...base, temperatureCelsius: 45 }, true],
    ['temperature above the maximum', { ...base, temperatureCelsius: 45.1 }, false],
    ['a temperature as a string', { ...base, temperatureCelsius: '38' }, false],
    ['a boolean as a number', { ...base, hypotension: 0 }, false],
    ['an unknown device', { ...base, oxygen: { device: 'tent' } }, false],
    ['an unknown key in the oxygen', { ...base, oxygen: { device: 'room-air', mode: 'x' } }, false],
    ['a flow just above 0 (exclusive minimum)', { ...base, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 0.1 } }, true],
    ['a flow of 0', { ...base, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 0 } }, false],
    ['a flow of 100', { ...base, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 100 } }, true],
    ['a flow above 100', { ...base, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 100.5 } }, false],
    ['an organ toxicity grade of 4', { ...base, organToxicityGrade: 4, lifeThreatening: true }, true],
    ['an organ toxicity grade of 2.5 (integers only)', { ...base, organToxicityGrade: 2.5 }, false],
    ['an organ toxicity grade of 5', { ...base, organToxicityGrade: 5 }, false],
    ['an organ toxicity grade of -1', { ...base, organToxicityGrade: -1 }, false],
    ['a vasopressor list of distinct agents', { ...base, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }] }, true],
    ['the same vasopressor entry twice', { ...base, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }, { agent: 'norepinephrine' }] }, false],
    ['a vasopressor entry that is not an object', { ...base, hypotension: true, vasopressors: ['norepinephrine'] }, false],
    ['the vasopressors as an object', { ...base, vasopressors: {} }, false],
  ])('%s: %s', (_name, value, valid) => {
    expect(crs(value)).toBe(valid);
  });

  it('a list of distinct items is at most as long as there are values, with unique items', () => {
    const [field] = CRS_ASSESSMENT_CONTRACT.fields.filter(({ key }) => key === 'vasopressors');
    expect(fieldSchema(field!.spec)).toMatchObject({ type: 'array', maxItems: 6, uniqueItems: true, items: { type: 'object', required: ['agent'], additionalProperties: false } });
  });

  it('a list whose items may repeat has no uniqueItems', () => {
    const list = openListField(oneOfField(['a', 'b']), { maxItems: 3, itemName: 'treatment' });
    expect(fieldSchema(list)).toEqual({ type: 'array', items: { type: 'string', enum: ['a', 'b'] }, maxItems: 3 });
  });

  it('numbers: integer or number, inclusive or exclusive minimum, inclusive maximum', () => {
    expect(fieldSchema(numberField({ min: 0, max: 4 }, { integer: true }))).toEqual({ type: 'integer', minimum: 0, maximum: 4 });
    expect(fieldSchema(numberField({ min: 0, max: 720, minExclusive: true }))).toEqual({ type: 'number', exclusiveMinimum: 0, maximum: 720 });
    expect(fieldSchema(numberField({ min: 21, max: 100, minExclusive: false }))).toEqual({ type: 'number', minimum: 21, maximum: 100 });
  });

  it('an ICE score is a number from 0 to 10 or the five items', () => {
    const icans = validator(objectSchema(icansAssessmentContract()));
    const adult = { ageYears: 40, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };
    expect(icans({ ...adult, ice: 10 })).toBe(true);
    expect(icans({ ...adult, ice: 11 })).toBe(false);
    expect(icans({ ...adult, ice: 9.5 })).toBe(false);
    expect(icans({ ...adult, ice: { orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1 } })).toBe(true);
    expect(icans({ ...adult, ice: { orientation: 5, naming: 3, commands: 1, writing: 1, attention: 1 } })).toBe(false);
    expect(icans({ ...adult, ice: { orientation: 4, naming: 3, commands: 1, writing: 1 } })).toBe(false);
    expect(icans({ ...adult, ice: 'ten' })).toBe(false);
    expect(icans({ ...adult, raisedIcpSigns: ['papilledema', 'papilledema'] })).toBe(false);
    expect(validator(objectSchema(ICE_ITEMS_CONTRACT))({ orientation: 0, naming: 0, commands: 0, writing: 0, attention: 0 })).toBe(true);
  });

  it('timestamps have the shape of an ISO 8601 date or date-time', () => {
    const course = validator(objectSchema(courseContract()));
    const observation = { crs: base };
    const at = (text: string) => course({ infusionAt: '2026-03-02', observations: [{ at: text, ...observation }] });
    for (const text of ['2026-03-03', '2026-03-03T14:30', '2026-03-03T14:30:05', '2026-03-03T14:30:05.123Z', '2026-03-03T14:30+01:00']) expect(at(text)).toBe(true);
    for (const text of ['03/03/2026', '2026-03-03 14:30', '2026-03-03T14', 'x2026-03-03', '2026-03-03Zx', '']) expect(at(text)).toBe(false);
    expect(course({ infusionAt: 20260302, observations: [{ at: '2026-03-03', ...observation }] })).toBe(false);
  });
});

describe('the CRS rules, each from both sides', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['a nasal cannula without its flow', { ...base, oxygen: { device: 'nasal-cannula' } }, { oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } }],
    ['a high-flow cannula without its flow', { ...base, oxygen: { device: 'high-flow-nasal-cannula' } }, { oxygen: { device: 'high-flow-nasal-cannula', flowLitersPerMinute: 40 } }],
    ['a flow on room air', { ...base, oxygen: { device: 'room-air', flowLitersPerMinute: 2 } }, { oxygen: { device: 'blow-by', flowLitersPerMinute: 2 } }],
    ['a fraction of 22% on room air', { ...base, oxygen: { device: 'room-air', inspiredOxygenFractionPercent: 22 } }, { oxygen: { device: 'room-air', inspiredOxygenFractionPercent: 21 } }],
    ['a vasopressor without hypotension', { ...onPressor, hypotension: false }, { hypotension: true }],
    ['fluid boluses without hypotension', { ...base, multipleFluidBoluses: true }, { multipleFluidBoluses: false }],
    ['a dose without a vasopressor', { ...base, hypotension: true, vasopressorDose: 'low' }, { vasopressors: [{ agent: 'dopamine' }] }],
    ['a duration without a vasopressor', { ...base, hypotension: true, vasopressorDurationHours: 2 }, { vasopressors: [{ agent: 'dopamine' }] }],
    ['life-threatening hypotension without a vasopressor', { ...base, hypotension: true, lifeThreateningHypotension: true }, { vasopressors: [{ agent: 'dopamine' }] }],
    ['a high-dose time with a low dose', { ...onPressor, vasopressorDose: 'low', highDoseVasopressorDurationHours: 3 }, { vasopressorDose: 'high' }],
    ['a high-dose time with no dose', { ...onPressor, highDoseVasopressorDurationHours: 3 }, { vasopressorDose: 'refractory-to-high' }],
    ['refractory, hypotension not life-threatening', { ...onPressor, vasopressorDose: 'refractory-to-high', lifeThreateningHypotension: false }, { lifeThreateningHypotension: true }],
    ['organ toxicity 4, not life-threatening', { ...base, organToxicityGrade: 4, lifeThreatening: false }, { organToxicityGrade: 3 }],
    ['intubated, not life-threatening', { ...base, oxygen: { device: 'mechanical-ventilation' }, lifeThreatening: false }, { lifeThreatening: true }],
    ['refractory, not life-threatening', { ...onPressor, vasopressorDose: 'refractory-to-high', lifeThreatening: false }, { vasopressorDose: 'high' }],
    ['life-threatening hypotension, not life-threatening', { ...onPressor, lifeThreateningHypotension: true, lifeThreatening: false }, { lifeThreatening: true }],
    ['no intervention with hypotension', { ...base, hypotension: true, treatmentResponse: 'no-intervention' }, { treatmentResponse: 'prompt-response' }],
    ['no intervention on blow-by', { ...base, oxygen: { device: 'blow-by' }, treatmentResponse: 'no-intervention' }, { oxygen: { device: 'room-air' } }],
    ['no intervention on BiPAP', { ...base, oxygen: { device: 'bipap' }, treatmentResponse: 'no-intervention' }, { treatmentResponse: 'prolonged-or-recurrent' }],
    ['no intervention with boluses', { ...base, hypotension: true, multipleFluidBoluses: true, treatmentResponse: 'no-intervention' }, { treatmentResponse: 'prompt-response' }],
    ['no intervention with IV therapy', { ...base, intravenousTherapy: true, treatmentResponse: 'no-intervention' }, { intravenousTherapy: false }],
    ['no intervention with replacement', { ...base, coagulopathyNeedingReplacement: true, treatmentResponse: 'no-intervention' }, { coagulopathyNeedingReplacement: false }],
    ['no intervention, fever masked', { ...base, feverMasked: true, treatmentResponse: 'no-intervention' }, { feverMasked: false }],
    ['no intervention, life-threatening', { ...base, lifeThreatening: true, treatmentResponse: 'no-intervention' }, { lifeThreatening: false }],
    ['no intervention, organ toxicity 4', { ...base, organToxicityGrade: 4, treatmentResponse: 'no-intervention' }, { organToxicityGrade: 3 }],
  ])('%s', (_name, invalid, fix) => {
    expect(crs(invalid)).toBe(false);
    expect(crs({ ...invalid, ...fix })).toBe(true);
  });

  it('names the rule it cannot state, and only that one', () => {
    expect(objectKeywords(CRS_ASSESSMENT_CONTRACT)['$comment']).toBe(
      'Also checked by the graders, but not expressible in JSON Schema: highDoseVasopressorDurationHours (high-dose-duration-too-long).',
    );
    // A longer high-dose time is accepted by the document (the graders refuse it).
    expect(crs({ ...onPressor, vasopressorDose: 'high', vasopressorDurationHours: 2, highDoseVasopressorDurationHours: 5 })).toBe(true);
  });

  it('a contract whose rules are all stated has no $comment; one without rules has no allOf either', () => {
    expect(objectKeywords(OXYGEN_SUPPORT_CONTRACT)).toEqual({ additionalProperties: false, allOf: expect.any(Array) as unknown });
    expect(objectKeywords(ICE_ITEMS_CONTRACT)).toEqual({ additionalProperties: false });
  });
});

describe('the ICANS instrument rules (default age boundary 12), each from both sides', () => {
  const icans = validator(objectSchema(icansAssessmentContract()));
  const adult = { ageYears: 12, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] };
  const child = { ...adult, ageYears: 11.9 };
  it.each<[string, Record<string, unknown>, Record<string, unknown>]>([
    ['12 years: ICE required', adult, { ice: 10 }],
    ['12 years: CAPD not allowed', { ...adult, ice: 10, capd: 0 }, { capd: undefined }],
    ['11.9 years: CAPD required', child, { capd: 0 }],
    ['11.9 years: ICE not allowed', { ...child, capd: 0, ice: 10 }, { ice: undefined }],
    ['30 years with developmental delay: CAPD required', { ...adult, ageYears: 30, developmentalDelay: true }, { capd: 3 }],
    ['30 years with developmental delay: ICE not allowed', { ...adult, ageYears: 30, developmentalDelay: true, capd: 3, ice: 10 }, { ice: undefined }],
    ['unarousable: no ICE above 0', { ...adult, consciousness: 'unarousable', ice: 1 }, { ice: 0 }],
    ['unarousable: no ICE items above 0', { ...adult, consciousness: 'unarousable', ice: { orientation: 0, naming: 0, commands: 0, writing: 0, attention: 1 } }, { ice: undefined }],
    ['unarousable child: no CAPD', { ...child, consciousness: 'unarousable', capd: 9 }, { capd: undefined }],
    ['unarousable and sedated', { ...adult, consciousness: 'unarousable', sedated: true }, { sedated: false }],
  ])('%s', (_name, invalid, fix) => {
    const fixed = Object.fromEntries(Object.entries({ ...invalid, ...fix }).filter(([, value]) => value !== undefined));
    expect(icans(invalid)).toBe(false);
    expect(icans(fixed)).toBe(true);
  });

  it('an unarousable adult needs no ICE, and ICE 0 is allowed', () => {
    expect(icans({ ...adult, consciousness: 'unarousable' })).toBe(true);
    expect(icans({ ...adult, consciousness: 'unarousable', ice: 0 })).toBe(true);
    expect(icans({ ...adult, consciousness: 'unarousable', ice: { orientation: 0, naming: 0, commands: 0, writing: 0, attention: 0 } })).toBe(true);
  });

  it('follows the boundary it was built for', () => {
    const at13 = validator(objectSchema(icansAssessmentContract(13)));
    expect(at13({ ...adult, capd: 2 })).toBe(true);
    expect(at13({ ...adult, ageYears: 13, ice: 9 })).toBe(true);
    expect(at13({ ...adult, ice: 9 })).toBe(false);
  });
});

describe('the course rules', () => {
  const course = validator(objectSchema(courseContract()));
  it('needs at least one observation, each with CRS or ICANS', () => {
    expect(course({ infusionAt: '2026-03-02', observations: [] })).toBe(false);
    expect(course({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03' }] })).toBe(false);
    expect(course({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: base }] })).toBe(true);
    expect(course({ infusionAt: '2026-03-02', observations: [{ at: '2026-03-03', crs: base }, { at: '2026-03-03', crs: base }] })).toBe(true);
  });
});

describe('ruleSchema', () => {
  const contract = defineContract<{ a?: number | undefined; b?: number | undefined; c?: 'x' | 'y' | undefined }>(() => ({
    fields: { a: optional(numberField({ min: 0, max: 10 })), b: optional(numberField({ min: 0, max: 10 })), c: optional(oneOfField(['x', 'y'])) },
  }));
  const check = (rule: Rule) => validator({ ...objectSchema(contract), allOf: [ruleSchema(rule)] });
  const params = {} as never;

  it.each<[string, Rule, unknown[], unknown[]]>([
    ['present', { code: 'flow-on-room-air', at: 'a', when: [{ field: 'a', present: true }], params }, [{ a: 1 }], [{}, { b: 1 }]],
    ['absent', { code: 'flow-on-room-air', at: 'a', when: [{ field: 'a', present: false }], params }, [{}, { b: 1 }], [{ a: 1 }]],
    ['equals', { code: 'flow-on-room-air', at: 'c', when: [{ field: 'c', equals: 'x' }], params }, [{ c: 'x' }], [{ c: 'y' }, {}]],
    ['one of', { code: 'flow-on-room-air', at: 'c', when: [{ field: 'c', oneOf: ['x'] }], params }, [{ c: 'x' }], [{ c: 'y' }, {}]],
    ['below', { code: 'flow-on-room-air', at: 'a', when: [{ field: 'a', below: 5 }], params }, [{ a: 4.9 }, { a: 0 }], [{ a: 5 }, { a: 6 }, {}]],
    ['at least', { code: 'flow-on-room-air', at: 'a', when: [{ field: 'a', atLeast: 5 }], params }, [{ a: 5 }, { a: 10 }], [{ a: 4.9 }, {}]],
    ['not', { code: 'flow-on-room-air', at: 'c', when: [{ not: { field: 'c', equals: 'x' } }], params }, [{ c: 'y' }, {}], [{ c: 'x' }]],
    ['any of', { code: 'flow-on-room-air', at: 'a', when: [{ anyOf: [{ field: 'a', below: 2 }, { field: 'c', equals: 'x' }] }], params }, [{ a: 1 }, { c: 'x' }, { a: 5, c: 'x' }], [{ a: 5 }, { c: 'y' }, {}]],
    ['all of two', { code: 'flow-on-room-air', at: 'a', when: [{ field: 'a', present: true }, { field: 'c', equals: 'x' }], params }, [{ a: 1, c: 'x' }], [{ a: 1 }, { c: 'x' }]],
  ])('%s: refuses what meets it, accepts the rest', (_name, rule, refused, accepted) => {
    const validate = check(rule);
    for (const value of refused) expect(validate(value)).toBe(false);
    for (const value of accepted) expect(validate(value)).toBe(true);
  });

  it('is undefined for a rule that compares two fields, also inside not or anyOf', () => {
    const exceeds = { field: 'a', exceeds: 'b' } as const;
    expect(ruleSchema({ code: 'high-dose-duration-too-long', at: 'a', when: [exceeds], params: () => ({ hours: 0, totalHours: 0 }) })).toBeUndefined();
    expect(ruleSchema({ code: 'flow-on-room-air', at: 'a', when: [{ field: 'c', equals: 'x' }, { not: exceeds }], params })).toBeUndefined();
    expect(ruleSchema({ code: 'flow-on-room-air', at: 'a', when: [{ anyOf: [{ field: 'c', equals: 'x' }, exceeds] }], params })).toBeUndefined();
  });

  it('states a nested field as required properties at each level', () => {
    expect(ruleSchema({ code: 'flow-on-room-air', at: 'o', when: [{ field: 'o.d', equals: 'x' }], params })).toEqual({
      not: { allOf: [{ required: ['o'], properties: { o: { required: ['d'], properties: { d: { const: 'x' } } } } }] },
    });
    expect(ruleSchema({ code: 'flow-on-room-air', at: 'a', when: [{ field: 'a', nonEmpty: true }, { field: 'b', nonEmpty: false }], params })).toEqual({
      not: { allOf: [{ required: ['a'], properties: { a: { minItems: 1 } } }, { required: ['b'], properties: { b: { maxItems: 0 } } }] },
    });
  });
});
