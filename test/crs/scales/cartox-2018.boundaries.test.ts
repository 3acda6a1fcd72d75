/**
 * Adult CARTOX row by row, each boundary from both sides, as a user sees it: grade, the row's
 * finding, the drivers, the notes and, when a fact is absent, `missing` and `possibleGrades`.
 *
 * Hypotension is tested only in its absence on purpose: its grade 4 is about to read a new field
 * (`lifeThreateningHypotension`), so the hypotension tables belong with that change.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment, OxygenSupport } from '../../../src/crs/assessment.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import { found, gradable, omit, quiet, tableFor, unknownTableFor } from './outcome.js';

const SCALE = 'cartox-2018';
const table = tableFor(SCALE);
const unknownTable = unknownTableFor(SCALE);

/** Every fact CARTOX reads, stated as absent. */
const stated: CrsAssessment = { ...quiet, organToxicityGrade: 0, transaminitisGrade: 0 };

function on(oxygen: OxygenSupport): CrsAssessment {
  return { ...stated, oxygen };
}

describe('CARTOX: fever (grade 1)', () => {
  table('fever', [
    { name: '37.9 °C is no fever', assessment: { ...stated, temperatureCelsius: 37.9 }, grade: 0, row: found('fever', 'no-fever', 0), drivers: [] },
    { name: '38.0 °C is fever: grade 1', assessment: { ...stated, temperatureCelsius: 38 }, grade: 1, row: found('fever', 'fever', 1), drivers: [found('fever', 'fever', 1)] },
  ]);
  table('hypotension', [
    { name: 'no hypotension', assessment: { ...stated, temperatureCelsius: 38.5 }, grade: 1, row: found('hypotension', 'no-hypotension', 0), drivers: [found('fever', 'fever', 1)] },
  ]);
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
