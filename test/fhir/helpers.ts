import { expect } from 'vitest';
import { FhirInputError } from '../../src/fhir/fhir-input-error.js';

/** Runs `run`, which must throw a FhirInputError, and returns it. */
export function refusal(run: () => unknown): FhirInputError {
  try {
    run();
  } catch (error) {
    if (FhirInputError.is(error)) return error;
    throw error;
  }
  throw new Error('expected a FhirInputError');
}

/** The issue at `pathText`, which must exist. */
export function issueAt(error: FhirInputError, pathText: string): FhirInputError['issues'][number] {
  const issue = error.issues.find((candidate) => candidate.pathText === pathText);
  expect(issue, `an issue at ${pathText}; issues: ${error.issues.map(({ pathText: at }) => at).join(', ')}`).toBeDefined();
  return issue!;
}

/** A copy of `value` without `key`. */
export function omit<T extends object, K extends keyof T>(value: T, key: K): Omit<T, K> {
  return Object.fromEntries(Object.entries(value).filter(([name]) => name !== key)) as Omit<T, K>;
}
