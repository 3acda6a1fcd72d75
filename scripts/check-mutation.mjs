// Reads StrykerJS's JSON report and fails when any mutated file scores below the threshold (90% by
// default), listing each such file's surviving and uncovered mutants as file:line:column, mutator
// and replacement (with the original text when it is short). Stryker's own `thresholds.break` is
// one number for the whole project; this makes the bar hold for every module.
//
//   node scripts/check-mutation.mjs [--report reports/mutation/mutation.json] [--threshold 90] [--all]
//
// Equivalent mutants (no result can differ) are listed with their reason in
// test/mutation/equivalent-mutants.json, each by file, line, column, mutator and replacement: a
// surviving mutant that matches an entry counts towards no score and is listed as equivalent, and
// an entry that matches no mutant any more fails the check, so that the list cannot go stale.
//
// --all lists the undetected mutants of every file, not only of the files below the threshold.
//
// Score per file, as Stryker computes it: detected (killed, timed out) over valid mutants
// (detected, survived, no coverage); compile and runtime errors and ignored mutants do not count.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    report: { type: 'string', default: 'reports/mutation/mutation.json' },
    threshold: { type: 'string', default: '90' },
    all: { type: 'boolean', default: false },
    equivalent: { type: 'string', default: 'test/mutation/equivalent-mutants.json' },
  },
});
const threshold = Number(values.threshold);
if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
  console.error(`--threshold must be a number from 0 to 100; received ${values.threshold}`);
  process.exit(2);
}

let report;
try {
  report = JSON.parse(readFileSync(values.report, 'utf8'));
} catch (error) {
  console.error(`Cannot read the mutation report ${values.report} (run \`stryker run\` first): ${error.message}`);
  process.exit(2);
}

let equivalent = [];
try {
  equivalent = JSON.parse(readFileSync(values.equivalent, 'utf8'));
} catch (error) {
  if (error.code !== 'ENOENT') {
    console.error(`Cannot read the equivalent mutants ${values.equivalent}: ${error.message}`);
    process.exit(2);
  }
}
const unmatched = new Set(equivalent);
/** The entry of equivalent-mutants.json that names this surviving mutant, if any. */
function equivalentEntry(file, mutant) {
  const entry = equivalent.find(
    (candidate) =>
      candidate.file === file &&
      candidate.line === mutant.location.start.line &&
      candidate.column === mutant.location.start.column &&
      candidate.mutator === mutant.mutatorName &&
      candidate.replacement === mutant.replacement,
  );
  if (entry !== undefined) unmatched.delete(entry);
  return entry;
}

const DETECTED = new Set(['Killed', 'Timeout']);
const UNDETECTED = new Set(['Survived', 'NoCoverage']);

/** The replacement on one line, shortened: survivors are listed one per line. */
function oneLine(text) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 97)}...` : flat;
}

/** The mutated source text, for mutants whose report has no `replacement`. */
function original(source, { start, end }) {
  const lines = source.split('\n');
  if (start.line === end.line) return lines[start.line - 1]?.slice(start.column - 1, end.column - 1) ?? '';
  return lines.slice(start.line - 1, end.line).join('\n').slice(start.column - 1);
}

const rows = Object.entries(report.files)
  .map(([file, { mutants, source }]) => {
    const detected = mutants.filter(({ status }) => DETECTED.has(status)).length;
    const equivalents = mutants.filter((mutant) => mutant.status === 'Survived' && equivalentEntry(file, mutant) !== undefined);
    const undetected = mutants
      .filter((mutant) => UNDETECTED.has(mutant.status) && !equivalents.includes(mutant))
      .sort((a, b) => a.location.start.line - b.location.start.line || a.location.start.column - b.location.start.column);
    const valid = detected + undetected.length;
    return { file, detected, undetected, equivalents: equivalents.length, valid, source, score: valid === 0 ? 100 : (detected / valid) * 100 };
  })
  .sort((a, b) => a.file.localeCompare(b.file));

const width = Math.max(...rows.map(({ file }) => file.length), 4);
console.log(`${'file'.padEnd(width)}  score   killed  survived  no cov  equivalent`);
for (const row of rows) {
  const noCoverage = row.undetected.filter(({ status }) => status === 'NoCoverage').length;
  const survived = row.undetected.length - noCoverage;
  const mark = row.score < threshold ? '  <' : '';
  console.log(
    `${row.file.padEnd(width)}  ${(row.valid === 0 ? 'n/a' : row.score.toFixed(1)).padStart(5)}  ${String(row.detected).padStart(7)}  ${String(survived).padStart(8)}  ${String(noCoverage).padStart(6)}  ${String(row.equivalents).padStart(10)}${mark}`,
  );
}

/** Prints a file's undetected mutants, one per line. */
function listUndetected({ file, score, undetected, source }, log) {
  log(`\n${file}: ${score.toFixed(1)}% (${undetected.length} undetected)`);
  for (const mutant of undetected) {
    const { line, column } = mutant.location.start;
    const before = oneLine(original(source, mutant.location));
    const after = mutant.replacement === undefined ? '(removed)' : oneLine(mutant.replacement);
    // The original is shown when short enough to read on the same line.
    const change = before.length <= 60 ? `${before} -> ${after}` : after;
    const status = mutant.status === 'NoCoverage' ? ' [no coverage]' : '';
    log(`  ${file}:${line}:${column}  ${mutant.mutatorName}  ${change}${status}`);
  }
}

const failing = rows.filter(({ score }) => score < threshold);
if (unmatched.size > 0) {
  console.error(`\n${unmatched.size} entr${unmatched.size === 1 ? 'y' : 'ies'} of ${values.equivalent} match no surviving mutant (remove or update them):`);
  for (const entry of unmatched) console.error(`  ${entry.file}:${entry.line}:${entry.column}  ${entry.mutator}  -> ${entry.replacement}`);
  process.exit(1);
}
if (values.all) {
  const passing = rows.filter((row) => row.score >= threshold && row.undetected.length > 0);
  if (passing.length > 0) console.log(`\nUndetected mutants in files at or above ${threshold}%:`);
  for (const row of passing) listUndetected(row, console.log);
}
if (failing.length === 0) {
  console.log(`\nEvery file scores at least ${threshold}%.`);
  process.exit(0);
}
console.error(`\n${failing.length} file(s) below ${threshold}%:`);
for (const row of failing) listUndetected(row, console.error);
process.exit(1);
