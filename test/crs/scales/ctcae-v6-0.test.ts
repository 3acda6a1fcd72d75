/**
 * CTCAE v6.0 row by row, each boundary from both sides, as a user sees it: grade, the row's
 * finding, the drivers, the notes and, when a fact is absent, `missing` and `possibleGrades`.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment, OxygenSupport } from '../../../src/crs/assessment.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { Vasopressor } from '../../../src/vocabulary/vasopressor.js';
import { found, gradable, omit, quiet, tableFor } from './outcome.js';

const SCALE = 'ctcae-v6.0';

/** Every fact v6.0 reads, stated as absent. */
const stated: CrsAssessment = { ...quiet, lifeThreatening: false };

const table = tableFor(SCALE);

function pressors(...agents: Vasopressor[]): CrsAssessment {
  return { ...stated, hypotension: true, vasopressors: agents.map((agent) => ({ agent })) };
}

function on(oxygen: OxygenSupport): CrsAssessment {
  return { ...stated, oxygen };
}

describe('CTCAE v6.0: fever (grade 1)', () => {
  table('fever', [
    { name: '37.9 °C is no fever', assessment: { ...stated, temperatureCelsius: 37.9 }, grade: 0, row: found('fever', 'no-fever', 0), drivers: [] },
    { name: '38.0 °C is fever: grade 1', assessment: { ...stated, temperatureCelsius: 38 }, grade: 1, row: found('fever', 'fever', 1), drivers: [found('fever', 'fever', 1)] },
  ]);
});

describe('CTCAE v6.0: hypotension (fluids 2, pressors 3; no row for several)', () => {
  const one = found('hypotension', 'one-vasopressor-agent', 3);
  const several = found('hypotension', 'multiple-vasopressor-agents', 3);
  table('hypotension', [
    { name: 'no hypotension', assessment: stated, grade: 0, row: found('hypotension', 'no-hypotension', 0), drivers: [] },
    {
      name: 'hypotension without a pressor: grade 2',
      assessment: { ...stated, hypotension: true },
      grade: 2,
      row: found('hypotension', 'hypotension-without-vasopressor', 2),
      drivers: [found('hypotension', 'hypotension-without-vasopressor', 2)],
    },
    { name: 'one pressor: grade 3', assessment: pressors('angiotensin-ii'), grade: 3, row: one, drivers: [one] },
    { name: 'two pressors stay at 3, with a note', assessment: pressors('dopamine', 'vasopressin'), grade: 3, row: several, drivers: [several], notes: ['no-multiple-vasopressor-row'] },
  ]);
});

describe('CTCAE v6.0: hypoxia by device (low-flow 2; high-flow, masks, CPAP/BiPAP 3; intubation 4)', () => {
  const lowFlow = found('hypoxia', 'low-flow-oxygen', 2);
  const highFlow = found('hypoxia', 'high-flow-nasal-cannula', 3);
  const mask = found('hypoxia', 'oxygen-mask', 3);
  const nonInvasive = found('hypoxia', 'non-invasive-ventilation', 3);
  const ventilated = found('hypoxia', 'mechanical-ventilation', 4);
  table('hypoxia', [
    { name: 'room air', assessment: stated, grade: 0, row: found('hypoxia', 'no-oxygen', 0), drivers: [] },
    { name: 'blow-by: grade 2', assessment: on({ device: 'blow-by' }), grade: 2, row: lowFlow, drivers: [lowFlow] },
    { name: 'nasal cannula at 5.9 L/min: grade 2', assessment: on({ device: 'nasal-cannula', flowLitersPerMinute: 5.9 }), grade: 2, row: lowFlow, drivers: [lowFlow] },
    { name: 'nasal cannula at 6 L/min: grade 2, as named', assessment: on({ device: 'nasal-cannula', flowLitersPerMinute: 6 }), grade: 2, row: lowFlow, drivers: [lowFlow] },
    {
      name: 'nasal cannula at 6.1 L/min: grade 3, banded by flow against its name',
      assessment: on({ device: 'nasal-cannula', flowLitersPerMinute: 6.1 }),
      grade: 3,
      row: highFlow,
      drivers: [highFlow],
      notes: ['cannula-banded-by-flow'],
    },
    {
      name: 'high-flow nasal cannula at 6 L/min: grade 2, banded by flow against its name',
      assessment: on({ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 6 }),
      grade: 2,
      row: lowFlow,
      drivers: [lowFlow],
      notes: ['cannula-banded-by-flow'],
    },
    { name: 'high-flow nasal cannula at 6.1 L/min: grade 3, as named', assessment: on({ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 6.1 }), grade: 3, row: highFlow, drivers: [highFlow] },
    { name: 'high-flow nasal cannula at 40 L/min: grade 3, as named', assessment: on({ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 40 }), grade: 3, row: highFlow, drivers: [highFlow] },
    { name: 'simple face mask: grade 3', assessment: on({ device: 'simple-face-mask' }), grade: 3, row: mask, drivers: [mask] },
    { name: 'venturi mask: grade 3', assessment: on({ device: 'venturi-mask', flowLitersPerMinute: 8 }), grade: 3, row: mask, drivers: [mask] },
    { name: 'CPAP: grade 3, not 4, with a note', assessment: on({ device: 'cpap' }), grade: 3, row: nonInvasive, drivers: [nonInvasive], notes: ['positive-pressure-not-listed'] },
    {
      name: 'BiPAP at FiO2 100%: grade 3 (v6.0 reads no fraction), with a note',
      assessment: on({ device: 'bipap', inspiredOxygenFractionPercent: 100 }),
      grade: 3,
      row: nonInvasive,
      drivers: [nonInvasive],
      notes: ['positive-pressure-not-listed'],
    },
    {
      name: 'CPAP with life-threatening consequences: grade 4',
      assessment: { ...on({ device: 'cpap' }), lifeThreatening: true },
      grade: 4,
      row: nonInvasive,
      drivers: [found('life-threatening', 'life-threatening', 4)],
      notes: ['positive-pressure-not-listed'],
    },
    { name: 'intubation: grade 4, no note', assessment: omit(on({ device: 'mechanical-ventilation' }), 'lifeThreatening'), grade: 4, row: ventilated, drivers: [ventilated] },
    {
      name: 'two pressors on a cannula above 6 L/min: both notes, hypotension first',
      assessment: { ...pressors('norepinephrine', 'epinephrine'), oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 10 } },
      grade: 3,
      row: highFlow,
      drivers: [found('hypotension', 'multiple-vasopressor-agents', 3), highFlow],
      notes: ['no-multiple-vasopressor-row', 'cannula-banded-by-flow'],
    },
  ]);
});

describe('CTCAE v6.0: life-threatening consequences (4) and death (5)', () => {
  const lifeThreatening = found('life-threatening', 'life-threatening', 4);
  table('life-threatening', [
    { name: 'not life-threatening', assessment: stated, grade: 0, row: found('life-threatening', 'not-life-threatening', 0), drivers: [] },
    { name: 'life-threatening: grade 4', assessment: { ...stated, lifeThreatening: true }, grade: 4, row: lifeThreatening, drivers: [lifeThreatening] },
  ]);
  table('death', [
    { name: 'died of CRS: grade 5', assessment: { ...stated, diedOfCrs: true }, grade: 5, row: found('death', 'died-of-crs', 5), drivers: [found('death', 'died-of-crs', 5)] },
  ]);
});

describe('CTCAE v6.0: the whole table', () => {
  it('reports every row in table order', () => {
    expect(gradable(SCALE, { ...stated, temperatureCelsius: 38.1, oxygen: { device: 'blow-by' } })).toEqual({
      scale: SCALE,
      gradable: true,
      grade: 2,
      drivers: [found('hypoxia', 'low-flow-oxygen', 2)],
      findings: [
        found('fever', 'fever', 1),
        found('hypotension', 'no-hypotension', 0),
        found('hypoxia', 'low-flow-oxygen', 2),
        found('life-threatening', 'not-life-threatening', 0),
        found('death', 'no-death-from-crs', 0),
      ],
      notes: [],
      icd10Cm: 'D89.832',
    });
  });

  it('needs only lifeThreatening, and not once intubation makes it 4', () => {
    expect(gradeCRS({ ...quiet, oxygen: { device: 'cpap' } }, { scale: SCALE })).toEqual({
      scale: SCALE,
      gradable: false,
      grade: null,
      missing: ['lifeThreatening'],
      possibleGrades: { min: 3, max: 4 },
      findings: [found('fever', 'no-fever', 0), found('hypotension', 'no-hypotension', 0), found('hypoxia', 'non-invasive-ventilation', 3), found('death', 'no-death-from-crs', 0)],
      notes: ['positive-pressure-not-listed'],
    });
    expect(gradable(SCALE, { ...quiet, oxygen: { device: 'mechanical-ventilation' } }).grade).toBe(4);
  });
});
