/**
 * CTCAE v4.03 row by row, each boundary from both sides, as a user sees it: grade, the row's
 * finding, the drivers, the notes and, when a fact is absent, `missing` and `possibleGrades`.
 */
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../../src/crs/assessment.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import { found, gradable, omit, quiet, tableFor, unknownTableFor } from './outcome.js';

const SCALE = 'ctcae-v4.03';

/** Every fact v4.03 reads, stated as absent. */
const stated: CrsAssessment = { ...quiet, constitutionalSymptoms: false, treatmentResponse: 'no-intervention', hospitalization: 'none', lifeThreatening: false };
/** Oxygen or pressors are an intervention: here one with a prompt response. */
const treated: CrsAssessment = { ...stated, treatmentResponse: 'prompt-response' };

const table = tableFor(SCALE);
const unknownTable = unknownTableFor(SCALE);

const prompt = found('treatment-response', 'prompt-response', 2);

describe('CTCAE v4.03: fever and mild symptoms (grade 1)', () => {
  table('fever', [
    { name: '37.9 °C is no fever', assessment: { ...stated, temperatureCelsius: 37.9 }, grade: 0, row: found('fever', 'no-fever', 0), drivers: [] },
    { name: '38.0 °C is fever: grade 1', assessment: { ...stated, temperatureCelsius: 38 }, grade: 1, row: found('fever', 'fever', 1), drivers: [found('fever', 'fever', 1)] },
  ]);
  table('constitutional-symptoms', [
    { name: 'no symptoms', assessment: stated, grade: 0, row: found('constitutional-symptoms', 'no-constitutional-symptoms', 0), drivers: [] },
    {
      name: 'mild symptoms without fever: grade 1',
      assessment: { ...stated, constitutionalSymptoms: true },
      grade: 1,
      row: found('constitutional-symptoms', 'constitutional-symptoms', 1),
      drivers: [found('constitutional-symptoms', 'constitutional-symptoms', 1)],
    },
    {
      name: 'fever and symptoms both drive grade 1, in table order',
      assessment: { ...stated, temperatureCelsius: 38.4, constitutionalSymptoms: true },
      grade: 1,
      row: found('constitutional-symptoms', 'constitutional-symptoms', 1),
      drivers: [found('fever', 'fever', 1), found('constitutional-symptoms', 'constitutional-symptoms', 1)],
    },
  ]);
});

describe('CTCAE v4.03: hypotension (IV fluids 2, pressor support 4)', () => {
  const withoutPressor = found('hypotension', 'hypotension-without-vasopressor', 2);
  const pressorSupport = found('hypotension', 'vasopressor-support', 4);
  table('hypotension', [
    { name: 'no hypotension', assessment: stated, grade: 0, row: found('hypotension', 'no-hypotension', 0), drivers: [] },
    { name: 'hypotension on fluids, prompt response: grade 2', assessment: { ...treated, hypotension: true }, grade: 2, row: withoutPressor, drivers: [withoutPressor, prompt] },
    {
      name: 'hypotension on fluids, prolonged: grade 3 from the response',
      assessment: { ...treated, hypotension: true, treatmentResponse: 'prolonged-or-recurrent' },
      grade: 3,
      row: withoutPressor,
      drivers: [found('treatment-response', 'prolonged-or-recurrent', 3)],
    },
    {
      name: 'one pressor: pressor support, grade 4',
      assessment: omit({ ...treated, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] }, 'lifeThreatening'),
      grade: 4,
      row: pressorSupport,
      drivers: [pressorSupport],
    },
    {
      name: 'vasopressin alone is pressor support too',
      assessment: omit({ ...treated, hypotension: true, vasopressors: [{ agent: 'vasopressin' }] }, 'lifeThreatening'),
      grade: 4,
      row: pressorSupport,
      drivers: [pressorSupport],
    },
  ]);
});

describe('CTCAE v4.03: hypoxia (oxygen 2, ventilatory support 4)', () => {
  const oxygen = found('hypoxia', 'supplemental-oxygen', 2);
  const nonInvasive = found('hypoxia', 'non-invasive-ventilation', 4);
  const ventilated = found('hypoxia', 'mechanical-ventilation', 4);
  table('hypoxia', [
    { name: 'room air', assessment: stated, grade: 0, row: found('hypoxia', 'no-oxygen', 0), drivers: [] },
    { name: 'blow-by: grade 2', assessment: { ...treated, oxygen: { device: 'blow-by' } }, grade: 2, row: oxygen, drivers: [oxygen, prompt] },
    { name: 'nasal cannula at 2 L/min: grade 2', assessment: { ...treated, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } }, grade: 2, row: oxygen, drivers: [oxygen, prompt] },
    {
      name: 'high-flow nasal cannula at 40 L/min is still oxygen, not ventilatory support: grade 2',
      assessment: { ...treated, oxygen: { device: 'high-flow-nasal-cannula', flowLitersPerMinute: 40 } },
      grade: 2,
      row: oxygen,
      drivers: [oxygen, prompt],
    },
    { name: 'non-rebreather mask: grade 2', assessment: { ...treated, oxygen: { device: 'non-rebreather-mask' } }, grade: 2, row: oxygen, drivers: [oxygen, prompt] },
    { name: 'CPAP: ventilatory support, grade 4', assessment: omit({ ...treated, oxygen: { device: 'cpap' } }, 'lifeThreatening'), grade: 4, row: nonInvasive, drivers: [nonInvasive] },
    { name: 'BiPAP: ventilatory support, grade 4', assessment: omit({ ...treated, oxygen: { device: 'bipap' } }, 'lifeThreatening'), grade: 4, row: nonInvasive, drivers: [nonInvasive] },
    {
      name: 'intubation: grade 4',
      assessment: omit({ ...treated, oxygen: { device: 'mechanical-ventilation' } }, 'lifeThreatening'),
      grade: 4,
      row: ventilated,
      drivers: [ventilated],
    },
  ]);
});

describe('CTCAE v4.03: treatment response (prompt 2, prolonged or recurrent 3)', () => {
  table('treatment-response', [
    {
      name: 'a mild reaction needing no intervention: grade 1 from the fever',
      assessment: { ...stated, temperatureCelsius: 38.2 },
      grade: 1,
      row: found('treatment-response', 'no-intervention', 0),
      drivers: [found('fever', 'fever', 1)],
    },
    { name: 'prompt response: grade 2', assessment: treated, grade: 2, row: prompt, drivers: [prompt] },
    {
      name: 'prolonged or recurrent: grade 3',
      assessment: { ...stated, treatmentResponse: 'prolonged-or-recurrent' },
      grade: 3,
      row: found('treatment-response', 'prolonged-or-recurrent', 3),
      drivers: [found('treatment-response', 'prolonged-or-recurrent', 3)],
    },
  ]);
});

describe('CTCAE v4.03: hospitalisation (for sequelae 3; for symptoms alone no criterion)', () => {
  table('hospitalization', [
    { name: 'not in hospital', assessment: stated, grade: 0, row: found('hospitalization', 'not-hospitalized', 0), drivers: [] },
    {
      name: 'in hospital for CRS symptoms alone: grade 0',
      assessment: { ...stated, hospitalization: 'for-crs-symptoms' },
      grade: 0,
      row: found('hospitalization', 'hospitalized-for-crs-symptoms', 0),
      drivers: [],
    },
    {
      name: 'in hospital for organ dysfunction: grade 3',
      assessment: { ...stated, hospitalization: 'for-organ-dysfunction' },
      grade: 3,
      row: found('hospitalization', 'hospitalized-for-organ-dysfunction', 3),
      drivers: [found('hospitalization', 'hospitalized-for-organ-dysfunction', 3)],
    },
  ]);
});

describe('CTCAE v4.03: life-threatening consequences (4) and death (5)', () => {
  const lifeThreatening = found('life-threatening', 'life-threatening', 4);
  const organ4 = found('life-threatening', 'organ-toxicity-grade-4', 4);
  table('life-threatening', [
    { name: 'not life-threatening', assessment: stated, grade: 0, row: found('life-threatening', 'not-life-threatening', 0), drivers: [] },
    // Life-threatening consequences need urgent intervention: 'no-intervention' would contradict them.
    {
      name: 'life-threatening: grade 4',
      assessment: { ...stated, treatmentResponse: 'prolonged-or-recurrent', lifeThreatening: true },
      grade: 4,
      row: lifeThreatening,
      drivers: [lifeThreatening],
    },
    {
      name: 'a grade 3 organ toxicity is no v4.03 criterion',
      assessment: { ...stated, organToxicityGrade: 3 },
      grade: 0,
      row: found('life-threatening', 'not-life-threatening', 0),
      drivers: [],
    },
    {
      name: 'a grade 4 organ toxicity is life-threatening by definition',
      assessment: omit({ ...stated, treatmentResponse: 'prolonged-or-recurrent', organToxicityGrade: 4 }, 'lifeThreatening'),
      grade: 4,
      row: organ4,
      drivers: [organ4],
    },
  ]);
  table('death', [
    { name: 'alive', assessment: { ...stated, diedOfCrs: false }, grade: 0, row: found('death', 'no-death-from-crs', 0), drivers: [] },
    { name: 'died of CRS: grade 5', assessment: { ...stated, diedOfCrs: true }, grade: 5, row: found('death', 'died-of-crs', 5), drivers: [found('death', 'died-of-crs', 5)] },
  ]);
});

describe('CTCAE v4.03: the whole table', () => {
  it('reports every row in table order, with no notes', () => {
    expect(gradable(SCALE, { ...treated, temperatureCelsius: 38.6, hypotension: true, oxygen: { device: 'simple-face-mask' } })).toEqual({
      scale: SCALE,
      gradable: true,
      grade: 2,
      drivers: [found('hypotension', 'hypotension-without-vasopressor', 2), found('hypoxia', 'supplemental-oxygen', 2), prompt],
      findings: [
        found('fever', 'fever', 1),
        found('constitutional-symptoms', 'no-constitutional-symptoms', 0),
        found('hypotension', 'hypotension-without-vasopressor', 2),
        found('hypoxia', 'supplemental-oxygen', 2),
        prompt,
        found('hospitalization', 'not-hospitalized', 0),
        found('life-threatening', 'not-life-threatening', 0),
        found('death', 'no-death-from-crs', 0),
      ],
      notes: [],
      icd10Cm: 'D89.832',
    });
  });
});

describe('CTCAE v4.03: absent facts', () => {
  const bare = omit(stated, 'constitutionalSymptoms', 'treatmentResponse', 'hospitalization', 'lifeThreatening');

  it('names every absent fact that could raise the grade, in table order, and reports only the rows it read', () => {
    const result = gradeCRS(bare, { scale: SCALE });
    expect(result).toEqual({
      scale: SCALE,
      gradable: false,
      grade: null,
      missing: ['constitutionalSymptoms', 'treatmentResponse', 'hospitalization', 'lifeThreatening'],
      possibleGrades: { min: 0, max: 4 },
      findings: [found('fever', 'no-fever', 0), found('hypotension', 'no-hypotension', 0), found('hypoxia', 'no-oxygen', 0), found('death', 'no-death-from-crs', 0)],
      notes: [],
    });
  });

  unknownTable([
    { name: 'fever makes the symptoms irrelevant', assessment: { ...bare, temperatureCelsius: 38 }, missing: ['treatmentResponse', 'hospitalization', 'lifeThreatening'], min: 1, max: 4 },
    {
      name: 'a prolonged response (3) leaves only what could make it 4',
      assessment: { ...bare, treatmentResponse: 'prolonged-or-recurrent' },
      missing: ['lifeThreatening'],
      min: 3,
      max: 4,
    },
    {
      name: 'hospitalisation for symptoms, which counts for nothing, does not settle the treatment response',
      assessment: { ...bare, temperatureCelsius: 38, hospitalization: 'for-crs-symptoms', lifeThreatening: false },
      missing: ['treatmentResponse'],
      min: 1,
      max: 3,
    },
    {
      name: 'hospitalisation for sequelae (3) still leaves the life-threatening question',
      assessment: { ...bare, constitutionalSymptoms: false, hospitalization: 'for-organ-dysfunction' },
      missing: ['lifeThreatening'],
      min: 3,
      max: 4,
    },
  ]);

  it('needs none of them once pressor or ventilatory support makes it grade 4', () => {
    expect(gradable(SCALE, { ...bare, hypotension: true, vasopressors: [{ agent: 'dopamine' }] }).grade).toBe(4);
    expect(gradable(SCALE, { ...bare, oxygen: { device: 'cpap' } }).grade).toBe(4);
  });
});
