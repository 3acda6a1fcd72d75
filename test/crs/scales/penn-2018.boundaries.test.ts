/**
 * Penn row by row, each boundary from both sides, as a user sees it: grade, the row's finding, the
 * drivers, the notes and, when a fact is absent, `missing` and `possibleGrades`.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment, OxygenSupport } from '../../../src/crs/assessment.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import { constitutionalSymptomCases, feverCases, found, gradable, omit, quiet, tableFor, unknownTableFor, withOxygen } from './outcome.js';

const SCALE = 'penn-2018';
const table = tableFor(SCALE);
const unknownTable = unknownTableFor(SCALE);

/** Every fact Penn reads, stated as absent. */
const stated: CrsAssessment = {
  ...quiet,
  constitutionalSymptoms: false,
  organToxicityGrade: 0,
  transaminitisGrade: 0,
  hospitalization: 'none',
  intravenousTherapy: false,
  coagulopathyNeedingReplacement: false,
  lifeThreatening: false,
};
/** Grade 4 without saying whether it is life-threatening (it is, by the row that makes it 4). */
const grade4 = omit(stated, 'lifeThreatening');

const on = (oxygen: OxygenSupport): CrsAssessment => withOxygen(stated, oxygen);

describe('Penn: fever and mild symptoms (grade 1)', () => {
  table('fever', feverCases(stated));
  table('constitutional-symptoms', constitutionalSymptomCases(stated));
});

describe('Penn: hypotension (one bolus 1; several boluses or a low dose 3; a high dose 4)', () => {
  const oneBolus = found('hypotension', 'hypotension-without-vasopressor', 1);
  const boluses = found('hypotension', 'multiple-fluid-boluses', 3);
  const lowDose = found('hypotension', 'low-dose-vasopressor', 3);
  const highDose = found('hypotension', 'high-dose-vasopressor', 4);
  const vasopressor = { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] } as const;
  table('hypotension', [
    { name: 'no hypotension', assessment: stated, grade: 0, row: found('hypotension', 'no-hypotension', 0), drivers: [] },
    { name: 'hypotension without several boluses: a mild reaction, grade 1', assessment: { ...stated, hypotension: true, multipleFluidBoluses: false }, grade: 1, row: oneBolus, drivers: [oneBolus] },
    { name: 'several fluid boluses: grade 3', assessment: { ...stated, hypotension: true, multipleFluidBoluses: true }, grade: 3, row: boluses, drivers: [boluses] },
    { name: 'a low-dose vasopressor: grade 3, boluses not needed', assessment: { ...stated, ...vasopressor, vasopressorDose: 'low' }, grade: 3, row: lowDose, drivers: [lowDose] },
    { name: 'a high-dose vasopressor: grade 4', assessment: { ...grade4, ...vasopressor, vasopressorDose: 'high' }, grade: 4, row: highDose, drivers: [highDose] },
    // Refractory hypotension is also life-threatening (DEC-14, DEC-18): the life-threatening row drives too.
    {
      name: 'refractory to a high dose: grade 4',
      assessment: { ...grade4, ...vasopressor, vasopressorDose: 'refractory-to-high' },
      grade: 4,
      row: highDose,
      drivers: [highDose, found('life-threatening', 'vasopressor-refractory-to-high-dose', 4)],
    },
  ]);
});

describe('Penn: hypoxia (any oxygen 3, mechanical ventilation 4)', () => {
  const oxygen = found('hypoxia', 'supplemental-oxygen', 3);
  const ventilated = found('hypoxia', 'mechanical-ventilation', 4);
  table('hypoxia', [
    { name: 'room air', assessment: stated, grade: 0, row: found('hypoxia', 'no-oxygen', 0), drivers: [] },
    { name: 'blow-by: grade 3', assessment: on({ device: 'blow-by' }), grade: 3, row: oxygen, drivers: [oxygen] },
    { name: 'nasal cannula at 1 L/min: grade 3', assessment: on({ device: 'nasal-cannula', flowLitersPerMinute: 1 }), grade: 3, row: oxygen, drivers: [oxygen] },
    { name: 'high-flow nasal cannula: grade 3', assessment: on({ device: 'high-flow-nasal-cannula', flowLitersPerMinute: 50 }), grade: 3, row: oxygen, drivers: [oxygen] },
    { name: 'CPAP: grade 3', assessment: on({ device: 'cpap' }), grade: 3, row: oxygen, drivers: [oxygen] },
    { name: 'BiPAP: grade 3', assessment: on({ device: 'bipap', inspiredOxygenFractionPercent: 90 }), grade: 3, row: oxygen, drivers: [oxygen] },
    { name: 'mechanical ventilation: grade 4', assessment: { ...grade4, oxygen: { device: 'mechanical-ventilation' } }, grade: 4, row: ventilated, drivers: [ventilated] },
  ]);
});

describe('Penn: organ toxicity (2 → 2, 3 → 3, 4 → 4) and transaminitis (3 → 2, 4 → 3)', () => {
  const organ4 = found('organ-toxicity', 'organ-toxicity-grade-4', 4);
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
      name: 'organ toxicity grade 4: grade 4, life-threatening by definition',
      assessment: { ...grade4, organToxicityGrade: 4 },
      grade: 4,
      row: organ4,
      drivers: [organ4, found('life-threatening', 'organ-toxicity-grade-4', 4)],
    },
  ]);
  table('transaminitis', [
    { name: 'transaminitis grade 0', assessment: stated, grade: 0, row: found('transaminitis', 'no-transaminitis', 0), drivers: [] },
    { name: 'transaminitis grade 1: grade 0', assessment: { ...stated, transaminitisGrade: 1 }, grade: 0, row: found('transaminitis', 'transaminitis-grade-1', 0), drivers: [] },
    { name: 'transaminitis grade 2: grade 0', assessment: { ...stated, transaminitisGrade: 2 }, grade: 0, row: found('transaminitis', 'transaminitis-grade-2', 0), drivers: [] },
    {
      name: 'transaminitis grade 3: organ dysfunction, grade 2',
      assessment: { ...stated, transaminitisGrade: 3 },
      grade: 2,
      row: found('transaminitis', 'transaminitis-grade-3', 2),
      drivers: [found('transaminitis', 'transaminitis-grade-3', 2)],
    },
    {
      name: 'transaminitis grade 4: grade 3',
      assessment: { ...stated, transaminitisGrade: 4 },
      grade: 3,
      row: found('transaminitis', 'transaminitis-grade-4', 3),
      drivers: [found('transaminitis', 'transaminitis-grade-4', 3)],
    },
  ]);
});

describe('Penn: hospitalisation (for symptoms 2, for organ dysfunction 3), IV therapy (2), coagulopathy (3)', () => {
  table('hospitalization', [
    { name: 'not in hospital', assessment: stated, grade: 0, row: found('hospitalization', 'not-hospitalized', 0), drivers: [] },
    {
      name: 'in hospital for CRS symptoms: grade 2',
      assessment: { ...stated, hospitalization: 'for-crs-symptoms' },
      grade: 2,
      row: found('hospitalization', 'hospitalized-for-crs-symptoms', 2),
      drivers: [found('hospitalization', 'hospitalized-for-crs-symptoms', 2)],
    },
    {
      name: 'in hospital for organ dysfunction: grade 3',
      assessment: { ...stated, hospitalization: 'for-organ-dysfunction' },
      grade: 3,
      row: found('hospitalization', 'hospitalized-for-organ-dysfunction', 3),
      drivers: [found('hospitalization', 'hospitalized-for-organ-dysfunction', 3)],
    },
  ]);
  table('intravenous-therapy', [
    { name: 'no IV therapy', assessment: stated, grade: 0, row: found('intravenous-therapy', 'no-intravenous-therapy', 0), drivers: [] },
    {
      name: 'IV therapy: grade 2',
      assessment: { ...stated, intravenousTherapy: true },
      grade: 2,
      row: found('intravenous-therapy', 'intravenous-therapy', 2),
      drivers: [found('intravenous-therapy', 'intravenous-therapy', 2)],
    },
  ]);
  table('coagulopathy', [
    { name: 'no coagulopathy needing replacement', assessment: stated, grade: 0, row: found('coagulopathy', 'no-coagulopathy-needing-replacement', 0), drivers: [] },
    {
      name: 'coagulopathy needing replacement: grade 3',
      assessment: { ...stated, coagulopathyNeedingReplacement: true },
      grade: 3,
      row: found('coagulopathy', 'coagulopathy-needing-replacement', 3),
      drivers: [found('coagulopathy', 'coagulopathy-needing-replacement', 3)],
    },
  ]);
});

describe('Penn: life-threatening complications (4) and death (5)', () => {
  table('life-threatening', [
    { name: 'not life-threatening', assessment: stated, grade: 0, row: found('life-threatening', 'not-life-threatening', 0), drivers: [] },
    {
      name: 'life-threatening: grade 4',
      assessment: { ...stated, lifeThreatening: true },
      grade: 4,
      row: found('life-threatening', 'life-threatening', 4),
      drivers: [found('life-threatening', 'life-threatening', 4)],
    },
  ]);
  table('death', [
    { name: 'died of CRS: grade 5', assessment: { ...stated, diedOfCrs: true }, grade: 5, row: found('death', 'died-of-crs', 5), drivers: [found('death', 'died-of-crs', 5)] },
  ]);
});

describe('Penn: the whole table', () => {
  it('reports every row in table order, with no notes', () => {
    expect(gradable(SCALE, { ...stated, temperatureCelsius: 38.8, hypotension: true, multipleFluidBoluses: false, intravenousTherapy: true, transaminitisGrade: 3 })).toEqual({
      scale: SCALE,
      gradable: true,
      grade: 2,
      drivers: [found('transaminitis', 'transaminitis-grade-3', 2), found('intravenous-therapy', 'intravenous-therapy', 2)],
      findings: [
        found('fever', 'fever', 1),
        found('constitutional-symptoms', 'no-constitutional-symptoms', 0),
        found('hypotension', 'hypotension-without-vasopressor', 1),
        found('hypoxia', 'no-oxygen', 0),
        found('organ-toxicity', 'no-organ-toxicity', 0),
        found('transaminitis', 'transaminitis-grade-3', 2),
        found('hospitalization', 'not-hospitalized', 0),
        found('intravenous-therapy', 'intravenous-therapy', 2),
        found('coagulopathy', 'no-coagulopathy-needing-replacement', 0),
        found('life-threatening', 'not-life-threatening', 0),
        found('death', 'no-death-from-crs', 0),
      ],
      notes: [],
      icd10Cm: 'D89.832',
    });
  });
});

describe('Penn: absent facts', () => {
  const bare = omit(stated, 'constitutionalSymptoms', 'organToxicityGrade', 'transaminitisGrade', 'hospitalization', 'intravenousTherapy', 'coagulopathyNeedingReplacement', 'lifeThreatening');

  it('names every absent fact in table order and reports only the rows it read', () => {
    expect(gradeCRS(bare, { scale: SCALE })).toEqual({
      scale: SCALE,
      gradable: false,
      grade: null,
      missing: ['constitutionalSymptoms', 'organToxicityGrade', 'transaminitisGrade', 'hospitalization', 'intravenousTherapy', 'coagulopathyNeedingReplacement', 'lifeThreatening'],
      possibleGrades: { min: 0, max: 4 },
      findings: [found('fever', 'no-fever', 0), found('hypotension', 'no-hypotension', 0), found('hypoxia', 'no-oxygen', 0), found('death', 'no-death-from-crs', 0)],
      notes: [],
    });
  });

  unknownTable([
    { name: 'a coagulopathy left out is never read as none', assessment: omit(stated, 'coagulopathyNeedingReplacement'), missing: ['coagulopathyNeedingReplacement'], min: 0, max: 3 },
    {
      name: 'a coagulopathy left out still matters at grade 2',
      assessment: { ...omit(stated, 'coagulopathyNeedingReplacement'), temperatureCelsius: 38.5, intravenousTherapy: true },
      missing: ['coagulopathyNeedingReplacement'],
      min: 2,
      max: 3,
    },
    { name: 'boluses of hypotension without vasopressor', assessment: { ...stated, hypotension: true }, missing: ['multipleFluidBoluses'], min: 1, max: 3 },
    { name: 'the dose of a vasopressor', assessment: { ...stated, hypotension: true, vasopressors: [{ agent: 'vasopressin' }] }, missing: ['vasopressorDose'], min: 3, max: 4 },
    { name: 'IV therapy, when febrile', assessment: { ...omit(stated, 'intravenousTherapy'), temperatureCelsius: 38 }, missing: ['intravenousTherapy'], min: 1, max: 2 },
    { name: 'hospitalisation, at grade 2', assessment: { ...omit(stated, 'hospitalization'), intravenousTherapy: true }, missing: ['hospitalization'], min: 2, max: 3 },
    {
      name: 'at grade 3 only what could make it 4',
      assessment: { ...bare, oxygen: { device: 'blow-by' } },
      missing: ['organToxicityGrade', 'lifeThreatening'],
      min: 3,
      max: 4,
    },
  ]);

  it('asks for nothing that could not change the grade', () => {
    expect(gradable(SCALE, { ...omit(stated, 'coagulopathyNeedingReplacement', 'hospitalization'), organToxicityGrade: 3 }).grade).toBe(3);
    expect(gradable(SCALE, { ...omit(stated, 'intravenousTherapy'), hospitalization: 'for-crs-symptoms' }).grade).toBe(2);
    expect(gradable(SCALE, { ...stated, hypotension: true, vasopressors: [{ agent: 'dopamine' }], lifeThreatening: true }).grade).toBe(4);
    expect(gradable(SCALE, { ...bare, oxygen: { device: 'mechanical-ventilation' } }).grade).toBe(4);
  });
});
