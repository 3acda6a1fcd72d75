import { describe, expect, it } from 'vitest';
import { complete, gradeOn, onOxygen, onVasopressor, without } from './helpers.js';

const cartox = (overrides: Parameters<typeof gradeOn>[1], base = complete) => gradeOn('cartox-2018', overrides, base);

describe('CARTOX, adult (clinical reference §3.7)', () => {
  it.each([
    ['37.9 °C', { temperatureCelsius: 37.9 }, 0],
    ['38.0 °C', { temperatureCelsius: 38.0 }, 1],
    ['constitutional symptoms alone are not a CARTOX criterion', { temperatureCelsius: 37, constitutionalSymptoms: true }, 0],
    ['organ toxicity grade 1 without fever', { temperatureCelsius: 37, organToxicityGrade: 1 }, 1],
    ['fluid-responsive hypotension', { hypotension: true }, 2],
    ['one low-dose vasopressor', onVasopressor('low', 1), 2],
    ['one high-dose vasopressor (no duration rule)', onVasopressor('high', 1), 3],
    ['two low-dose vasopressors', onVasopressor('low', 1, [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }]), 3],
    ['life-threatening hypotension (refractory to high dose)', onVasopressor('refractory-to-high', 1), 4],
    ['FiO2 39%', onOxygen('venturi-mask', 39), 2],
    ['FiO2 40%', onOxygen('venturi-mask', 40), 3],
    ['CPAP at FiO2 60%', onOxygen('cpap', 60), 3],
    ['CPAP at FiO2 30% (more than oxygen, not ventilator support)', onOxygen('cpap', 30), 3],
    ['ventilator support', onOxygen('mechanical-ventilation', 40), 4],
    ['organ toxicity grade 2', { organToxicityGrade: 2 }, 2],
    ['organ toxicity grade 3', { organToxicityGrade: 3 }, 3],
    ['organ toxicity grade 4', { organToxicityGrade: 4 }, 4],
    ['transaminitis grade 3', { transaminitisGrade: 3 }, 3],
    ['transaminitis grade 4 (except transaminitis at 4)', { transaminitisGrade: 4 }, 3],
    ['death', { diedOfCrs: true }, 5],
  ] as const)('%s → %s', (_name, overrides, expected) => {
    expect(cartox(overrides)).toEqual(expected);
  });

  it('needs the dose and whether the hypotension is life-threatening, since either can make it grade 4', () => {
    const twoAgents = { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }, { agent: 'epinephrine' }] } as const;
    expect(cartox(twoAgents)).toEqual(['vasopressorDose', 'lifeThreateningHypotension']);
    // Not life-threatening: several agents are grade 3 whatever the dose (refractory would contradict it).
    expect(cartox({ ...twoAgents, lifeThreateningHypotension: false })).toBe(3);
    // One agent, not life-threatening: the dose decides between 2 and 3.
    expect(cartox({ hypotension: true, vasopressors: [{ agent: 'dopamine' }], lifeThreateningHypotension: false })).toEqual(['vasopressorDose']);
    // A stated dose still leaves grade 4 open until the hypotension is said not to be life-threatening.
    expect(cartox({ ...twoAgents, vasopressorDose: 'high' })).toEqual(['lifeThreateningHypotension']);
    expect(cartox({ ...twoAgents, lifeThreateningHypotension: true })).toBe(4);
  });

  it('needs organ toxicity and transaminitis grades unless the grade is already at their ceiling', () => {
    expect(cartox({}, without(complete, 'organToxicityGrade', 'transaminitisGrade'))).toEqual(['organToxicityGrade', 'transaminitisGrade']);
    expect(cartox(onOxygen('simple-face-mask', 50), without(complete, 'transaminitisGrade'))).toBe(3);
  });
});
