import type { IssuePath } from '../contract/path.js';
import { type CodeTables, type MedicationConcept, codingsOf, match, textsOf } from './codes.js';
import { described, listed } from './fhir-input-error.js';
import { namedDrugs } from './medication-names.js';
import { neverUsed, noteModifier, statusUse } from './read-observation.js';
import type { Readings } from './readings.js';
import { type InputResource, type Json, type ResourceIndex, isObject, modifierOf, recordSubject } from './resources.js';
import { MEDICATION_ADMINISTRATION_STATUSES } from './status.js';
import { readTime } from './time.js';

function describeConcept(concept: MedicationConcept): string {
  return concept.kind === 'vasopressor' ? concept.agent : concept.kind === 'treatment' ? concept.treatment : 'an unrelated drug';
}

function optionsKey(concept: MedicationConcept): string {
  return concept.kind === 'vasopressor' ? `options.codes.vasopressors["${concept.agent}"]` : concept.kind === 'treatment' ? `options.codes.treatments["${concept.treatment}"]` : 'options.codes.unrelatedMedications';
}

/** The Medication a reference names, and its path: contained (`#id`), by `Type/id`, or by a Bundle `fullUrl`. */
function resolveMedication(
  administration: InputResource,
  reference: string,
  index: ResourceIndex,
): { readonly medication: Json; readonly path: IssuePath; readonly modifier: string | null } | undefined {
  if (reference.startsWith('#')) {
    const contained = Array.isArray(administration.resource['contained']) ? (administration.resource['contained'] as unknown[]) : [];
    const at = contained.findIndex((item) => isObject(item) && item['resourceType'] === 'Medication' && `#${String(item['id'])}` === reference);
    if (at === -1) return undefined;
    const path = [...administration.path, 'contained', at];
    return { medication: contained[at] as Json, path, modifier: modifierOf(contained[at] as Json, path) };
  }
  const found = index.byReference.get(reference) ?? index.byReference.get(/(Medication\/[^/]+)$/.exec(reference)?.[1] ?? '');
  return found === undefined || found.resourceType !== 'Medication' ? undefined : { medication: found.resource, path: found.path, modifier: found.modifier };
}

/**
 * The medication's codes (as a CodeableConcept to match), every text it carries, and where a
 * modifier the reader does not understand applies to the Medication or the ingredient it reads.
 */
function medicationOf(
  input: InputResource,
  index: ResourceIndex,
  readings: Readings,
): { readonly concepts: readonly unknown[]; readonly texts: readonly string[]; readonly modifier: string | null } | undefined {
  const { resource, path, reference } = input;
  const concept = resource['medicationCodeableConcept'];
  if (concept !== undefined) return { concepts: [concept], texts: textsOf(concept), modifier: null };
  const ref = resource['medicationReference'];
  const target = isObject(ref) ? ref['reference'] : undefined;
  if (typeof target !== 'string') {
    readings.issues.push({
      code: 'required',
      path: [...path, ref === undefined ? 'medicationCodeableConcept' : 'medicationReference'],
      message: 'expected medicationCodeableConcept, or medicationReference with a reference',
      allowed: ['medicationCodeableConcept', 'medicationReference'],
      resource: reference,
    });
    return undefined;
  }
  const resolved = resolveMedication(input, target, index);
  const medication = resolved?.medication;
  if (resolved === undefined || medication === undefined) {
    readings.issues.push({
      code: 'unresolved-reference',
      path: [...path, 'medicationReference', 'reference'],
      message: `Medication ${JSON.stringify(target)} is not in the input: include it (as a Bundle entry or a contained resource), so that the drug can be identified`,
      resource: reference,
    });
    return undefined;
  }
  const texts = textsOf(medication['code']);
  if (isObject(ref) && typeof ref['display'] === 'string') texts.push(ref['display']);
  const ingredients = Array.isArray(medication['ingredient']) ? (medication['ingredient'] as unknown[]) : [];
  const concepts: unknown[] = [medication['code']];
  for (const ingredient of ingredients) if (isObject(ingredient)) texts.push(...textsOf(ingredient['itemCodeableConcept']));
  // One ingredient names the drug; several (e.g. lidocaine with epinephrine) name a combination.
  const single = ingredients.length === 1 && isObject(ingredients[0]) ? ingredients[0] : undefined;
  const only = single?.['itemCodeableConcept'];
  if (only !== undefined) concepts.push(only);
  const modifier = resolved.modifier ?? (single === undefined ? null : modifierOf(single, [...resolved.path, 'ingredient', 0]));
  return { concepts, texts, modifier };
}

/**
 * Reads one MedicationAdministration: a vasopressor or a treatment of the vocabulary, matched by
 * code only. A drug whose codes match nothing but whose text names a drug the library reads is
 * refused, so that an unlisted product code never reads as "not given".
 *
 * @internal
 */
export function readMedicationAdministration(input: InputResource, tables: CodeTables, index: ResourceIndex, readings: Readings): void {
  const { resource, path, reference } = input;
  if (neverUsed(input, MEDICATION_ADMINISTRATION_STATUSES, readings)) return;
  const medication = medicationOf(input, index, readings);
  if (medication === undefined) return;
  let found: MedicationConcept | undefined;
  for (const concept of medication.concepts) {
    const hit = match(concept, tables.medications);
    if (hit === undefined) continue;
    if ('ambiguous' in hit) {
      readings.issues.push({ code: 'ambiguous-code', path: [...path, 'medication'], message: `its codes name several drugs (${hit.ambiguous.map(describeConcept).join(', ')})`, resource: reference });
      return;
    }
    found ??= hit.found;
  }
  if (found === undefined) {
    const named = namedDrugs(medication.texts);
    if (named.length > 0) {
      const codes = medication.concepts.flatMap(codingsOf).map((coding) => `${coding.system}|${coding.code}`);
      const where: IssuePath = [...path, resource['medicationCodeableConcept'] === undefined ? 'medicationReference' : 'medicationCodeableConcept'];
      readings.issues.push({
        code: 'unmatched-medication',
        path: where,
        message: `its text names ${named.map(describeConcept).join(' and ')}, but none of its codes (${codes.length === 0 ? 'none' : listed(codes)}) is one the library knows for it: add them to ${named.map(optionsKey).join(' or ')}, or to options.codes.unrelatedMedications if the drug is something else`,
        allowed: named.map(optionsKey),
        resource: reference,
      });
      return;
    }
    readings.notes.push({ code: 'medication-not-read', resource: reference, window: null, message: 'a drug that is neither a vasopressor nor a treatment the library reads' });
    return;
  }
  if (found.kind === 'unrelated') {
    readings.notes.push({ code: 'medication-not-read', resource: reference, window: null, message: 'listed in options.codes.unrelatedMedications' });
    return;
  }
  const use = statusUse(input, MEDICATION_ADMINISTRATION_STATUSES, readings);
  if (use === undefined) return;
  const time = readTime(resource, { dateTime: ['effectiveDateTime'], period: 'effectivePeriod' }, path, readings.issues, reference);
  if (time === undefined) return;
  if (found.kind === 'treatment' && time.startText === null) {
    readings.issues.push({ code: 'required', path: [...path, 'effectivePeriod', 'start'], message: 'a treatment needs the time it was given: its period has no start', allowed: ['start'], resource: reference });
    return;
  }
  if (use === 'withheld') {
    readings.notes.push({ code: 'status-withheld', resource: reference, window: null, message: `status ${described(resource['status'])}: counted only where it cannot change a window's worst finding` });
  }
  // FHIR: a reader that does not understand a modifier extension must not process the resource.
  const modifier = input.modifier ?? medication.modifier;
  if (modifier !== null) noteModifier(reference, modifier, readings);
  recordSubject(input, index, readings.subjects);
  const common = { references: [reference], trusted: use === 'used' && modifier === null, time, continuous: resource['effectivePeriod'] !== undefined && resource['effectiveDateTime'] === undefined };
  if (found.kind === 'vasopressor') readings.vasopressors.push({ ...common, agent: found.agent });
  else readings.treatments.push({ ...common, treatment: found.treatment });
}
