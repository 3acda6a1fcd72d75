// JSON Schema (draft 2020-12) from a field contract: the same fields, ranges and allowed values as
// the validator, and every cross-field rule that JSON Schema can state, as `not: { allOf: [...] }`.
// A rule it cannot state (one that compares two fields) is named in `$comment`.
import type { FieldSpec, ObjectContract } from './field.js';
import type { Condition, Rule } from './rule.js';

/** The shape of an ISO 8601 date or date-time (JSON Schema cannot check the calendar: the graders do). */
const TIMESTAMP_PATTERN = '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})?)?$';

/** A JSON Schema document or subschema. */
export type JsonSchema = { readonly [keyword: string]: unknown };

/** The schema that a field path holds a value matching `schema` (nested paths such as `oxygen.device`). */
function atPath(field: string, schema: JsonSchema): JsonSchema {
  const [head, ...rest] = field.split('.') as [string, ...string[]];
  const inner = rest.length === 0 ? schema : atPath(rest.join('.'), schema);
  return { required: [head], properties: { [head]: inner } };
}

/** Compiles a condition; `undefined` when JSON Schema cannot state it. */
function conditionSchema(condition: Condition): JsonSchema | undefined {
  if ('not' in condition) {
    const inner = conditionSchema(condition.not);
    return inner === undefined ? undefined : { not: inner };
  }
  if ('anyOf' in condition) {
    const members = condition.anyOf.map(conditionSchema);
    return members.includes(undefined) ? undefined : { anyOf: members };
  }
  if ('present' in condition) return condition.present ? atPath(condition.field, {}) : { not: atPath(condition.field, {}) };
  if ('equals' in condition) return atPath(condition.field, { const: condition.equals });
  if ('oneOf' in condition) return atPath(condition.field, { enum: condition.oneOf });
  if ('nonEmpty' in condition) return atPath(condition.field, condition.nonEmpty ? { minItems: 1 } : { maxItems: 0 });
  if ('below' in condition) return atPath(condition.field, { exclusiveMaximum: condition.below });
  if ('atLeast' in condition) return atPath(condition.field, { minimum: condition.atLeast });
  if ('exceeds' in condition) return undefined;
  return atPath(condition.field, condition.jsonSchema);
}

/** A rule as JSON Schema (the input must not meet all its conditions), or `undefined` when it cannot be stated. */
export function ruleSchema(rule: Rule): JsonSchema | undefined {
  const conditions = rule.when.map(conditionSchema);
  if (conditions.includes(undefined)) return undefined;
  return { not: { allOf: conditions } };
}

function rangeSchema(spec: Extract<FieldSpec, { kind: 'number' }>): JsonSchema {
  const { min, max, minExclusive } = spec.range;
  return { type: spec.integer ? 'integer' : 'number', ...(minExclusive === true ? { exclusiveMinimum: min } : { minimum: min }), maximum: max };
}

/** The JSON Schema of a field's value. */
export function fieldSchema(spec: FieldSpec): JsonSchema {
  switch (spec.kind) {
    case 'number':
      return rangeSchema(spec);
    case 'boolean':
      return { type: 'boolean' };
    case 'one-of':
      return { type: 'string', enum: spec.values };
    case 'list':
      return { type: 'array', items: fieldSchema(spec.item), maxItems: spec.maxItems, ...(spec.distinct ? { uniqueItems: true } : {}) };
    case 'timestamp':
      return { type: 'string', pattern: TIMESTAMP_PATTERN, description: 'An ISO 8601 date (2026-03-02) or date-time (2026-03-02T14:30, seconds, fraction and offset optional).' };
    case 'object':
      return objectSchema(spec.contract);
    default:
      return { anyOf: [rangeSchema(spec.score), objectSchema(spec.items)] };
  }
}

/** The keywords an object contract adds: closed properties and its cross-field rules. */
export function objectKeywords(contract: ObjectContract<unknown>): JsonSchema {
  const rules = contract.rules.map((rule) => ({ rule, schema: ruleSchema(rule) }));
  const stated = rules.flatMap(({ schema }) => (schema === undefined ? [] : [schema]));
  const unstated = rules.filter(({ schema }) => schema === undefined).map(({ rule }) => `${rule.at} (${rule.code})`);
  return {
    additionalProperties: false,
    ...(stated.length > 0 ? { allOf: stated } : {}),
    ...(unstated.length > 0 ? { $comment: `Also checked by the graders, but not expressible in JSON Schema: ${unstated.join('; ')}.` } : {}),
  };
}

/** The JSON Schema of an object contract. */
export function objectSchema(contract: ObjectContract<unknown>): JsonSchema {
  return {
    type: 'object',
    properties: Object.fromEntries(contract.fields.map(({ key, spec }) => [key, fieldSchema(spec)])),
    required: contract.fields.filter((field) => field.required).map(({ key }) => key),
    ...objectKeywords(contract),
  };
}
