import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CrsAssessment } from '../../../src/crs/assessment.js';
import type { CrsFact } from '../../../src/crs/grading.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { Vasopressor } from '../../../src/vocabulary/vasopressor.js';
import type { VasopressorDose } from '../../../src/vocabulary/vasopressor-dose.js';
import { GradingScale } from '../../../src/vocabulary/grading-scale.js';
import { enumValues } from '../../../src/vocabulary/vocabulary.js';
import { completeCrsAssessment, consistent, validCrsAssessment, withoutCirculationFacts } from '../../arbitraries/crs.js';

const scales = enumValues(GradingScale);

// Support ordered from least to most, on every axis a scale reads.
const oxygenLadder: CrsAssessment['oxygen'][] = [
  { device: 'room-air' },
  { device: 'blow-by', inspiredOxygenFractionPercent: 25 },
  { device: 'nasal-cannula', flowLitersPerMinute: 6, inspiredOxygenFractionPercent: 39 },
  { device: 'high-flow-nasal-cannula', flowLitersPerMinute: 30, inspiredOxygenFractionPercent: 40 },
  { device: 'non-rebreather-mask', inspiredOxygenFractionPercent: 60 },
  { device: 'bipap', inspiredOxygenFractionPercent: 60 },
  { device: 'mechanical-ventilation', inspiredOxygenFractionPercent: 60 },
];
type Circulation = Pick<
  CrsAssessment,
  'hypotension' | 'vasopressors' | 'vasopressorDose' | 'vasopressorDurationHours' | 'highDoseVasopressorDurationHours' | 'lifeThreateningHypotension' | 'multipleFluidBoluses'
>;
const pressors = (agents: Vasopressor[], dose: VasopressorDose, hours: number): Circulation => ({
  hypotension: true,
  vasopressors: agents.map((agent) => ({ agent })),
  vasopressorDose: dose,
  vasopressorDurationHours: hours,
  ...(dose === 'low' ? {} : { highDoseVasopressorDurationHours: hours }),
  lifeThreateningHypotension: dose === 'refractory-to-high',
});
const circulationLadder: Circulation[] = [
  { hypotension: false, vasopressors: [] },
  { hypotension: true, vasopressors: [], multipleFluidBoluses: false },
  { hypotension: true, vasopressors: [], multipleFluidBoluses: true },
  pressors(['norepinephrine'], 'low', 2),
  pressors(['norepinephrine'], 'low', 24),
  pressors(['norepinephrine'], 'high', 24),
  pressors(['norepinephrine', 'epinephrine'], 'high', 24),
  pressors(['norepinephrine', 'epinephrine'], 'refractory-to-high', 24),
];

describe.each(scales)('%s properties', (scale) => {
  it('every complete valid input grades to 0..5 with drivers that set the grade', () => {
    fc.assert(
      fc.property(completeCrsAssessment, (assessment) => {
        const result = gradeCRS(assessment, { scale });
        expect(result.scale).toBe(scale);
        expect(result.gradable).toBe(true);
        if (!result.gradable) return;
        expect([0, 1, 2, 3, 4, 5]).toContain(result.grade);
        expect(result.drivers.every(({ grade }) => grade === result.grade)).toBe(true);
        if (result.grade > 0 && scale !== 'astct-2019') expect(result.drivers.length).toBeGreaterThan(0);
      }),
    );
  });

  it('escalating oxygen or circulatory support never lowers the grade', () => {
    fc.assert(
      fc.property(completeCrsAssessment, fc.nat(oxygenLadder.length - 2), fc.nat(circulationLadder.length - 2), fc.boolean(), (assessment, oxygenStep, circulationStep, escalateOxygen) => {
        const at = (oxygen: number, circulation: number): number => {
          const result = gradeCRS(consistent({ ...withoutCirculationFacts(assessment), ...circulationLadder[circulation]!, oxygen: oxygenLadder[oxygen]! }), { scale });
          if (!result.gradable) throw new Error(`${scale} could not grade a complete assessment: ${result.missing.join(', ')}`);
          return result.grade;
        };
        const before = at(oxygenStep, circulationStep);
        const after = escalateOxygen ? at(oxygenStep + 1, circulationStep) : at(oxygenStep, circulationStep + 1);
        expect(after).toBeGreaterThanOrEqual(before);
      }),
    );
  });

  it('a not-gradable result is never a grade: once the missing facts are supplied, the grade lies in possibleGrades', () => {
    fc.assert(
      fc.property(validCrsAssessment, completeCrsAssessment, fc.constantFrom(21, 39, 40, 100), (partial, filler, fraction) => {
        const result = gradeCRS(partial, { scale });
        if (result.gradable) return;
        expect(result.grade).toBeNull();
        expect(result.missing.length).toBeGreaterThan(0);
        const completed = gradeCRS(supply(partial, result.missing, filler, fraction), { scale });
        expect(completed.gradable).toBe(true);
        if (!completed.gradable) return;
        expect(completed.grade).toBeGreaterThanOrEqual(result.possibleGrades.min);
        expect(completed.grade).toBeLessThanOrEqual(result.possibleGrades.max);
      }),
    );
  });
});

/**
 * `partial` with exactly the `missing` facts, taken from `filler` where that is consistent with the
 * facts `partial` states, and otherwise the value those facts allow.
 */
function supply(partial: CrsAssessment, missing: readonly CrsFact[], filler: CrsAssessment, fraction: number): CrsAssessment {
  const supplied: Record<string, unknown> = { ...partial };
  const needs = (fact: CrsFact): boolean => missing.includes(fact);
  if (needs('oxygen.inspiredOxygenFractionPercent')) supplied['oxygen'] = { ...partial.oxygen, inspiredOxygenFractionPercent: fraction };
  if (needs('vasopressorDose')) {
    const notLifeThreatening = partial.lifeThreateningHypotension === false || partial.lifeThreatening === false;
    const dose = filler.vasopressorDose ?? 'high';
    supplied['vasopressorDose'] = notLifeThreatening && dose === 'refractory-to-high' ? 'high' : dose;
  }
  const dose = supplied['vasopressorDose'];
  if (needs('highDoseVasopressorDurationHours') && (dose === 'high' || dose === 'refractory-to-high')) {
    supplied['highDoseVasopressorDurationHours'] = Math.min(filler.highDoseVasopressorDurationHours ?? 24, partial.vasopressorDurationHours ?? 720);
  }
  const notLifeThreatening = partial.lifeThreatening === false;
  const noIntervention = partial.treatmentResponse === 'no-intervention';
  if (needs('lifeThreateningHypotension')) {
    supplied['lifeThreateningHypotension'] = dose === 'refractory-to-high' || (!notLifeThreatening && (filler.lifeThreateningHypotension ?? false));
  }
  if (needs('vasopressorDurationHours')) supplied['vasopressorDurationHours'] = Math.max(filler.vasopressorDurationHours ?? 24, partial.highDoseVasopressorDurationHours ?? 0);
  // A stated "no intervention" or "not life-threatening" bounds what the missing facts can be.
  if (needs('multipleFluidBoluses')) supplied['multipleFluidBoluses'] = !noIntervention && (filler.multipleFluidBoluses ?? true);
  if (needs('intravenousTherapy')) supplied['intravenousTherapy'] = !noIntervention && (filler.intravenousTherapy ?? false);
  if (needs('coagulopathyNeedingReplacement')) supplied['coagulopathyNeedingReplacement'] = !noIntervention && (filler.coagulopathyNeedingReplacement ?? false);
  if (needs('organToxicityGrade')) supplied['organToxicityGrade'] = notLifeThreatening || noIntervention ? Math.min(3, filler.organToxicityGrade ?? 0) : filler.organToxicityGrade;
  for (const fact of ['constitutionalSymptoms', 'transaminitisGrade', 'hospitalization'] as const) {
    if (needs(fact)) supplied[fact] = filler[fact];
  }
  const assessment = supplied as unknown as CrsAssessment;
  if (needs('lifeThreatening')) {
    const forced = assessment.organToxicityGrade === 4 || assessment.oxygen.device === 'mechanical-ventilation' || dose === 'refractory-to-high' || assessment.lifeThreateningHypotension === true;
    supplied['lifeThreatening'] = forced || (!noIntervention && (filler.lifeThreatening ?? false));
  }
  if (needs('treatmentResponse')) {
    const response = filler.treatmentResponse ?? 'prompt-response';
    supplied['treatmentResponse'] = response === 'no-intervention' && consistent({ ...assessment, treatmentResponse: 'no-intervention' }).treatmentResponse !== 'no-intervention' ? 'prompt-response' : response;
  }
  return supplied as unknown as CrsAssessment;
}
