import type { OxygenSupport } from '../crs/assessment.js';
import { hypoxiaFinding } from '../crs/scales/astct-2019.js';
import type { Grade } from '../grading/grading.js';
import type { OxygenPart, Sourced } from './readings.js';
import { certainInterval } from './time.js';
import type { WindowClock } from './window-clock.js';

/** Oxygen at one time, after readings of one instant are merged and flows paired with a device. @internal */
export interface OxygenState extends Sourced {
  readonly devices: OxygenPart['devices'];
  readonly flowsLitersPerMinute: readonly number[];
  readonly fractionsPercent: readonly number[];
  /** What it says is unknown (a bound, or a modifier extension): see {@link OxygenPart}. */
  readonly valuesUnknown: boolean;
  /** Windows where a procedure is represented by the flows paired with it instead. */
  readonly skipWindows: ReadonlySet<number>;
}

/** What one state says, for ASTCT 2019: a known support with its grade, or the highest grade it could be. @internal */
export type OxygenEvaluation =
  | { readonly known: true; readonly support: OxygenSupport; readonly grade: Grade; readonly fractionPercent: number | undefined }
  | { readonly known: false; readonly upTo: Grade; readonly why: 'oxygen-unpaired' | 'oxygen-conflict' | 'unknown-device-code' | 'value-unknown' };

const NONE: ReadonlySet<number> = new Set();

/** Whether the procedure certainly ran at the instant: not after an unknown end, nor before a start written as a date. */
function covers(procedure: OxygenPart, instant: number): boolean {
  const sure = certainInterval(procedure.time);
  return sure !== null && sure.from <= instant && instant <= sure.to;
}

/**
 * Merges the oxygen readings of one instant (device, flow and concentration are often separate
 * observations written at the same time), then pairs each merged reading that names no device
 * with the device of every procedure running at that instant. A reading whose values are unknown
 * is never paired. A procedure without an end pairs only at its start.
 *
 * @internal
 */
export function oxygenStates(parts: readonly OxygenPart[], clock: WindowClock): OxygenState[] {
  const observations = parts.filter((part) => !part.procedure);
  const procedures = parts.filter((part) => part.procedure && !part.valuesUnknown);
  const merged: OxygenState[] = [];
  const byInstant = new Map<number, OxygenState>();
  for (const part of observations) {
    const state: OxygenState = { ...part, skipWindows: NONE };
    if (!part.time.point) {
      merged.push(state);
      continue;
    }
    const other = byInstant.get(part.time.startMs);
    if (other === undefined) {
      byInstant.set(part.time.startMs, state);
      continue;
    }
    byInstant.set(part.time.startMs, {
      ...other,
      references: [...other.references, ...part.references],
      trusted: other.trusted && part.trusted,
      devices: [...other.devices, ...part.devices],
      flowsLitersPerMinute: [...other.flowsLitersPerMinute, ...part.flowsLitersPerMinute],
      fractionsPercent: [...other.fractionsPercent, ...part.fractionsPercent],
      valuesUnknown: other.valuesUnknown || part.valuesUnknown,
    });
  }
  merged.push(...byInstant.values());
  const paired = new Map<OxygenPart, Set<number>>();
  const states: OxygenState[] = [];
  for (const state of merged) {
    const running = state.devices.length === 0 && state.time.point && !state.valuesUnknown ? procedures.filter((procedure) => covers(procedure, state.time.startMs)) : [];
    if (running.length === 0) {
      states.push(state);
      continue;
    }
    const key = clock.range(state.time).first;
    for (const procedure of running) {
      (paired.get(procedure) ?? paired.set(procedure, new Set()).get(procedure))?.add(key);
      const trusted = state.trusted && procedure.trusted;
      states.push({ ...state, references: [...state.references, ...procedure.references], trusted, devices: procedure.devices });
    }
  }
  for (const part of parts) {
    if (part.procedure) states.push({ ...part, skipWindows: paired.get(part) ?? NONE });
  }
  return states;
}

function max(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : Math.max(...values);
}

/**
 * What a state says with one of its devices (`null`: none named). A flow of 0 L/min with no device
 * is room air (US Core); a nasal cannula needs its flow; anything else that does not pin the device
 * down could be up to grade 4 (a cannula without its flow, up to 3).
 *
 * @internal
 */
export function evaluateOxygen(device: OxygenPart['devices'][number] | null, flows: readonly number[], fractions: readonly number[]): OxygenEvaluation {
  const flow = max(flows);
  const fraction = max(fractions);
  const roomAirFraction = fractions.every((value) => value === 21);
  if (device === 'unknown') return { known: false, upTo: 4, why: 'unknown-device-code' };
  if (device === null || device === 'room-air') {
    const stillAir = flows.every((value) => value === 0) && roomAirFraction;
    if (device === 'room-air' || flows.length > 0) {
      if (stillAir) return { known: true, support: { device: 'room-air' }, grade: 0, fractionPercent: undefined };
      return { known: false, upTo: 4, why: device === 'room-air' || flows.includes(0) ? 'oxygen-conflict' : 'oxygen-unpaired' };
    }
    return { known: false, upTo: 4, why: 'oxygen-unpaired' };
  }
  if (device === 'nasal-cannula' || device === 'high-flow-nasal-cannula') {
    if (flow === undefined) return { known: false, upTo: 3, why: 'oxygen-unpaired' };
    if (flow === 0) return { known: false, upTo: 3, why: 'oxygen-conflict' };
    const support: OxygenSupport = fraction === undefined ? { device, flowLitersPerMinute: flow } : { device, flowLitersPerMinute: flow, inspiredOxygenFractionPercent: fraction };
    return { known: true, support, grade: hypoxiaFinding(support).grade, fractionPercent: fraction };
  }
  const support: OxygenSupport = fraction === undefined ? { device } : { device, inspiredOxygenFractionPercent: fraction };
  return { known: true, support, grade: hypoxiaFinding(support).grade, fractionPercent: fraction };
}
