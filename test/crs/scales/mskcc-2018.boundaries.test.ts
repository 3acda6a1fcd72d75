/**
 * MSKCC row by row, each boundary from both sides, as a user sees it: grade, the row's finding, the
 * drivers, the notes and, when a fact is absent, `missing` and `possibleGrades`.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment, OxygenSupport } from '../../../src/crs/assessment.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { VasopressorDose } from '../../../src/vocabulary/vasopressor-dose.js';
import type { Vasopressor } from '../../../src/vocabulary/vasopressor.js';
import { feverCases, found, gradable, omit, quiet, tableFor, unknownTableFor, withOxygen } from './outcome.js';

const SCALE = 'mskcc-2018';
const table = tableFor(SCALE);
const unknownTable = unknownTableFor(SCALE);

/** Every fact MSKCC reads, stated as absent. */
const stated: CrsAssessment = { ...quiet, constitutionalSymptoms: false };

function vasopressor(dose: VasopressorDose | undefined, hours: number | undefined, ...agents: Vasopressor[]): CrsAssessment {
  const given = agents.length === 0 ? ['norepinephrine' as const] : agents;
  return {
    ...stated,
    hypotension: true,
    vasopressors: given.map((agent) => ({ agent })),
    ...(dose === undefined ? {} : { vasopressorDose: dose }),
    ...(hours === undefined ? {} : { vasopressorDurationHours: hours }),
  };
}

const on = (oxygen: OxygenSupport): CrsAssessment => withOxygen(stated, oxygen);

describe('MSKCC: fever and mild symptoms (grade 1)', () => {
  table('fever', feverCases(stated));
  table('constitutional-symptoms', [
    {
      name: 'symptoms without fever: grade 1',
      assessment: { ...stated, constitutionalSymptoms: true },
      grade: 1,
      row: found('constitutional-symptoms', 'constitutional-symptoms', 1),
      drivers: [found('constitutional-symptoms', 'constitutional-symptoms', 1)],
    },
  ]);
});

describe('MSKCC: hypotension (no vasopressor 1; under 24 h 2; 24 h or more 3; refractory 4)', () => {
  const under24 = found('hypotension', 'vasopressor-under-24-hours', 2);
  const atLeast24 = found('hypotension', 'vasopressor-24-hours-or-more', 3);
  const refractory = found('hypotension', 'vasopressor-refractory-to-high-dose', 4);
  table('hypotension', [
    { name: 'no hypotension', assessment: stated, grade: 0, row: found('hypotension', 'no-hypotension', 0), drivers: [] },
    {
      name: 'hypotension without vasopressor: supportive care, grade 1',
      assessment: { ...stated, hypotension: true },
      grade: 1,
      row: found('hypotension', 'hypotension-without-vasopressor', 1),
      drivers: [found('hypotension', 'hypotension-without-vasopressor', 1)],
    },
    { name: 'a low dose for 23.9 h: grade 2', assessment: vasopressor('low', 23.9), grade: 2, row: under24, drivers: [under24] },
    { name: 'a high dose for 23.9 h: grade 2 (the dose does not matter below refractory)', assessment: vasopressor('high', 23.9), grade: 2, row: under24, drivers: [under24] },
    { name: 'a low dose for 24 h: grade 3', assessment: vasopressor('low', 24), grade: 3, row: atLeast24, drivers: [atLeast24] },
    { name: 'a high dose for 100 h: grade 3', assessment: vasopressor('high', 100), grade: 3, row: atLeast24, drivers: [atLeast24] },
    { name: 'two agents for 2 h: still by duration, grade 2, no note', assessment: vasopressor('low', 2, 'norepinephrine', 'vasopressin'), grade: 2, row: under24, drivers: [under24] },
    { name: 'refractory to a high dose for 1 h: grade 4', assessment: vasopressor('refractory-to-high', 1), grade: 4, row: refractory, drivers: [refractory] },
    { name: 'refractory to a high dose, duration unknown: grade 4', assessment: vasopressor('refractory-to-high', undefined), grade: 4, row: refractory, drivers: [refractory] },
  ]);
});

describe('MSKCC: hypoxia by oxygen fraction (below 40% 2, 40% or more 3, mechanical ventilation 4)', () => {
  const below40 = found('hypoxia', 'oxygen-below-40-percent', 2);
  const atLeast40 = found('hypoxia', 'oxygen-40-percent-or-more', 3);
  const nonInvasive = found('hypoxia', 'non-invasive-ventilation', 3);
  const ventilated = found('hypoxia', 'mechanical-ventilation', 4);
  table('hypoxia', [
    { name: 'room air', assessment: stated, grade: 0, row: found('hypoxia', 'no-oxygen', 0), drivers: [] },
    { name: 'FiO2 39%: grade 2', assessment: on({ device: 'blow-by', inspiredOxygenFractionPercent: 39 }), grade: 2, row: below40, drivers: [below40] },
    { name: 'FiO2 40%: grade 3', assessment: on({ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 30, inspiredOxygenFractionPercent: 40 }), grade: 3, row: atLeast40, drivers: [atLeast40] },
    {
      name: 'CPAP: not mechanical ventilation, grade 3, with a note',
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
    { name: 'mechanical ventilation: grade 4, no note', assessment: on({ device: 'mechanical-ventilation' }), grade: 4, row: ventilated, drivers: [ventilated] },
  ]);
  table('death', [
    { name: 'died of CRS: grade 5', assessment: { ...stated, diedOfCrs: true }, grade: 5, row: found('death', 'died-of-crs', 5), drivers: [found('death', 'died-of-crs', 5)] },
  ]);
});

describe('MSKCC: the whole table', () => {
  it('reports every row in table order', () => {
    expect(gradable(SCALE, { ...vasopressor('low', 30), temperatureCelsius: 38.2, oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent: 35 } })).toEqual({
      scale: SCALE,
      gradable: true,
      grade: 3,
      drivers: [found('hypotension', 'vasopressor-24-hours-or-more', 3)],
      findings: [
        found('fever', 'fever', 1),
        found('constitutional-symptoms', 'no-constitutional-symptoms', 0),
        found('hypotension', 'vasopressor-24-hours-or-more', 3),
        found('hypoxia', 'oxygen-below-40-percent', 2),
        found('death', 'no-death-from-crs', 0),
      ],
      notes: [],
      icd10Cm: 'D89.833',
    });
  });
});

describe('MSKCC: absent facts', () => {
  it('names the absent facts in table order and reports only the rows it read', () => {
    expect(gradeCRS({ ...vasopressor(undefined, undefined), oxygen: { device: 'simple-face-mask' } }, { scale: SCALE })).toEqual({
      scale: SCALE,
      gradable: false,
      grade: null,
      missing: ['vasopressorDose', 'vasopressorDurationHours', 'oxygen.inspiredOxygenFractionPercent'],
      possibleGrades: { min: 2, max: 4 },
      findings: [found('fever', 'no-fever', 0), found('constitutional-symptoms', 'no-constitutional-symptoms', 0), found('death', 'no-death-from-crs', 0)],
      notes: [],
    });
  });

  unknownTable([
    { name: 'neither dose nor duration', assessment: vasopressor(undefined, undefined), missing: ['vasopressorDose', 'vasopressorDurationHours'], min: 2, max: 4 },
    { name: 'the dose, after 10 h (refractory would be 4)', assessment: vasopressor(undefined, 10), missing: ['vasopressorDose'], min: 2, max: 4 },
    { name: 'the dose, after 30 h', assessment: vasopressor(undefined, 30), missing: ['vasopressorDose'], min: 3, max: 4 },
    { name: 'the duration of a low dose', assessment: vasopressor('low', undefined), missing: ['vasopressorDurationHours'], min: 2, max: 3 },
    { name: 'the duration of a high dose', assessment: vasopressor('high', undefined), missing: ['vasopressorDurationHours'], min: 2, max: 3 },
    { name: 'symptoms, when afebrile', assessment: quiet, missing: ['constitutionalSymptoms'], min: 0, max: 1 },
    { name: 'the fraction of a mask, not the symptoms', assessment: { ...quiet, oxygen: { device: 'non-rebreather-mask' } }, missing: ['oxygen.inspiredOxygenFractionPercent'], min: 2, max: 3 },
  ]);

  it('asks for nothing that could not change the grade', () => {
    expect(gradable(SCALE, { ...vasopressor('high', undefined), oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent: 60 } }).grade).toBe(3);
    expect(gradable(SCALE, { ...omit(vasopressor(undefined, undefined), 'constitutionalSymptoms'), oxygen: { device: 'mechanical-ventilation' } }).grade).toBe(4);
    expect(gradable(SCALE, { ...vasopressor('refractory-to-high', undefined), oxygen: { device: 'simple-face-mask' } }).grade).toBe(4);
  });
});
