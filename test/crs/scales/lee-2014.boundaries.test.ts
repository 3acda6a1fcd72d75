/**
 * Lee 2014 row by row, each boundary from both sides, as a user sees it: grade, the row's finding,
 * the drivers, the notes and, when a fact is absent, `missing` and `possibleGrades`.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment, OxygenSupport } from '../../../src/crs/assessment.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import { LEE_2014_HIGH_DOSE_MIN_HOURS } from '../../../src/crs/scales/lee-2014.js';
import type { Vasopressor } from '../../../src/vocabulary/vasopressor.js';
import { constitutionalSymptomCases, feverCases, found, gradable, omit, quiet, tableFor, unknownTableFor, withOxygen, withVasopressors } from './outcome.js';

const SCALE = 'lee-2014';
const table = tableFor(SCALE);
const unknownTable = unknownTableFor(SCALE);

/** Every fact Lee 2014 reads, stated as absent. */
const stated: CrsAssessment = { ...quiet, constitutionalSymptoms: false, organToxicityGrade: 0, transaminitisGrade: 0 };

const pressors = (...agents: Vasopressor[]): CrsAssessment => withVasopressors(stated, ...agents);

const on = (oxygen: OxygenSupport): CrsAssessment => withOxygen(stated, oxygen);

describe('Lee 2014: fever and mild symptoms (grade 1)', () => {
  table('fever', feverCases(stated));
  table('constitutional-symptoms', constitutionalSymptomCases(stated));
});

describe('Lee 2014: hypotension (fluids or one low dose 2; several agents 3)', () => {
  const fluids = found('hypotension', 'hypotension-without-vasopressor', 2);
  const lowDose = found('hypotension', 'low-dose-vasopressor', 2);
  const several = found('hypotension', 'multiple-vasopressor-agents', 3);
  table('hypotension', [
    { name: 'no hypotension', assessment: stated, grade: 0, row: found('hypotension', 'no-hypotension', 0), drivers: [] },
    { name: 'responsive to fluids: grade 2', assessment: { ...stated, hypotension: true }, grade: 2, row: fluids, drivers: [fluids] },
    { name: 'one low-dose vasopressor: grade 2, no duration needed', assessment: { ...pressors('norepinephrine'), vasopressorDose: 'low' }, grade: 2, row: lowDose, drivers: [lowDose] },
    { name: 'low-dose vasopressin alone: grade 2, no note', assessment: { ...pressors('vasopressin'), vasopressorDose: 'low' }, grade: 2, row: lowDose, drivers: [lowDose] },
    { name: 'two agents: grade 3 whatever the dose, no note', assessment: pressors('norepinephrine', 'epinephrine'), grade: 3, row: several, drivers: [several] },
    {
      name: 'an agent with vasopressin: vasopressin counts, grade 3, with a note',
      assessment: pressors('phenylephrine', 'vasopressin'),
      grade: 3,
      row: several,
      drivers: [several],
      notes: ['vasopressin-counted'],
    },
    {
      name: 'vasopressin listed first counts too',
      assessment: { ...pressors('vasopressin', 'dopamine'), vasopressorDose: 'low' },
      grade: 3,
      row: several,
      drivers: [several],
      notes: ['vasopressin-counted'],
    },
  ]);
});

describe('Lee 2014: a high dose counts toward grade 3 from 3 hours at it (LEE2014-CRS-10, DEC-16, DEC-17)', () => {
  const one = pressors('norepinephrine');
  const highDose = found('hypotension', 'high-dose-vasopressor', 3);
  const highUnder3 = found('hypotension', 'high-dose-vasopressor-under-3-hours', 2);
  const under3 = found('hypotension', 'vasopressor-under-3-hours', 2);
  const lowDose = found('hypotension', 'low-dose-vasopressor', 2);

  it('the threshold is 3 hours', () => {
    expect(LEE_2014_HIGH_DOSE_MIN_HOURS).toBe(3);
  });

  table('hypotension', [
    // Time at the high dose, both sides of 3 h, with longer on vasopressors in all.
    { name: 'high dose for 2.9 h of 30 h: grade 2', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 30, highDoseVasopressorDurationHours: 2.9 }, grade: 2, row: highUnder3, drivers: [highUnder3] },
    { name: 'high dose for 2.999 h of 30 h: grade 2', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 30, highDoseVasopressorDurationHours: 2.999 }, grade: 2, row: highUnder3, drivers: [highUnder3] },
    { name: 'high dose for 3.0 h of 30 h: grade 3', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 30, highDoseVasopressorDurationHours: 3 }, grade: 3, row: highDose, drivers: [highDose] },
    { name: 'high dose for 3.1 h of 30 h: grade 3', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 30, highDoseVasopressorDurationHours: 3.1 }, grade: 3, row: highDose, drivers: [highDose] },
    { name: 'high dose for 1 h of 30 h (MSKCC would say 3): grade 2', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 30, highDoseVasopressorDurationHours: 1 }, grade: 2, row: highUnder3, drivers: [highUnder3] },
    // Time at the high dose alone, the total left out.
    { name: 'high dose for 2.9 h, total not given: grade 2', assessment: { ...one, vasopressorDose: 'high', highDoseVasopressorDurationHours: 2.9 }, grade: 2, row: highUnder3, drivers: [highUnder3] },
    { name: 'high dose for 3.0 h, total not given: grade 3', assessment: { ...one, vasopressorDose: 'high', highDoseVasopressorDurationHours: 3 }, grade: 3, row: highDose, drivers: [highDose] },
    // Total time on vasopressors, both sides of 3 h: under 3 h no dose can count as high.
    { name: '2.9 h on a vasopressor of unstated dose: grade 2, the dose not asked for', assessment: { ...one, vasopressorDurationHours: 2.9 }, grade: 2, row: under3, drivers: [under3] },
    { name: '2.9 h on a high dose (2.9 h at it): grade 2', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 2.9, highDoseVasopressorDurationHours: 2.9 }, grade: 2, row: highUnder3, drivers: [highUnder3] },
    { name: '2.9 h on a high dose, its time not given: grade 2, nothing asked for', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 2.9 }, grade: 2, row: highUnder3, drivers: [highUnder3] },
    { name: '3.0 h on a high dose (3.0 h at it): grade 3', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 3, highDoseVasopressorDurationHours: 3 }, grade: 3, row: highDose, drivers: [highDose] },
    { name: '2.9 h refractory to a high dose: grade 2', assessment: { ...one, vasopressorDose: 'refractory-to-high', vasopressorDurationHours: 2.9 }, grade: 2, row: highUnder3, drivers: [highUnder3] },
    { name: 'refractory to a high dose for 2.9 h of 10 h: grade 2', assessment: { ...one, vasopressorDose: 'refractory-to-high', vasopressorDurationHours: 10, highDoseVasopressorDurationHours: 2.9 }, grade: 2, row: highUnder3, drivers: [highUnder3] },
    { name: 'refractory to a high dose for 3.0 h: grade 3, like a high dose', assessment: { ...one, vasopressorDose: 'refractory-to-high', highDoseVasopressorDurationHours: 3 }, grade: 3, row: highDose, drivers: [highDose] },
    // A low dose is 2 whatever the time; several agents are 3 whatever the dose and time.
    { name: 'a low dose for 2.9 h: grade 2, low-dose', assessment: { ...one, vasopressorDose: 'low', vasopressorDurationHours: 2.9 }, grade: 2, row: lowDose, drivers: [lowDose] },
    { name: 'a low dose for 30 h: grade 2', assessment: { ...one, vasopressorDose: 'low', vasopressorDurationHours: 30 }, grade: 2, row: lowDose, drivers: [lowDose] },
    {
      name: 'two agents for 1 h: grade 3 whatever the time',
      assessment: { ...pressors('norepinephrine', 'epinephrine'), vasopressorDose: 'high', vasopressorDurationHours: 1, highDoseVasopressorDurationHours: 1 },
      grade: 3,
      row: found('hypotension', 'multiple-vasopressor-agents', 3),
      drivers: [found('hypotension', 'multiple-vasopressor-agents', 3)],
    },
  ]);

  unknownTable([
    { name: 'one vasopressor, nothing else: the dose and the time at a high dose', assessment: one, missing: ['vasopressorDose', 'highDoseVasopressorDurationHours'], min: 2, max: 3 },
    { name: '3.0 h on a vasopressor of unstated dose: both', assessment: { ...one, vasopressorDurationHours: 3 }, missing: ['vasopressorDose', 'highDoseVasopressorDurationHours'], min: 2, max: 3 },
    { name: 'a high dose without its time: the time at it', assessment: { ...one, vasopressorDose: 'high' }, missing: ['highDoseVasopressorDurationHours'], min: 2, max: 3 },
    { name: '3.0 h on a high dose, the time at it not given', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 3 }, missing: ['highDoseVasopressorDurationHours'], min: 2, max: 3 },
    { name: '30 h refractory to a high dose, the time at it not given', assessment: { ...one, vasopressorDose: 'refractory-to-high', vasopressorDurationHours: 30 }, missing: ['highDoseVasopressorDurationHours'], min: 2, max: 3 },
  ]);

  it('at FiO2 40% (grade 3) the dose and time can no longer raise the grade: gradable', () => {
    expect(gradable(SCALE, { ...one, oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent: 40 } }).grade).toBe(3);
  });
});

describe('Lee 2014: hypoxia by oxygen fraction (below 40% 2, 40% or more 3, ventilator support 4)', () => {
  const below40 = found('hypoxia', 'oxygen-below-40-percent', 2);
  const atLeast40 = found('hypoxia', 'oxygen-40-percent-or-more', 3);
  const nonInvasive = found('hypoxia', 'non-invasive-ventilation', 3);
  const ventilated = found('hypoxia', 'mechanical-ventilation', 4);
  table('hypoxia', [
    { name: 'room air', assessment: stated, grade: 0, row: found('hypoxia', 'no-oxygen', 0), drivers: [] },
    { name: 'FiO2 39%: grade 2', assessment: on({ device: 'nasal-cannula', flowLitersPerMinute: 3, inspiredOxygenFractionPercent: 39 }), grade: 2, row: below40, drivers: [below40] },
    { name: 'FiO2 40%: grade 3', assessment: on({ device: 'simple-face-mask', inspiredOxygenFractionPercent: 40 }), grade: 3, row: atLeast40, drivers: [atLeast40] },
    {
      name: 'CPAP at FiO2 30%: not ventilator support, grade 3, with a note',
      assessment: on({ device: 'cpap', inspiredOxygenFractionPercent: 30 }),
      grade: 3,
      row: nonInvasive,
      drivers: [nonInvasive],
      notes: ['non-invasive-ventilation-not-ventilator-support'],
    },
    {
      name: 'BiPAP without a fraction: grade 3, with a note',
      assessment: on({ device: 'bipap' }),
      grade: 3,
      row: nonInvasive,
      drivers: [nonInvasive],
      notes: ['non-invasive-ventilation-not-ventilator-support'],
    },
    { name: 'intubation without a fraction: ventilator support, grade 4, no note', assessment: on({ device: 'mechanical-ventilation' }), grade: 4, row: ventilated, drivers: [ventilated] },
    {
      name: 'two agents with vasopressin on CPAP: both notes, vasopressin first',
      assessment: { ...pressors('norepinephrine', 'vasopressin'), oxygen: { device: 'cpap', inspiredOxygenFractionPercent: 50 } },
      grade: 3,
      row: nonInvasive,
      drivers: [found('hypotension', 'multiple-vasopressor-agents', 3), nonInvasive],
      notes: ['vasopressin-counted', 'non-invasive-ventilation-not-ventilator-support'],
    },
  ]);
});

describe('Lee 2014: organ toxicity (2 → 2, 3 → 3, 4 → 4) and transaminitis (never above 3)', () => {
  table('organ-toxicity', [
    { name: 'organ toxicity grade 0', assessment: stated, grade: 0, row: found('organ-toxicity', 'no-organ-toxicity', 0), drivers: [] },
    { name: 'organ toxicity grade 1: grade 0', assessment: { ...stated, organToxicityGrade: 1 }, grade: 0, row: found('organ-toxicity', 'organ-toxicity-grade-1', 0), drivers: [] },
    {
      name: 'organ toxicity grade 2: grade 2',
      assessment: { ...stated, organToxicityGrade: 2 },
      grade: 2,
      row: found('organ-toxicity', 'organ-toxicity-grade-2', 2),
      drivers: [found('organ-toxicity', 'organ-toxicity-grade-2', 2)],
    },
    {
      name: 'organ toxicity grade 3: grade 3',
      assessment: { ...stated, organToxicityGrade: 3 },
      grade: 3,
      row: found('organ-toxicity', 'organ-toxicity-grade-3', 3),
      drivers: [found('organ-toxicity', 'organ-toxicity-grade-3', 3)],
    },
    {
      name: 'organ toxicity grade 4: grade 4',
      assessment: { ...stated, organToxicityGrade: 4 },
      grade: 4,
      row: found('organ-toxicity', 'organ-toxicity-grade-4', 4),
      drivers: [found('organ-toxicity', 'organ-toxicity-grade-4', 4)],
    },
  ]);
  table('transaminitis', [
    { name: 'transaminitis grade 0', assessment: stated, grade: 0, row: found('transaminitis', 'no-transaminitis', 0), drivers: [] },
    { name: 'transaminitis grade 1: grade 0', assessment: { ...stated, transaminitisGrade: 1 }, grade: 0, row: found('transaminitis', 'transaminitis-grade-1', 0), drivers: [] },
    {
      name: 'transaminitis grade 2: grade 2',
      assessment: { ...stated, transaminitisGrade: 2 },
      grade: 2,
      row: found('transaminitis', 'transaminitis-grade-2', 2),
      drivers: [found('transaminitis', 'transaminitis-grade-2', 2)],
    },
    {
      name: 'transaminitis grade 3: grade 3',
      assessment: { ...stated, transaminitisGrade: 3 },
      grade: 3,
      row: found('transaminitis', 'transaminitis-grade-3', 3),
      drivers: [found('transaminitis', 'transaminitis-grade-3', 3)],
    },
    {
      name: 'transaminitis grade 4: still grade 3',
      assessment: { ...stated, transaminitisGrade: 4 },
      grade: 3,
      row: found('transaminitis', 'transaminitis-grade-4', 3),
      drivers: [found('transaminitis', 'transaminitis-grade-4', 3)],
    },
  ]);
  table('death', [
    { name: 'alive', assessment: { ...stated, diedOfCrs: false }, grade: 0, row: found('death', 'no-death-from-crs', 0), drivers: [] },
    { name: 'died of CRS: grade 5', assessment: { ...stated, diedOfCrs: true }, grade: 5, row: found('death', 'died-of-crs', 5), drivers: [found('death', 'died-of-crs', 5)] },
  ]);
});

describe('Lee 2014: the whole table', () => {
  it('reports every row in table order', () => {
    expect(gradable(SCALE, { ...stated, temperatureCelsius: 38.3, constitutionalSymptoms: true, oxygen: { device: 'blow-by', inspiredOxygenFractionPercent: 28 }, transaminitisGrade: 2 })).toEqual({
      scale: SCALE,
      gradable: true,
      grade: 2,
      drivers: [found('hypoxia', 'oxygen-below-40-percent', 2), found('transaminitis', 'transaminitis-grade-2', 2)],
      findings: [
        found('fever', 'fever', 1),
        found('constitutional-symptoms', 'constitutional-symptoms', 1),
        found('hypotension', 'no-hypotension', 0),
        found('hypoxia', 'oxygen-below-40-percent', 2),
        found('organ-toxicity', 'no-organ-toxicity', 0),
        found('transaminitis', 'transaminitis-grade-2', 2),
        found('death', 'no-death-from-crs', 0),
      ],
      notes: [],
      icd10Cm: 'D89.832',
    });
  });
});

describe('Lee 2014: absent facts', () => {
  const bare = omit(stated, 'constitutionalSymptoms', 'organToxicityGrade', 'transaminitisGrade');

  it('names the absent facts in table order and reports only the rows it read', () => {
    expect(gradeCRS({ ...bare, oxygen: { device: 'venturi-mask' } }, { scale: SCALE })).toEqual({
      scale: SCALE,
      gradable: false,
      grade: null,
      missing: ['oxygen.inspiredOxygenFractionPercent', 'organToxicityGrade', 'transaminitisGrade'],
      possibleGrades: { min: 2, max: 4 },
      findings: [found('fever', 'no-fever', 0), found('hypotension', 'no-hypotension', 0), found('death', 'no-death-from-crs', 0)],
      notes: [],
    });
  });

  unknownTable([
    { name: 'afebrile: symptoms, organ toxicity and transaminitis', assessment: bare, missing: ['constitutionalSymptoms', 'organToxicityGrade', 'transaminitisGrade'], min: 0, max: 4 },
    { name: 'febrile: symptoms can no longer matter', assessment: { ...bare, temperatureCelsius: 38 }, missing: ['organToxicityGrade', 'transaminitisGrade'], min: 1, max: 4 },
    { name: 'organ toxicity grade 1 does not settle transaminitis', assessment: { ...omit(stated, 'transaminitisGrade'), organToxicityGrade: 1 }, missing: ['transaminitisGrade'], min: 0, max: 3 },
    {
      name: 'at FiO2 40% (3) transaminitis can no longer matter, organ toxicity can',
      assessment: { ...bare, constitutionalSymptoms: false, oxygen: { device: 'non-rebreather-mask', inspiredOxygenFractionPercent: 40 } },
      missing: ['organToxicityGrade'],
      min: 3,
      max: 4,
    },
    {
      name: 'the fraction of a mask, when nothing else is open',
      assessment: on({ device: 'simple-face-mask' }),
      missing: ['oxygen.inspiredOxygenFractionPercent'],
      min: 2,
      max: 3,
    },
  ]);

  it('asks for nothing that could not change the grade', () => {
    expect(gradable(SCALE, { ...bare, oxygen: { device: 'mechanical-ventilation' } }).grade).toBe(4);
    expect(gradable(SCALE, { ...on({ device: 'simple-face-mask' }), organToxicityGrade: 3 }).grade).toBe(3);
  });
});
