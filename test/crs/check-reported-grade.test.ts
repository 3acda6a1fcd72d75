import { describe, expect, it } from 'vitest';
import { checkReportedGrade } from '../../src/crs/check-reported-grade.js';
import { CrsInputError } from '../../src/crs/crs-input-error.js';
import { complete, merge } from './scales/helpers.js';

const onePressor = merge(complete, { hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], vasopressorDose: 'low', vasopressorDurationHours: 30 });

describe('checkReportedGrade', () => {
  it('agrees when the regrade on the reported scale matches', () => {
    const check = checkReportedGrade(onePressor, { scale: 'mskcc-2018', grade: 3 });
    expect(check).toMatchObject({ scale: 'mskcc-2018', reportedGrade: 3, verdict: 'agrees', derivedGrade: 3, missing: [] });
    expect(check.drivers).toEqual([{ domain: 'hypotension', finding: 'vasopressor-24-hours-or-more', grade: 3 }]);
  });

  it('disagrees, with the derived grade and its drivers, when it does not', () => {
    const check = checkReportedGrade(onePressor, { scale: 'astct-2019', grade: 2 });
    expect(check).toMatchObject({ verdict: 'disagrees', reportedGrade: 2, derivedGrade: 3 });
    expect(check.drivers.map(({ finding }) => finding)).toEqual(['one-vasopressor']);
  });

  it('regrades on the reported scale only: an ASTCT 3 is not checked against Lee 2014', () => {
    expect(checkReportedGrade(onePressor, { scale: 'lee-2014', grade: 3 }).verdict).toBe('disagrees');
  });

  it('says not-gradable and names the missing facts instead of guessing', () => {
    const check = checkReportedGrade({ temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } }, { scale: 'ctcae-v5.0', grade: 1 });
    expect(check).toMatchObject({ verdict: 'not-gradable', derivedGrade: null, drivers: [], missing: ['lifeThreatening'] });
  });

  it.each([
    [{ scale: 'astct', grade: 2 }, 'report.scale'],
    [{ scale: 'astct-2019', grade: 2.5 }, 'report.grade'],
    [{ scale: 'astct-2019', grade: 6 }, 'report.grade'],
    [{ scale: 'astct-2019' }, 'report.grade'],
    [null, 'report'],
  ])('rejects the report %j at %s', (report, path) => {
    let error: unknown;
    try {
      checkReportedGrade(complete, report as never);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CrsInputError);
    expect((error as CrsInputError).issues.map((issue) => issue.pathText)).toContain(path);
  });
});
