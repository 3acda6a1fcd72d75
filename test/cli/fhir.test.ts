import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { sink, temporaryFiles } from './helpers.js';
import { runCli } from '../../src/cli/run.js';
import { FHIR_USAGE } from '../../src/cli/fhir.js';
import { RXNORM, SYNTHEA_NOREPINEPHRINE, flow, temperature } from '../fhir/fixtures.js';
import { written } from '../fhir/validator.js';
import { WORKED_BUNDLE } from '../fhir/worked-patient.js';

const { dir, file } = temporaryFiles('crs-grade-fhir-test-');


async function run(argv: string[], stdin = ''): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(['fhir', ...argv], { stdin: Readable.from([Buffer.from(stdin)]), stdout: stdout.stream, stderr: stderr.stream, stderrIsTTY: false, env: {}, version: '9.9.9' });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const WORKED = ['--infusion-at', '2026-03-02T10:00:00+01:00', '--hypotension-rule', 'systolic-below-90', '--administrations-complete'];
const bundleFile = file('bundle.json', JSON.stringify(WORKED_BUNDLE));

describe('crs-grade fhir', () => {
  it('prints its help, and the main help names it', async () => {
    const help = await run(['--help']);
    expect(help).toMatchObject({ code: 0, stdout: `${FHIR_USAGE}\n` });
    const stdout = sink();
    expect(await runCli(['--help'], { stdin: Readable.from([]), stdout: stdout.stream, stderr: sink().stream, stderrIsTTY: false, env: {}, version: '1' })).toBe(0);
    expect(stdout.text()).toMatch(/crs-grade fhir --infusion-at TIME \[options\] \[file\]/);
  });

  it('grades the worked patient: one row per window, then the episode', async () => {
    const { code, stdout, stderr } = await run([...WORKED, bundleFile]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^window\s+grade\s+drivers, or what is missing$/);
    expect(lines.slice(1, 7).map((line) => line.split(/\s+/).slice(0, 2).join(' '))).toEqual([
      '2026-03-03 1',
      '2026-03-04 2',
      '2026-03-05 3',
      '2026-03-06 3',
      '2026-03-07 0',
      '2026-03-08 0',
    ]);
    // Windows are named by their date; the episode by the times of its windows (first fever, latest reading; DEC-48).
    expect(lines[7]).toBe('CRS episode 1: onset 2026-03-03T20:00:00+01:00 (day 1), peak grade 3 on 2026-03-05T18:00:00+01:00, resolved 2026-03-07T08:00:00+01:00 (4 days)');
  });

  it('writes an AdverseEvent and a Condition per episode that pass the R4 validator, for the one Patient of the input', async () => {
    const out = join(dir, 'written.ndjson');
    const { code } = await run([...WORKED, '--write-fhir', out, bundleFile]);
    expect(code).toBe(0);
    const resources = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(resources.map(({ resourceType, id }) => `${String(resourceType)}/${String(id)}`)).toEqual(['AdverseEvent/crs-episode-1', 'Condition/crs-episode-1-condition']);
    for (const resource of resources) written(resource);
    expect(resources[0]).toMatchObject({ subject: { reference: 'Patient/p1' }, resultingCondition: [{ reference: 'Condition/crs-episode-1-condition' }] });
    expect(resources[1]).toMatchObject({ code: { coding: [{ code: 'D89.833' }] } });
  });

  it('reads NDJSON from standard input and refuses a window it could not grade, naming what it misses and what is known', async () => {
    const ndjson = [temperature('t1', '2026-03-03T08:00:00+01:00', 38.4), flow('f1', '2026-03-03T08:00:00+01:00', 0), temperature('t2', '2026-03-04T08:00:00+01:00', 38.9)].map((r) => JSON.stringify(r)).join('\n');
    const refused = await run(['--infusion-at', '2026-03-02', '--hypotension', '2026-03-03=no', '--hypotension', '2026-03-04=no', '--administrations-complete'], ndjson);
    expect(refused).toMatchObject({ code: 1, stdout: '' });
    expect(refused.stderr).toMatch(/\[2\]: window 2026-03-04 \(at 2026-03-04T08:00:00\+01:00\) misses oxygen: no oxygen support stated; known: temperature 38.9 °C \(fever\), hypotension no, vasopressors none/);
    expect(refused.stderr).toMatch(/1 window is incomplete; --incomplete-windows leave-out grades the others without it/);
  });

  it('leaves an incomplete window out on request, says so, and exits 1', async () => {
    const ndjson = [temperature('t1', '2026-03-03T08:00:00+01:00', 38.4), flow('f1', '2026-03-03T08:00:00+01:00', 0), temperature('t2', '2026-03-04T08:00:00+01:00', 38.9)].map((r) => JSON.stringify(r)).join('\n');
    const table = await run(['--infusion-at', '2026-03-02', '--hypotension', '2026-03-03=no', '--hypotension', '2026-03-04=no', '--administrations-complete', '--incomplete-windows', 'leave-out'], ndjson);
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/2026-03-04\s+-\s+not graded; missing oxygen/);
    expect(table.stdout).toMatch(/Incomplete: 1 window left out; the course without it is not the patient's\./);
    const json = await run(['--infusion-at', '2026-03-02', '--hypotension', '2026-03-03=no', '--administrations-complete', '--json', '--incomplete-windows', 'leave-out'], ndjson);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.stdout) as { complete: boolean; course: { observations: unknown[] }; grading: { crs: { maxGrade: number } } };
    expect(parsed.complete).toBe(false);
    expect(parsed.course.observations).toHaveLength(1);
    expect(parsed.grading.crs.maxGrade).toBe(1);
    const complete = await run([...WORKED, '--json', '--incomplete-windows', 'refuse', bundleFile]);
    expect(complete.code).toBe(0);
    expect((JSON.parse(complete.stdout) as { complete: boolean }).complete).toBe(true);
  });

  it('grades on another scale, shows what it cannot grade, and writes no episode whose peak is uncertain', async () => {
    const out = join(dir, 'lee.ndjson');
    const { code, stdout, stderr } = await run([...WORKED, '--scale', 'lee-2014', '--write-fhir', out, bundleFile]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/2026-03-03\s+n\/g\s+needs /);
    expect(stdout).toMatch(/CRS episode 1: onset 2026-03-03T20:00:00\+01:00 \(day 1\), peak grade \d–\d/);
    expect(stderr).toMatch(/CRS episode 1: its peak grade is uncertain on lee-2014, so it is not written/);
    expect(readFileSync(out, 'utf8')).toBe('');
  });

  it('writes no episode whose time, as written in the input, is not a FHIR dateTime, and says why', async () => {
    const noSeconds = '2026-03-03T08:00+01:00';
    const input = file('no-seconds.json', JSON.stringify([{ resourceType: 'Patient', id: 'p1' }, temperature('t', noSeconds, 38.4), flow('f', noSeconds, 0)]));
    const out = join(dir, 'no-seconds.ndjson');
    const { code, stdout, stderr } = await run(['--infusion-at', '2026-03-02', '--hypotension', '2026-03-03=no', '--administrations-complete', '--write-fhir', out, input]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/CRS episode 1: onset 2026-03-03T08:00\+01:00 \(day 1\)/);
    expect(stderr).toMatch(/CRS episode 1: not written: .*expected a FHIR dateTime/);
    expect(readFileSync(out, 'utf8')).toBe('');
  });

  it('words the table in German', async () => {
    const { stdout } = await run([...WORKED, '--lang', 'de', bundleFile]);
    expect(stdout).toMatch(/CRS-Episode 1: Beginn 2026-03-03T20:00:00\+01:00 \(Tag 1\), Höchstgrad 3 am 2026-03-05T18:00:00\+01:00, abgeklungen 2026-03-07T08:00:00\+01:00 \(4 Tage\)/);
  });

  it('takes your own codes from --codes', async () => {
    const resources = [temperature('t', '2026-03-05T08:00:00+01:00', 38.5), flow('f', '2026-03-05T08:00:00+01:00', 0), { ...SYNTHEA_NOREPINEPHRINE, subject: { reference: 'Patient/p1' }, effectiveDateTime: '2026-03-05T09:00:00+01:00' }];
    const input = file('synthea.json', JSON.stringify(resources));
    const refused = await run(['--infusion-at', '2026-03-02', '--administrations-complete', input]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/\[2\]\.medicationCodeableConcept: its text names norepinephrine/);
    const codes = file('codes.json', JSON.stringify({ vasopressors: { norepinephrine: [{ system: RXNORM, code: '242969' }] } }));
    const graded = await run(['--infusion-at', '2026-03-02', '--administrations-complete', '--codes', codes, input]);
    expect(graded.code).toBe(0);
    expect(graded.stdout).toMatch(/2026-03-05\s+3\s+/);
  });

  it.each([
    [[], /--infusion-at: the infusion time is required/],
    [['--infusion-at', '2026-03-02', '--scale', 'lee'], /--scale: expected one of "astct-2019"/],
    [['--infusion-at', '2026-03-02', '--hypotension', 'monday'], /--hypotension: expected AT=yes or AT=no/],
    [['--infusion-at', '2026-03-02', '--lang', 'fr'], /--lang: expected "en" or "de"/],
    [['--infusion-at', '2026-03-02', '--bogus'], /Unknown option '--bogus'/],
    [['--infusion-at', '2026-03-02', 'a.json', 'b.json'], /at most one file/],
    [['--infusion-at', '2026-03-02', '--write-fhir', ''], /--write-fhir: expected a file name/],
    [['--infusion-at', '2026-03-02', '--incomplete-windows', 'drop'], /--incomplete-windows: expected "refuse" or "leave-out"; received "drop"/],
  ])('refuses the command line %j with exit code 2', async (argv, message) => {
    const { code, stderr } = await run(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
  });

  it('reports an option the reader refuses as a usage error, naming it', async () => {
    const { code, stderr } = await run(['--infusion-at', '2026-03-02T10:00:00Z', '--window-hours', '30', bundleFile]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/options\.window\.hours: expected "calendar-day" or \{ hours \}/);
  });

  it('refuses data with each problem and its path, exit code 1', async () => {
    const bad = file('bad.json', JSON.stringify([{ ...temperature('t', '2026-03-03T08:00:00+01:00', 38), valueQuantity: { value: 38, code: 'K' } }]));
    const { code, stderr } = await run(['--infusion-at', '2026-03-02', bad]);
    expect(code).toBe(1);
    expect(stderr).toMatch(/the input was refused \(1 problem\):\n {2}\[0\]\.valueQuantity\.code: expected a body temperature unit: one of "Cel", "\[degF\]", "degF"/);
  });

  it('exits 3 when the input cannot be read: missing, a directory, empty, or a line that is not JSON', async () => {
    expect((await run(['--infusion-at', '2026-03-02', join(dir, 'none.json')])).stderr).toMatch(/no such file/);
    expect((await run(['--infusion-at', '2026-03-02', dir])).code).toBe(3);
    expect((await run(['--infusion-at', '2026-03-02'], '  ')).stderr).toMatch(/standard input is empty/);
    const broken = await run(['--infusion-at', '2026-03-02'], '{"resourceType":"Patient"}\n{oops');
    expect(broken).toMatchObject({ code: 3, stderr: expect.stringMatching(/standard input, line 2: not JSON/) });
    expect((await run(['--infusion-at', '2026-03-02', '--codes', file('codes.txt', 'x'), bundleFile])).stderr).toMatch(/--codes .*not JSON/);
  });

  it('needs --subject to write resources when the input has no single Patient, and says when nothing could be graded', async () => {
    const input = file('anonymous.json', JSON.stringify([temperature('t', '2026-03-03T08:00:00+01:00', 38.4)]));
    const { code, stderr } = await run(['--infusion-at', '2026-03-02', '--incomplete-windows', 'leave-out', '--write-fhir', join(dir, 'x.ndjson'), input]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no window could be graded[\s\S]*--write-fhir needs --subject/);
    const withSubject = await run(['--infusion-at', '2026-03-02', '--incomplete-windows', 'leave-out', '--write-fhir', join(dir, 'y.ndjson'), '--subject', 'Patient/p1', input]);
    expect(withSubject.code).toBe(1);
    expect(readFileSync(join(dir, 'y.ndjson'), 'utf8')).toBe('');
  });
});
