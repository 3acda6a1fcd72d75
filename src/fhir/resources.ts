import { type IssuePath, formatIssuePath } from '../contract/path.js';
import { type RawFhirIssue, described } from './fhir-input-error.js';

/** A plain JSON object. @internal */
export type Json = Readonly<Record<string, unknown>>;

/** One resource of the input, where it is, and how results name it. @internal */
export interface InputResource {
  readonly resource: Json;
  readonly resourceType: string;
  /** Its path in the input: `['entry', 3, 'resource']` or `[3]`. */
  readonly path: IssuePath;
  /** How results name it: `Type/id`, else the entry's `fullUrl`, else its input path. */
  readonly reference: string;
  /**
   * Where a modifier the reader does not understand applies to it (a `modifierExtension` or
   * `implicitRules` of the resource, its Bundle entry or the Bundle), as a path; `null` for none.
   */
  readonly modifier: string | null;
}

/** The input's resources and an index to resolve references between them. @internal */
export interface ResourceIndex {
  readonly resources: readonly InputResource[];
  /** By `Type/id` and by `fullUrl`. */
  readonly byReference: ReadonlyMap<string, InputResource>;
}

/** Whether a value is a plain (non-array) object. @internal */
export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Where an element carries a modifier the reader does not understand: a `modifierExtension`
 * (FHIR: a reader that does not understand it must not process the element), or, on a resource,
 * `implicitRules` (rules that must be understood to read it). The path of the first; `null` for none.
 *
 * @internal
 */
export function modifierOf(element: Json, path: IssuePath): string | null {
  const extensions = element['modifierExtension'];
  if (extensions !== undefined && !(Array.isArray(extensions) && extensions.length === 0)) return formatIssuePath([...path, 'modifierExtension']);
  return element['implicitRules'] === undefined ? null : formatIssuePath([...path, 'implicitRules']);
}

/**
 * Lists the resources of a Bundle or an array, refusing anything that is not a resource. Issues
 * are appended to `issues`.
 *
 * @internal
 */
export function indexResources(input: unknown, issues: RawFhirIssue[]): ResourceIndex {
  const entries: { readonly value: unknown; readonly path: IssuePath; readonly fullUrl: string | undefined; readonly modifier: string | null }[] = [];
  if (Array.isArray(input)) {
    input.forEach((value, index) => entries.push({ value, path: [index], fullUrl: undefined, modifier: null }));
  } else if (isObject(input) && input['resourceType'] === 'Bundle') {
    const bundleModifier = modifierOf(input, []);
    const entry = input['entry'];
    if (entry !== undefined && !Array.isArray(entry)) {
      issues.push({ code: 'expected-type', path: ['entry'], message: `expected an array of bundle entries; received ${described(entry)}` });
    } else {
      (entry ?? []).forEach((item: unknown, index: number) => {
        if (!isObject(item)) {
          issues.push({ code: 'expected-type', path: ['entry', index], message: `expected a bundle entry object; received ${described(item)}` });
          return;
        }
        const fullUrl = item['fullUrl'];
        const modifier = modifierOf(item, ['entry', index]) ?? bundleModifier;
        entries.push({ value: item['resource'], path: ['entry', index, 'resource'], fullUrl: typeof fullUrl === 'string' ? fullUrl : undefined, modifier });
      });
    }
  } else {
    issues.push({
      code: 'expected-resources',
      path: [],
      message: `expected a FHIR Bundle or an array of FHIR resources; received ${isObject(input) ? `a ${described(input['resourceType'])} resource` : described(input)}`,
      allowed: ['Bundle', 'array of resources'],
    });
  }
  const resources: InputResource[] = [];
  const byReference = new Map<string, InputResource>();
  for (const { value, path, fullUrl, modifier } of entries) {
    if (!isObject(value) || typeof value['resourceType'] !== 'string' || value['resourceType'] === '') {
      issues.push({ code: 'expected-resource', path, message: `expected a FHIR resource (an object with a "resourceType"); received ${described(value)}` });
      continue;
    }
    const resourceType = value['resourceType'];
    const id = value['id'];
    const typed = typeof id === 'string' && id !== '' ? `${resourceType}/${id}` : undefined;
    const resource: InputResource = { resource: value, resourceType, path, reference: typed ?? fullUrl ?? formatIssuePath(path), modifier: modifierOf(value, path) ?? modifier };
    for (const key of [typed, fullUrl]) {
      if (key === undefined) continue;
      const other = byReference.get(key);
      if (other !== undefined && other !== resource) {
        issues.push({
          code: 'duplicate-resource',
          path,
          message: `${key} is also ${formatIssuePath(other.path)}: a reference to it would be ambiguous`,
          resource: resource.reference,
        });
      } else {
        byReference.set(key, resource);
      }
    }
    resources.push(resource);
  }
  return { resources, byReference };
}

const TYPE_AND_ID = /([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})$/;

/**
 * Records who a resource is about, as the resource its `subject` names (so `Patient/p1` and the
 * `urn:uuid` of the same Patient entry are one subject), or else the reference's `Type/id`.
 *
 * @internal
 */
export function recordSubject(input: InputResource, index: ResourceIndex, subjects: { subject: string; path: IssuePath; reference: string }[]): void {
  const subject = input.resource['subject'];
  const reference = isObject(subject) ? subject['reference'] : undefined;
  if (typeof reference !== 'string') return;
  const typed = TYPE_AND_ID.exec(reference)?.[1];
  const target = index.byReference.get(reference) ?? (typed === undefined ? undefined : index.byReference.get(typed));
  subjects.push({ subject: target?.reference ?? typed ?? reference, path: [...input.path, 'subject', 'reference'], reference: input.reference });
}
