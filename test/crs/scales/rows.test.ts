/**
 * The rows several scales share (fever, symptoms, oxygen fraction, organ toxicity, transaminitis,
 * hospitalisation, life-threatening consequences, death, the vasopressin note), read on every scale
 * that uses them: the same finding codes, each scale's own grade for them, and the same way of
 * naming an absent fact.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment, OrganToxicityGrade } from '../../../src/crs/assessment.js';
import type { CrsFinding } from '../../../src/crs/findings.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { CrsFact } from '../../../src/crs/grading.js';
import type { Grade } from '../../../src/grading/grading.js';
import { type OtherScale, found, gradable, omit, quiet, rowOf, unknown } from './outcome.js';

/** Every fact any scale reads, stated as absent; no scale lacks one. */
const stated: CrsAssessment = {
  ...quiet,
  constitutionalSymptoms: false,
  organToxicityGrade: 0,
  transaminitisGrade: 0,
  coagulopathyNeedingReplacement: false,
  hospitalization: 'none',
  intravenousTherapy: false,
  treatmentResponse: 'no-intervention',
  lifeThreatening: false,
};
/** Oxygen is an intervention (CTCAE v4.03): here one with a prompt response. */
const onOxygen: CrsAssessment = { ...stated, treatmentResponse: 'prompt-response' };
/** Life-threatening consequences need urgent intervention: never with 'no-intervention'. */
const urgent: CrsAssessment = { ...stated, treatmentResponse: 'prolonged-or-recurrent' };

const OTHER_SCALES: readonly OtherScale[] = ['ctcae-v4.03', 'ctcae-v5.0', 'ctcae-v6.0', 'lee-2014', 'penn-2018', 'mskcc-2018', 'cartox-2018'];

describe('fever row: 38.0 °C or more is grade 1 on every scale', () => {
  it.each(OTHER_SCALES)('%s', (scale) => {
    expect(rowOf(gradable(scale, { ...stated, temperatureCelsius: 37.9 }), 'fever')).toEqual(found('fever', 'no-fever', 0));
    const febrile = gradable(scale, { ...stated, temperatureCelsius: 38 });
    expect(rowOf(febrile, 'fever')).toEqual(found('fever', 'fever', 1));
    expect(febrile.grade).toBe(1);
  });
});

describe('death row: grade 5 on every scale, the only driver', () => {
  it.each(OTHER_SCALES)('%s', (scale) => {
    expect(rowOf(gradable(scale, stated), 'death')).toEqual(found('death', 'no-death-from-crs', 0));
    const died = gradable(scale, { ...onOxygen, oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent: 50 }, diedOfCrs: true });
    expect(died.grade).toBe(5);
    expect(died.drivers).toEqual([found('death', 'died-of-crs', 5)]);
  });
});

describe('constitutional symptoms row: grade 1 on CTCAE v4.03, Lee 2014, Penn and MSKCC', () => {
  it.each(['ctcae-v4.03', 'lee-2014', 'penn-2018', 'mskcc-2018'] as const)('%s', (scale) => {
    expect(rowOf(gradable(scale, stated), 'constitutional-symptoms')).toEqual(found('constitutional-symptoms', 'no-constitutional-symptoms', 0));
    const symptoms = gradable(scale, { ...stated, constitutionalSymptoms: true });
    expect(symptoms.drivers).toEqual([found('constitutional-symptoms', 'constitutional-symptoms', 1)]);
    expect(unknown(scale, omit(stated, 'constitutionalSymptoms'))).toEqual({ missing: ['constitutionalSymptoms'], possibleGrades: { min: 0, max: 1 } });
  });

  it.each(['ctcae-v5.0', 'ctcae-v6.0', 'cartox-2018'] as const)('%s has no such row', (scale) => {
    const result = gradable(scale, { ...stated, constitutionalSymptoms: true });
    expect(result.grade).toBe(0);
    expect(rowOf(result, 'constitutional-symptoms')).toBeUndefined();
  });
});

describe('oxygen fraction row: below 40% 2, 40% or more 3, on CTCAE v5.0, Lee 2014, MSKCC and CARTOX', () => {
  const byFraction = ['ctcae-v5.0', 'lee-2014', 'mskcc-2018', 'cartox-2018'] as const;

  it.each(byFraction)('%s', (scale) => {
    const at = (inspiredOxygenFractionPercent: number) => gradable(scale, { ...onOxygen, oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent } });
    expect(rowOf(at(39), 'hypoxia')).toEqual(found('hypoxia', 'oxygen-below-40-percent', 2));
    expect(rowOf(at(40), 'hypoxia')).toEqual(found('hypoxia', 'oxygen-40-percent-or-more', 3));
    expect(unknown(scale, { ...onOxygen, oxygen: { device: 'simple-face-mask' } })).toEqual({ missing: ['oxygen.inspiredOxygenFractionPercent'], possibleGrades: { min: 2, max: 3 } });
  });

  it.each([
    ['ctcae-v5.0', found('hypoxia', 'oxygen-below-40-percent', 2), ['positive-pressure-not-listed']],
    ['lee-2014', found('hypoxia', 'non-invasive-ventilation', 3), ['non-invasive-ventilation-not-ventilator-support']],
    ['mskcc-2018', found('hypoxia', 'non-invasive-ventilation', 3), ['non-invasive-ventilation-not-ventilator-support']],
    ['cartox-2018', found('hypoxia', 'non-invasive-ventilation', 3), ['non-invasive-ventilation-not-ventilator-support']],
  ] as const)('CPAP at FiO2 30 on %s', (scale, row, notes) => {
    const result = gradable(scale, { ...onOxygen, oxygen: { device: 'cpap', inspiredOxygenFractionPercent: 30 } });
    expect(rowOf(result, 'hypoxia')).toEqual(row);
    expect(result.notes).toEqual(notes);
  });
});

describe('organ toxicity and transaminitis rows: each scale its own mapping of the CTCAE grade', () => {
  const ORGAN_FINDINGS = ['no-organ-toxicity', 'organ-toxicity-grade-1', 'organ-toxicity-grade-2', 'organ-toxicity-grade-3', 'organ-toxicity-grade-4'] as const;
  const TRANSAMINITIS_FINDINGS = ['no-transaminitis', 'transaminitis-grade-1', 'transaminitis-grade-2', 'transaminitis-grade-3', 'transaminitis-grade-4'] as const;
  const GRADES: readonly OrganToxicityGrade[] = [0, 1, 2, 3, 4];

  it.each([
    ['lee-2014', [0, 0, 2, 3, 4], [0, 0, 2, 3, 3]],
    ['penn-2018', [0, 0, 2, 3, 4], [0, 0, 0, 2, 3]],
    ['cartox-2018', [0, 1, 2, 3, 4], [0, 1, 2, 3, 3]],
  ] as const)('%s: organ toxicity 0-4 → %j, transaminitis 0-4 → %j', (scale, organ, transaminitis) => {
    for (const grade of GRADES) {
      // Grade 4 organ toxicity is life-threatening: lifeThreatening is left out rather than contradicted.
      const base = grade === 4 ? omit(urgent, 'lifeThreatening') : stated;
      expect(rowOf(gradable(scale, { ...base, organToxicityGrade: grade }), 'organ-toxicity')).toEqual(found('organ-toxicity', ORGAN_FINDINGS[grade] as CrsFinding, organ[grade] as Grade));
      expect(rowOf(gradable(scale, { ...stated, transaminitisGrade: grade }), 'transaminitis')).toEqual(
        found('transaminitis', TRANSAMINITIS_FINDINGS[grade] as CrsFinding, transaminitis[grade] as Grade),
      );
    }
    expect(unknown(scale, omit(stated, 'organToxicityGrade'))).toEqual({ missing: ['organToxicityGrade'], possibleGrades: { min: 0, max: organ[4] } });
    expect(unknown(scale, omit(stated, 'transaminitisGrade'))).toEqual({ missing: ['transaminitisGrade'], possibleGrades: { min: 0, max: transaminitis[4] } });
  });
});

describe('hospitalisation row: CTCAE v4.03 (symptoms 0, organ dysfunction 3) and Penn (2, 3)', () => {
  it.each([
    ['ctcae-v4.03', 0, 3],
    ['penn-2018', 2, 3],
  ] as const)('%s', (scale, forSymptoms, forOrganDysfunction) => {
    expect(rowOf(gradable(scale, stated), 'hospitalization')).toEqual(found('hospitalization', 'not-hospitalized', 0));
    expect(rowOf(gradable(scale, { ...stated, hospitalization: 'for-crs-symptoms' }), 'hospitalization')).toEqual(found('hospitalization', 'hospitalized-for-crs-symptoms', forSymptoms));
    expect(rowOf(gradable(scale, { ...stated, hospitalization: 'for-organ-dysfunction' }), 'hospitalization')).toEqual(
      found('hospitalization', 'hospitalized-for-organ-dysfunction', forOrganDysfunction),
    );
    expect(unknown(scale, omit(stated, 'hospitalization'))).toEqual({ missing: ['hospitalization'], possibleGrades: { min: 0, max: 3 } });
  });

  it.each(['ctcae-v5.0', 'ctcae-v6.0', 'lee-2014', 'mskcc-2018', 'cartox-2018'] as const)('%s has no such row', (scale) => {
    expect(rowOf(gradable(scale, { ...stated, hospitalization: 'for-organ-dysfunction' }), 'hospitalization')).toBeUndefined();
  });
});

describe('life-threatening row: grade 4 on CTCAE v4.03, v5.0, v6.0 and Penn', () => {
  it.each(['ctcae-v4.03', 'ctcae-v5.0', 'ctcae-v6.0', 'penn-2018'] as const)('%s', (scale) => {
    expect(rowOf(gradable(scale, stated), 'life-threatening')).toEqual(found('life-threatening', 'not-life-threatening', 0));
    expect(gradable(scale, { ...urgent, lifeThreatening: true }).drivers).toContainEqual(found('life-threatening', 'life-threatening', 4));
    // A grade 4 organ toxicity is life-threatening by CTCAE's definition, with lifeThreatening left out.
    const organ4 = gradable(scale, { ...omit(urgent, 'lifeThreatening'), organToxicityGrade: 4 });
    expect(organ4.grade).toBe(4);
    expect(rowOf(organ4, 'life-threatening')).toEqual(found('life-threatening', 'organ-toxicity-grade-4', 4));
    const missing: CrsFact[] = ['lifeThreatening'];
    expect(unknown(scale, omit(stated, 'lifeThreatening'))).toEqual({ missing, possibleGrades: { min: 0, max: 4 } });
  });

  // Life-threatening hypotension, stated or by a dose refractory to high doses, is life-threatening
  // by CTCAE's definition: the row names which, the statement first, with lifeThreatening left out.
  it.each(['ctcae-v4.03', 'ctcae-v5.0', 'ctcae-v6.0', 'penn-2018'] as const)('%s: life-threatening hypotension, stated or refractory', (scale) => {
    const onPressor = { ...omit(urgent, 'lifeThreatening'), hypotension: true, vasopressors: [{ agent: 'norepinephrine' as const }] };
    const stated4 = gradable(scale, { ...onPressor, vasopressorDose: 'high', lifeThreateningHypotension: true });
    expect(stated4.grade).toBe(4);
    expect(rowOf(stated4, 'life-threatening')).toEqual(found('life-threatening', 'life-threatening-hypotension', 4));
    const both = gradable(scale, { ...onPressor, vasopressorDose: 'refractory-to-high', lifeThreateningHypotension: true });
    expect(rowOf(both, 'life-threatening')).toEqual(found('life-threatening', 'life-threatening-hypotension', 4));
    const refractory = gradable(scale, { ...onPressor, vasopressorDose: 'refractory-to-high' });
    expect(rowOf(refractory, 'life-threatening')).toEqual(found('life-threatening', 'vasopressor-refractory-to-high-dose', 4));
  });

  it.each(['lee-2014', 'mskcc-2018', 'cartox-2018'] as const)('%s has no such row', (scale) => {
    const result = gradable(scale, { ...urgent, lifeThreatening: true });
    expect(result.grade).toBe(0);
    expect(rowOf(result, 'life-threatening')).toBeUndefined();
  });
});

describe('vasopressin note: a scale that counts vasopressin says so when it changes the count', () => {
  // A vasopressor is an intervention: the treatment response (which Lee 2014 does not read) is left out.
  const lee = (...agents: CrsAssessment['vasopressors'][number]['agent'][]) =>
    gradeCRS({ ...omit(stated, 'treatmentResponse'), hypotension: true, vasopressors: agents.map((agent) => ({ agent })), vasopressorDose: 'low' }, { scale: 'lee-2014' }).notes;

  it.each([
    [['norepinephrine', 'vasopressin'], ['vasopressin-counted']],
    [['vasopressin', 'epinephrine', 'dopamine'], ['vasopressin-counted']],
    [['vasopressin'], []],
    [['norepinephrine'], []],
    [['norepinephrine', 'epinephrine'], []],
  ] as const)('Lee 2014 with %j: %j', (agents, notes) => {
    expect(lee(...agents)).toEqual(notes);
  });
});
