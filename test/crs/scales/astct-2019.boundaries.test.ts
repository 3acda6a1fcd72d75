/**
 * ASTCT 2019 CRS row by row, each boundary from both sides, as a user sees it: grade, the row's
 * finding code (never another code of the same grade), the drivers, the notes, the ICD-10-CM code.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment, OxygenSupport } from '../../../src/crs/assessment.js';
import type { CrsDomain, CrsNote } from '../../../src/crs/findings.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { CrsGradingFinding } from '../../../src/crs/grading.js';
import { hypoxiaFinding } from '../../../src/crs/scales/astct-2019.js';
import type { Grade } from '../../../src/grading/grading.js';
import type { Vasopressor } from '../../../src/vocabulary/vasopressor.js';
import { found, rowOf } from './outcome.js';

const febrile: CrsAssessment = { temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };

interface Case {
  readonly name: string;
  readonly assessment: CrsAssessment;
  readonly grade: Grade;
  readonly row: CrsGradingFinding;
  readonly drivers: readonly CrsGradingFinding[];
  readonly notes?: readonly CrsNote[];
}

function table(domain: CrsDomain, cases: readonly Case[]): void {
  it.each(cases)('$name', ({ assessment, grade, row, drivers, notes = [] }) => {
    const result = gradeCRS(assessment);
    expect({ grade: result.grade, row: rowOf(result, domain), drivers: result.drivers, notes: result.notes, icd10Cm: result.icd10Cm }).toEqual({
      grade,
      row,
      drivers,
      notes,
      icd10Cm: grade === 0 ? null : `D89.83${grade}`,
    });
  });
}

function pressors(...agents: Vasopressor[]): CrsAssessment {
  return { ...febrile, hypotension: true, vasopressors: agents.map((agent) => ({ agent })) };
}

function on(oxygen: OxygenSupport): CrsAssessment {
  return { ...febrile, oxygen };
}

const fever = found('fever', 'fever', 1);

describe('ASTCT 2019: fever (R1) and the fever gate (R10)', () => {
  const noFever = found('fever', 'no-fever', 0);
  table('fever', [
    { name: '38.0 °C alone: grade 1', assessment: { ...febrile, temperatureCelsius: 38 }, grade: 1, row: fever, drivers: [fever] },
    {
      name: '37.9 °C with hypotension: the gate holds it at 0, with a note',
      assessment: { ...febrile, temperatureCelsius: 37.9, hypotension: true },
      grade: 0,
      row: noFever,
      drivers: [noFever],
      notes: ['no-fever-no-crs'],
    },
    {
      name: '37.9 °C on a low-flow cannula: the gate holds it at 0, with a note',
      assessment: { ...febrile, temperatureCelsius: 37.9, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } },
      grade: 0,
      row: noFever,
      drivers: [noFever],
      notes: ['no-fever-no-crs'],
    },
    {
      name: 'masked fever with one vasopressor: graded by the vasopressor, no note',
      assessment: { ...pressors('norepinephrine'), temperatureCelsius: 36.9, feverMasked: true },
      grade: 3,
      row: found('fever', 'fever-masked', 0),
      drivers: [found('hypotension', 'one-vasopressor', 3)],
    },
    {
      name: 'fever and masking: fever counts, no note',
      assessment: { ...febrile, feverMasked: true },
      grade: 1,
      row: fever,
      drivers: [fever],
    },
  ]);

  it('notes masked fever without hypotension or hypoxia only then', () => {
    expect(gradeCRS({ ...febrile, temperatureCelsius: 37, feverMasked: true }).notes).toEqual(['masked-fever-without-hypotension-or-hypoxia']);
    expect(gradeCRS({ ...febrile, temperatureCelsius: 37 }).notes).toEqual([]);
    expect(gradeCRS(febrile).notes).toEqual([]);
  });
});

describe('ASTCT 2019: hypotension (fluids 2, one vasopressor 3, several 4; R6 vasopressin)', () => {
  const fluids = found('hypotension', 'hypotension-without-vasopressor', 2);
  const one = found('hypotension', 'one-vasopressor', 3);
  const several = found('hypotension', 'multiple-vasopressors', 4);
  table('hypotension', [
    { name: 'no hypotension', assessment: febrile, grade: 1, row: found('hypotension', 'no-hypotension', 0), drivers: [fever] },
    { name: 'hypotension without vasopressor: grade 2', assessment: { ...febrile, hypotension: true }, grade: 2, row: fluids, drivers: [fluids] },
    { name: 'one vasopressor: grade 3', assessment: pressors('phenylephrine'), grade: 3, row: one, drivers: [one] },
    { name: 'vasopressin alone: one vasopressor, no note', assessment: pressors('vasopressin'), grade: 3, row: one, drivers: [one] },
    { name: 'one vasopressor with vasopressin: still one, with a note', assessment: pressors('norepinephrine', 'vasopressin'), grade: 3, row: one, drivers: [one], notes: ['vasopressin-not-counted'] },
    { name: 'two vasopressors: grade 4', assessment: pressors('norepinephrine', 'angiotensin-ii'), grade: 4, row: several, drivers: [several] },
    {
      name: 'two vasopressors with vasopressin: grade 4, with a note',
      assessment: pressors('vasopressin', 'epinephrine', 'dopamine'),
      grade: 4,
      row: several,
      drivers: [several],
      notes: ['vasopressin-not-counted'],
    },
  ]);
});

describe('ASTCT 2019: hypoxia (low-flow 2; high-flow cannula and masks 3; positive pressure 4; R4, R5)', () => {
  const lowFlow = found('hypoxia', 'low-flow-oxygen', 2);
  const highFlow = found('hypoxia', 'high-flow-nasal-cannula', 3);
  const mask = found('hypoxia', 'oxygen-mask', 3);
  const positive = found('hypoxia', 'positive-pressure', 4);
  table('hypoxia', [
    { name: 'room air', assessment: febrile, grade: 1, row: found('hypoxia', 'no-oxygen', 0), drivers: [fever] },
    { name: 'blow-by: grade 2', assessment: on({ device: 'blow-by' }), grade: 2, row: lowFlow, drivers: [lowFlow] },
    { name: 'nasal cannula at 6 L/min: grade 2', assessment: on({ device: 'nasal-cannula', flowLitersPerMinute: 6 }), grade: 2, row: lowFlow, drivers: [lowFlow] },
    { name: 'nasal cannula at 6.1 L/min: grade 3', assessment: on({ device: 'nasal-cannula', flowLitersPerMinute: 6.1 }), grade: 3, row: highFlow, drivers: [highFlow] },
    {
      name: 'high-flow nasal cannula at 6 L/min: low-flow, grade 2, with a note',
      assessment: on({ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 6 }),
      grade: 2,
      row: lowFlow,
      drivers: [lowFlow],
      notes: ['high-flow-cannula-at-low-flow'],
    },
    { name: 'high-flow nasal cannula at 6.1 L/min: grade 3, no note', assessment: on({ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 6.1 }), grade: 3, row: highFlow, drivers: [highFlow] },
    { name: 'simple face mask: grade 3', assessment: on({ device: 'simple-face-mask' }), grade: 3, row: mask, drivers: [mask] },
    { name: 'venturi mask: grade 3', assessment: on({ device: 'venturi-mask' }), grade: 3, row: mask, drivers: [mask] },
    { name: 'non-rebreather mask: grade 3', assessment: on({ device: 'non-rebreather-mask' }), grade: 3, row: mask, drivers: [mask] },
    { name: 'CPAP: grade 4', assessment: on({ device: 'cpap' }), grade: 4, row: positive, drivers: [positive] },
    { name: 'BiPAP: grade 4', assessment: on({ device: 'bipap' }), grade: 4, row: positive, drivers: [positive] },
    { name: 'mechanical ventilation: grade 4', assessment: on({ device: 'mechanical-ventilation' }), grade: 4, row: positive, drivers: [positive] },
  ]);

  it('never reads a missing cannula flow as low-flow: the grader refuses, naming the field', () => {
    expect(() => hypoxiaFinding({ device: 'high-flow-nasal-cannula' })).toThrow(new TypeError('oxygen.flowLitersPerMinute is required for a nasal cannula'));
  });
});

describe('ASTCT 2019: death (5) and the whole table', () => {
  table('death', [
    { name: 'alive', assessment: { ...febrile, diedOfCrs: false }, grade: 1, row: found('death', 'no-death-from-crs', 0), drivers: [fever] },
    { name: 'died of CRS: grade 5, the only driver', assessment: { ...pressors('norepinephrine', 'epinephrine'), diedOfCrs: true }, grade: 5, row: found('death', 'died-of-crs', 5), drivers: [found('death', 'died-of-crs', 5)] },
  ]);

  it('reports every row in table order', () => {
    expect(gradeCRS({ ...pressors('norepinephrine'), oxygen: { device: 'venturi-mask' } })).toEqual({
      scale: 'astct-2019',
      gradable: true,
      grade: 3,
      drivers: [found('hypotension', 'one-vasopressor', 3), found('hypoxia', 'oxygen-mask', 3)],
      findings: [fever, found('hypotension', 'one-vasopressor', 3), found('hypoxia', 'oxygen-mask', 3), found('death', 'no-death-from-crs', 0)],
      notes: [],
      icd10Cm: 'D89.833',
    });
  });
});
