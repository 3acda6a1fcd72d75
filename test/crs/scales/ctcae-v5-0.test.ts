/**
 * CTCAE v5.0 row by row, each boundary from both sides, as a user sees it: grade, the row's
 * finding, the drivers, the notes and, when a fact is absent, `missing` and `possibleGrades`.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../../src/crs/assessment.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { Vasopressor } from '../../../src/vocabulary/vasopressor.js';
import { found, gradable, omit, quiet, tableFor, unknown, unknownTableFor } from './outcome.js';

const SCALE = 'ctcae-v5.0';

/** Every fact v5.0 reads, stated as absent. */
const stated: CrsAssessment = { ...quiet, lifeThreatening: false };

const table = tableFor(SCALE);
const unknownTable = unknownTableFor(SCALE);

function pressors(...agents: Vasopressor[]): CrsAssessment {
  return { ...stated, hypotension: true, vasopressors: agents.map((agent) => ({ agent })) };
}

describe('CTCAE v5.0: fever (grade 1)', () => {
  table('fever', [
    { name: '37.9 °C is no fever', assessment: { ...stated, temperatureCelsius: 37.9 }, grade: 0, row: found('fever', 'no-fever', 0), drivers: [] },
    { name: '38.0 °C is fever: grade 1', assessment: { ...stated, temperatureCelsius: 38 }, grade: 1, row: found('fever', 'fever', 1), drivers: [found('fever', 'fever', 1)] },
    {
      name: 'masked fever is no v5.0 rule',
      assessment: { ...stated, temperatureCelsius: 36.5, feverMasked: true },
      grade: 0,
      row: found('fever', 'no-fever', 0),
      drivers: [],
    },
  ]);
});

describe('CTCAE v5.0: hypotension (fluids 2, pressors 3; no row for several)', () => {
  const one = found('hypotension', 'one-vasopressor-agent', 3);
  const several = found('hypotension', 'multiple-vasopressor-agents', 3);
  table('hypotension', [
    { name: 'no hypotension', assessment: stated, grade: 0, row: found('hypotension', 'no-hypotension', 0), drivers: [] },
    {
      name: 'hypotension without a pressor: grade 2, even without fever',
      assessment: { ...stated, hypotension: true },
      grade: 2,
      row: found('hypotension', 'hypotension-without-vasopressor', 2),
      drivers: [found('hypotension', 'hypotension-without-vasopressor', 2)],
    },
    { name: 'one pressor: grade 3', assessment: pressors('phenylephrine'), grade: 3, row: one, drivers: [one] },
    { name: 'vasopressin alone is one pressor', assessment: pressors('vasopressin'), grade: 3, row: one, drivers: [one] },
    { name: 'two pressors stay at 3, with a note', assessment: pressors('norepinephrine', 'epinephrine'), grade: 3, row: several, drivers: [several], notes: ['no-multiple-vasopressor-row'] },
    {
      name: 'a pressor with vasopressin counts as two (no vasopressin rule)',
      assessment: pressors('norepinephrine', 'vasopressin'),
      grade: 3,
      row: several,
      drivers: [several],
      notes: ['no-multiple-vasopressor-row'],
    },
    {
      name: 'three pressors, life-threatening: grade 4',
      assessment: { ...pressors('norepinephrine', 'epinephrine', 'dopamine'), lifeThreatening: true },
      grade: 4,
      row: several,
      drivers: [found('life-threatening', 'life-threatening', 4)],
      notes: ['no-multiple-vasopressor-row'],
    },
  ]);
});

describe('CTCAE v5.0: hypoxia by oxygen fraction (below 40% 2, 40% or more 3, intubation 4)', () => {
  const below40 = found('hypoxia', 'oxygen-below-40-percent', 2);
  const atLeast40 = found('hypoxia', 'oxygen-40-percent-or-more', 3);
  const ventilated = found('hypoxia', 'mechanical-ventilation', 4);
  table('hypoxia', [
    { name: 'room air', assessment: stated, grade: 0, row: found('hypoxia', 'no-oxygen', 0), drivers: [] },
    {
      name: 'nasal cannula at FiO2 39%: grade 2',
      assessment: { ...stated, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 4, inspiredOxygenFractionPercent: 39 } },
      grade: 2,
      row: below40,
      drivers: [below40],
    },
    {
      name: 'nasal cannula at FiO2 40%: grade 3',
      assessment: { ...stated, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 4, inspiredOxygenFractionPercent: 40 } },
      grade: 3,
      row: atLeast40,
      drivers: [atLeast40],
    },
    {
      name: 'venturi mask at FiO2 21%: still oxygen, grade 2',
      assessment: { ...stated, oxygen: { device: 'venturi-mask', inspiredOxygenFractionPercent: 21 } },
      grade: 2,
      row: below40,
      drivers: [below40],
    },
    {
      name: 'CPAP at FiO2 39% is read by its fraction: grade 2, with a note',
      assessment: { ...stated, oxygen: { device: 'cpap', inspiredOxygenFractionPercent: 39 } },
      grade: 2,
      row: below40,
      drivers: [below40],
      notes: ['positive-pressure-not-listed'],
    },
    {
      name: 'BiPAP at FiO2 40%: grade 3, with a note',
      assessment: { ...stated, oxygen: { device: 'bipap', inspiredOxygenFractionPercent: 40 } },
      grade: 3,
      row: atLeast40,
      drivers: [atLeast40],
      notes: ['positive-pressure-not-listed'],
    },
    {
      name: 'intubation at FiO2 30%: grade 4, no note',
      assessment: omit({ ...stated, oxygen: { device: 'mechanical-ventilation', inspiredOxygenFractionPercent: 30 } }, 'lifeThreatening'),
      grade: 4,
      row: ventilated,
      drivers: [ventilated],
    },
    {
      name: 'two pressors on BiPAP: both notes, hypotension first',
      assessment: { ...pressors('norepinephrine', 'epinephrine'), oxygen: { device: 'bipap', inspiredOxygenFractionPercent: 50 } },
      grade: 3,
      row: atLeast40,
      drivers: [found('hypotension', 'multiple-vasopressor-agents', 3), atLeast40],
      notes: ['no-multiple-vasopressor-row', 'positive-pressure-not-listed'],
    },
  ]);
});

describe('CTCAE v5.0: life-threatening consequences (4) and death (5)', () => {
  const lifeThreatening = found('life-threatening', 'life-threatening', 4);
  const organ4 = found('life-threatening', 'organ-toxicity-grade-4', 4);
  table('life-threatening', [
    { name: 'not life-threatening', assessment: stated, grade: 0, row: found('life-threatening', 'not-life-threatening', 0), drivers: [] },
    { name: 'life-threatening: grade 4', assessment: { ...stated, lifeThreatening: true }, grade: 4, row: lifeThreatening, drivers: [lifeThreatening] },
    { name: 'a grade 4 organ toxicity is life-threatening by definition', assessment: { ...quiet, organToxicityGrade: 4 }, grade: 4, row: organ4, drivers: [organ4] },
  ]);
  table('death', [
    { name: 'alive', assessment: stated, grade: 0, row: found('death', 'no-death-from-crs', 0), drivers: [] },
    { name: 'died of CRS: grade 5', assessment: { ...stated, diedOfCrs: true }, grade: 5, row: found('death', 'died-of-crs', 5), drivers: [found('death', 'died-of-crs', 5)] },
  ]);
});

describe('CTCAE v5.0: the whole table', () => {
  it('reports every row in table order', () => {
    expect(gradable(SCALE, { ...pressors('norepinephrine'), temperatureCelsius: 39, oxygen: { device: 'simple-face-mask', inspiredOxygenFractionPercent: 35 } })).toEqual({
      scale: SCALE,
      gradable: true,
      grade: 3,
      drivers: [found('hypotension', 'one-vasopressor-agent', 3)],
      findings: [
        found('fever', 'fever', 1),
        found('hypotension', 'one-vasopressor-agent', 3),
        found('hypoxia', 'oxygen-below-40-percent', 2),
        found('life-threatening', 'not-life-threatening', 0),
        found('death', 'no-death-from-crs', 0),
      ],
      notes: [],
      icd10Cm: 'D89.833',
    });
  });
});

describe('CTCAE v5.0: absent facts', () => {
  it('needs the oxygen fraction of any oxygen, and whether it is life-threatening, in table order', () => {
    expect(gradeCRS({ ...quiet, oxygen: { device: 'blow-by' } }, { scale: SCALE })).toEqual({
      scale: SCALE,
      gradable: false,
      grade: null,
      missing: ['oxygen.inspiredOxygenFractionPercent', 'lifeThreatening'],
      possibleGrades: { min: 2, max: 4 },
      findings: [found('fever', 'no-fever', 0), found('hypotension', 'no-hypotension', 0), found('death', 'no-death-from-crs', 0)],
      notes: [],
    });
  });

  unknownTable([
    { name: 'without oxygen only lifeThreatening', assessment: quiet, missing: ['lifeThreatening'], min: 0, max: 4 },
    { name: 'the fraction of a mask', assessment: { ...stated, oxygen: { device: 'simple-face-mask' } }, missing: ['oxygen.inspiredOxygenFractionPercent'], min: 2, max: 3 },
    {
      name: 'the fraction of CPAP (with the note)',
      assessment: { ...stated, oxygen: { device: 'cpap' } },
      missing: ['oxygen.inspiredOxygenFractionPercent'],
      min: 2,
      max: 3,
    },
  ]);

  it('keeps its notes when it cannot grade', () => {
    expect(gradeCRS({ ...stated, oxygen: { device: 'cpap' } }, { scale: SCALE }).notes).toEqual(['positive-pressure-not-listed']);
  });

  it('asks no oxygen fraction once a pressor makes it 3: only lifeThreatening could change it', () => {
    expect(unknown(SCALE, { ...omit(pressors('norepinephrine'), 'lifeThreatening'), oxygen: { device: 'simple-face-mask' } })).toEqual({
      missing: ['lifeThreatening'],
      possibleGrades: { min: 3, max: 4 },
    });
  });
});
