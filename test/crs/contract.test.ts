// The CRS contract's cross-field rules, each from both sides: the facts that cannot hold together
// are refused with an issue at one field naming the other; change either fact and the input grades.
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import { safeGradeCRS } from '../../src/crs/grade-crs.js';

const base: CrsAssessment = { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
const onPressor: CrsAssessment = { ...base, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] };

function verdict(assessment: Record<string, unknown>): string {
  const result = safeGradeCRS(assessment);
  return result.success ? 'valid' : result.error.issues.map(({ pathText, code, params }) => `${pathText}: ${code}${'other' in params ? ` (${params.other})` : ''}`).join('; ');
}

describe('contradictions are input errors naming both fields', () => {
  it.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    ['organ toxicity grade 4, not life-threatening', { ...base, organToxicityGrade: 4, lifeThreatening: false }, 'lifeThreatening: contradiction (organToxicityGrade)', { organToxicityGrade: 3 }],
    ['intubated, not life-threatening', { ...base, oxygen: { device: 'mechanical-ventilation' }, lifeThreatening: false }, 'lifeThreatening: contradiction (oxygen.device)', { oxygen: { device: 'bipap' } }],
    ['refractory to high doses, not life-threatening', { ...onPressor, vasopressorDose: 'refractory-to-high', lifeThreatening: false }, 'lifeThreatening: contradiction (vasopressorDose)', { vasopressorDose: 'high' }],
    ['life-threatening hypotension, not life-threatening', { ...onPressor, lifeThreateningHypotension: true, lifeThreatening: false }, 'lifeThreatening: contradiction (lifeThreateningHypotension)', { lifeThreateningHypotension: false }],
    ['refractory to high doses, hypotension not life-threatening', { ...onPressor, vasopressorDose: 'refractory-to-high', lifeThreateningHypotension: false }, 'lifeThreateningHypotension: contradiction (vasopressorDose)', { vasopressorDose: 'low' }],
    ['no intervention, with hypotension', { ...base, hypotension: true, treatmentResponse: 'no-intervention' }, 'treatmentResponse: contradiction (hypotension)', { hypotension: false }],
    ['no intervention, on a vasopressor', { ...onPressor, treatmentResponse: 'no-intervention' }, 'treatmentResponse: contradiction (hypotension)', { treatmentResponse: 'prompt-response' }],
    ['no intervention, on oxygen', { ...base, oxygen: { device: 'blow-by' }, treatmentResponse: 'no-intervention' }, 'treatmentResponse: contradiction (oxygen.device)', { oxygen: { device: 'room-air' } }],
    ['no intervention, with IV therapy', { ...base, intravenousTherapy: true, treatmentResponse: 'no-intervention' }, 'treatmentResponse: contradiction (intravenousTherapy)', { intravenousTherapy: false }],
    ['no intervention, with coagulopathy replacement', { ...base, coagulopathyNeedingReplacement: true, treatmentResponse: 'no-intervention' }, 'treatmentResponse: contradiction (coagulopathyNeedingReplacement)', { coagulopathyNeedingReplacement: false }],
    ['no intervention, fever masked by therapy', { ...base, feverMasked: true, treatmentResponse: 'no-intervention' }, 'treatmentResponse: contradiction (feverMasked)', { feverMasked: false }],
    ['no intervention, life-threatening', { ...base, lifeThreatening: true, treatmentResponse: 'no-intervention' }, 'treatmentResponse: contradiction (lifeThreatening)', { lifeThreatening: false }],
    ['no intervention, organ toxicity grade 4', { ...base, organToxicityGrade: 4, treatmentResponse: 'no-intervention' }, 'treatmentResponse: contradiction (organToxicityGrade)', { organToxicityGrade: 2 }],
  ])('%s', (_name, contradictory, expected, fix) => {
    expect(verdict(contradictory)).toBe(expected);
    expect(verdict({ ...contradictory, ...fix })).toBe('valid');
  });

  it('words the contradiction with both fields and what to do', () => {
    const result = safeGradeCRS({ ...base, organToxicityGrade: 4, lifeThreatening: false });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.message).toBe(
        'contradicts organToxicityGrade 4: a grade 4 organ toxicity has life-threatening consequences by the CTCAE definition of grade 4; correct one of the two',
      );
    }
  });

  it('reports one issue at a field, however many facts it contradicts', () => {
    expect(verdict({ ...onPressor, oxygen: { device: 'cpap' }, intravenousTherapy: true, treatmentResponse: 'no-intervention' })).toBe('treatmentResponse: contradiction (hypotension)');
  });
});

describe('facts that need other facts', () => {
  it.each<[string, Record<string, unknown>, string, Record<string, unknown>]>([
    ['a vasopressor without hypotension', { ...onPressor, hypotension: false }, 'vasopressors: vasopressors-without-hypotension', { vasopressors: [] }],
    ['fluid boluses without hypotension', { ...base, multipleFluidBoluses: true }, 'multipleFluidBoluses: boluses-without-hypotension', { multipleFluidBoluses: false }],
    ['a dose without a vasopressor', { ...base, vasopressorDose: 'low' }, 'vasopressorDose: without-vasopressors', { ...onPressor }],
    ['a duration without a vasopressor', { ...base, vasopressorDurationHours: 2 }, 'vasopressorDurationHours: without-vasopressors', { ...onPressor }],
    ['life-threatening hypotension without a vasopressor', { ...base, hypotension: true, lifeThreateningHypotension: true }, 'lifeThreateningHypotension: without-vasopressors', { vasopressors: [{ agent: 'dopamine' }] }],
    ['a high-dose time with a low dose', { ...onPressor, vasopressorDose: 'low', highDoseVasopressorDurationHours: 4 }, 'highDoseVasopressorDurationHours: high-dose-duration-without-high-dose', { vasopressorDose: 'high' }],
    ['a high-dose time with no dose stated', { ...onPressor, highDoseVasopressorDurationHours: 4 }, 'highDoseVasopressorDurationHours: high-dose-duration-without-high-dose', { vasopressorDose: 'refractory-to-high' }],
    ['a high-dose time longer than the time on vasopressors', { ...onPressor, vasopressorDose: 'high', vasopressorDurationHours: 5, highDoseVasopressorDurationHours: 5.5 }, 'highDoseVasopressorDurationHours: high-dose-duration-too-long', { highDoseVasopressorDurationHours: 5 }],
  ])('%s', (_name, invalid, expected, fix) => {
    expect(verdict(invalid)).toBe(expected);
    expect(verdict({ ...invalid, ...fix })).toBe('valid');
  });

  it('does not add a rule issue at a field that already has one of its own', () => {
    expect(verdict({ ...base, vasopressorDose: 'medium' })).toBe('vasopressorDose: expected-one-of');
  });
});

describe('the contradiction of no intervention with supplemental oxygen', () => {
  it('names the device and why it contradicts, in its params and its message', () => {
    const result = safeGradeCRS({ ...base, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 }, treatmentResponse: 'no-intervention' });
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue?.params).toEqual({ other: 'oxygen.device', otherValue: 'nasal-cannula', reason: 'is-an-intervention' });
    expect(issue?.message).toBe('contradicts oxygen.device "nasal-cannula": that is an intervention, and "no-intervention" says that none was needed; correct one of the two');
  });
});
