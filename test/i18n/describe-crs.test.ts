import { describe, expect, it } from 'vitest';
import { CrsFinding, CrsNote } from '../../src/crs/findings.js';
import { gradeCRS } from '../../src/crs/grade-crs.js';
import { describeCrsFinding, describeCrsGrading, describeCrsNote } from '../../src/i18n/describe-crs.js';
import { de } from '../../src/locale/de/index.js';
import { en } from '../../src/locale/en/index.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';

describe('CRS wording', () => {
  it.each(enumValues(CrsFinding))('words finding %s in English and German, differently', (finding) => {
    const english = describeCrsFinding(finding, en);
    const german = describeCrsFinding(finding, de);
    expect(english.length).toBeGreaterThan(5);
    expect(german.length).toBeGreaterThan(5);
    expect(german).not.toBe(english);
  });

  it.each(enumValues(CrsNote))('words note %s in English and German', (note) => {
    expect(describeCrsNote(note, en)).toMatch(/\.$/);
    expect(describeCrsNote(note, de)).toMatch(/\.$/);
  });

  it('sums up a grading', () => {
    const grading = gradeCRS({ temperatureCelsius: 38.3, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], oxygen: { device: 'venturi-mask' } });
    expect(describeCrsGrading(grading, en)).toBe(
      'ASTCT 2019 CRS grade 3: Hypotension requiring one vasopressor, with or without vasopressin; Hypoxia requiring a facemask, non-rebreather mask or Venturi mask',
    );
    expect(describeCrsGrading(grading, de)).toMatch(/^ASTCT 2019 CRS Grad 3: Hypotonie/);
  });

  it('names the scale of any grading, and what a scale still needs', () => {
    const assessment = { temperatureCelsius: 38.3, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
    expect(describeCrsGrading(gradeCRS({ ...assessment, lifeThreatening: false }, { scale: 'ctcae-v6.0' }), en)).toBe('CTCAE v6.0 CRS grade 1: Fever (38.0 °C or higher)');
    expect(describeCrsGrading(gradeCRS(assessment, { scale: 'ctcae-v5.0' }), de)).toBe('CTCAE v5.0 CRS: nicht einstufbar; benötigt Lebensbedrohliche Folgen');
    expect(describeCrsGrading(gradeCRS(assessment, { scale: 'ctcae-v5.0' }))).toBe('CTCAE v5.0 CRS: not gradable; needs Life-threatening consequences');
    expect(describeCrsGrading(gradeCRS({ ...assessment, temperatureCelsius: 37, lifeThreatening: false }, { scale: 'ctcae-v5.0' }), en)).toBe('CTCAE v5.0 CRS grade 0');
  });
});
