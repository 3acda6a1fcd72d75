import { describe, expect, it } from 'vitest';
import type { IcansAssessment, IcansGradingOptions } from '../../src/icans/assessment.js';
import { gradeICANS, safeGradeICANS } from '../../src/icans/grade-icans.js';
import { selectIcansInstrument } from '../../src/icans/instrument.js';

const domains = { consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] } as const;

describe('instrument choice (§2.3 "Who gets CAPD", "Age boundary conflict")', () => {
  it.each<[number, boolean | undefined, IcansGradingOptions | undefined, 'ice' | 'capd', string]>([
    [0, undefined, undefined, 'capd', 'capd-below-age-boundary'],
    [11, undefined, undefined, 'capd', 'capd-below-age-boundary'],
    [11.99, undefined, undefined, 'capd', 'capd-below-age-boundary'],
    [12, undefined, undefined, 'ice', 'ice-at-or-above-age-boundary'],
    [12.5, undefined, undefined, 'ice', 'ice-at-or-above-age-boundary'],
    [12, undefined, { capdBelowAgeYears: 13 }, 'capd', 'capd-below-age-boundary'],
    [12.99, undefined, { capdBelowAgeYears: 13 }, 'capd', 'capd-below-age-boundary'],
    [13, undefined, { capdBelowAgeYears: 13 }, 'ice', 'ice-at-or-above-age-boundary'],
    [12, undefined, { capdBelowAgeYears: undefined }, 'ice', 'ice-at-or-above-age-boundary'],
    [30, true, undefined, 'capd', 'capd-for-developmental-delay'],
    [30, false, undefined, 'ice', 'ice-at-or-above-age-boundary'],
    [8, true, undefined, 'capd', 'capd-below-age-boundary'],
  ])('age %s, developmental delay %s, options %o → %s (%s)', (ageYears, developmentalDelay, options, instrument, reason) => {
    expect(selectIcansInstrument({ ageYears, developmentalDelay }, options)).toEqual({ instrument, reason });
    const assessment: IcansAssessment = {
      ageYears,
      ...(developmentalDelay === undefined ? {} : { developmentalDelay }),
      ...(instrument === 'ice' ? { ice: 10 } : { capd: 0 }),
      ...domains,
    };
    const grading = gradeICANS(assessment, options);
    expect(grading.instrument).toBe(instrument);
    expect(grading.notes[0]).toBe(reason);
  });

  it('the same 12-year-old is graded with ICE by default and with CAPD under NCIt', () => {
    const twelve = { ageYears: 12, ...domains };
    expect(safeGradeICANS({ ...twelve, ice: 8 }).success).toBe(true);
    expect(safeGradeICANS({ ...twelve, capd: 4 }).success).toBe(false);
    expect(safeGradeICANS({ ...twelve, capd: 4 }, { capdBelowAgeYears: 13 }).success).toBe(true);
    expect(safeGradeICANS({ ...twelve, ice: 8 }, { capdBelowAgeYears: 13 }).success).toBe(false);
  });
});
