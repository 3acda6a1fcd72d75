// The Standard Schema interface (https://standardschema.dev, version 1), written out here so that
// the library has no runtime dependency for it; a type test checks it against @standard-schema/spec.

/** A path segment given as an object, as some validators write it. */
export interface StandardPathSegment {
  readonly key: PropertyKey;
}

/** One issue of a failed validation. */
export interface StandardIssue {
  readonly message: string;
  readonly path?: readonly (PropertyKey | StandardPathSegment)[] | undefined;
}

/** A successful validation: the validated value. */
export interface StandardSuccessResult<Output> {
  readonly value: Output;
  readonly issues?: undefined;
}

/** A failed validation: its issues. */
export interface StandardFailureResult {
  readonly issues: readonly StandardIssue[];
}

/** What `validate` returns. */
export type StandardResult<Output> = StandardSuccessResult<Output> | StandardFailureResult;

/** The `~standard` property of a Standard Schema. */
export interface StandardSchemaProps<Input = unknown, Output = Input> {
  readonly version: 1;
  readonly vendor: string;
  readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/**
 * A Standard Schema: any object with a `~standard` property. Form and server libraries
 * (react-hook-form, TanStack Form, tRPC, Hono) accept it without knowing the library behind it.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaProps<Input, Output>;
}
