import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeGradeCRS } from '../../src/crs/grade-crs.js';
import { groupIssuesByField } from '../../src/errors/group-issues-by-field.js';
import { de } from '../../src/locale/de/index.js';
import { mutatedCrsAssessment } from '../arbitraries/crs.js';

describe('groupIssuesByField', () => {
  it('keys each message by the dotted form key, indices included, and the input itself apart', () => {
    const result = safeGradeCRS({ temperatureCelsius: 38.5, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }, { agent: 'adrenaline' }], oxygen: { device: 'nasal-cannula' }, extra: 1 });
    const grouped = groupIssuesByField(result.success ? [] : result.error.issues);
    expect(Object.keys(grouped.fieldErrors)).toEqual(['vasopressors.1.agent', 'oxygen.flowLitersPerMinute', 'extra']);
    expect(grouped.formErrors).toEqual([]);
    const root = safeGradeCRS(null);
    expect(groupIssuesByField(root.success ? [] : root.error.issues).formErrors).toEqual(['expected an object; received null']);
  });

  it('words the messages in the locale given', () => {
    const result = safeGradeCRS({ temperatureCelsius: 38.5, hypotension: false, vasopressors: [], oxygen: { device: 'nasal-cannula' } });
    const grouped = groupIssuesByField(result.success ? [] : result.error.issues, { locale: de });
    expect(grouped.fieldErrors['oxygen.flowLitersPerMinute']).toEqual([de.issues['flow-required']({ device: 'nasal-cannula' })]);
    expect(() => groupIssuesByField([], { locale: 'de' as never })).toThrow(/expected a Locale object/);
  });

  it('keeps a field named like a prototype key as an ordinary key', () => {
    const result = safeGradeCRS(JSON.parse('{"__proto__": 1, "temperatureCelsius": 38.5, "hypotension": false, "vasopressors": [], "oxygen": {"device": "room-air"}}'));
    const grouped = groupIssuesByField(result.success ? [] : result.error.issues);
    expect(Object.keys(grouped.fieldErrors)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(grouped.fieldErrors)).toBeNull();
  });

  it('loses no message, puts each under its own path, and leaves no group empty', () => {
    fc.assert(
      fc.property(mutatedCrsAssessment, (input) => {
        const result = safeGradeCRS(input);
        if (result.success) return;
        const grouped = groupIssuesByField(result.error.issues);
        const count = grouped.formErrors.length + Object.values(grouped.fieldErrors).reduce((sum, messages) => sum + messages.length, 0);
        expect(count).toBe(result.error.issues.length);
        for (const issue of result.error.issues) {
          if (issue.path.length === 0) expect(grouped.formErrors).toContain(issue.message);
          else expect(grouped.fieldErrors[issue.path.join('.')]).toContain(issue.message);
        }
        expect(Object.values(grouped.fieldErrors).every((messages) => messages.length > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('groupIssuesByField: a bad locale', () => {
  it('is a TypeError naming groupIssuesByField', () => {
    expect(() => groupIssuesByField([], { locale: {} as never })).toThrow(/^groupIssuesByField: locale: expected a Locale object/);
  });
});
