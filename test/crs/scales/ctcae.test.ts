import { describe, expect, it } from 'vitest';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import { complete, gradeOn, onOxygen, onVasopressor, without, merge } from './helpers.js';

describe('CTCAE v5.0 (clinical reference Part 2 §B.1)', () => {
  const v5 = (overrides: Parameters<typeof gradeOn>[1], base = complete) => gradeOn('ctcae-v5.0', overrides, base);
  it.each([
    ['37.9 °C', { temperatureCelsius: 37.9 }, 0],
    ['fever', {}, 1],
    ['hypotension responding to fluids, no fever', { temperatureCelsius: 37, hypotension: true }, 2],
    ['one pressor', onVasopressor('low', 1), 3],
    ['two pressors (no row for several)', onVasopressor('high', 1, [{ agent: 'norepinephrine' }, { agent: 'epinephrine' }]), 3],
    ['vasopressin alone', onVasopressor('low', 1, [{ agent: 'vasopressin' }]), 3],
    ['O2 39%', onOxygen('nasal-cannula', 39, 8), 2],
    ['O2 40%', onOxygen('nasal-cannula', 40, 2), 3],
    ['BiPAP at 35% (no positive-pressure row: graded by oxygen fraction)', onOxygen('bipap', 35), 2],
    ['intubation at 35%: the urgent intervention of grade 4', onOxygen('mechanical-ventilation', 35), 4],
    ['life-threatening consequences', { lifeThreatening: true }, 4],
    ['constitutional symptoms without fever', { temperatureCelsius: 37, constitutionalSymptoms: true }, 0],
    ['organ toxicity grade 3 is not a CTCAE CRS criterion', { organToxicityGrade: 3 }, 1],
    ['organ toxicity grade 4 is a life-threatening consequence', { organToxicityGrade: 4 }, 4],
    ['death', { diedOfCrs: true }, 5],
  ] as const)('%s → %s', (_name, overrides, expected) => {
    expect(v5(overrides)).toEqual(expected);
  });

  it('always needs lifeThreatening below grade 4, and the FiO2 of any oxygen', () => {
    expect(v5({}, without(complete, 'lifeThreatening'))).toEqual(['lifeThreatening']);
    expect(v5({ oxygen: { device: 'blow-by' } })).toEqual(['oxygen.inspiredOxygenFractionPercent']);
  });
});

describe('CTCAE v6.0 (clinical reference Part 2 §C.1): not ASTCT', () => {
  const v6 = (overrides: Parameters<typeof gradeOn>[1]) => gradeOn('ctcae-v6.0', overrides);
  it.each([
    ['fever', {}, 1],
    ['blow-by', { oxygen: { device: 'blow-by' } }, 2],
    ['nasal cannula at 6 L/min', { oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 6 } }, 2],
    ['nasal cannula at 6.5 L/min: banded by flow, as the project decided', { oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 6.5 } }, 3],
    ['high-flow nasal cannula at 6 L/min', { oxygen: { device: 'high-flow-nasal-cannula', flowLitersPerMinute: 6 } }, 2],
    ['high-flow nasal cannula at 30 L/min', { oxygen: { device: 'high-flow-nasal-cannula', flowLitersPerMinute: 30 } }, 3],
    ['mechanical ventilation', { oxygen: { device: 'mechanical-ventilation' } }, 4],
    ['non-rebreather mask', { oxygen: { device: 'non-rebreather-mask' } }, 3],
    ['BiPAP without life-threatening consequences', { oxygen: { device: 'bipap' } }, 3],
    ['one pressor plus vasopressin (no vasopressin rule)', { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }] }, 3],
    ['masked fever is not a v6.0 rule', { temperatureCelsius: 37, feverMasked: true }, 0],
    ['life-threatening consequences', { lifeThreatening: true }, 4],
  ] as const)('%s → %s', (_name, overrides, expected) => {
    expect(v6(overrides)).toEqual(expected);
  });

  it('says where it differs from ASTCT', () => {
    const result = gradeCRS(merge(complete, { oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 8 } }), { scale: 'ctcae-v6.0' });
    expect(result.notes).toContain('cannula-banded-by-flow');
    expect(gradeCRS(merge(complete, { oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 4 } }), { scale: 'ctcae-v6.0' }).notes).toEqual([]);
    const bipap = gradeCRS(merge(complete, { oxygen: { device: 'bipap' } }), { scale: 'ctcae-v6.0' });
    expect(bipap.notes).toContain('positive-pressure-not-listed');
  });
});

describe('CTCAE v4.03 (clinical reference §3.1, Part 2 §B.2)', () => {
  const v4 = (overrides: Parameters<typeof gradeOn>[1], base = complete) => gradeOn('ctcae-v4.03', overrides, base);
  it.each([
    ['nothing', { temperatureCelsius: 37 }, 0],
    ['a mild reaction (fever), no intervention', {}, 1],
    ['mild symptoms without fever', { temperatureCelsius: 37, constitutionalSymptoms: true }, 1],
    ['prompt response to symptomatic treatment', { treatmentResponse: 'prompt-response' }, 2],
    ['prolonged or recurrent', { treatmentResponse: 'prolonged-or-recurrent' }, 3],
    ['hospitalisation for CRS symptoms alone', { hospitalization: 'for-crs-symptoms' }, 1],
    ['hospitalisation for sequelae', { hospitalization: 'for-organ-dysfunction' }, 3],
    ['pressor support', onVasopressor('low', 1), 4],
    ['oxygen by mask (an intervention)', { oxygen: { device: 'simple-face-mask' } }, 2],
    ['hypotension without a pressor (IV fluids)', { hypotension: true }, 2],
    ['BiPAP (ventilatory support)', { oxygen: { device: 'bipap' } }, 4],
    ['CPAP (ventilatory support)', { oxygen: { device: 'cpap' } }, 4],
    ['ventilatory support', { oxygen: { device: 'mechanical-ventilation' } }, 4],
    ['life-threatening consequences', { lifeThreatening: true }, 4],
    ['death', { diedOfCrs: true }, 5],
  ] as const)('%s → %s', (_name, overrides, expected) => {
    expect(v4(overrides)).toEqual(expected);
  });

  it('needs the treatment response and hospitalisation unless pressors already make it grade 4', () => {
    const bare = without(complete, 'treatmentResponse', 'hospitalization');
    expect(v4({}, bare)).toEqual(['treatmentResponse', 'hospitalization']);
    expect(v4(onVasopressor('low', 1), bare)).toBe(4);
  });
});
