// Every issue code, with parameters that reach every branch of its wording, in every locale: a
// message is never empty, never shows a placeholder, and German never falls back to English.
import { describe, expect, it } from 'vitest';
import type { ContradictionReason, IssueCode, IssueParams, ReceivedValue } from '../../src/contract/issue.js';
import { de } from '../../src/locale/de/index.js';
import { en } from '../../src/locale/en/index.js';

const RECEIVED: readonly ReceivedValue[] = [
  { type: 'string', value: 'abc' },
  { type: 'number', value: 38.5 },
  { type: 'boolean', value: true },
  { type: 'null' },
  { type: 'undefined' },
  { type: 'array' },
  { type: 'object' },
  { type: 'function' },
  { type: 'symbol' },
  { type: 'bigint' },
];
const REASONS: readonly ContradictionReason[] = [
  'organ-toxicity-grade-4-is-life-threatening',
  'intubation-is-urgent-intervention',
  'refractory-hypotension-is-life-threatening',
  'life-threatening-hypotension-is-life-threatening',
  'is-an-intervention',
  'hypotension-is-treated',
  'masking-therapy-is-an-intervention',
  'urgent-intervention-indicated',
];
const ITEMS = ['agent', 'sign', 'observation', 'treatment'] as const;
const WHY = [
  { instrument: 'capd', reason: 'capd-below-age-boundary', ageYears: 9.5, boundary: 12 },
  { instrument: 'capd', reason: 'capd-for-developmental-delay', ageYears: 15, boundary: 12 },
  { instrument: 'ice', reason: 'ice-at-or-above-age-boundary', ageYears: 40, boundary: 12 },
] as const;

const SAMPLES: { readonly [Code in IssueCode]: readonly IssueParams[Code][] } = {
  required: [{}],
  'unknown-key': [{ allowed: ['temperatureCelsius', 'hypotension'] }],
  'expected-object': RECEIVED.map((received) => ({ received })),
  'expected-array': [{ received: { type: 'string', value: 'x' } }],
  'expected-boolean': [{ received: { type: 'number', value: 1 } }],
  'expected-number': [
    { range: { min: 25, max: 45, unit: '°C' }, integer: false, received: { type: 'number', value: 101.5 } },
    { range: { min: 0, minExclusive: true, max: 720, unit: 'h' }, integer: false, received: { type: 'number', value: 0 } },
    { range: { min: 0, max: 4 }, integer: true, received: { type: 'number', value: 2.5 } },
    { range: { min: 0.5, max: 130, unit: 'years' }, integer: false, received: { type: 'string', value: 'old' } },
    { range: { min: 0, max: 365, unit: 'days' }, integer: true, received: { type: 'number', value: 400 } },
    { range: { min: 0, minExclusive: true, max: 100, unit: 'L/min' }, integer: false, received: { type: 'number', value: 0 } },
  ],
  'looks-like-fahrenheit': [{ range: { min: 25, max: 45, unit: '°C' }, received: 101.3, celsius: 38.5 }],
  'expected-one-of': [{ allowed: ['room-air', 'blow-by'], received: { type: 'string', value: 'nasal-prongs' } }],
  'expected-ice-score': [{ received: { type: 'number', value: 11 } }],
  'expected-timestamp': [{ received: { type: 'string', value: '03/02/2026' } }],
  duplicate: ITEMS.map((item) => ({ value: 'vasopressin', item })),
  'too-many-items': ITEMS.map((item) => ({ maximum: 6, received: 7, item })),
  'given-twice': [{}],
  'missing-item': [{}],
  accessor: [{}],
  unreadable: [{}],
  'flow-required': [{ device: 'nasal-cannula' }],
  'flow-on-room-air': [{}],
  'fraction-on-room-air': [{}],
  'vasopressors-without-hypotension': [{}],
  'boluses-without-hypotension': [{}],
  'without-vasopressors': [{ fact: 'dose' }, { fact: 'duration' }, { fact: 'life-threatening-hypotension' }],
  'high-dose-duration-without-high-dose': [{}],
  'high-dose-duration-too-long': [{ hours: 5.5, totalHours: 4 }],
  contradiction: [
    ...REASONS.map((reason) => ({ other: 'organToxicityGrade', otherValue: 4, reason })),
    { other: 'oxygen.device', otherValue: 'mechanical-ventilation', reason: 'intubation-is-urgent-intervention' },
    { other: 'feverMasked', otherValue: true, reason: 'masking-therapy-is-an-intervention' },
    { other: 'vasopressors', otherValue: null, reason: 'hypotension-is-treated' },
    { other: 'organToxicityGrade', otherValue: 2.5, reason: 'is-an-intervention' },
  ],
  'score-not-allowed': WHY.map((why) => ({ why })),
  'score-required': WHY.map((why) => ({ why })),
  'ice-when-unarousable': [{ score: 3 }],
  'capd-when-unarousable': [{}],
  'sedated-when-unarousable': [{}],
  'no-observations': [{}],
  'observation-without-assessment': [{}],
  'same-time': [
    { other: 'observations[0].at', dateOnly: true },
    { other: 'observations[0].at', dateOnly: false },
  ],
  'after-death': [
    { death: 'observations[2]', syndrome: 'crs' },
    { death: 'observations[2]', syndrome: 'icans' },
  ],
  'fever-masking-contradicts-course': [
    { stated: false, derived: true, treatment: 'treatments[0] (tocilizumab)' },
    { stated: false, derived: true, treatment: null },
    { stated: true, derived: false, treatment: null },
  ],
  'cohort-mixes-settings': [{ first: '"astct-2019"', value: '"lee-2014"' }],
};

const cases = Object.entries(SAMPLES).flatMap(([code, samples]) => samples.map((params, index) => [`${code} #${index}`, code as IssueCode, params] as const));

describe('issue messages', () => {
  it.each(cases)('%s is worded in English and German', (_name, code, params) => {
    const word = (messages: typeof en.issues) => (messages[code] as (value: unknown) => string)(params);
    const english = word(en.issues);
    const german = word(de.issues);
    for (const message of [english, german]) {
      expect(message.trim().length).toBeGreaterThan(5);
      expect(message).not.toMatch(/undefined|NaN|\[object Object\]|\$\{/);
    }
    expect(german).not.toBe(english);
  });

  it('German writes decimal commas in the numbers it formats', () => {
    expect(de.issues['high-dose-duration-too-long']({ hours: 5.5, totalHours: 4 })).toContain('5,5');
    expect(de.issues['expected-number']({ range: { min: 0.5, max: 130, unit: 'years' }, integer: false, received: { type: 'number', value: 131.5 } })).toContain('131,5');
  });

  it('distinct branches give distinct messages', () => {
    for (const [code, samples] of Object.entries(SAMPLES)) {
      // Open lists (observations, treatments) share one wording; an object's received type is its own test.
      if (samples.length < 2 || code === 'expected-object' || code === 'contradiction' || code === 'too-many-items') continue;
      for (const messages of [en.issues, de.issues]) {
        const worded = samples.map((params) => (messages[code as IssueCode] as (value: unknown) => string)(params));
        expect(new Set(worded).size, code).toBe(worded.length);
      }
    }
  });
});
