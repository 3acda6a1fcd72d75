import { describe, expect, it } from 'vitest';
import { type CliInput, runCli } from '../../src/cli/run.js';

const valid = '{"temperatureCelsius":38.5,"hypotension":true,"vasopressors":[{"agent":"norepinephrine"}],"oxygen":{"device":"room-air"}}';

function io(stdin = '', files: Record<string, string> = {}): CliInput {
  return {
    readStdin: () => stdin,
    readFile: (path) => {
      const content = files[path];
      if (content === undefined) throw new Error(`ENOENT: no such file, open '${path}'`);
      return content;
    },
  };
}

describe('crs-grade', () => {
  it('grades the embedded example cohort with exit code 0', () => {
    const result = runCli(['--example'], io());
    expect(result.exitCode).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^line\s+grade\s+drivers$/);
    expect(result.stdout).toMatch(/\n\s+5\s+3\s+Hypotension requiring one vasopressor/);
    expect(result.stdout).toMatch(/Note: Hypotension or hypoxia without fever/);
    expect(result.stderr).toBe('9 graded, 0 rejected\n');
  });

  it('reports a bad record with its line and reason, grades the others, and exits 1', () => {
    const input = `${valid}\n{"temperatureCelsius":101.3,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}\nnot json\n${valid}`;
    const result = runCli([], io(input));
    expect(result.exitCode).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^\s*2\s+rejected\s+temperatureCelsius: .*Fahrenheit/);
    expect(lines[3]).toMatch(/^\s*3\s+rejected\s+malformed JSON/);
    expect(lines[4]).toMatch(/^\s*4\s+3\s+/);
    expect(result.stderr).toBe('2 graded, 2 rejected\n');
  });

  it('prints NDJSON with --json, from a file', () => {
    const result = runCli(['--json', 'in.json'], io('', { 'in.json': `[${valid}, {"x": 1}]` }));
    const rows = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(rows[0]).toMatchObject({ line: 1, grading: { scale: 'astct-2019', grade: 3 } });
    expect(rows[1]).toMatchObject({ line: 1, errors: expect.arrayContaining([expect.stringMatching(/^x: unknown field/)]) as unknown });
    expect(result.exitCode).toBe(1);
  });

  it('words drivers in German with --lang de', () => {
    expect(runCli(['--lang', 'de', '-'], io(valid)).stdout).toMatch(/Hypotonie mit Bedarf an einem Vasopressor/);
  });

  it.each<[string[], RegExp]>([
    [['--lang', 'fr'], /--lang: expected "en" or "de"; received "fr"/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['a', 'b'], /at most one file/],
    [['--example', 'a'], /do not also give a file/],
    [['missing.json'], /ENOENT/],
    [[], /no records/],
  ])('fails with exit 2 and a message for %j', (argv, message) => {
    const result = runCli(argv, io(''));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('fails with exit 2 on an array that does not close', () => {
    expect(runCli([], io('[{"a":1}')).exitCode).toBe(2);
  });

  it('grades the embedded ICANS cohort with --icans --example', () => {
    const result = runCli(['--icans', '--example'], io());
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/\n\s+4\s+3\s+Clinical seizure that resolves rapidly/);
    expect(result.stdout).toMatch(/\n\s+8\s+3\s+CAPD score 9 or higher/);
    expect(result.stderr).toBe('8 graded, 0 rejected\n');
  });

  it('moves the CAPD age boundary with --capd-below-age (12-year-old: ICE by default, CAPD at 13)', () => {
    const child = '{"ageYears":12,"capd":10,"consciousness":"alert","seizure":"none","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[]}';
    const byDefault = runCli(['--icans', '--json'], io(child));
    expect(byDefault.exitCode).toBe(1);
    expect(byDefault.stdout).toMatch(/"errors":\["capd: /);
    const ncit = runCli(['--icans', '--capd-below-age', '13', '--json'], io(child));
    expect(JSON.parse(ncit.stdout)).toMatchObject({ line: 1, grading: { grade: 3, instrument: 'capd' } });
  });

  it.each<[string[], RegExp]>([
    [['--icans', '--capd-below-age', 'abc', '--example'], /--capd-below-age: expected an integer from 1 to 21 years; received "abc"/],
    [['--icans', '--capd-below-age', '40', '--example'], /received 40$/m],
    [['--capd-below-age', '13', '--example'], /applies to ICANS; add --icans/],
  ])('rejects %j with exit 2', (argv, message) => {
    const result = runCli(argv, io());
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it('prints usage with --help', () => {
    expect(runCli(['--help'], io())).toMatchObject({ exitCode: 0, stdout: expect.stringMatching(/^Usage: crs-grade/) as unknown });
  });

  it('grades on another scale with --scale, saying what a scale still needs', () => {
    const result = runCli(['--scale', 'lee-2014'], io(`${valid}\n{"temperatureCelsius":38.5,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"},"organToxicityGrade":3,"transaminitisGrade":0}`));
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^\s*1\s+n\/g\s+Not gradable; needs vasopressorDose, highDoseVasopressorDurationHours, organToxicityGrade, transaminitisGrade\.$/);
    expect(lines[2]).toMatch(/^\s*2\s+3\s+Grade 3 organ toxicity\.$/);
  });

  it('grades every scale side by side with --all-scales, footnoting what is missing', () => {
    const result = runCli(['--example', '--all-scales'], io());
    expect(result.exitCode).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('line  astct-2019  ctcae-v4.03  ctcae-v5.0  ctcae-v6.0  lee-2014  penn-2018  mskcc-2018  cartox-2018');
    expect(lines[5]?.split(/\s+/).filter(Boolean)).toEqual(['5', '3', '4', '3', '3', '2', '3', '2', '2']);
    expect(result.stdout).toMatch(/line 9, ctcae-v5\.0: needs lifeThreatening/);
    const json = runCli(['--example', '--all-scales', '--json'], io());
    const first = JSON.parse(json.stdout.split('\n')[0] ?? '') as { line: number; results: Record<string, { scale: string }> };
    expect(Object.keys(first.results)).toHaveLength(8);
    expect(first.results['lee-2014']?.scale).toBe('lee-2014');
  });

  it('reports rejected records in the side-by-side table too', () => {
    const result = runCli(['--all-scales'], io(`${valid}\nnot json`));
    expect(result.exitCode).toBe(1);
    expect(result.stdout).toMatch(/^\s*2\s+rejected$/m);
    expect(result.stdout).toMatch(/line 2: malformed JSON/);
  });

  it.each([
    [['--scale', 'lee'], /--scale: expected one of "astct-2019", .*; received "lee"/],
    [['--scale', 'lee-2014', '--all-scales'], /either --scale or --all-scales/],
    [['--icans', '--all-scales'], /apply to CRS/],
  ])('rejects %j with exit 2', (argv, message) => {
    const result = runCli(argv, io(valid));
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});
