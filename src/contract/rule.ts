// Cross-field rules as data: each says where the issue goes and the conditions under which the
// input is invalid. The reader evaluates them; the JSON Schema generator compiles the same
// conditions to `not`/`allOf`; the Zod schemas reuse the reader's verdicts. One statement per rule.
import type { IssueCode, IssueParams } from './issue.js';

/** A value a condition compares with. */
export type Scalar = string | number | boolean;

/**
 * A condition on a field of the object the rule belongs to, or on a field of one of its nested
 * objects (`'oxygen.device'`). Every condition but `not` and `present: false` also requires the
 * field to be present.
 */
export type Condition =
  | { readonly field: string; readonly present: boolean }
  | { readonly field: string; readonly equals: Scalar }
  | { readonly field: string; readonly oneOf: readonly Scalar[] }
  | { readonly field: string; readonly nonEmpty: boolean }
  | { readonly field: string; readonly below: number }
  | { readonly field: string; readonly atLeast: number }
  /** Both present and the field's value is greater than the other's; JSON Schema cannot say this. */
  | { readonly field: string; readonly exceeds: string }
  /** Present and the test holds; `jsonSchema` says the same for JSON Schema (it replaces `present`). */
  | { readonly field: string; readonly test: (value: unknown) => boolean; readonly jsonSchema: { readonly [keyword: string]: unknown } }
  | { readonly not: Condition }
  | { readonly anyOf: readonly Condition[] };

type RuleOf<Code extends IssueCode> = {
  /** The issue reported when every condition holds. */
  readonly code: Code;
  /** The field the issue is about (its path, relative to the object); `''` for the object itself. */
  readonly at: string;
  /** All must hold for the input to be invalid. */
  readonly when: readonly Condition[];
  /** The issue's parameters, fixed or read from the (valid) fields. */
  readonly params: IssueParams[Code] | ((value: Readonly<Record<string, unknown>>) => IssueParams[Code]);
};

/** A cross-field rule. */
export type Rule = { [Code in IssueCode]: RuleOf<Code> }[IssueCode];

/** A condition in one shape for every kind, so that evaluating it stays monomorphic. @internal */
export interface CompiledCondition {
  readonly kind: ConditionKind;
  /** The field, and for `a.b` the key in the nested object. */
  readonly key: string;
  readonly child: string | undefined;
  /** `equals`, `below` and `atLeast`. */
  readonly value: unknown;
  readonly values: readonly unknown[];
  /** `exceeds`: the other field. */
  readonly otherKey: string;
  readonly otherChild: string | undefined;
  readonly test: ((value: unknown) => boolean) | undefined;
  /** `not` (one member) and `anyOf`. */
  readonly members: readonly CompiledCondition[];
}

/** The kinds of compiled conditions. @internal */
export type ConditionKind = 'present' | 'absent' | 'equals' | 'one-of' | 'non-empty' | 'empty' | 'below' | 'at-least' | 'exceeds' | 'test' | 'not' | 'any-of';

/** A rule bound to a contract's field bits, for the reader. @internal */
export interface CompiledRule {
  readonly rule: Rule;
  /** Fields that must be present for the rule to possibly apply. */
  readonly triggerMask: number;
  /** Fields the rule reads the value of: it is skipped when one of them is invalid (their presence alone may still be read). */
  readonly valueMask: number;
  /** The field the issue goes to: the rule is skipped when that field already has an issue of its own. */
  readonly atMask: number;
  readonly at: readonly string[];
  readonly conditions: readonly CompiledCondition[];
}

function split(field: string): [string, string | undefined] {
  const dot = field.indexOf('.');
  return dot === -1 ? [field, undefined] : [field.slice(0, dot), field.slice(dot + 1)];
}

function compileCondition(condition: Condition): CompiledCondition {
  const base = { key: '', child: undefined, value: undefined, values: [], otherKey: '', otherChild: undefined, test: undefined, members: [] };
  if ('not' in condition) return { ...base, kind: 'not', members: [compileCondition(condition.not)] };
  if ('anyOf' in condition) return { ...base, kind: 'any-of', members: condition.anyOf.map(compileCondition) };
  const [key, child] = split(condition.field);
  const field = { ...base, key, child };
  if ('present' in condition) return { ...field, kind: condition.present ? 'present' : 'absent' };
  if ('equals' in condition) return { ...field, kind: 'equals', value: condition.equals };
  if ('oneOf' in condition) return { ...field, kind: 'one-of', values: condition.oneOf };
  if ('nonEmpty' in condition) return { ...field, kind: condition.nonEmpty ? 'non-empty' : 'empty' };
  if ('below' in condition) return { ...field, kind: 'below', value: condition.below };
  if ('atLeast' in condition) return { ...field, kind: 'at-least', value: condition.atLeast };
  if ('exceeds' in condition) {
    const [otherKey, otherChild] = split(condition.exceeds);
    return { ...field, kind: 'exceeds', otherKey, otherChild };
  }
  return { ...field, kind: 'test', test: condition.test };
}

function valueAt(copy: Readonly<Record<string, unknown>>, key: string, child: string | undefined): unknown {
  const value = copy[key];
  return child === undefined || value === undefined ? value : (value as Record<string, unknown>)[child];
}

/** Whether a compiled condition holds on a copy whose named fields are valid. @internal */
export function holdsCompiled(condition: CompiledCondition, copy: Readonly<Record<string, unknown>>): boolean {
  if (condition.kind === 'not') return !holdsCompiled(condition.members[0] as CompiledCondition, copy);
  if (condition.kind === 'any-of') return condition.members.some((member) => holdsCompiled(member, copy));
  const value = valueAt(copy, condition.key, condition.child);
  if (condition.kind === 'absent') return value === undefined;
  if (value === undefined) return false;
  switch (condition.kind) {
    case 'present':
      return true;
    case 'equals':
      return value === condition.value;
    case 'one-of':
      return condition.values.includes(value);
    case 'non-empty':
      return (value as readonly unknown[]).length > 0;
    case 'empty':
      return (value as readonly unknown[]).length === 0;
    case 'below':
      return (value as number) < (condition.value as number);
    case 'at-least':
      return (value as number) >= (condition.value as number);
    case 'exceeds': {
      const other = valueAt(copy, condition.otherKey, condition.otherChild);
      return other !== undefined && (value as number) > (other as number);
    }
    default:
      return (condition.test as (value: unknown) => boolean)(value);
  }
}

/** The top-level fields whose value a condition reads, and those it needs present. */
function fieldsOf(condition: Condition, positive: boolean, valued: Set<string>, needed: Set<string>): void {
  if ('not' in condition) {
    fieldsOf(condition.not, false, valued, needed);
    return;
  }
  if ('anyOf' in condition) {
    for (const member of condition.anyOf) fieldsOf(member, false, valued, needed);
    return;
  }
  const [top, child] = split(condition.field);
  const presenceOnly = 'present' in condition && child === undefined;
  if (!presenceOnly) valued.add(top);
  if ('exceeds' in condition) valued.add(split(condition.exceeds)[0]);
  const requiresPresence = !('present' in condition) || condition.present;
  if (positive && requiresPresence) needed.add(top);
}

/** Binds rules to field bits. @internal */
export function compileRules(rules: readonly Rule[], bitOf: (key: string) => number): readonly CompiledRule[] {
  return rules.map((rule) => {
    const valued = new Set<string>();
    const needed = new Set<string>();
    for (const condition of rule.when) fieldsOf(condition, true, valued, needed);
    let valueMask = 0;
    let triggerMask = 0;
    for (const key of valued) valueMask |= bitOf(key);
    for (const key of needed) triggerMask |= bitOf(key);
    const at = rule.at === '' ? [] : rule.at.split('.');
    return { rule, triggerMask, valueMask, atMask: at.length === 1 ? bitOf(rule.at) : 0, at, conditions: rule.when.map(compileCondition) };
  });
}
