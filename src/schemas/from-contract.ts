// Zod schemas built on the graders' own reader, so that a schema accepts exactly what its grader
// accepts, reports exactly the grader's issues (same paths, same messages, the grader's code and
// parameters in `params`), and outputs the same clean copy: own data properties only, never a
// getter called or an inherited key read. Each schema carries the contract's JSON Schema as
// metadata, so `z.toJSONSchema(schema, { io: 'input' })` gives the document the package ships.
// Messages are attached to the library's own schemas: it never calls `z.config()`.
import * as z from 'zod';
import type { ObjectContract } from '../contract/field.js';
import type { RawIssue } from '../contract/issue.js';
import { objectSchema } from '../contract/json-schema.js';
import { readInput } from '../contract/read.js';
import { renderIssues } from '../errors/input-error.js';
import { englishIssueMessages } from '../locale/en/issue-messages.js';
import { assertLocale } from '../locale/assert-locale.js';
import type { Locale } from '../locale/locale.js';

/** Title and description of a schema, for its JSON Schema document. @internal */
export interface SchemaMeta {
  readonly title: string;
  readonly description: string;
  readonly [keyword: string]: unknown;
}

/** What a check returns: the validated copy, or the raw issues with how many there were. @internal */
export type CheckOutcome<Value> = { readonly ok: true; readonly value: Value } | { readonly ok: false; readonly issues: readonly RawIssue[]; readonly total: number };

/**
 * A Zod schema running `check`, its issues worded in `locale` (English by default). Its input type
 * is `Input` (the value shape, or the form values), as zod's own object schemas type theirs.
 *
 * @internal
 */
export function schemaFromCheck<Value, Input = Value>(check: (value: unknown) => CheckOutcome<Value>, meta: SchemaMeta, locale?: Locale): z.ZodType<Value, Input> {
  if (locale !== undefined) assertLocale(locale, 'create…Schema');
  const messages = locale?.issues ?? englishIssueMessages;
  const schema = z
    .unknown()
    .transform((value, context): Value => {
      const checked = check(value);
      if (checked.ok) return checked.value;
      for (const issue of renderIssues(checked.issues, messages)) {
        context.issues.push({ code: 'custom', input: undefined, path: [...issue.path], message: issue.message, params: { code: issue.code, ...issue.params } });
      }
      if (checked.total > checked.issues.length) {
        const more = checked.total - checked.issues.length;
        context.issues.push({ code: 'custom', input: undefined, path: [], message: `… and ${more} more`, params: { code: 'more-issues', count: more } });
      }
      return z.NEVER;
    })
    .meta(meta);
  // The runtime accepts anything (and reports what is wrong); the declared input is what a caller passes.
  return schema as unknown as z.ZodType<Value, Input>;
}

/**
 * The Zod schema of a contract's object.
 *
 * @internal
 */
export function schemaFromContract<Value>(contract: ObjectContract<Value>, meta: SchemaMeta, locale?: Locale): z.ZodType<Value, Value> {
  return schemaFromCheck<Value>((value) => readInput(value, contract), { ...objectSchema(contract), ...meta }, locale);
}
