import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gradeCRS, safeGradeCRS } from '../../src/crs/grade-crs.js';
import { localizeIssue } from '../../src/errors/localize-issue.js';
import { crsAssessmentFields } from '../../src/fields/crs-assessment-fields.js';
import { icansAssessmentFields } from '../../src/fields/icans-assessment-fields.js';
import { localizeField } from '../../src/fields/localize-field.js';
import { patientCourseFields } from '../../src/fields/patient-course-fields.js';
import { describeCrsGrading } from '../../src/i18n/describe-crs.js';
import { de } from '../../src/locale/de/index.js';
import { en } from '../../src/locale/en/index.js';
import type { Locale } from '../../src/locale/locale.js';
import { enumValues } from '../../src/vocabulary/vocabulary.js';
import { GradingScale } from '../../src/vocabulary/grading-scale.js';
import { mutatedCrsAssessment } from '../arbitraries/crs.js';

const LOCALES: readonly (readonly [string, Locale])[] = [
  ['en', en],
  ['de', de],
];
const FIELDS = [...crsAssessmentFields, ...icansAssessmentFields, ...patientCourseFields];

function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(texts);
  return [];
}

describe.each(LOCALES)('locale %s', (code, locale) => {
  it('is frozen and names its language', () => {
    expect(Object.isFrozen(locale)).toBe(true);
    expect(locale.code).toBe(code);
  });

  it('has a label and help for every field of every input, and a label for every allowed value', () => {
    for (const field of FIELDS) {
      const shown = localizeField(field, locale);
      expect(shown.label, field.key).not.toBe(field.key);
      expect(shown.label.trim(), field.key).not.toBe('');
      expect(shown.help.trim(), field.key).not.toBe('');
      for (const option of shown.options ?? []) expect(option.label, `${field.key} ${option.value}`).not.toBe(field.vocabulary === null ? '' : option.value);
    }
  });

  it('has no empty text anywhere', () => {
    const all = texts({ fields: locale.fields, values: locale.values, units: locale.units, scales: locale.scales, crs: locale.crs, icans: locale.icans });
    expect(all.length).toBeGreaterThan(300);
    expect(all.filter((text) => text.trim() === '')).toEqual([]);
  });

  it('words every issue of arbitrary invalid input, without placeholders leaking', () => {
    fc.assert(
      fc.property(mutatedCrsAssessment, (input) => {
        const result = safeGradeCRS(input);
        if (result.success) return;
        for (const issue of result.error.issues) {
          const message = localizeIssue(issue, locale);
          expect(message.trim()).not.toBe('');
          // NaN may be what was received; anywhere else it is a formatting slip.
          expect(message.replace(/(received|erhalten:) -?(NaN|Infinity)/, ''), message).not.toMatch(/undefined|NaN|Infinity|\[object Object\]/);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('names the missing facts of a scale that cannot grade by their labels, never by field names', () => {
    const line = describeCrsGrading(gradeCRS({ temperatureCelsius: 38.3, hypotension: false, vasopressors: [], oxygen: { device: 'simple-face-mask' } }, { scale: 'lee-2014' }), locale);
    for (const fact of ['oxygen.inspiredOxygenFractionPercent', 'organToxicityGrade', 'transaminitisGrade']) {
      expect(line).not.toContain(fact);
      expect(line).toContain(locale.fields.crs[fact as keyof Locale['fields']['crs']].label);
    }
  });
});

describe('German', () => {
  it('differs from English in the texts a person reads', () => {
    expect(de.fields.crs.temperatureCelsius.label).not.toBe(en.fields.crs.temperatureCelsius.label);
    expect(de.values.oxygenDevices['nasal-cannula']).toBe('Nasenbrille');
    expect(de.formatNumber(38.5)).toBe('38,5');
    expect(de.issues['looks-like-fahrenheit']({ range: { min: 25, max: 45, unit: '°C' }, received: 101.3, celsius: 38.5 })).toContain('101,3 °F');
  });
});

describe('a third language', () => {
  // A centre writes one object of the Locale type; the compiler names whatever it lacks.
  const fr: Locale = {
    ...en,
    code: 'fr',
    values: { ...en.values, oxygenDevices: { ...en.values.oxygenDevices, 'nasal-cannula': 'Lunettes nasales' } },
    fields: { ...en.fields, crs: { ...en.fields.crs, temperatureCelsius: { label: 'Température maximale', help: 'La plus haute de la fenêtre, en °C.' } } },
    scales: { ...en.scales, 'cartox-2018': 'CARTOX (adulte)' },
    grading: { ...en.grading, graded: (scale, syndrome, grade) => `${scale} ${syndrome} grade ${grade}`, note: (text) => `Remarque : ${text}` },
    issues: { ...en.issues, required: () => 'obligatoire ; indiquez explicitement l’absence plutôt que de laisser le champ vide' },
    formatNumber: (value) => String(value).replace('.', ','),
  };

  it('is used everywhere a locale is taken', () => {
    const temperature = crsAssessmentFields.find(({ key }) => key === 'temperatureCelsius');
    expect(temperature && localizeField(temperature, fr).label).toBe('Température maximale');
    const device = crsAssessmentFields.find(({ key }) => key === 'oxygen.device');
    expect(device && localizeField(device, fr).options?.find(({ value }) => value === 'nasal-cannula')?.label).toBe('Lunettes nasales');
    const result = safeGradeCRS({ hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } });
    expect(!result.success && localizeIssue(result.error.issues[0]!, fr)).toBe('obligatoire ; indiquez explicitement l’absence plutôt que de laisser le champ vide');
  });

  it('must be complete: leaving out a text is a type error', () => {
    // @ts-expect-error: `scales` lacks `penn-2018` and the others
    const partial: Locale = { ...en, scales: { 'astct-2019': 'ASTCT 2019' } };
    expect(partial.code).toBe('en');
    expect(Object.keys(fr.scales).sort()).toEqual([...enumValues(GradingScale)].sort());
  });
});

describe('localizeIssue: a locale without the issue\'s wording', () => {
  it('falls back to the English message, and a value that is no locale is a TypeError naming localizeIssue', () => {
    const result = safeGradeCRS({ hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } });
    const issue = result.success ? undefined : result.error.issues[0];
    expect(issue && localizeIssue(issue, { ...en, issues: {} } as unknown as Locale)).toBe(issue?.message);
    expect(() => issue && localizeIssue(issue, {} as never)).toThrow(/^localizeIssue: locale: expected a Locale object/);
  });
});
