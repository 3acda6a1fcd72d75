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

/**
 * `base` with `overrides`. The base states "no intervention" and "not life-threatening"; where the
 * overrides add an intervention or a life-threatening fact (and say nothing of those two), the
 * base's statements follow them, as a consistent record would (the graders refuse the contradiction).
 */
export function merge(base: CrsAssessment, overrides: Partial<CrsAssessment>): CrsAssessment {
  const merged = { ...base, ...overrides };
  const lifeThreatening =
    merged.organToxicityGrade === 4 ||
    merged.oxygen.device === 'mechanical-ventilation' ||
    merged.vasopressorDose === 'refractory-to-high' ||
    merged.lifeThreateningHypotension === true;
  const adapted = !('lifeThreatening' in overrides) && merged.lifeThreatening === false && lifeThreatening ? { ...merged, lifeThreatening: true } : merged;
  const intervention =
    adapted.hypotension ||
    adapted.oxygen.device !== 'room-air' ||
    adapted.multipleFluidBoluses === true ||
    adapted.intravenousTherapy === true ||
    adapted.coagulopathyNeedingReplacement === true ||
    adapted.feverMasked === true ||
    adapted.lifeThreatening === true ||
    adapted.organToxicityGrade === 4;
  return !('treatmentResponse' in overrides) && adapted.treatmentResponse === 'no-intervention' && intervention
    ? { ...adapted, treatmentResponse: 'prompt-response' }
    : adapted;
}

/** The grade on `scale`, or the missing facts when the scale cannot grade. */
export function gradeOn(scale: GradingScale, overrides: Partial<CrsAssessment>, base: CrsAssessment = complete): number | readonly string[] {
  const result = gradeCRS(merge(base, overrides), { scale });
  return result.gradable ? result.grade : result.missing;
}

/**
 * One vasopressor agent (or `agents`) with its dose and the hours on it; a high dose is taken to
 * have lasted all those hours, and the hypotension is stated as not life-threatening unless the
 * dose is refractory to high doses.
 */
export function onVasopressor(dose: 'low' | 'high' | 'refractory-to-high', hours: number, agents: CrsAssessment['vasopressors'] = [{ agent: 'norepinephrine' }]): Partial<CrsAssessment> {
  return {
    hypotension: true,
    vasopressors: agents,
    vasopressorDose: dose,
    vasopressorDurationHours: hours,
    ...(dose === 'low' ? {} : { highDoseVasopressorDurationHours: hours }),
    lifeThreateningHypotension: dose === 'refractory-to-high',
  };
}

/** Supplemental oxygen on `device` at `fraction` %. */
export function onOxygen(device: CrsAssessment['oxygen']['device'], fraction: number, flowLitersPerMinute?: number): Partial<CrsAssessment> {
  return { oxygen: flowLitersPerMinute === undefined ? { device, inspiredOxygenFractionPercent: fraction } : { device, flowLitersPerMinute, inspiredOxygenFractionPercent: fraction } };
}

/** `base` without `keys`: those facts become absent. */
export function without(base: CrsAssessment, ...keys: (keyof CrsAssessment)[]): CrsAssessment {
  return Object.fromEntries(Object.entries(base).filter(([key]) => !keys.includes(key as keyof CrsAssessment))) as unknown as CrsAssessment;
}
