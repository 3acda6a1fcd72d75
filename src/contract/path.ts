/** One step of an issue path: an object key or an array index. */
export type PathSegment = string | number;

/** Where an issue is: `['vasopressors', 1, 'agent']`; `[]` is the input itself (zod's and Standard Schema's shape). */
export type IssuePath = readonly PathSegment[];

const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/**
 * Writes an issue path as text: `oxygen.flowLitersPerMinute`, `vasopressors[1].agent`; `''` for the
 * input itself. A key that is not an identifier is quoted in brackets (`["oxygen.device"]`), so an
 * unknown top-level key named `oxygen.device` never reads like the nested field.
 *
 * @example
 * ```ts
 * import { formatIssuePath } from 'cytokine-release-syndrome';
 * formatIssuePath(['vasopressors', 1, 'agent']); // 'vasopressors[1].agent'
 * formatIssuePath(['oxygen.device']); // '["oxygen.device"]'
 * ```
 */
export function formatIssuePath(path: IssuePath): string {
  let text = '';
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`;
    else if (IDENTIFIER.test(segment)) text += text === '' ? segment : `.${segment}`;
    else text += `[${JSON.stringify(segment)}]`;
  }
  return text;
}
