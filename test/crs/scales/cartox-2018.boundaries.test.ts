/**
 * Adult CARTOX row by row, each boundary from both sides, as a user sees it: grade, the row's
 * finding, the drivers, the notes and, when a fact is absent, `missing` and `possibleGrades`.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment, OxygenSupport } from '../../../src/crs/assessment.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { Vasopressor } from '../../../src/vocabulary/vasopressor.js';
import { feverCases, found, gradable, omit, quiet, tableFor, unknownTableFor, withOxygen, withVasopressors } from './outcome.js';

const SCALE = 'cartox-2018';
const table = tableFor(SCALE);
const unknownTable = unknownTableFor(SCALE);

/** Every fact CARTOX reads, stated as absent. */
const stated: CrsAssessment = { ...quiet, organToxicityGrade: 0, transaminitisGrade: 0 };

const on = (oxygen: OxygenSupport): CrsAssessment => withOxygen(stated, oxygen);

const pressors = (...agents: Vasopressor[]): CrsAssessment => withVasopressors(stated, ...agents);

describe('CARTOX: fever (grade 1)', () => {
  table('fever', feverCases(stated));
  table('hypotension', [
    { name: 'no hypotension', assessment: { ...stated, temperatureCelsius: 38.5 }, grade: 1, row: found('hypotension', 'no-hypotension', 0), drivers: [found('fever', 'fever', 1)] },
  ]);
});

describe('CARTOX: hypotension (fluids or a low dose 2; a high dose or several agents 3; life-threatening 4)', () => {
  const one = pressors('norepinephrine');
  const two = pressors('norepinephrine', 'epinephrine');
  const fluids = found('hypotension', 'hypotension-without-vasopressor', 2);
  const lowDose = found('hypotension', 'low-dose-vasopressor', 2);
  const highDose = found('hypotension', 'high-dose-vasopressor', 3);
  const several = found('hypotension', 'multiple-vasopressor-agents', 3);
  const lifeThreatening = found('hypotension', 'life-threatening-hypotension', 4);
  const refractory = found('hypotension', 'vasopressor-refractory-to-high-dose', 4);
  table('hypotension', [
    { name: 'no hypotension', assessment: stated, grade: 0, row: found('hypotension', 'no-hypotension', 0), drivers: [] },
    { name: 'no vasopressor: fluid-responsive, grade 2', assessment: { ...stated, hypotension: true }, grade: 2, row: fluids, drivers: [fluids] },
    // One agent, not life-threatening: banded by the dose.
    { name: 'one agent, low dose, not life-threatening: grade 2', assessment: { ...one, vasopressorDose: 'low', lifeThreateningHypotension: false }, grade: 2, row: lowDose, drivers: [lowDose] },
    { name: 'one agent, high dose, not life-threatening: grade 3', assessment: { ...one, vasopressorDose: 'high', lifeThreateningHypotension: false }, grade: 3, row: highDose, drivers: [highDose] },
    { name: 'one agent, high dose for 1 h: grade 3 (no duration rule)', assessment: { ...one, vasopressorDose: 'high', vasopressorDurationHours: 1, highDoseVasopressorDurationHours: 1, lifeThreateningHypotension: false }, grade: 3, row: highDose, drivers: [highDose] },
    // Several agents, not life-threatening: 3 whatever the dose.
    { name: 'two agents, low dose: grade 3', assessment: { ...two, vasopressorDose: 'low', lifeThreateningHypotension: false }, grade: 3, row: several, drivers: [several] },
    { name: 'two agents, dose not given: grade 3', assessment: { ...two, lifeThreateningHypotension: false }, grade: 3, row: several, drivers: [several] },
    { name: 'two agents, high dose: grade 3, read as the high dose', assessment: { ...two, vasopressorDose: 'high', lifeThreateningHypotension: false }, grade: 3, row: highDose, drivers: [highDose] },
    {
      name: 'norepinephrine with vasopressin, low dose: vasopressin counts, grade 3, with a note',
      assessment: { ...pressors('norepinephrine', 'vasopressin'), vasopressorDose: 'low', lifeThreateningHypotension: false },
      grade: 3,
      row: several,
      drivers: [several],
      notes: ['vasopressin-counted'],
    },
    // Life-threatening hypotension (CARTOX2018-CRS-09): stated, whatever the dose or the number of agents.
    { name: 'one agent, low dose, life-threatening: grade 4', assessment: { ...one, vasopressorDose: 'low', lifeThreateningHypotension: true }, grade: 4, row: lifeThreatening, drivers: [lifeThreatening] },
    { name: 'one agent, high dose, life-threatening: grade 4', assessment: { ...one, vasopressorDose: 'high', lifeThreateningHypotension: true }, grade: 4, row: lifeThreatening, drivers: [lifeThreatening] },
    { name: 'one agent, dose not given, life-threatening: grade 4, the dose not asked for', assessment: { ...one, lifeThreateningHypotension: true }, grade: 4, row: lifeThreatening, drivers: [lifeThreatening] },
    { name: 'two agents, life-threatening: grade 4', assessment: { ...two, vasopressorDose: 'low', lifeThreateningHypotension: true }, grade: 4, row: lifeThreatening, drivers: [lifeThreatening] },
    { name: 'refractory to a high dose, stated life-threatening: grade 4', assessment: { ...one, vasopressorDose: 'refractory-to-high', lifeThreateningHypotension: true }, grade: 4, row: lifeThreatening, drivers: [lifeThreatening] },
    // Or implied by hypotension refractory to high-dose vasopressors (DEC-18).
    { name: 'refractory to a high dose, nothing stated: grade 4', assessment: { ...one, vasopressorDose: 'refractory-to-high' }, grade: 4, row: refractory, drivers: [refractory] },
    { name: 'two agents refractory to a high dose: grade 4', assessment: { ...two, vasopressorDose: 'refractory-to-high' }, grade: 4, row: refractory, drivers: [refractory] },
  ]);

  unknownTable([
    { name: 'one agent, low dose, life-threatening not stated', assessment: { ...one, vasopressorDose: 'low' }, missing: ['lifeThreateningHypotension'], min: 2, max: 4 },
    { name: 'one agent, high dose, life-threatening not stated', assessment: { ...one, vasopressorDose: 'high' }, missing: ['lifeThreateningHypotension'], min: 3, max: 4 },
    { name: 'one agent, nothing stated: the dose (refractory would be 4) and life-threatening', assessment: one, missing: ['vasopressorDose', 'lifeThreateningHypotension'], min: 2, max: 4 },
    { name: 'one agent, not life-threatening, dose not given: the dose (2 or 3)', assessment: { ...one, lifeThreateningHypotension: false }, missing: ['vasopressorDose'], min: 2, max: 3 },
    { name: 'two agents, nothing stated', assessment: two, missing: ['vasopressorDose', 'lifeThreateningHypotension'], min: 3, max: 4 },
    { name: 'two agents, low dose, life-threatening not stated', assessment: { ...two, vasopressorDose: 'low' }, missing: ['lifeThreateningHypotension'], min: 3, max: 4 },
  ]);

  it('without vasopressors neither the dose nor life-threatening hypotension is asked for', () => {
    expect(gradable(SCALE, { ...stated, hypotension: true }).grade).toBe(2);
  });

  it('mechanical ventilation (4) makes the open hypotension facts irrelevant', () => {
    expect(gradable(SCALE, { ...one, oxygen: { device: 'mechanical-ventilation' } }).grade).toBe(4);
  });
});

describe('CARTOX: hypoxia by oxygen fraction (below 40% 2, 40% or more 3, ventilator support 4)', () => {
  const below40 = found('hypoxia', 'oxygen-below-40-percent', 2);
  const atLeast40 = found('hypoxia', 'oxygen-40-percent-or-more', 3);
  const nonInvasive = found('hypoxia', 'non-invasive-ventilation', 3);
  const ventilated = found('hypoxia', 'mechanical-ventilation', 4);
  table('hypoxia', [
    { name: 'room air', assessment: stated, grade: 0, row: found('hypoxia', 'no-oxygen', 0), drivers: [] },
    { name: 'FiO2 39%: grade 2', assessment: on({ device: 'venturi-mask', inspiredOxygenFractionPercent: 39 }), grade: 2, row: below40, drivers: [below40] },
    { name: 'FiO2 40%: grade 3', assessment: on({ device: 'venturi-mask', inspiredOxygenFractionPercent: 40 }), grade: 3, row: atLeast40, drivers: [atLeast40] },
    {
      name: 'CPAP at FiO2 25%: not ventilator support, grade 3, with a note',
      assessment: on({ device: 'cpap', inspiredOxygenFractionPercent: 25 }),
      grade: 3,
      row: nonInvasive,
      drivers: [nonInvasive],
      notes: ['non-invasive-ventilation-not-ventilator-support'],
    },
    {
      name: 'BiPAP: grade 3, with a note',
      assessment: on({ device: 'bipap' }),
      grade: 3,
      row: nonInvasive,
      drivers: [nonInvasive],
      notes: ['non-invasive-ventilation-not-ventilator-support'],
    },
    { name: 'ventilator support: grade 4, no note', assessment: on({ device: 'mechanical-ventilation', inspiredOxygenFractionPercent: 35 }), grade: 4, row: ventilated, drivers: [ventilated] },
  ]);
});

describe('CARTOX: organ toxicity (grade for grade) and transaminitis (never above 3)', () => {
  table('organ-toxicity', [
    { name: 'organ toxicity grade 0', assessment: stated, grade: 0, row: found('organ-toxicity', 'no-organ-toxicity', 0), drivers: [] },
    {
      name: 'organ toxicity grade 1: grade 1, even without fever',
      assessment: { ...stated, organToxicityGrade: 1 },
      grade: 1,
      row: found('organ-toxicity', 'organ-toxicity-grade-1', 1),
      drivers: [found('organ-toxicity', 'organ-toxicity-grade-1', 1)],
    },
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
    {
      name: 'transaminitis grade 1: grade 1',
      assessment: { ...stated, transaminitisGrade: 1 },
      grade: 1,
      row: found('transaminitis', 'transaminitis-grade-1', 1),
      drivers: [found('transaminitis', 'transaminitis-grade-1', 1)],
    },
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
    { name: 'died of CRS: grade 5', assessment: { ...stated, diedOfCrs: true }, grade: 5, row: found('death', 'died-of-crs', 5), drivers: [found('death', 'died-of-crs', 5)] },
  ]);
});

describe('CARTOX: the whole table', () => {
  it('reports every row in table order', () => {
    expect(gradable(SCALE, { ...stated, temperatureCelsius: 38, organToxicityGrade: 1, oxygen: { device: 'cpap', inspiredOxygenFractionPercent: 30 } })).toEqual({
      scale: SCALE,
      gradable: true,
      grade: 3,
      drivers: [found('hypoxia', 'non-invasive-ventilation', 3)],
      findings: [
        found('fever', 'fever', 1),
        found('hypotension', 'no-hypotension', 0),
        found('hypoxia', 'non-invasive-ventilation', 3),
        found('organ-toxicity', 'organ-toxicity-grade-1', 1),
        found('transaminitis', 'no-transaminitis', 0),
        found('death', 'no-death-from-crs', 0),
      ],
      notes: ['non-invasive-ventilation-not-ventilator-support'],
      icd10Cm: 'D89.833',
    });
  });
});

describe('CARTOX: absent facts', () => {
  const bare = omit(stated, 'organToxicityGrade', 'transaminitisGrade');

  it('names the absent facts in table order, reports only the rows it read, and keeps its notes', () => {
    expect(gradeCRS({ ...bare, oxygen: { device: 'bipap' } }, { scale: SCALE })).toEqual({
      scale: SCALE,
      gradable: false,
      grade: null,
      missing: ['organToxicityGrade'],
      possibleGrades: { min: 3, max: 4 },
      findings: [found('fever', 'no-fever', 0), found('hypotension', 'no-hypotension', 0), found('hypoxia', 'non-invasive-ventilation', 3), found('death', 'no-death-from-crs', 0)],
      notes: ['non-invasive-ventilation-not-ventilator-support'],
    });
  });

  unknownTable([
    { name: 'organ toxicity and transaminitis', assessment: bare, missing: ['organToxicityGrade', 'transaminitisGrade'], min: 0, max: 4 },
    { name: 'both, also when febrile (grade 1 organ toxicity is 1 too)', assessment: { ...bare, temperatureCelsius: 39 }, missing: ['organToxicityGrade', 'transaminitisGrade'], min: 1, max: 4 },
    {
      name: 'the fraction of a mask first, then organ toxicity and transaminitis',
      assessment: { ...bare, oxygen: { device: 'simple-face-mask' } },
      missing: ['oxygen.inspiredOxygenFractionPercent', 'organToxicityGrade', 'transaminitisGrade'],
      min: 2,
      max: 4,
    },
    { name: 'at FiO2 40% (3) only organ toxicity', assessment: { ...bare, oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent: 40 } }, missing: ['organToxicityGrade'], min: 3, max: 4 },
    { name: 'transaminitis alone', assessment: omit(stated, 'transaminitisGrade'), missing: ['transaminitisGrade'], min: 0, max: 3 },
    { name: 'the fraction alone', assessment: on({ device: 'blow-by' }), missing: ['oxygen.inspiredOxygenFractionPercent'], min: 2, max: 3 },
  ]);

  it('asks for nothing that could not change the grade', () => {
    expect(gradable(SCALE, { ...bare, oxygen: { device: 'mechanical-ventilation' } }).grade).toBe(4);
    expect(gradable(SCALE, { ...omit(stated, 'transaminitisGrade'), organToxicityGrade: 3, oxygen: { device: 'simple-face-mask' } }).grade).toBe(3);
  });
});
