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

/** An {@link oxygenDevices} entry. */
export type OxygenDeviceEntry = VocabularyEntry;

/**
 * Reference data for every {@link OxygenDevice}.
 *
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
  },
  [OxygenDevice.BlowBy]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.BlowBy],
    description: 'Oxygen blown toward the face without a seal; counts as low-flow oxygen.',
  },
  [OxygenDevice.NasalCannula]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.NasalCannula],
    description: 'Nasal prongs; low-flow at 6 L/min or less, high-flow above 6 L/min.',
  },
  [OxygenDevice.HighFlowNasalCannula]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.HighFlowNasalCannula],
    description: 'Heated, humidified nasal cannula; banded by its flow like any nasal cannula.',
  },
  [OxygenDevice.SimpleFaceMask]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.SimpleFaceMask],
    description: 'Face mask without a reservoir bag.',
  },
  [OxygenDevice.VenturiMask]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.VenturiMask],
    description: 'Face mask that delivers a fixed inspired oxygen fraction.',
  },
  [OxygenDevice.NonRebreatherMask]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.NonRebreatherMask],
    description: 'Face mask with a reservoir bag and one-way valves.',
  },
  [OxygenDevice.Cpap]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.Cpap],
    description: 'Continuous positive airway pressure, non-invasive.',
  },
  [OxygenDevice.Bipap]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.Bipap],
    description: 'Bilevel positive airway pressure, non-invasive.',
  },
  [OxygenDevice.MechanicalVentilation]: {
    label: englishValueLabels.oxygenDevices[OxygenDevice.MechanicalVentilation],
    description: 'Invasive mechanical ventilation through an endotracheal tube or tracheostomy.',
  },
}));
