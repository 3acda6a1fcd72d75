import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * How oxygen is given, from none (room air) to invasive ventilation. ASTCT 2019 grades hypoxia by
 * the device, and a nasal cannula by its flow.
 *
 * @see criteria ASTCT-CRS-03, ASTCT-CRS-04 (docs/criteria/astct-2019-crs.md#astct-crs-03); doi:10.1016/j.bbmt.2018.12.758, CRS grading table
 * @see criteria DEC-24, DEC-26 (docs/criteria/decisions.md#dec-24)
 * @example
 * ```ts
 * import { OxygenDevice, oxygenDevices } from 'cytokine-release-syndrome';
 * oxygenDevices[OxygenDevice.Cpap].label; // 'CPAP'
 * ```
 */
export const OxygenDevice = /* @__PURE__ */ Object.freeze({
  RoomAir: 'room-air',
  BlowBy: 'blow-by',
  NasalCannula: 'nasal-cannula',
  HighFlowNasalCannula: 'high-flow-nasal-cannula',
  SimpleFaceMask: 'simple-face-mask',
  VenturiMask: 'venturi-mask',
  NonRebreatherMask: 'non-rebreather-mask',
  Cpap: 'cpap',
  Bipap: 'bipap',
  MechanicalVentilation: 'mechanical-ventilation',
} as const);

/** One of the {@link OxygenDevice} values. */
export type OxygenDevice = (typeof OxygenDevice)[keyof typeof OxygenDevice];

/**
 * An {@link oxygenDevices} entry, with the codes an EHR uses for the device. The FHIR reader
 * matches these codes, never a display: SNOMED CT displays of the same concept differ between
 * releases.
 *
 * @see criteria CODE-65, CODE-72 to CODE-80 (docs/criteria/codes.md#code-65)
 * @example
 * ```ts
 * import { oxygenDevices, type OxygenDeviceEntry } from 'cytokine-release-syndrome';
 * const entry: OxygenDeviceEntry = oxygenDevices['non-rebreather-mask'];
 * entry.snomedCtCodes; // ['427591007']
 * ```
 */
export interface OxygenDeviceEntry extends VocabularyEntry {
  /**
   * SNOMED CT concepts that name this device or the procedure of giving oxygen with it, only where
   * their source is confirmed (`[]` for none). A concept that could be one of several devices (a
   * CPAP or BiPAP mask, non-invasive ventilation of unstated kind, an endotracheal tube) is on no
   * entry.
   */
  readonly snomedCtCodes: readonly string[];
  /** LOINC answer codes for this device (room air only). */
  readonly loincAnswerCodes: readonly string[];
}

/**
 * Reference data for every {@link OxygenDevice}.
 *
 * @see criteria CODE-65, CODE-72 to CODE-80 (docs/criteria/codes.md#code-65)
 * @example
 * ```ts
 * import { oxygenDevices } from 'cytokine-release-syndrome';
 * oxygenDevices['venturi-mask'].label; // 'Venturi mask'
 * ```
 */
export const oxygenDevices: Vocabulary<OxygenDevice, OxygenDeviceEntry> = /* @__PURE__ */ defineRecord(() => ({
  [OxygenDevice.RoomAir]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.RoomAir],
    description: 'No supplemental oxygen.',
    snomedCtCodes: ['722742002'],
    loincAnswerCodes: ['LA11849-9'],
  },
  [OxygenDevice.BlowBy]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.BlowBy],
    description: 'Oxygen blown toward the face without a seal; counts as low-flow oxygen.',
    snomedCtCodes: ['425478008'],
    loincAnswerCodes: [],
  },
  [OxygenDevice.NasalCannula]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.NasalCannula],
    description: 'Nasal prongs; low-flow at 6 L/min or less, high-flow above 6 L/min.',
    snomedCtCodes: ['336623009', '466713001', '371907003'],
    loincAnswerCodes: [],
  },
  [OxygenDevice.HighFlowNasalCannula]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.HighFlowNasalCannula],
    description: 'Heated, humidified nasal cannula; banded by its flow like any nasal cannula.',
    snomedCtCodes: ['426854004'],
    loincAnswerCodes: [],
  },
  [OxygenDevice.SimpleFaceMask]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.SimpleFaceMask],
    description: 'Face mask without a reservoir bag.',
    snomedCtCodes: ['336602003', '371908008'],
    loincAnswerCodes: [],
  },
  [OxygenDevice.VenturiMask]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.VenturiMask],
    description: 'Face mask that delivers a fixed inspired oxygen fraction.',
    snomedCtCodes: ['428285009', '429253002'],
    loincAnswerCodes: [],
  },
  [OxygenDevice.NonRebreatherMask]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.NonRebreatherMask],
    description: 'Face mask with a reservoir bag and one-way valves.',
    snomedCtCodes: ['427591007'],
    loincAnswerCodes: [],
  },
  [OxygenDevice.Cpap]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.Cpap],
    description: 'Continuous positive airway pressure, non-invasive.',
    snomedCtCodes: ['47545007'],
    loincAnswerCodes: [],
  },
  [OxygenDevice.Bipap]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.Bipap],
    description: 'Bilevel positive airway pressure, non-invasive.',
    snomedCtCodes: ['243142003'],
    loincAnswerCodes: [],
  },
  [OxygenDevice.MechanicalVentilation]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.MechanicalVentilation],
    description: 'Invasive mechanical ventilation through an endotracheal tube or tracheostomy.',
    snomedCtCodes: ['40617009', '1258985005'],
    loincAnswerCodes: [],
  },
}));
