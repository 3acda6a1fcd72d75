// Zod schemas built on the graders' own reader, so that a schema accepts exactly what its grader
// accepts, reports exactly the grader's issues (same paths, same messages, the grader's code and
// parameters in `params`), and outputs the same clean copy: own data properties only, never a
// getter called or an inherited key read. Each schema carries the contract's JSON Schema as
// metadata, so `z.toJSONSchema(schema, { io: 'input' })` gives the document the package ships.
import * as z from 'zod';
import type { ObjectContract } from '../contract/field.js';
import { objectSchema } from '../contract/json-schema.js';
import { readInput } from '../contract/read.js';
import { renderIssues } from '../errors/input-error.js';
import { englishIssueMessages } from '../locale/en/issue-messages.js';

/** Title and description of a schema, for its JSON Schema document. @internal */
export interface SchemaMeta {
  readonly title: string;
  readonly description: string;
}

/**
 * The Zod schema of a contract's object.
 *
 * @internal
 */
export function schemaFromContract<Value>(contract: ObjectContract<Value>, meta: SchemaMeta): z.ZodType<Value> {
  return z
    .unknown()
    .transform((value, context): Value => {
      const read = readInput(value, contract);
      if (read.ok) return read.value;
      for (const issue of renderIssues(read.issues, englishIssueMessages)) {
        context.issues.push({
          code: 'custom',
          input: undefined,
          path: [...issue.path],
          message: issue.message,
          params: { code: issue.code, ...issue.params },
        });
      }
      if (read.total > read.issues.length) {
        context.issues.push({ code: 'custom', input: undefined, path: [], message: `… and ${read.total - read.issues.length} more`, params: { code: 'more-issues', count: read.total - read.issues.length } });
      }
      return z.NEVER;
    })
    .meta({ ...objectSchema(contract), ...meta });
}
