// parseTimestamp and compareTimestamps at every boundary: what a date or date-time is, its calendar
// day as written, its instant, and the order of two of them.
import { describe, expect, it } from 'vitest';
import { type Timestamp, compareTimestamps, parseTimestamp } from '../../src/contract/timestamp.js';

const DAY = 86_400_000;

describe('parseTimestamp: dates', () => {
  it.each<[string, number]>([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['2026-03-02', Date.UTC(2026, 2, 2) / DAY],
    ['2028-02-29', Date.UTC(2028, 1, 29) / DAY],
    ['2026-12-31', Date.UTC(2026, 11, 31) / DAY],
    ['0100-01-01', Date.UTC(100, 0, 1) / DAY],
    ['9999-12-31', Date.UTC(9999, 11, 31) / DAY],
  ])('%s is day %i, with no instant', (text, day) => {
    expect(parseTimestamp(text)).toEqual({ text, date: text, day, instant: null });
  });

  it.each([
    ['February 29 of a common year', '2026-02-29'],
    ['April 31', '2026-04-31'],
    ['month 0', '2026-00-10'],
    ['month 13', '2026-13-01'],
    ['day 0', '2026-01-00'],
    ['day 32', '2026-01-32'],
    ['year 0', '0000-06-15'],
    ['year 1 (Date.UTC reads years below 100 as 19xx)', '0001-01-01'],
    ['year 99', '0099-12-31'],
    ['one-digit month and day', '2026-3-2'],
    ['a five-digit year', '12026-03-02'],
    ['text before', 'x2026-03-02'],
    ['text after', '2026-03-02x'],
    ['a space before', ' 2026-03-02'],
    ['a newline after', '2026-03-02\n'],
    ['slashes', '2026/03/02'],
    ['an offset without a time', '2026-03-02Z'],
    ['the empty string', ''],
  ])('refuses %s: %j', (_name, text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});

describe('parseTimestamp: date-times', () => {
  const base = Date.UTC(2026, 2, 2);
  it.each<[string, number]>([
    ['2026-03-02T00:00', base],
    ['2026-03-02T14:30', base + (14 * 60 + 30) * 60_000],
    ['2026-03-02T23:59', base + (23 * 60 + 59) * 60_000],
    ['2026-03-02T14:30:05', base + (14 * 60 + 30) * 60_000 + 5_000],
    ['2026-03-02T14:30:59', base + (14 * 60 + 30) * 60_000 + 59_000],
    ['2026-03-02T14:30:05.5', base + (14 * 60 + 30) * 60_000 + 5_500],
    ['2026-03-02T14:30:05.25', base + (14 * 60 + 30) * 60_000 + 5_250],
    ['2026-03-02T14:30:05.123456789', base + (14 * 60 + 30) * 60_000 + 5_000 + 123.456789],
    ['2026-03-02T14:30Z', base + (14 * 60 + 30) * 60_000],
    ['2026-03-02T14:30+01:00', base + (13 * 60 + 30) * 60_000],
    ['2026-03-02T14:30-05:30', base + (20 * 60) * 60_000],
    ['2026-03-02T14:30+14:00', base + (30 - 60 * 0) * 60_000],
    ['2026-03-02T14:30-14:59', base + (14 * 60 + 30 + 14 * 60 + 59) * 60_000],
    ['2026-03-02T14:30:05.5+00:30', base + (14 * 60) * 60_000 + 5_500],
    ['2026-03-02T00:30+01:00', base - 30 * 60_000],
  ])('%s is its instant', (text, instant) => {
    expect(parseTimestamp(text)).toEqual({ text, date: '2026-03-02', day: base / DAY, instant });
  });

  it('keeps the calendar date as written, whatever the offset', () => {
    expect(parseTimestamp('2026-03-02T23:30-05:00')).toMatchObject({ date: '2026-03-02', day: base / DAY, instant: Date.UTC(2026, 2, 3, 4, 30) });
    expect(parseTimestamp('2026-03-03T00:30+02:00')).toMatchObject({ date: '2026-03-03', day: base / DAY + 1, instant: Date.UTC(2026, 2, 2, 22, 30) });
  });

  it.each([
    ['hour 24', '2026-03-02T24:00'],
    ['minute 60', '2026-03-02T12:60'],
    ['second 60', '2026-03-02T12:00:60'],
    ['offset hours 15', '2026-03-02T12:00+15:00'],
    ['offset minutes 60', '2026-03-02T12:00+01:60'],
    ['an hour alone', '2026-03-02T14'],
    ['a one-digit hour', '2026-03-02T4:30'],
    ['a one-digit second', '2026-03-02T14:30:5'],
    ['a fraction without seconds', '2026-03-02T14:30.5'],
    ['an empty fraction', '2026-03-02T14:30:05.'],
    ['ten fraction digits', '2026-03-02T14:30:05.1234567890'],
    ['an offset without a colon', '2026-03-02T14:30+0100'],
    ['an offset in hours only', '2026-03-02T14:30+01'],
    ['a lowercase z', '2026-03-02T14:30z'],
    ['a space for the T', '2026-03-02 14:30'],
    ['text after the offset', '2026-03-02T14:30Zx'],
  ])('refuses %s: %j', (_name, text) => {
    expect(parseTimestamp(text)).toBeUndefined();
  });
});

describe('compareTimestamps', () => {
  const at = (text: string): Timestamp => parseTimestamp(text) as Timestamp;
  it.each<[string, string, -1 | 0 | 1]>([
    ['2026-03-02', '2026-03-03', -1],
    ['2026-03-03', '2026-03-02', 1],
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-02', '2026-03-02T10:00', 0],
    ['2026-03-02T10:00', '2026-03-02', 0],
    ['2026-03-02T10:00', '2026-03-02T10:01', -1],
    ['2026-03-02T10:01', '2026-03-02T10:00', 1],
    ['2026-03-02T10:00Z', '2026-03-02T11:00+01:00', 0],
    // The written date comes first, even where the instants say otherwise.
    ['2026-03-02T23:00-12:00', '2026-03-03T01:00+14:00', -1],
    ['2026-03-03T01:00+14:00', '2026-03-02T23:00-12:00', 1],
  ])('%s against %s: %i', (a, b, sign) => {
    expect(Math.sign(compareTimestamps(at(a), at(b)))).toBe(sign);
  });

  it('differences are in days across dates and in milliseconds within one', () => {
    expect(compareTimestamps(at('2026-03-05'), at('2026-03-02T10:00'))).toBe(3);
    expect(compareTimestamps(at('2026-03-02T10:00:01'), at('2026-03-02T10:00'))).toBe(1000);
  });
});
