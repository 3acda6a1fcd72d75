import { describe, expect, it } from 'vitest';
import { OxygenDevice, oxygenDevices } from '../../src/vocabulary/oxygen-device.js';
import { SNOMED_CT_PATTERN, isVerhoeffValid } from './helpers.js';

describe('oxygenDevices codes', () => {
  const all = Object.values(oxygenDevices).flatMap((entry) => entry.snomedCtCodes);

  it('has SNOMED CT ids that pass the Verhoeff check, each on one device only', () => {
    for (const code of all) {
      expect(code).toMatch(SNOMED_CT_PATTERN);
      expect(isVerhoeffValid(code), code).toBe(true);
    }
    expect(new Set(all).size).toBe(all.length);
  });

  it.each([
    [OxygenDevice.RoomAir, ['722742002']],
    [OxygenDevice.BlowBy, ['425478008']],
    [OxygenDevice.NasalCannula, ['336623009', '466713001', '371907003']],
    [OxygenDevice.HighFlowNasalCannula, ['426854004']],
    [OxygenDevice.SimpleFaceMask, ['336602003', '371908008']],
    [OxygenDevice.VenturiMask, ['428285009', '429253002']],
    [OxygenDevice.NonRebreatherMask, ['427591007']],
    [OxygenDevice.Cpap, ['47545007']],
    [OxygenDevice.Bipap, ['243142003']],
    [OxygenDevice.MechanicalVentilation, ['40617009', '1258985005']],
  ] as const)('%s has the codes of CODE-65 and CODE-72 to CODE-80', (device, codes) => {
    expect(oxygenDevices[device].snomedCtCodes).toEqual(codes);
  });

  it('codes room air also as the LOINC answer LA11849-9, and nothing else as a LOINC answer (CODE-65)', () => {
    expect(oxygenDevices[OxygenDevice.RoomAir].loincAnswerCodes).toEqual(['LA11849-9']);
    for (const [device, entry] of Object.entries(oxygenDevices)) if (device !== OxygenDevice.RoomAir) expect(entry.loincAnswerCodes).toEqual([]);
  });

  it('leaves out concepts that could be several devices (CPAP/BPAP mask, non-invasive ventilation, tubes)', () => {
    for (const ambiguous of ['706226000', '428311008', '447837008', '26412008', '129121000', '1186618000']) expect(all).not.toContain(ambiguous);
  });
});
