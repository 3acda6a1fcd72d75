// The Standard Schema interface (https://standardschema.dev, version 1), written out here so that
// the library has no runtime dependency for it; a type test checks it against @standard-schema/spec.

/** A path segment given as an object, as some validators write it. */
export interface StandardPathSegment {
  /** The key of this step of the path. */
  readonly key: PropertyKey;
}

/** One issue of a failed validation. */
export interface StandardIssue {
  /** What is wrong. */
  readonly message: string;
  /** Where: keys and indices from the root; absent or empty for the value itself. */
  readonly path?: readonly (PropertyKey | StandardPathSegment)[] | undefined;
}

/** A successful validation: the validated value. */
export interface StandardSuccessResult<Output> {
  /** The validated value. */
  readonly value: Output;
  /** Never set on success. */
  readonly issues?: undefined;
}

/** A failed validation: its issues. */
export interface StandardFailureResult {
  /** Every problem found; never empty. */
  readonly issues: readonly StandardIssue[];
}

/** What `validate` returns. */
export type StandardResult<Output> = StandardSuccessResult<Output> | StandardFailureResult;

/** The `~standard` property of a Standard Schema. */
export interface StandardSchemaProps<Input = unknown, Output = Input> {
  /** The version of the Standard Schema interface. */
  readonly version: 1;
  /** Who implements it. */
  readonly vendor: string;
  /** Validates an unknown value. */
  readonly validate: (value: unknown) => StandardResult<Output> | Promise<StandardResult<Output>>;
  /** The input and output types, for inference only (never set at runtime). */
  readonly types?: { readonly input: Input; readonly output: Output } | undefined;
}

/**
 * A Standard Schema: any object with a `~standard` property. Form and server libraries
 * (react-hook-form, TanStack Form, tRPC, Hono) accept it without knowing the library behind it.
 */
export interface StandardSchemaV1<Input = unknown, Output = Input> {
  readonly '~standard': StandardSchemaProps<Input, Output>;
}
