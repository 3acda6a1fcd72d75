import type { CourseEpisode } from '../course/grading.js';
import type { CourseFromFhir } from './course-from-fhir.js';
import type { FhirReferenceOut } from './types.js';

// A reference the reader made up from an input position (`entry[3].resource`) is not a FHIR reference.
const REFERENCE = /^(?:[A-Za-z]+\/[A-Za-z0-9\-.]{1,64}|[a-z][a-z0-9+.-]*:\S+)$/;

/**
 * The resources behind an episode of a course built by {@link courseFromFhir}: every resource of
 * every window of the episode, as References to pass as `evidence` to {@link toFhirCondition}.
 * Resources that had neither an id nor a Bundle `fullUrl` cannot be referenced and are left out.
 *
 * @param episode - an episode of `gradeCourse(result.course)`.
 * @param result - what `courseFromFhir` returned for that course.
 * @example
 * ```ts
 * import { gradeCourse } from 'cytokine-release-syndrome';
 * import { courseFromFhir, sourcesOfEpisode } from 'cytokine-release-syndrome/fhir';
 * const result = courseFromFhir(
 *   [{ resourceType: 'Observation', id: 't1', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8310-5' }] },
 *      effectiveDateTime: '2026-03-03T08:00:00+01:00', valueQuantity: { value: 38.4, system: 'http://unitsofmeasure.org', code: 'Cel' } },
 *    { resourceType: 'Observation', id: 'f1', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '3151-8' }] },
 *      effectiveDateTime: '2026-03-03T08:00:00+01:00', valueQuantity: { value: 0, system: 'http://unitsofmeasure.org', code: 'L/min' } }],
 *   { infusionAt: '2026-03-02', hypotension: { stated: { '2026-03-03': false } }, medicationAdministrationsComplete: true },
 * );
 * const [episode] = gradeCourse(result.course).crs.episodes;
 * episode && sourcesOfEpisode(episode, result); // [{ reference: 'Observation/t1' }, { reference: 'Observation/f1' }]
 * ```
 */
export function sourcesOfEpisode(episode: CourseEpisode, result: CourseFromFhir): FhirReferenceOut[] {
  const references = new Set<string>();
  for (const index of episode.observations) {
    const window = result.sources.windows.find(({ observation }) => observation === index);
    for (const reference of window?.resources ?? []) if (REFERENCE.test(reference)) references.add(reference);
  }
  return [...references].map((reference) => ({ reference }));
}
