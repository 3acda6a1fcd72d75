import type { InputIssue } from '../errors/input-error.js';
import { type GradingInputError, inputErrorFrom } from '../errors/input-error.js';
import { assertLocale } from '../locale/assert-locale.js';
import type { Locale } from '../locale/locale.js';
import type { StandardFailureResult, StandardSchemaV1, StandardSuccessResult } from './standard-schema.js';

/** The result of a validator's `safeParse`. */
export type ValidationResult<Output, Failure extends GradingInputError> =
  | { readonly success: true; readonly data: Output }
  | { readonly success: false; readonly error: Failure };

/** A failed Standard Schema validation, with the library's issues (code, params and array paths). */
export interface ValidatorFailure extends StandardFailureResult {
  /** Every problem found, with its code and parameters; never empty. */
  readonly issues: readonly InputIssue[];
}

/**
 * A validator of one of the library's inputs: a Standard Schema (for react-hook-form, TanStack
 * Form, tRPC, Hono, ...) with `parse` and `safeParse`, without zod. It accepts exactly what the
 * grader accepts, and its issues are the grader's, worded in the validator's locale.
 */
export interface Validator<Output, Failure extends GradingInputError = GradingInputError, Input = Output> extends StandardSchemaV1<Input, Output> {
  /** The Standard Schema properties. */
  readonly '~standard': {
    /** The version of the Standard Schema interface. */
    readonly version: 1;
    /** This library. */
    readonly vendor: 'cytokine-release-syndrome';
    /** Validates a value; synchronous, never returns a Promise. */
    readonly validate: (value: unknown) => StandardSuccessResult<Output> | ValidatorFailure;
    /** The input and output types, for inference only. */
    readonly types?: { readonly input: Input; readonly output: Output } | undefined;
  };
  /** The validated copy, or throws the grader's input error (as zod's `parse` does). */
  readonly parse: (value: unknown) => Output;
  /** The validated copy, or the grader's input error. */
  readonly safeParse: (value: unknown) => ValidationResult<Output, Failure>;
}

/** Builds a validator from a check that returns the copy or the error. @internal */
export function createValidator<Output, Failure extends GradingInputError, Input = Output>(
  check: (value: unknown) => { readonly ok: true; readonly value: Output } | { readonly ok: false; readonly error: Failure },
  locale: Locale | undefined,
): Validator<Output, Failure, Input> {
  if (locale !== undefined) assertLocale(locale, 'create…Validator');
  // With a locale, the error is built again with its messages: the same class, code, paths and params.
  const localized = (error: Failure): Failure => {
    if (locale === undefined) return error;
    const Failure = error.constructor as new (issues: readonly InputIssue[], subject: string, issueCount: number, messages: Locale['issues']) => Failure;
    return new Failure(error.issues, error.subject, error.issueCount, locale.issues);
  };
  const safeParse = (value: unknown): ValidationResult<Output, Failure> => {
    const checked = check(value);
    return checked.ok ? { success: true, data: checked.value } : { success: false, error: inputErrorFrom(localized(checked.error), safeParse) };
  };
  const parse = (value: unknown): Output => {
    const checked = check(value);
    if (checked.ok) return checked.value;
    throw inputErrorFrom(localized(checked.error), parse);
  };
  return Object.freeze({
    '~standard': Object.freeze({
      version: 1 as const,
      vendor: 'cytokine-release-syndrome' as const,
      validate: (value: unknown): StandardSuccessResult<Output> | ValidatorFailure => {
        const checked = check(value);
        return checked.ok ? { value: checked.value } : { issues: localized(checked.error).issues };
      },
    }),
    parse,
    safeParse,
  });
}
