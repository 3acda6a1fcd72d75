import { describe, expect, it } from 'vitest';
import { CrsInputError, GradingInputError, gradeCRS, safeGradeCRS } from '../../src/index.js';

const valid = { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };

function issuesOf(input: unknown): { path: string; message: string }[] {
  const result = safeGradeCRS(input);
  if (result.success) throw new Error(`expected ${JSON.stringify(input)} to be rejected`);
  return result.error.issues.map(({ pathText, message }) => ({ path: pathText, message }));
}

describe('invalid input: each fails with an error naming the field and the allowed values', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['not an object', 42, '', /expected an object; received 42/],
    ['null', null, '', /expected an object; received null/],
    ['an array', [valid], '', /expected an object; received an array/],
    ['missing temperature', { ...valid, temperatureCelsius: undefined }, 'temperatureCelsius', /required/],
    ['temperature as a string', { ...valid, temperatureCelsius: '38.5' }, 'temperatureCelsius', /a number from 25 to 45 °C; received "38.5"/],
    ['temperature NaN', { ...valid, temperatureCelsius: Number.NaN }, 'temperatureCelsius', /received NaN/],
    ['temperature Infinity', { ...valid, temperatureCelsius: Number.POSITIVE_INFINITY }, 'temperatureCelsius', /received Infinity/],
    ['temperature in Fahrenheit', { ...valid, temperatureCelsius: 101.3 }, 'temperatureCelsius', /looks like degrees Fahrenheit \(101.3 °F is 38.5 °C\)/],
    ['temperature implausibly low', { ...valid, temperatureCelsius: 24.9 }, 'temperatureCelsius', /from 25 to 45 °C; received 24.9$/],
    ['temperature implausibly high', { ...valid, temperatureCelsius: 45.1 }, 'temperatureCelsius', /received 45.1$/],
    ['hypotension missing', { temperatureCelsius: 38, vasopressors: [], oxygen: { device: 'room-air' } }, 'hypotension', /required; state absence explicitly/],
    ['hypotension as "no"', { ...valid, hypotension: 'no' }, 'hypotension', /expected true or false; received "no"/],
    ['vasopressors missing', { ...valid, vasopressors: undefined }, 'vasopressors', /required/],
    ['vasopressors null', { ...valid, vasopressors: null }, 'vasopressors', /expected an array \(use \[\] for none\); received null/],
    ['vasopressor as a bare string', { ...valid, hypotension: true, vasopressors: ['norepinephrine'] }, 'vasopressors[0]', /expected an object/],
    ['unknown vasopressor', { ...valid, hypotension: true, vasopressors: [{ agent: 'noradrenaline' }] }, 'vasopressors[0].agent', /one of "norepinephrine", "epinephrine", "phenylephrine", "dopamine", "vasopressin", "angiotensin-ii"; received "noradrenaline"/],
    ['vasopressor listed twice', { ...valid, hypotension: true, vasopressors: [{ agent: 'dopamine' }, { agent: 'dopamine' }] }, 'vasopressors[1].agent', /listed twice/],
    ['vasopressor without hypotension', { ...valid, vasopressors: [{ agent: 'dopamine' }] }, 'vasopressors', /must be \[\] when hypotension is false/],
    ['vasopressor with an extra field', { ...valid, hypotension: true, vasopressors: [{ agent: 'dopamine', dose: 5 }] }, 'vasopressors[0].dose', /unknown field; allowed fields are "agent"/],
    ['oxygen missing', { ...valid, oxygen: undefined }, 'oxygen', /required/],
    ['oxygen as a string', { ...valid, oxygen: 'room-air' }, 'oxygen', /expected an object; received "room-air"/],
    ['unknown device', { ...valid, oxygen: { device: 'hfnc' } }, 'oxygen.device', /one of "room-air", "blow-by", "nasal-cannula"/],
    ['nasal cannula without flow', { ...valid, oxygen: { device: 'nasal-cannula' } }, 'oxygen.flowLitersPerMinute', /required for device "nasal-cannula"/],
    ['high-flow cannula without flow', { ...valid, oxygen: { device: 'high-flow-nasal-cannula' } }, 'oxygen.flowLitersPerMinute', /required/],
    ['flow on room air', { ...valid, oxygen: { device: 'room-air', flowLitersPerMinute: 2 } }, 'oxygen.flowLitersPerMinute', /not allowed on "room-air"/],
    ['zero flow', { ...valid, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 0 } }, 'oxygen.flowLitersPerMinute', /greater than 0 to 100 L\/min; received 0/],
    ['negative flow', { ...valid, oxygen: { device: 'blow-by', flowLitersPerMinute: -1 } }, 'oxygen.flowLitersPerMinute', /received -1/],
    ['flow NaN', { ...valid, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: Number.NaN } }, 'oxygen.flowLitersPerMinute', /received NaN/],
    ['flow as a string', { ...valid, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: '4' } }, 'oxygen.flowLitersPerMinute', /received "4"/],
    ['extra nesting', { ...valid, oxygen: { device: { device: 'cpap' } } }, 'oxygen.device', /received an object/],
    ['feverMasked as 1', { ...valid, feverMasked: 1 }, 'feverMasked', /expected true or false; received 1/],
    ['diedOfCrs as "yes"', { ...valid, diedOfCrs: 'yes' }, 'diedOfCrs', /expected true or false/],
    ['unknown top-level field', { ...valid, spo2: 91 }, 'spo2', /unknown field; allowed fields are "temperatureCelsius", "feverMasked", "hypotension", "vasopressors", "oxygen", "diedOfCrs"/],
    ['FiO2 below room air', { ...valid, oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent: 20.9 } }, 'oxygen.inspiredOxygenFractionPercent', /a number from 21 to 100 %; received 20.9$/],
    ['FiO2 as a fraction, not percent', { ...valid, oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent: 0.4 } }, 'oxygen.inspiredOxygenFractionPercent', /from 21 to 100 %/],
    ['FiO2 above 21% on room air', { ...valid, oxygen: { device: 'room-air', inspiredOxygenFractionPercent: 30 } }, 'oxygen.inspiredOxygenFractionPercent', /must be 21 on "room-air"/],
    ['vasopressor dose without vasopressors', { ...valid, vasopressorDose: 'low' }, 'vasopressorDose', /not allowed when vasopressors is \[\]/],
    ['vasopressor duration without vasopressors', { ...valid, vasopressorDurationHours: 4 }, 'vasopressorDurationHours', /not allowed when vasopressors is \[\]/],
    ['unknown vasopressor dose', { ...valid, hypotension: true, vasopressors: [{ agent: 'dopamine' }], vasopressorDose: 'medium' }, 'vasopressorDose', /one of "low", "high", "refractory-to-high"; received "medium"/],
    ['vasopressor duration 0 h', { ...valid, hypotension: true, vasopressors: [{ agent: 'dopamine' }], vasopressorDurationHours: 0 }, 'vasopressorDurationHours', /greater than 0 to 720 h; received 0$/],
    ['vasopressor duration above 720 h', { ...valid, hypotension: true, vasopressors: [{ agent: 'dopamine' }], vasopressorDurationHours: 720.1 }, 'vasopressorDurationHours', /greater than 0 to 720 h; received 720.1$/],
    ['FiO2 above 100%', { ...valid, oxygen: { device: 'cpap', inspiredOxygenFractionPercent: 100.1 } }, 'oxygen.inspiredOxygenFractionPercent', /from 21 to 100 %; received 100.1$/],
    ['fluid boluses without hypotension', { ...valid, multipleFluidBoluses: true }, 'multipleFluidBoluses', /must be false or absent when hypotension is false/],
    ['organ toxicity grade 2.5', { ...valid, organToxicityGrade: 2.5 }, 'organToxicityGrade', /an integer from 0 to 4; received 2.5$/],
    ['transaminitis grade 5', { ...valid, transaminitisGrade: 5 }, 'transaminitisGrade', /an integer from 0 to 4; received 5$/],
    ['unknown hospitalisation', { ...valid, hospitalization: 'icu' }, 'hospitalization', /one of "none", "for-crs-symptoms", "for-organ-dysfunction"; received "icu"/],
    ['unknown treatment response', { ...valid, treatmentResponse: 'slow' }, 'treatmentResponse', /one of "no-intervention", "prompt-response", "prolonged-or-recurrent"/],
    ['life-threatening as "yes"', { ...valid, lifeThreatening: 'yes' }, 'lifeThreatening', /expected true or false; received "yes"/],
    ['a JSON __proto__ key', JSON.parse('{"temperatureCelsius":38.5,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"},"__proto__":{"hypotension":true}}'), '__proto__', /unknown field/],
  ])('%s', (_name, input, path, message) => {
    const issues = issuesOf(input);
    const issue = issues.find((candidate) => candidate.path === path);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue?.message).toMatch(message);
  });

  it('never reads an inherited field as data', () => {
    const inherited: unknown = Object.create({ hypotension: false });
    Object.assign(inherited as object, { temperatureCelsius: 38.5, vasopressors: [], oxygen: { device: 'room-air' } });
    expect(issuesOf(inherited)).toEqual([{ path: 'hypotension', message: 'required; state absence explicitly rather than leaving it out' }]);
  });

  it('reports every problem at once', () => {
    expect(issuesOf({ temperatureCelsius: 101.3, hypotension: 'no' }).map(({ path }) => path)).toEqual(['temperatureCelsius', 'hypotension', 'vasopressors', 'oxygen']);
  });

  it('accepts an explicit undefined optional field as absent', () => {
    expect(safeGradeCRS({ ...valid, feverMasked: undefined }).success).toBe(true);
  });
});

describe('gradeCRS throws a typed error', () => {
  it('is a CrsInputError and a GradingInputError whose message lists each path', () => {
    let caught: unknown;
    try {
      gradeCRS({ ...valid, temperatureCelsius: 101.3, oxygen: { device: 'nasal-cannula' } } as never);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(CrsInputError);
    expect(caught).toBeInstanceOf(GradingInputError);
    const error = caught as CrsInputError;
    expect(error.name).toBe('CrsInputError');
    expect(error.message).toMatch(/^Invalid CRS assessment \(2 problems\):\n- temperatureCelsius: .*\n- oxygen\.flowLitersPerMinute: /);
    expect(Object.isFrozen(error.issues)).toBe(true);
  });

  it('keeps library frames out of the stack', () => {
    const result = safeGradeCRS(null);
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.message).toBe('Invalid CRS assessment (1 problem):\n- (input): expected an object; received null');
      expect(result.error.stack ?? '').not.toMatch(/contract\/read|grade-crs\.ts/);
    }
  });

  it('validates even when called from plain JavaScript with no types', () => {
    expect(() => gradeCRS({ temperatureCelsius: 39 } as never)).toThrow(CrsInputError);
  });
});

describe('options', () => {
  it.each<[string, unknown, string, RegExp]>([
    ['an unknown scale', { scale: 'astct' }, 'options.scale', /one of "astct-2019", "ctcae-v4.03", "ctcae-v5.0", "ctcae-v6.0", "lee-2014", "penn-2018", "mskcc-2018", "cartox-2018"; received "astct"/],
    ['a scale given as a number', { scale: 2019 }, 'options.scale', /received 2019/],
    ['options not an object', 'lee-2014', 'options', /expected an object/],
    ['an unknown option', { scale: 'lee-2014', strict: true }, 'options.strict', /unknown field; allowed fields are "scale"/],
  ])('rejects %s', (_name, options, path, message) => {
    const result = safeGradeCRS(valid, options as never);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    expect(result.error.issues[0]).toMatchObject({ pathText: path });
    expect(result.error.issues[0]?.message).toMatch(message);
    expect(() => gradeCRS(valid as never, options as never)).toThrow(CrsInputError);
  });

  it('defaults to ASTCT 2019, with or without an options object', () => {
    expect(gradeCRS(valid as never).scale).toBe('astct-2019');
    expect(gradeCRS(valid as never, {}).scale).toBe('astct-2019');
    expect(gradeCRS(valid as never, { scale: undefined }).scale).toBe('astct-2019');
    const result = safeGradeCRS(valid, { scale: 'mskcc-2018' });
    expect(result.success && result.data.scale).toBe('mskcc-2018');
  });
});
