import type { CrsAssessment } from '../../../src/crs/assessment.js';
import { gradeCRS } from '../../../src/crs/grade-crs.js';
import type { GradingScale } from '../../../src/vocabulary/grading-scale.js';

/** Febrile, otherwise every fact stated as absent: every scale can grade it. */
export const complete: CrsAssessment = {
  temperatureCelsius: 38.5,
  hypotension: false,
  vasopressors: [],
  oxygen: { device: 'room-air' },
  constitutionalSymptoms: false,
  organToxicityGrade: 0,
  transaminitisGrade: 0,
  coagulopathyNeedingReplacement: false,
  hospitalization: 'none',
  intravenousTherapy: false,
  treatmentResponse: 'no-intervention',
  lifeThreatening: false,
};

/** The grade on `scale`, or the missing facts when the scale cannot grade. */
export function gradeOn(scale: GradingScale, overrides: Partial<CrsAssessment>, base: CrsAssessment = complete): number | readonly string[] {
  const result = gradeCRS({ ...base, ...overrides }, { scale });
  return result.gradable ? result.grade : result.missing;
}

/** One vasopressor agent with its dose and duration. */
export function onVasopressor(dose: 'low' | 'high' | 'refractory-to-high', hours: number, agents: CrsAssessment['vasopressors'] = [{ agent: 'norepinephrine' }]): Partial<CrsAssessment> {
  return { hypotension: true, vasopressors: agents, vasopressorDose: dose, vasopressorDurationHours: hours };
}

/** Supplemental oxygen on `device` at `fraction` %. */
export function onOxygen(device: CrsAssessment['oxygen']['device'], fraction: number, flowLitersPerMinute?: number): Partial<CrsAssessment> {
  return { oxygen: flowLitersPerMinute === undefined ? { device, inspiredOxygenFractionPercent: fraction } : { device, flowLitersPerMinute, inspiredOxygenFractionPercent: fraction } };
}

/** `base` without `keys`: those facts become absent. */
export function without(base: CrsAssessment, ...keys: (keyof CrsAssessment)[]): CrsAssessment {
  return Object.fromEntries(Object.entries(base).filter(([key]) => !keys.includes(key as keyof CrsAssessment))) as unknown as CrsAssessment;
}
