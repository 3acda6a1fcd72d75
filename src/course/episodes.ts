// Episodes from graded windows in time order: an episode starts at the first window graded 1 or
// more and ends at the first later window graded 0; grade 5 ends it with death. A window a scale
// could not grade counts by its range: certainly 1 or more starts or continues an episode, possibly
// 0 ends none and, inside an episode, widens the possible peak.
import { type Timestamp, compareTimestamps } from '../contract/timestamp.js';
import type { Grade } from '../grading/grading.js';
import type { Treatment } from '../vocabulary/treatment.js';
import type { CourseEpisode, EpisodeOutcome, EpisodeTreatment, GradeRange } from './grading.js';

/** A graded window. */
export interface GradedWindow {
  readonly index: number;
  readonly time: Timestamp;
  /** The grade, or the range of grades a scale that could not grade allows. */
  readonly range: GradeRange;
}

/** A treatment with its parsed time. */
export interface TimedTreatment {
  readonly index: number;
  readonly time: Timestamp;
  readonly treatment: Treatment;
}

/** An episode while it is being built. */
export interface EpisodeDraft {
  readonly onset: GradedWindow;
  peak: Grade;
  peakAt: GradedWindow;
  possiblePeak: Grade;
  lastPositive: GradedWindow;
  /** The episode's latest window so far (its resolution, once resolved). */
  last: GradedWindow;
  resolved: GradedWindow | null;
  outcome: EpisodeOutcome;
  recurrences: number;
  readonly windows: number[];
}

/** Builds episodes window by window; `current` is the episode in progress, if any. */
export class EpisodeBuilder {
  current: EpisodeDraft | null = null;
  readonly drafts: EpisodeDraft[] = [];
  /** The window graded 5, if any: nothing may follow it. */
  death: GradedWindow | null = null;

  add(window: GradedWindow): void {
    const { min, max } = window.range;
    const current = this.current;
    if (min >= 1) {
      const episode = current ?? this.start(window);
      episode.windows.push(window.index);
      episode.last = window;
      episode.lastPositive = window;
      if (min > episode.peak) {
        episode.peak = min;
        episode.peakAt = window;
      }
      if (max > episode.possiblePeak) episode.possiblePeak = max;
      if (min === 5) {
        episode.outcome = 'death';
        this.death = window;
        this.current = null;
      }
    } else if (max === 0) {
      if (current !== null) {
        current.windows.push(window.index);
        current.last = window;
        current.resolved = window;
        current.outcome = 'resolved';
        this.current = null;
      }
    } else if (current !== null) {
      // Not gradable: it can neither end the episode nor be its certain peak, but it may be higher.
      current.windows.push(window.index);
      current.last = window;
      if (max > current.possiblePeak) current.possiblePeak = max;
    }
  }

  private start(window: GradedWindow): EpisodeDraft {
    const episode: EpisodeDraft = {
      onset: window,
      peak: window.range.min,
      peakAt: window,
      possiblePeak: window.range.max,
      lastPositive: window,
      last: window,
      resolved: null,
      outcome: 'ongoing',
      recurrences: 0,
      windows: [],
    };
    this.drafts.push(episode);
    this.current = episode;
    return episode;
  }
}

/**
 * Joins an episode that starts again within `withinDays` calendar days of the previous one's
 * resolution into it (0 joins nothing).
 */
export function mergeRecurrences(drafts: readonly EpisodeDraft[], withinDays: number): EpisodeDraft[] {
  const merged: EpisodeDraft[] = [];
  for (const draft of drafts) {
    const previous = merged.at(-1);
    if (withinDays > 0 && previous?.resolved != null && draft.onset.time.day - previous.resolved.time.day <= withinDays) {
      if (draft.peak > previous.peak) {
        previous.peak = draft.peak;
        previous.peakAt = draft.peakAt;
      }
      previous.possiblePeak = Math.max(previous.possiblePeak, draft.possiblePeak) as Grade;
      previous.lastPositive = draft.lastPositive;
      previous.last = draft.last;
      previous.resolved = draft.resolved;
      previous.outcome = draft.outcome;
      previous.recurrences += 1 + draft.recurrences;
      previous.windows.push(...draft.windows);
      continue;
    }
    merged.push({ ...draft, windows: [...draft.windows] });
  }
  return merged;
}

/**
 * The treatments of an episode: from its onset until its resolution (excluded), or through its
 * last window when it did not resolve; a treatment after the last window is not known to belong.
 */
function treatmentsOf(draft: EpisodeDraft, treatments: readonly TimedTreatment[]): EpisodeTreatment[] {
  const resolved = draft.resolved;
  return treatments
    .filter(({ time }) => {
      if (compareTimestamps(time, draft.onset.time) < 0) return false;
      return resolved === null ? compareTimestamps(time, draft.last.time) <= 0 : compareTimestamps(time, resolved.time) < 0;
    })
    .map(({ index, treatment, time }) => ({ at: time.text, treatment, index }));
}

/** The public shape of an episode. */
export function finishEpisode(draft: EpisodeDraft, infusion: Timestamp, treatments: readonly TimedTreatment[]): CourseEpisode {
  const resolved = draft.resolved;
  return {
    onsetAt: draft.onset.time.text,
    onsetDay: draft.onset.time.day - infusion.day,
    peakGrade: draft.peak,
    possiblePeakGrades: { min: draft.peak, max: draft.possiblePeak },
    peakAt: draft.peakAt.time.text,
    lastPositiveAt: draft.lastPositive.time.text,
    resolvedAt: resolved?.time.text ?? null,
    durationDays: resolved === null ? null : resolved.time.day - draft.onset.time.day,
    outcome: draft.outcome,
    recurrences: draft.recurrences,
    observations: draft.windows,
    treatments: treatmentsOf(draft, treatments),
  };
}
