// Packs the package as npm would publish it, installs the tarball into a throwaway consumer project
// (offline: zod is linked from this repo), and checks that it imports from ESM and CommonJS, that the
// CLI runs, that the FHIR entry works from both, and that the types resolve under node16 and
// bundler resolution.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'crs-consumer-'));
const run = (command, args, cwd = work) => execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

try {
  const [{ filename }] = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', work], root));
  const installed = join(work, 'node_modules', 'cytokine-release-syndrome');
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', join(work, filename), '-C', installed, '--strip-components=1']);
  symlinkSync(join(root, 'node_modules', 'zod'), join(work, 'node_modules', 'zod'), 'dir');
  // The CLI's own run-time dependency, as npm would install it.
  symlinkSync(join(root, 'node_modules', 'csv-parse'), join(work, 'node_modules', 'csv-parse'), 'dir');
  writeFileSync(join(work, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));

  const assessment = `{ temperatureCelsius: 38.9, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }], oxygen: { device: 'room-air' } }`;
  // One day of a patient as a FHIR Bundle: 38.6 °C on room air.
  const FHIR_BUNDLE = `const bundle = { resourceType: 'Bundle', type: 'collection', entry: [
  { resource: { resourceType: 'Observation', id: 't', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8310-5' }] }, effectiveDateTime: '2026-03-03T08:00:00Z', valueQuantity: { value: 38.6, system: 'http://unitsofmeasure.org', code: 'Cel' } } },
  { resource: { resourceType: 'Observation', id: 'f', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '3151-8' }] }, effectiveDateTime: '2026-03-03T08:00:00Z', valueQuantity: { value: 0, system: 'http://unitsofmeasure.org', code: 'L/min' } } },
] };`;
  writeFileSync(
    join(work, 'esm.mjs'),
    `import { gradeCRS, gradeCRSOnAllScales } from 'cytokine-release-syndrome';
import { CrsAssessmentSchema } from 'cytokine-release-syndrome/schemas';
const a = CrsAssessmentSchema.parse(${assessment});
if (gradeCRS(a).grade !== 3) throw new Error('esm: wrong grade');
const all = gradeCRSOnAllScales(a);
if (all['ctcae-v4.03'].grade !== 4 || !all['lee-2014'].missing?.includes('vasopressorDose')) throw new Error('esm: wrong scales');
import { gradeCRS as gradeAstct } from 'cytokine-release-syndrome/astct';
if (gradeAstct(a).grade !== 3) throw new Error('esm: wrong grade from the astct entry');
// An error thrown by the CommonJS build is recognised by the ESM build's class, and the reverse.
import { createRequire } from 'node:module';
import { CrsInputError, GradingInputError, safeGradeCRS } from 'cytokine-release-syndrome';
const cjs = createRequire(import.meta.url)('cytokine-release-syndrome');
const fromCjs = cjs.safeGradeCRS({}).error;
if (!(fromCjs instanceof CrsInputError) || !GradingInputError.is(fromCjs)) throw new Error('esm: a CJS error is not recognised');
if (!(safeGradeCRS({}).error instanceof cjs.CrsInputError)) throw new Error('esm: an ESM error is not recognised by the CJS class');
// The FHIR entry: a Bundle in, a grade out, an AdverseEvent back; units from both entries.
import { courseFromFhir, toFhirAdverseEvent, FhirInputError, toCelsius as fhirToCelsius } from 'cytokine-release-syndrome/fhir';
import { gradeCourse, toCelsius } from 'cytokine-release-syndrome';
${FHIR_BUNDLE}
const fromFhir = courseFromFhir(bundle, { infusionAt: '2026-03-02', hypotension: { stated: { '2026-03-03': false } }, medicationAdministrationsComplete: true });
const course = gradeCourse(fromFhir.course);
if (course.crs.maxGrade !== 1 || fromFhir.sources.windows[0].resources.length !== 2) throw new Error('esm: wrong course from FHIR');
const event = toFhirAdverseEvent({ course, episode: course.crs.episodes[0] }, { subject: { reference: 'Patient/p' } });
if (event.severity.coding[0].code !== 'mild' || event.extension[0].valueCodeableConcept.coding[0].code !== 'C41338') throw new Error('esm: wrong AdverseEvent');
if (toCelsius(100.4, '[degF]') !== 38 || fhirToCelsius(100.4, '[degF]') !== 38) throw new Error('esm: wrong unit conversion');
const cjsFhir = createRequire(import.meta.url)('cytokine-release-syndrome/fhir');
let refused;
try { cjsFhir.courseFromFhir({}, { infusionAt: '2026-03-02' }); } catch (error) { refused = error; }
if (!(refused instanceof FhirInputError)) throw new Error('esm: a CJS FhirInputError is not recognised');
console.log('esm ok');`,
  );
  writeFileSync(
    join(work, 'cjs.cjs'),
    `const { gradeCRS } = require('cytokine-release-syndrome');
const { CrsAssessmentSchema } = require('cytokine-release-syndrome/schemas');
const a = CrsAssessmentSchema.parse(${assessment});
if (gradeCRS(a).grade !== 3) throw new Error('cjs: wrong grade');
if (gradeCRS(a, { scale: 'ctcae-v6.0' }).gradable !== false) throw new Error('cjs: wrong scale');
if (require('cytokine-release-syndrome/astct').gradeCRS(a).grade !== 3) throw new Error('cjs: wrong grade from the astct entry');
const { courseFromFhir, toFhirCondition } = require('cytokine-release-syndrome/fhir');
${FHIR_BUNDLE}
const fromFhir = courseFromFhir(bundle, { infusionAt: '2026-03-02', hypotension: { stated: { '2026-03-03': false } }, medicationAdministrationsComplete: true });
if (fromFhir.course.observations[0].crs.temperatureCelsius !== 38.6) throw new Error('cjs: wrong course from FHIR');
if (toFhirCondition(gradeCRS(fromFhir.course.observations[0].crs), { subject: { reference: 'Patient/p' } }).code.coding[0].code !== 'D89.831') throw new Error('cjs: wrong Condition');
console.log('cjs ok');`,
  );
  const typed = `import { gradeCRS, type CrsAssessment, type CrsGrading } from 'cytokine-release-syndrome';
import { CrsAssessmentSchema } from 'cytokine-release-syndrome/schemas';
const a: CrsAssessment = CrsAssessmentSchema.parse(${assessment});
const g: CrsGrading = gradeCRS(a);
const n: 0 | 1 | 2 | 3 | 4 | 5 = g.grade;
const lee = gradeCRS(a, { scale: 'lee-2014' });
const leeGrade: 0 | 1 | 2 | 3 | 4 | 5 | readonly string[] = lee.gradable ? lee.grade : lee.missing;
// @ts-expect-error another scale may not grade: its grade may be null
const unsafe: number = lee.grade;
// @ts-expect-error an unknown scale is a type error
gradeCRS(a, { scale: 'lee' });
void leeGrade;
void unsafe;
// @ts-expect-error an unknown device is a type error
gradeCRS({ ...a, oxygen: { device: 'nasal-prongs' } });
// The FHIR entry's types resolve, and its own structural input types take a plain resource.
import { courseFromFhir, type FhirAdverseEvent, type FhirObservation } from 'cytokine-release-syndrome/fhir';
const observation: FhirObservation = { resourceType: 'Observation', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8310-5' }] } };
const fromFhir = courseFromFhir([observation], { infusionAt: '2026-03-02' });
const windows: number = fromFhir.sources.windows.length;
const written: FhirAdverseEvent['actuality'] = 'actual';
// @ts-expect-error the only hypotension rule is systolic-below-90
courseFromFhir([observation], { infusionAt: '2026-03-02', hypotension: { rule: 'map-below-65' } });
void windows;
void written;
export { n };
`;
  writeFileSync(join(work, 'typed.mts'), typed);
  writeFileSync(join(work, 'typed-cjs.cts'), typed.replace('export { n };', 'export = n;'));
  // A consumer with no @types at all: the package's declarations must stand on their own.
  for (const [module, moduleResolution, files] of [
    ['node16', 'node16', ['typed.mts', 'typed-cjs.cts']],
    ['esnext', 'bundler', ['typed.mts']],
  ]) {
    const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, types: [], module, moduleResolution, target: 'es2022', lib: ['es2022', 'dom'] };
    writeFileSync(join(work, 'tsconfig.json'), JSON.stringify({ compilerOptions, files }));
    run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json']);
  }
  console.log(run(process.execPath, ['esm.mjs']).trim());
  console.log(run(process.execPath, ['cjs.cjs']).trim());
  // The criteria pages that the API docs cite ship with the package.
  for (const page of ['README.md', 'astct-2019-crs.md', 'astct-2019-icans.md', 'decisions.md']) {
    run('test', ['-s', join(installed, 'docs', 'criteria', page)]);
  }
  const bin = join(installed, 'dist', 'cli', 'crs-grade.js');
  const cli = run(process.execPath, [bin, '--example']);
  if (!/^line\s+grade/.test(cli)) throw new Error('cli: unexpected output');
  // CSV through csv-parse, and worker threads giving exactly the output of the main thread, in order.
  writeFileSync(join(work, 'in.csv'), 'id,temperatureCelsius,hypotension,vasopressors,oxygen.device\nA,39.1,true,norepinephrine,room-air\n');
  if (!/\n\s+2\s+A\s+3\s+Hypotension/.test(run(process.execPath, [bin, '--id', 'id', 'in.csv']))) throw new Error('cli: CSV not graded');
  const good = '{"temperatureCelsius":38.5,"hypotension":true,"vasopressors":[{"agent":"norepinephrine"}],"oxygen":{"device":"room-air"}}';
  const lines = Array.from({ length: 40_000 }, (_, index) => (index % 7 === 0 ? `{"bad":${index}}` : index % 11 === 0 ? 'not json' : good.replace('38.5', String(36 + (index % 50) / 10))));
  writeFileSync(join(work, 'many.ndjson'), `${lines.join('\n')}\n`);
  const runCode = (args) => {
    try {
      return execFileSync(process.execPath, [bin, ...args], { cwd: work, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    } catch (error) {
      if (error.status === 1) return error.stdout;
      throw error;
    }
  };
  const inThread = runCode(['--json', '--workers', '0', 'many.ndjson']);
  const onWorkers = runCode(['--json', '--workers', '2', 'many.ndjson']);
  if (inThread.split('\n').length !== 40_001 || inThread !== onWorkers) throw new Error('cli: worker threads changed the output');
  // crs-grade fhir: a Bundle in, a table and the written AdverseEvent and Condition out.
  writeFileSync(join(work, 'bundle.json'), JSON.stringify(new Function(`${FHIR_BUNDLE} return bundle;`)()));
  const fhirTable = run(process.execPath, [bin, 'fhir', '--infusion-at', '2026-03-02', '--hypotension', '2026-03-03=no', '--administrations-complete', '--write-fhir', 'written.ndjson', '--subject', 'Patient/p', 'bundle.json']);
  if (!/\n2026-03-03\s+1\s+Fever/.test(fhirTable)) throw new Error(`cli: FHIR bundle not graded: ${fhirTable}`);
  const written = run('cat', ['written.ndjson']).trim().split('\n').map((line) => JSON.parse(line).resourceType);
  if (written.join() !== 'AdverseEvent,Condition') throw new Error('cli: no AdverseEvent and Condition written');
  console.log('cli ok (CSV, worker threads, FHIR); types ok under node16 (ESM and CJS) and bundler resolution');
} catch (error) {
  console.error(`consumer check failed: ${error.stderr || error.stdout || error.message}`);
  process.exitCode = 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
