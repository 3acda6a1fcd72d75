import { describe, expect, it } from 'vitest';
import { CrsInputError } from '../../src/crs/crs-input-error.js';
import { gradeCRSOnAllScales } from '../../src/crs/grade-crs-on-all-scales.js';
import type { CrsGradingOutcome } from '../../src/crs/grading.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';
import { GradingScale } from '../../src/vocabulary/grading-scale.js';
import { complete, merge } from './scales/helpers.js';

function grades(results: Readonly<Record<string, CrsGradingOutcome>>): Record<string, number | readonly string[]> {
  return Object.fromEntries(Object.entries(results).map(([scale, result]) => [scale, result.gradable ? result.grade : result.missing]));
}

describe('gradeCRSOnAllScales: where the scales are known to differ', () => {
  it('one result per scale, in GradingScale order, each naming its scale', () => {
    const results = gradeCRSOnAllScales(complete);
    expect(Object.keys(results)).toEqual(enumValues(GradingScale));
    for (const [scale, result] of Object.entries(results)) expect(result.scale).toBe(scale);
  });

  it('fever, one low-dose vasopressor for 6 h and a low-flow cannula at FiO2 28%', () => {
    const results = gradeCRSOnAllScales(
      merge(complete, {
        hypotension: true,
        vasopressors: [{ agent: 'norepinephrine' }],
        vasopressorDose: 'low',
        vasopressorDurationHours: 6,
        lifeThreateningHypotension: false,
        oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 3, inspiredOxygenFractionPercent: 28 },
      }),
    );
    expect(grades(results)).toEqual({
      'astct-2019': 3,
      'ctcae-v4.03': 4,
      'ctcae-v5.0': 3,
      'ctcae-v6.0': 3,
      'lee-2014': 2,
      'penn-2018': 3,
      'mskcc-2018': 2,
      'cartox-2018': 2,
    });
  });

  it('fever with grade 3 organ toxicity: only the scales that count organ toxicity rise', () => {
    expect(grades(gradeCRSOnAllScales({ ...complete, organToxicityGrade: 3 }))).toEqual({
      'astct-2019': 1,
      'ctcae-v4.03': 1,
      'ctcae-v5.0': 1,
      'ctcae-v6.0': 1,
      'lee-2014': 3,
      'penn-2018': 3,
      'mskcc-2018': 1,
      'cartox-2018': 3,
    });
  });

  it('fever and BiPAP at FiO2 35%, not life-threatening: 2 to 4 depending on the scale', () => {
    expect(grades(gradeCRSOnAllScales(merge(complete, { oxygen: { device: 'bipap', inspiredOxygenFractionPercent: 35 } })))).toEqual({
      'astct-2019': 4,
      'ctcae-v4.03': 4,
      'ctcae-v5.0': 2,
      'ctcae-v6.0': 3,
      'lee-2014': 3,
      'penn-2018': 3,
      'mskcc-2018': 3,
      'cartox-2018': 3,
    });
  });

  // The rows of the "More differences" table in docs/scales-compared.md.
  it.each([
    ['nasal cannula at 8 L/min, 35% oxygen', { oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 8, inspiredOxygenFractionPercent: 35 } }, [3, 2, 2, 3, 2, 3, 2, 2]],
    [
      'norepinephrine with vasopressin, low dose, 6 h',
      { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }], vasopressorDose: 'low', vasopressorDurationHours: 6, lifeThreateningHypotension: false },
      [3, 4, 3, 3, 3, 3, 2, 3],
    ],
    ['hypotension without fever, one fluid bolus', { temperatureCelsius: 37, hypotension: true, multipleFluidBoluses: false }, [0, 2, 2, 2, 2, 1, 1, 2]],
    ['hypotension without fever, multiple fluid boluses', { temperatureCelsius: 37, hypotension: true, multipleFluidBoluses: true }, [0, 2, 2, 2, 2, 3, 1, 2]],
  ] as const)('%s', (_name, overrides, expected) => {
    expect(Object.values(grades(gradeCRSOnAllScales(merge(complete, overrides))))).toEqual(expected);
  });

  it('30 h on norepinephrine, the last hour at a high dose: Lee 2014 2 (a high dose counts after 3 h at it), MSKCC 3 (24 h on any vasopressor)', () => {
    const results = gradeCRSOnAllScales(
      merge(complete, {
        hypotension: true,
        vasopressors: [{ agent: 'norepinephrine' }],
        vasopressorDose: 'high',
        vasopressorDurationHours: 30,
        highDoseVasopressorDurationHours: 1,
        lifeThreateningHypotension: false,
      }),
    );
    expect(grades(results)).toMatchObject({ 'lee-2014': 2, 'mskcc-2018': 3, 'cartox-2018': 3 });
  });

  it('the ASTCT-only minimum: every other scale names what it lacks, none guesses', () => {
    const results = gradeCRSOnAllScales({ temperatureCelsius: 38.2, hypotension: false, vasopressors: [], oxygen: { device: 'simple-face-mask' } });
    expect(grades(results)).toEqual({
      'astct-2019': 3,
      'ctcae-v4.03': ['treatmentResponse', 'hospitalization', 'lifeThreatening'],
      'ctcae-v5.0': ['oxygen.inspiredOxygenFractionPercent', 'lifeThreatening'],
      'ctcae-v6.0': ['lifeThreatening'],
      'lee-2014': ['oxygen.inspiredOxygenFractionPercent', 'organToxicityGrade', 'transaminitisGrade'],
      'penn-2018': ['organToxicityGrade', 'lifeThreatening'],
      'mskcc-2018': ['oxygen.inspiredOxygenFractionPercent'],
      'cartox-2018': ['oxygen.inspiredOxygenFractionPercent', 'organToxicityGrade', 'transaminitisGrade'],
    });
    const lee = results['lee-2014'];
    expect(!lee.gradable && lee.possibleGrades).toEqual({ min: 2, max: 4 });
  });

  it('rejects an invalid assessment like gradeCRS', () => {
    expect(() => gradeCRSOnAllScales({ ...complete, organToxicityGrade: 5 as never })).toThrow(CrsInputError);
  });
});

describe('gradeCRSOnAllScales: an invalid assessment', () => {
  it('throws a CrsInputError titled with the CRS assessment', () => {
    expect(() => gradeCRSOnAllScales({ ...complete, organToxicityGrade: 5 as never })).toThrow(/^Invalid CRS assessment \(1 problem\):\n- organToxicityGrade: /);
  });
});
