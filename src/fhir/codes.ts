import type { IssuePath } from '../contract/path.js';
import { type OxygenDevice, oxygenDevices } from '../vocabulary/oxygen-device.js';
import { type Treatment, treatments } from '../vocabulary/treatment.js';
import { type Vasopressor, vasopressors } from '../vocabulary/vasopressor.js';
import { type VitalSignMeasure, vitalSignLoincCodes } from '../vocabulary/vital-sign-loinc.js';
import { type RawFhirIssue, described, listed } from './fhir-input-error.js';
import { isObject } from './resources.js';
import { FhirSystem } from './systems.js';

/**
 * A code as a system and a code, for the caller's own code lists.
 *
 * @example
 * ```ts
 * import type { FhirCodeKey } from 'cytokine-release-syndrome/fhir';
 * const synthea: FhirCodeKey = { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '242969' };
 * ```
 */
export interface FhirCodeKey {
  readonly system: string;
  readonly code: string;
}

/**
 * The caller's own codes, added to the library's. Real MedicationAdministrations carry product
 * codes (Synthea sends norepinephrine as the RxNorm clinical drug 242969), which match no
 * ingredient code; a local device code matches no SNOMED CT concept. `unrelatedMedications` names
 * drugs whose text mentions a drug the library reads but that are something else (e.g. lidocaine
 * with epinephrine, a local anaesthetic), so that the reader stops refusing them.
 *
 * @see criteria DEC-53 (docs/criteria/decisions.md#dec-53)
 * @example
 * ```ts
 * import type { FhirCodeOptions } from 'cytokine-release-syndrome/fhir';
 * const codes: FhirCodeOptions = {
 *   vasopressors: { norepinephrine: [{ system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '242969' }] },
 * };
 * ```
 */
export interface FhirCodeOptions {
  readonly vasopressors?: Readonly<Partial<Record<Vasopressor, readonly FhirCodeKey[]>>> | undefined;
  readonly treatments?: Readonly<Partial<Record<Treatment, readonly FhirCodeKey[]>>> | undefined;
  readonly oxygenDevices?: Readonly<Partial<Record<OxygenDevice, readonly FhirCodeKey[]>>> | undefined;
  readonly unrelatedMedications?: readonly FhirCodeKey[] | undefined;
}

/** What a medication code names. @internal */
export type MedicationConcept =
  | { readonly kind: 'vasopressor'; readonly agent: Vasopressor }
  | { readonly kind: 'treatment'; readonly treatment: Treatment }
  | { readonly kind: 'unrelated' };

/** The code tables of one call: the library's codes and the caller's. @internal */
export interface CodeTables {
  readonly vitals: ReadonlyMap<string, VitalSignMeasure>;
  readonly devices: ReadonlyMap<string, OxygenDevice>;
  readonly medications: ReadonlyMap<string, MedicationConcept>;
}

/** @internal */
export function codeKey(system: string, code: string): string {
  return `${system}|${code}`;
}

function sameConcept(a: MedicationConcept | OxygenDevice, b: MedicationConcept | OxygenDevice): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function describeConcept(concept: MedicationConcept | OxygenDevice): string {
  if (typeof concept === 'string') return concept;
  return concept.kind === 'vasopressor' ? concept.agent : concept.kind === 'treatment' ? concept.treatment : 'unrelated';
}

/** Builds the tables, adding the caller's codes; a code given two meanings is an issue. @internal */
export function buildCodeTables(options: FhirCodeOptions | undefined, issues: RawFhirIssue[]): CodeTables {
  const vitals = new Map<string, VitalSignMeasure>();
  for (const [code, entry] of Object.entries(vitalSignLoincCodes)) vitals.set(codeKey(FhirSystem.Loinc, code), entry.measures);
  const devices = new Map<string, OxygenDevice>();
  for (const [device, entry] of Object.entries(oxygenDevices) as [OxygenDevice, (typeof oxygenDevices)[OxygenDevice]][]) {
    for (const code of entry.snomedCtCodes) devices.set(codeKey(FhirSystem.SnomedCt, code), device);
    for (const code of entry.loincAnswerCodes) devices.set(codeKey(FhirSystem.Loinc, code), device);
  }
  const medications = new Map<string, MedicationConcept>();
  for (const [agent, entry] of Object.entries(vasopressors) as [Vasopressor, (typeof vasopressors)[Vasopressor]][]) {
    medications.set(codeKey(FhirSystem.Atc, entry.atc), { kind: 'vasopressor', agent });
    if (entry.rxNormIngredient !== null) medications.set(codeKey(FhirSystem.RxNorm, entry.rxNormIngredient), { kind: 'vasopressor', agent });
  }
  for (const [treatment, entry] of Object.entries(treatments) as [Treatment, (typeof treatments)[Treatment]][]) {
    if (entry.atc !== null) medications.set(codeKey(FhirSystem.Atc, entry.atc), { kind: 'treatment', treatment });
    if (entry.rxNormIngredient !== null) medications.set(codeKey(FhirSystem.RxNorm, entry.rxNormIngredient), { kind: 'treatment', treatment });
  }

  function add<T extends MedicationConcept | OxygenDevice>(table: Map<string, T>, keys: unknown, concept: T, path: IssuePath): void {
    if (!Array.isArray(keys)) {
      issues.push({ code: 'expected-type', path, message: `expected an array of { system, code }; received ${described(keys)}` });
      return;
    }
    keys.forEach((key: unknown, index: number) => {
      if (!isObject(key) || typeof key['system'] !== 'string' || typeof key['code'] !== 'string' || key['system'] === '' || key['code'] === '') {
        issues.push({ code: 'expected-type', path: [...path, index], message: `expected { system, code } with two non-empty strings; received ${described(key)}` });
        return;
      }
      const existing = table.get(codeKey(key['system'], key['code']));
      if (existing !== undefined && !sameConcept(existing, concept)) {
        issues.push({
          code: 'ambiguous-code',
          path: [...path, index],
          message: `${key['system']}|${key['code']} already names ${describeConcept(existing)}; one code cannot name two things`,
        });
        return;
      }
      table.set(codeKey(key['system'], key['code']), concept);
    });
  }

  function eachOf<K extends string>(group: unknown, allowed: readonly K[], path: IssuePath, onEntry: (key: K, keys: unknown, at: IssuePath) => void): void {
    if (group === undefined) return;
    if (!isObject(group)) {
      issues.push({ code: 'expected-type', path, message: `expected an object keyed by ${listed(allowed)}; received ${described(group)}`, allowed });
      return;
    }
    for (const [key, keys] of Object.entries(group)) {
      if (!(allowed as readonly string[]).includes(key)) {
        issues.push({ code: 'expected-one-of', path: [...path, key], message: `expected one of ${listed(allowed)}`, allowed });
        continue;
      }
      onEntry(key as K, keys, [...path, key]);
    }
  }

  if (options !== undefined) {
    const base: IssuePath = ['options', 'codes'];
    if (!isObject(options)) {
      issues.push({ code: 'expected-type', path: base, message: `expected an object; received ${described(options)}` });
    } else {
      const known = ['vasopressors', 'treatments', 'oxygenDevices', 'unrelatedMedications'];
      for (const key of Object.keys(options)) {
        if (!known.includes(key)) issues.push({ code: 'expected-one-of', path: [...base, key], message: `unknown key; expected one of ${listed(known)}`, allowed: known });
      }
      const drugs = (Object.keys(treatments) as Treatment[]).filter((treatment) => treatments[treatment].atc !== null);
      eachOf(options['vasopressors'], Object.keys(vasopressors) as Vasopressor[], [...base, 'vasopressors'], (agent, keys, at) => {
        add(medications, keys, { kind: 'vasopressor', agent }, at);
      });
      eachOf(options['treatments'], drugs, [...base, 'treatments'], (treatment, keys, at) => {
        add(medications, keys, { kind: 'treatment', treatment }, at);
      });
      eachOf(options['oxygenDevices'], Object.keys(oxygenDevices) as OxygenDevice[], [...base, 'oxygenDevices'], (device, keys, at) => {
        add(devices, keys, device, at);
      });
      if (options['unrelatedMedications'] !== undefined) add(medications, options['unrelatedMedications'], { kind: 'unrelated' }, [...base, 'unrelatedMedications']);
    }
  }
  return { vitals, devices, medications };
}

/** The codings of a CodeableConcept that have a string system and code. @internal */
export function codingsOf(concept: unknown): { readonly system: string; readonly code: string; readonly display: string | undefined }[] {
  if (!isObject(concept) || !Array.isArray(concept['coding'])) return [];
  return (concept['coding'] as unknown[]).flatMap((coding) =>
    isObject(coding) && typeof coding['system'] === 'string' && typeof coding['code'] === 'string'
      ? [{ system: coding['system'], code: coding['code'], display: typeof coding['display'] === 'string' ? coding['display'] : undefined }]
      : [],
  );
}

/**
 * The one concept a CodeableConcept's codes name in `table`: `undefined` when none, `ambiguous`
 * with the concepts when they name different ones.
 *
 * @internal
 */
export function match<T>(concept: unknown, table: ReadonlyMap<string, T>): { readonly found: T } | { readonly ambiguous: readonly T[] } | undefined {
  const found: T[] = [];
  for (const coding of codingsOf(concept)) {
    const hit = table.get(codeKey(coding.system, coding.code));
    if (hit !== undefined && !found.some((other) => JSON.stringify(other) === JSON.stringify(hit))) found.push(hit);
  }
  if (found.length === 0) return undefined;
  return found.length === 1 ? { found: found[0] as T } : { ambiguous: found };
}

/** Texts of a CodeableConcept: its text and its codings' displays. @internal */
export function textsOf(concept: unknown): string[] {
  const texts = codingsOf(concept).flatMap((coding) => (coding.display === undefined ? [] : [coding.display]));
  if (isObject(concept) && typeof concept['text'] === 'string') texts.push(concept['text']);
  return texts;
}

