// The new reader against the validators it replaced (kept in test/oracle as they were): on the
// inputs both understand, the same verdict and the same issues, each at the same path with the
// same message. Differences are only where this release changed the contract on purpose:
// new fields, new rules (contradictions), and the order of fields in "unknown field" messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeGradeCRS } from '../../src/crs/grade-crs.js';
import { safeGradeICANS } from '../../src/icans/grade-icans.js';
import { mutatedCrsAssessment, validCrsAssessment } from '../arbitraries/crs.js';
import { mutatedIcansAssessment, validIcansAssessment } from '../icans/arbitraries.js';
import { validateCrsAssessment } from '../oracle/validate-crs-assessment.js';
import { validateIcansAssessment } from '../oracle/validate-icans-assessment.js';

const runs = Number(process.env['FUZZ_RUNS'] ?? 3000);
const timeout = 10_000 + runs * 5;

/** Fields and rule codes this release added; inputs or issues that touch them are not compared. */
const NEW_FIELDS = ['highDoseVasopressorDurationHours', 'lifeThreateningHypotension'];
const NEW_CODES = new Set(['contradiction', 'high-dose-duration-without-high-dose', 'high-dose-duration-too-long', 'too-many-items', 'missing-item', 'accessor', 'unreadable']);

/** An issue as text; "unknown field" without its list of allowed fields, which gained the new fields. */
function normalize(path: string, message: string): string {
  return `${path}: ${message.startsWith('unknown field; allowed fields are ') ? 'unknown field' : message}`;
}

/**
 * Compares the new issues with the old ones: the same verdict; every path the old validators named
 * is named again, and where both name a path, with one of the old messages. The reader may name
 * more: the old validators stopped checking an object's other fields when one was missing (a flow
 * of NaN went unreported while the device was missing). And the old validators could add a rule's
 * issue at a field that already had one of its own (an ICE score that is NaN and also not allowed
 * for a child); the reader keeps one issue per field.
 */
function expectSameIssues(ours: readonly { path: readonly (string | number)[]; message: string }[], theirs: readonly { path: string; message: string }[]): void {
  expect(ours.length === 0).toBe(theirs.length === 0);
  const oldByPath = new Map<string, string[]>();
  for (const { path, message } of theirs) oldByPath.set(path, [...(oldByPath.get(path) ?? []), normalize(path, message)]);
  const newPaths = new Set(ours.map(({ path }) => oldStyle(path)));
  for (const path of oldByPath.keys()) expect(newPaths).toContain(path);
  for (const { path, message } of ours) {
    const old = oldByPath.get(oldStyle(path));
    if (old !== undefined) expect(old).toContain(normalize(oldStyle(path), message));
  }
}

/** A path as the old validators wrote it: `a.b[1]`, every key unquoted. */
function oldStyle(path: readonly (string | number)[]): string {
  return path.reduce<string>((text, key) => (typeof key === 'number' ? `${text}[${key}]` : text === '' ? key : `${text}.${key}`), '');
}

function touchesNewFields(input: unknown): boolean {
  return typeof input === 'object' && input !== null && NEW_FIELDS.some((field) => Object.hasOwn(input, field));
}

describe('the reader against the validators it replaced', () => {
  it('CRS: the same verdict and the same issues', () => {
    fc.assert(
      fc.property(fc.oneof(validCrsAssessment, mutatedCrsAssessment), (input) => {
        if (touchesNewFields(input)) return;
        const ours = safeGradeCRS(input);
        const theirs = validateCrsAssessment(input);
        const ourIssues = ours.success ? [] : ours.error.issues.filter((issue) => !NEW_CODES.has(issue.code));
        if (!ours.success && ourIssues.length < ours.error.issues.length) return;
        expectSameIssues(ourIssues, theirs);
      }),
      { numRuns: runs },
    );
  }, timeout);

  it('ICANS: the same verdict and the same issues', () => {
    fc.assert(
      fc.property(fc.oneof(validIcansAssessment(12), mutatedIcansAssessment), (input) => {
        const ours = safeGradeICANS(input);
        const theirs = validateIcansAssessment(input);
        expectSameIssues(ours.success ? [] : ours.error.issues, theirs);
      }),
      { numRuns: runs },
    );
  }, timeout);
});
