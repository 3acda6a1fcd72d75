// Episodes window by window (DEC-44, DEC-46): where they start, peak, widen, resolve and end in
// death; how recurrences are joined (DEC-44) and which treatments belong to an episode. Built
// directly from graded windows, so that every grade range can be given, certain or not.
import { describe, expect, it } from 'vitest';
import { type Timestamp, parseTimestamp } from '../../src/contract/timestamp.js';
import { EpisodeBuilder, type GradedWindow, type TimedTreatment, finishEpisode, mergeRecurrences } from '../../src/course/episodes.js';
import type { Grade } from '../../src/grading/grading.js';

const time = (text: string): Timestamp => parseTimestamp(text) as Timestamp;
const INFUSION = time('2026-03-01');

/** Windows on consecutive days from 2026-03-02 (index = position), each a grade or a [min, max] range. */
function windows(...ranges: (Grade | [Grade, Grade])[]): GradedWindow[] {
  return ranges.map((range, index) => {
    const [min, max] = typeof range === 'number' ? [range, range] : range;
    return { index, time: time(`2026-03-${String(2 + index).padStart(2, '0')}`), range: { min, max } };
  });
}

function build(...ranges: (Grade | [Grade, Grade])[]): EpisodeBuilder {
  const builder = new EpisodeBuilder();
  for (const window of windows(...ranges)) builder.add(window);
  return builder;
}

function episodes(...ranges: (Grade | [Grade, Grade])[]) {
  return build(...ranges).drafts.map((draft) => finishEpisode(draft, INFUSION, []));
}

describe('EpisodeBuilder', () => {
  it('nothing but grade 0: no episode', () => {
    const builder = build(0, 0, 0);
    expect(builder.drafts).toEqual([]);
    expect(builder.current).toBeNull();
    expect(builder.death).toBeNull();
  });

  it('starts at the first window graded 1 or more, resolves at the first later 0', () => {
    expect(episodes(0, 1, 2, 1, 0, 0)).toEqual([
      {
        onsetAt: '2026-03-03',
        onsetDay: 2,
        peakGrade: 2,
        possiblePeakGrades: { min: 2, max: 2 },
        peakAt: '2026-03-04',
        lastPositiveAt: '2026-03-05',
        resolvedAt: '2026-03-06',
        durationDays: 3,
        outcome: 'resolved',
        recurrences: 0,
        observations: [1, 2, 3, 4],
        treatments: [],
      },
    ]);
  });

  it('an episode still going at the last window is ongoing', () => {
    const builder = build(1, 3);
    expect(builder.current).toBe(builder.drafts[0]);
    expect(episodes(1, 3)).toEqual([
      expect.objectContaining({ onsetAt: '2026-03-02', onsetDay: 1, peakGrade: 3, peakAt: '2026-03-03', lastPositiveAt: '2026-03-03', resolvedAt: null, durationDays: null, outcome: 'ongoing', observations: [0, 1] }),
    ]);
  });

  it('the peak is the first window at the highest grade', () => {
    expect(episodes(2, 3, 3, 2)[0]).toMatchObject({ peakGrade: 3, peakAt: '2026-03-03' });
    expect(episodes(3, 2, 3)[0]).toMatchObject({ peakGrade: 3, peakAt: '2026-03-02' });
  });

  it('grade 5 ends the episode with death and is remembered', () => {
    const builder = build(1, 5);
    expect(builder.current).toBeNull();
    expect(builder.death?.index).toBe(1);
    expect(episodes(1, 5)[0]).toMatchObject({ outcome: 'death', peakGrade: 5, lastPositiveAt: '2026-03-03', resolvedAt: null, durationDays: null, observations: [0, 1] });
    expect(episodes(5)[0]).toMatchObject({ outcome: 'death', onsetAt: '2026-03-02', peakGrade: 5 });
    expect(build(4).death).toBeNull();
  });

  it('a later episode starts after a resolution', () => {
    expect(episodes(1, 0, 2, 0).map(({ onsetAt, resolvedAt, peakGrade, observations }) => ({ onsetAt, resolvedAt, peakGrade, observations }))).toEqual([
      { onsetAt: '2026-03-02', resolvedAt: '2026-03-03', peakGrade: 1, observations: [0, 1] },
      { onsetAt: '2026-03-04', resolvedAt: '2026-03-05', peakGrade: 2, observations: [2, 3] },
    ]);
  });

  it('a window certainly 1 or more but not certain of its grade starts an episode with a possible peak', () => {
    expect(episodes([2, 3], 0)[0]).toMatchObject({ peakGrade: 2, possiblePeakGrades: { min: 2, max: 3 }, peakAt: '2026-03-02', outcome: 'resolved' });
    expect(episodes(2, [2, 4])[0]).toMatchObject({ peakGrade: 2, possiblePeakGrades: { min: 2, max: 4 }, peakAt: '2026-03-02', lastPositiveAt: '2026-03-03' });
    expect(episodes([1, 3], [2, 2])[0]).toMatchObject({ peakGrade: 2, possiblePeakGrades: { min: 2, max: 3 }, peakAt: '2026-03-03' });
  });

  it('a window that may be 0 starts nothing, ends nothing, and inside an episode only widens the possible peak', () => {
    expect(episodes([0, 1], [0, 4], 0)).toEqual([]);
    expect(build([0, 3]).current).toBeNull();
    expect(episodes(1, [0, 3], 0)[0]).toMatchObject({
      peakGrade: 1,
      possiblePeakGrades: { min: 1, max: 3 },
      lastPositiveAt: '2026-03-02',
      resolvedAt: '2026-03-04',
      observations: [0, 1, 2],
      outcome: 'resolved',
    });
    // Lower than what is already possible, it widens nothing.
    expect(episodes(3, [0, 2], 0)[0]).toMatchObject({ peakGrade: 3, possiblePeakGrades: { min: 3, max: 3 }, observations: [0, 1, 2] });
    // It does not resolve the episode: ongoing at the end.
    expect(episodes(2, [0, 2])[0]).toMatchObject({ outcome: 'ongoing', resolvedAt: null, lastPositiveAt: '2026-03-02', observations: [0, 1] });
  });
});

describe('mergeRecurrences', () => {
  /** Episodes at day offsets: onset, resolution (null: ongoing), grade. */
  function drafts(...spans: [number, number | null, Grade][]) {
    const builder = new EpisodeBuilder();
    let index = 0;
    const at = (day: number) => time(`2026-04-${String(1 + day).padStart(2, '0')}`);
    for (const [onset, resolved, grade] of spans) {
      builder.add({ index: index++, time: at(onset), range: { min: grade, max: grade } });
      if (resolved !== null) builder.add({ index: index++, time: at(resolved), range: { min: 0, max: 0 } });
    }
    return builder.drafts;
  }

  it('0 days joins nothing, even a recurrence on the day of resolution', () => {
    const builder = new EpisodeBuilder();
    builder.add({ index: 0, time: time('2026-04-01T08:00'), range: { min: 1, max: 1 } });
    builder.add({ index: 1, time: time('2026-04-02T08:00'), range: { min: 0, max: 0 } });
    builder.add({ index: 2, time: time('2026-04-02T20:00'), range: { min: 2, max: 2 } });
    expect(mergeRecurrences(builder.drafts, 0)).toHaveLength(2);
    expect(mergeRecurrences(builder.drafts, 1)).toHaveLength(1);
  });

  it.each([
    [3, 1],
    [2, 2],
  ])('a recurrence 3 days after resolving, within %i days: %i episode(s)', (within, count) => {
    expect(mergeRecurrences(drafts([0, 2, 1], [5, 6, 2]), within)).toHaveLength(count);
  });

  it('a joined episode keeps its onset, takes the higher peak, the later end, and counts the recurrences', () => {
    const [joined] = mergeRecurrences(drafts([0, 2, 2], [4, 5, 3], [7, null, 1]), 3).map((draft) => finishEpisode(draft, time('2026-04-01'), []));
    expect(joined).toMatchObject({
      onsetAt: '2026-04-01',
      peakGrade: 3,
      possiblePeakGrades: { min: 3, max: 3 },
      peakAt: '2026-04-05',
      lastPositiveAt: '2026-04-08',
      resolvedAt: null,
      durationDays: null,
      outcome: 'ongoing',
      recurrences: 2,
      observations: [0, 1, 2, 3, 4],
    });
  });

  it('a lower recurrence keeps the first peak; the possible peak is the higher of the two', () => {
    const builder = new EpisodeBuilder();
    const at = (day: number) => time(`2026-04-${String(1 + day).padStart(2, '0')}`);
    builder.add({ index: 0, time: at(0), range: { min: 3, max: 3 } });
    builder.add({ index: 1, time: at(1), range: { min: 0, max: 0 } });
    builder.add({ index: 2, time: at(2), range: { min: 1, max: 4 } });
    builder.add({ index: 3, time: at(3), range: { min: 0, max: 0 } });
    const [joined] = mergeRecurrences(builder.drafts, 1).map((draft) => finishEpisode(draft, at(0), []));
    expect(joined).toMatchObject({ peakGrade: 3, peakAt: '2026-04-01', possiblePeakGrades: { min: 3, max: 4 }, resolvedAt: '2026-04-04', durationDays: 3, recurrences: 1, outcome: 'resolved' });
  });

  it('counts the recurrences already joined into a later episode', () => {
    const joinedTwice = mergeRecurrences(drafts([0, 1, 1], [2, 3, 1], [4, 5, 1]), 1);
    expect(joinedTwice.map(({ recurrences }) => recurrences)).toEqual([2]);
    const first = drafts([0, 1, 1])[0]!;
    const later = { ...drafts([3, 4, 2], [5, 6, 2])[0]!, recurrences: 4 };
    expect(mergeRecurrences([first, later], 5).map(({ recurrences }) => recurrences)).toEqual([5]);
  });

  it('never changes the episodes it was given', () => {
    const given = drafts([0, 1, 1], [2, 3, 2]);
    const before = given.map((draft) => ({ ...draft, windows: [...draft.windows] }));
    mergeRecurrences(given, 5);
    expect(given).toEqual(before);
  });

  it('a death is never joined to anything (nothing follows it)', () => {
    const builder = new EpisodeBuilder();
    builder.add({ index: 0, time: time('2026-04-01'), range: { min: 1, max: 1 } });
    builder.add({ index: 1, time: time('2026-04-02'), range: { min: 5, max: 5 } });
    expect(mergeRecurrences(builder.drafts, 30).map(({ outcome }) => outcome)).toEqual(['death']);
  });
});

describe('finishEpisode: the treatments of an episode', () => {
  const treatments: TimedTreatment[] = [
    { index: 0, time: time('2026-03-02T07:59'), treatment: 'paracetamol' },
    { index: 1, time: time('2026-03-02T08:00'), treatment: 'tocilizumab' },
    { index: 2, time: time('2026-03-03T12:00'), treatment: 'dexamethasone' },
    { index: 3, time: time('2026-03-04T07:59'), treatment: 'methylprednisolone' },
    { index: 4, time: time('2026-03-04T08:00'), treatment: 'siltuximab' },
    { index: 5, time: time('2026-03-04T08:01'), treatment: 'anakinra' },
  ];
  const at = (text: string, min: Grade): GradedWindow => ({ index: 0, time: time(text), range: { min, max: min } });

  it('a resolved episode: from its onset (included) to its resolution (excluded)', () => {
    const builder = new EpisodeBuilder();
    builder.add(at('2026-03-02T08:00', 1));
    builder.add(at('2026-03-04T08:00', 0));
    expect(finishEpisode(builder.drafts[0]!, INFUSION, treatments).treatments.map(({ index }) => index)).toEqual([1, 2, 3]);
  });

  it('an ongoing episode: from its onset through its last window (included)', () => {
    const builder = new EpisodeBuilder();
    builder.add(at('2026-03-02T08:00', 1));
    builder.add(at('2026-03-04T08:00', 2));
    expect(finishEpisode(builder.drafts[0]!, INFUSION, treatments).treatments).toEqual([
      { at: '2026-03-02T08:00', treatment: 'tocilizumab', index: 1 },
      { at: '2026-03-03T12:00', treatment: 'dexamethasone', index: 2 },
      { at: '2026-03-04T07:59', treatment: 'methylprednisolone', index: 3 },
      { at: '2026-03-04T08:00', treatment: 'siltuximab', index: 4 },
    ]);
  });

  it('days are calendar dates as written, the infusion day 0', () => {
    const builder = new EpisodeBuilder();
    builder.add(at('2026-03-02T23:00', 1));
    builder.add(at('2026-03-05T01:00', 0));
    expect(finishEpisode(builder.drafts[0]!, time('2026-03-01T23:59'), [])).toMatchObject({ onsetDay: 1, durationDays: 3 });
  });
});
