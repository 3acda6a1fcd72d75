import { describe, expect, it } from 'vitest';
import { IcansFinding, IcansNote } from '../../src/icans/findings.js';
import { gradeICANS } from '../../src/icans/grade-icans.js';
import { describeIcansFinding, describeIcansGrading, describeIcansNote } from '../../src/i18n/describe-icans.js';
import { de } from '../../src/locale/de/index.js';
import { en } from '../../src/locale/en/index.js';
import type { Locale } from '../../src/locale/locale.js';

const languages: readonly [string, Locale][] = [['en', en], ['de', de]];

describe('describeIcansFinding / describeIcansNote', () => {
  it.each(languages)('words every finding and note in %s, each differently', (_code, language) => {
    const findings = Object.values(IcansFinding).map((finding) => describeIcansFinding(finding, language));
    const notes = Object.values(IcansNote).map((note) => describeIcansNote(note, language));
    for (const text of [...findings, ...notes]) {
      expect(typeof text).toBe('string');
      expect(text.trim().length).toBeGreaterThan(3);
    }
    expect(new Set(findings).size).toBe(findings.length);
    expect(new Set(notes).size).toBe(notes.length);
  });

  it('English and German differ where words differ', () => {
    expect(describeIcansFinding('awakens-to-voice', de)).toBe('Bewusstseinsminderung: durch Ansprache erweckbar');
    expect(describeIcansFinding('raised-icp-signs', de)).toContain('Stauungspapille');
    expect(describeIcansNote('cerebral-edema-not-imaged', en)).toBe('No neuroimaging was done, so cerebral edema was not assessed.');
    for (const finding of Object.values(IcansFinding)) {
      if (finding === 'alert') continue;
      expect(describeIcansFinding(finding, de)).not.toBe(describeIcansFinding(finding, en));
    }
  });
});

describe('describeIcansGrading', () => {
  it('sums up the scale, grade, instrument and drivers', () => {
    const grading = gradeICANS({ ageYears: 61, ice: 3, consciousness: 'alert', seizure: 'rapidly-resolving', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] });
    expect(describeIcansGrading(grading, en)).toBe(
      'ASTCT 2019 ICANS grade 3 (ICE): Clinical seizure that resolves rapidly, or non-convulsive seizures on EEG that resolve with intervention. Note: Graded with the ICE score: the patient is at or above the CAPD age boundary and has no developmental delay.',
    );
    expect(describeIcansGrading(grading, de)).toMatch(/^ASTCT 2019 ICANS Grad 3 \(ICE\): Rasch sistierender/);
  });

  it('names CAPD for children', () => {
    const grading = gradeICANS({ ageYears: 4, capd: 12, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] });
    expect(describeIcansGrading(grading, en)).toBe(
      'ASTCT 2019 ICANS grade 3 (CAPD): CAPD score 9 or higher (suggests delirium). Note: Graded with CAPD: the patient is below the age boundary for the ICE score.',
    );
  });

  it('at grade 0 names no driver, and still gives the notes', () => {
    const grading = gradeICANS({ ageYears: 40, ice: 10, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] });
    expect(grading.drivers).toEqual([]);
    expect(describeIcansGrading(grading, en)).toBe(
      'ASTCT 2019 ICANS grade 0 (ICE). Note: Graded with the ICE score: the patient is at or above the CAPD age boundary and has no developmental delay. Note: No neuroimaging was done, so cerebral edema was not assessed.',
    );
  });
});
