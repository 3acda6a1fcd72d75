import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough, Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Run, sink, temporaryFiles } from './helpers.js';
import { type CliIo, runCli } from '../../src/cli/run.js';

const valid = '{"temperatureCelsius":38.5,"hypotension":true,"vasopressors":[{"agent":"norepinephrine"}],"oxygen":{"device":"room-air"}}';
const { dir, file } = temporaryFiles('crs-grade-test-');


function io(stdin: Readable, stdout: Writable, stderr: Writable, extra: Partial<CliIo> = {}): CliIo {
  return { stdin, stdout, stderr, stderrIsTTY: false, env: {}, version: '9.9.9', ...extra };
}

async function run(argv: string[], input: string | Buffer | readonly (string | Buffer)[] = [], extra: Partial<CliIo> = {}): Promise<Run> {
  const pieces = typeof input === 'string' || Buffer.isBuffer(input) ? [input] : input;
  const stdout = sink();
  const stderr = sink();
  const code = await runCli(argv, io(Readable.from(pieces.map((piece) => Buffer.from(piece))), stdout.stream, stderr.stream, extra));
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

function rows(stdout: string): Record<string, unknown>[] {
  return stdout
    .trim()
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('crs-grade: options, examples and exit codes', () => {
  it('grades the embedded example cohort with exit code 0', async () => {
    const result = await run(['--example']);
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')[0]).toMatch(/^line\s+grade\s+drivers$/);
    expect(result.stdout).toMatch(/\n\s+5\s+3\s+Hypotension requiring one vasopressor/);
    expect(result.stdout).toMatch(/Note: Hypotension or hypoxia without fever/);
    expect(result.stderr).toBe('9 records: 9 graded, 0 not gradable, 0 rejected\n');
  });

  it('grades the embedded ICANS cohort with --icans --example', async () => {
    const result = await run(['--icans', '--example']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\n\s+4\s+3\s+Clinical seizure that resolves rapidly/);
    expect(result.stdout).toMatch(/\n\s+8\s+3\s+CAPD score 9 or higher/);
  });

  it('counts a record a scale cannot grade as not gradable, and exits 1', async () => {
    const result = await run(['--scale', 'lee-2014'], `${valid}\n{"temperatureCelsius":38.5,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"},"organToxicityGrade":3,"transaminitisGrade":0}`);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines[1]).toMatch(/^\s*1\s+n\/g\s+Not gradable; needs vasopressorDose, highDoseVasopressorDurationHours, organToxicityGrade, transaminitisGrade\.$/);
    expect(lines[2]).toMatch(/^\s*2\s+3\s+Grade 3 organ toxicity\.$/);
    expect(result.stderr).toBe('2 records: 1 graded, 1 not gradable, 0 rejected\n');
  });

  it('grades every scale side by side with --all-scales, naming what each scale still needs, and counts per scale', async () => {
    const result = await run(['--example', '--all-scales']);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('line  astct-2019  ctcae-v4.03  ctcae-v5.0  ctcae-v6.0  lee-2014  penn-2018  mskcc-2018  cartox-2018');
    expect(lines[5]?.split(/\s+/).filter(Boolean)).toEqual(['5', '3', '4', '3', '3', '2', '3', '2', '2']);
    expect(lines[9]).toMatch(/ctcae-v5\.0 needs lifeThreatening;/);
    expect(result.stderr).toMatch(/^9 records: 8 graded on every scale, 1 not gradable on some, 0 rejected; graded\/not gradable per scale: astct-2019 9\/0, ctcae-v4\.03 8\/1,/);
    const json = rows((await run(['--example', '--all-scales', '--json'])).stdout);
    expect(Object.keys(json[0]?.['results'] as object)).toHaveLength(8);
    const rejected = await run(['--all-scales'], `${valid}\nnot json`);
    expect(rejected.stdout).toMatch(/^\s*2\s+rejected\s+malformed JSON/m);
  });

  it('words drivers in German with --lang de', async () => {
    expect((await run(['--lang', 'de', '-'], valid)).stdout).toMatch(/Hypotonie mit Bedarf an einem Vasopressor/);
  });

  it('prints the help, the version and the fields', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: crs-grade/) as unknown });
    expect(await run(['--version'])).toMatchObject({ code: 0, stdout: '9.9.9\n' });
    expect((await run(['--fields'])).stdout).toMatch(/^oxygen\.device\s+required\s+one of room-air,/m);
    expect((await run(['--icans', '--fields'])).stdout).toMatch(/^ice\.orientation\s+required/m);
  });

  it.each<[string[], RegExp]>([
    [['--lang', 'fr'], /--lang: expected "en" or "de"; received "fr"/],
    [['--bogus'], /Unknown option '--bogus'/],
    [['a', 'b'], /at most one file/],
    [['--example', 'a'], /do not also give a file/],
    [['--format', 'xml'], /--format: expected one of "ndjson", "json", "csv"; received "xml"/],
    [['--id', 'a,,b'], /--id: expected comma-separated/],
    [['--id', 'a', '--id', 'a'], /named twice/],
    [['--max-record-bytes', 'lots'], /--max-record-bytes: expected a whole number/],
    [['--workers', 'many'], /--workers: expected a whole number from 0 to 64/],
    [['--out', ''], /--out: expected a file name/],
    [['--json', '--out', 'x.csv'], /--json asks for NDJSON but --out names a \.csv file/],
    [['--scale', 'lee'], /--scale: expected one of "astct-2019", .*; received "lee"/],
    [['--scale', 'lee-2014', '--all-scales'], /either --scale or --all-scales/],
    [['--icans', '--all-scales'], /apply to CRS/],
    [['--icans', '--capd-below-age', 'abc', '--example'], /--capd-below-age: expected an integer from 1 to 21 years; received "abc"/],
    [['--capd-below-age', '13', '--example'], /applies to ICANS; add --icans/],
  ])('exits 2 with a one-line message for %j', async (argv, message) => {
    const result = await run(argv, valid);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^crs-grade: [^\n]+\nRun crs-grade --help for the options\.\n$/);
    expect(result.stdout).toBe('');
  });

  it('moves the CAPD age boundary with --capd-below-age', async () => {
    const child = '{"ageYears":12,"capd":10,"consciousness":"alert","seizure":"none","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[]}';
    expect((await run(['--icans', '--json'], child)).stdout).toMatch(/"errors":\["capd: /);
    expect(rows((await run(['--icans', '--capd-below-age', '13', '--json'], child)).stdout)[0]).toMatchObject({ line: 1, grading: { grade: 3, instrument: 'capd' } });
  });

  it('exits 3 with one line for a missing file, a directory, an empty input, and a file that cannot be written', async () => {
    for (const [argv, message] of [
      [[join(dir, 'missing.ndjson')], /^crs-grade: cannot read ".*missing\.ndjson": no such file\n$/],
      [[dir], /^crs-grade: cannot read ".*": it is a directory, not a file\n$/],
      [[file('empty.ndjson', '')], /^crs-grade: no records in ".*empty\.ndjson"\n$/],
      [['--out', join(dir, 'no', 'such', 'dir.csv'), '--example'], /^crs-grade: cannot write ".*dir\.csv": no such file\n$/],
    ] as const) {
      const result = await run([...argv]);
      expect(result.code).toBe(3);
      expect(result.stderr).toMatch(message);
    }
    expect((await run([], '\n\n')).stderr).toBe('crs-grade: no records in standard input\n');
    const same = file('same.ndjson', valid);
    expect(await run(['--out', same, same])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--out names the input file/) as unknown });
  });

  it('reports an internal failure in one line, with the stack trace only under --debug', async () => {
    const broken = new Readable({
      read() {
        this.destroy(new TypeError('boom'));
      },
    });
    const quiet = sink();
    expect(await runCli([], io(broken, sink().stream, quiet.stream))).toBe(3);
    expect(quiet.text()).toBe('crs-grade: internal error: boom (run again with --debug for details)\n');
    const loud = sink();
    const again = new Readable({
      read() {
        this.destroy(new TypeError('boom'));
      },
    });
    expect(await runCli(['--debug'], io(again, sink().stream, loud.stream))).toBe(3);
    expect(loud.text()).toMatch(/^crs-grade: internal error: boom\nTypeError: boom\n\s+at /);
  });

  it('reports a read error of the input in one line, with exit 3', async () => {
    const failing = new Readable({
      read() {
        this.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
      },
    });
    const stderr = sink();
    expect(await runCli([], io(failing, sink().stream, stderr.stream))).toBe(3);
    expect(stderr.text()).toBe('crs-grade: cannot read standard input: EIO: i/o error, read\n');
  });
});

describe('crs-grade: records', () => {
  it('reports a bad record with its line and reason, grades the others, and exits 1', async () => {
    const input = `${valid}\n{"temperatureCelsius":101.3,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}\nnot json\n${valid}`;
    const result = await run([], input);
    expect(result.code).toBe(1);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[2]).toMatch(/^\s*2\s+rejected\s+temperatureCelsius: .*Fahrenheit/);
    expect(lines[3]).toMatch(/^\s*3\s+rejected\s+malformed JSON/);
    expect(lines[4]).toMatch(/^\s*4\s+3\s+/);
    expect(result.stderr).toBe('4 records: 2 graded, 0 not gradable, 2 rejected\n');
  });

  it('reads CRLF, a BOM, blank lines and a cut-short last line', async () => {
    const result = await run(['--json'], `\uFEFF${valid}\r\n\r\n  \r\n${valid}\r\n{"temperatureCelsius":38`);
    expect(rows(result.stdout).map((row) => [row['line'], 'grading' in row])).toEqual([
      [1, true],
      [4, true],
      [5, false],
    ]);
    expect(result.stdout).toMatch(/the input ends inside this record/);
  });

  it('reads a JSON array as a stream, reporting holes and a trailing comma', async () => {
    const result = await run(['--json', file('array.json', `[${valid},,\n${valid},]`)]);
    expect(rows(result.stdout).map((row) => row['errors'] ?? row['line'])).toEqual([1, ['an empty element between two commas in the JSON array'], 2, ['a comma before the closing "]" of the JSON array']]);
    expect(result.code).toBe(1);
    expect((await run(['--format', 'json'], '{\n  "temperatureCelsius": 38.5,\n  "hypotension": false,\n  "vasopressors": [],\n  "oxygen": {"device": "room-air"}\n}\n')).stdout).toMatch(/\n\s+1\s+1\s+Fever/);
  });

  it('copies identifiers to every result and error row, and never rejects them as unknown fields', async () => {
    const input = `{"patientId":"P1","date":"2024-05-01",${valid.slice(1)}\n{"patientId":"P2","temperatureCelsius":38}\n[1]\nnot json\n`;
    const json = rows((await run(['--json', '--id', 'patientId,date'], input)).stdout);
    expect(json.map((row) => row['id'])).toEqual([
      { patientId: 'P1', date: '2024-05-01' },
      { patientId: 'P2', date: null },
      { patientId: null, date: null },
      { patientId: null, date: null },
    ]);
    expect(JSON.stringify(json[1])).not.toMatch(/patientId: unknown/);
    const table = await run(['--id', 'patientId'], input);
    expect(table.stdout.split('\n')[0]).toMatch(/^\s*line\s+patientId\s+grade\s+drivers$/);
    expect(table.stdout.split('\n')[1]).toMatch(/^\s+1\s+P1\s+rejected\s+date: unknown field \(the fields: crs-grade --fields\)$/);
  });

  it('names an unknown field once and points at the field list, never repeating the allowed fields', async () => {
    const result = await run(['--json'], '{"patientId":1}');
    expect(rows(result.stdout)[0]?.['errors']).toEqual(expect.arrayContaining(['patientId: unknown field (the fields: crs-grade --fields)']));
    expect(result.stdout).not.toMatch(/allowed fields are/);
    expect((await run(['--icans', '--json'], '{"x":1}')).stdout).toMatch(/x: unknown field \(the fields: crs-grade --icans --fields\)/);
  });

  it('escapes line breaks and control bytes from the input in the table, so that no row is forged and no ESC reaches the terminal', async () => {
    const input = '{"a\\nb  2  0  Criteria not met.":1,"\\u001b[31mred":2,"nul\\u0000":3,"bidi\\u202e":4}\n{"x":"\\u001b[2J"}\nnot json \u001b]0;title\u0007\n';
    const result = await run(['--id', 'x'], input);
    // eslint-disable-next-line no-control-regex -- the test looks for control characters
    expect(result.stdout).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    const lines = result.stdout.split('\n').filter((line) => line !== '');
    expect(lines).toHaveLength(4);
    expect(lines[1]).toMatch(/^\s+1\s+\s+rejected\s+\["a\\nb {2}2 {2}0 {2}Criteria not met\."\]: unknown field/);
    expect(lines[2]).toMatch(/^\s+2\s+\\x1b\[2J\s+rejected/);
    expect(lines[3]).toMatch(/^\s+3\s+rejected\s+malformed JSON .*\\x1b/);
  });

  it('rejects a line over the byte limit with one clear row and grades the rest (a 50 MB line ends quickly)', async () => {
    const big = `{"k":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const result = await run(['--json', file('big.ndjson', `${valid}\n${big}\n${valid}\n`)]);
    expect(rows(result.stdout)).toEqual([
      expect.objectContaining({ line: 1, grading: expect.anything() as unknown }),
      { line: 2, errors: ['record larger than 1048576 bytes (see --max-record-bytes); not read'] },
      expect.objectContaining({ line: 3, grading: expect.anything() as unknown }),
    ]);
    expect(result.code).toBe(1);
  }, 60_000);

  it('gives a line with a million keys one bounded error row and grades the rest', async () => {
    const keys = `{${Array.from({ length: 1_000_000 }, (_, index) => `"k${index}":1`).join(',')}}`;
    const result = await run(['--json', '--max-record-bytes', String(64 * 1024 * 1024), file('keys.ndjson', `${keys}\n${valid}\n`)]);
    const [first, second] = rows(result.stdout);
    expect((first?.['errors'] as unknown[]).length).toBe(100);
    expect(first?.['issueCount']).toBe(1_000_004);
    expect(second).toMatchObject({ line: 2, grading: { grade: 3 } });
    const table = await run(['--max-record-bytes', String(64 * 1024 * 1024), join(dir, 'keys.ndjson')]);
    expect(table.stdout.split('\n')[1]?.length).toBeLessThan(2000);
    expect(table.stdout).toMatch(/… 999994 more \(--json lists up to 100\)/);
  }, 60_000);

  it('rejects only the record holding bytes that are not UTF-8', async () => {
    const result = await run(['--json'], Buffer.concat([Buffer.from(`${valid}\n{"a":"`), Buffer.from([0xc3, 0x28]), Buffer.from(`"}\n${valid}\n`)]));
    expect(rows(result.stdout).map((row) => row['errors'] ?? 'graded')).toEqual(['graded', ['not valid UTF-8 text; not read'], 'graded']);
  });

  it('reads lone-CR line endings as line breaks', async () => {
    expect(rows((await run(['--json'], `${valid}\r${valid}\r`)).stdout).map((row) => row['line'])).toEqual([1, 2]);
  });
});

describe('crs-grade: CSV', () => {
  const header = 'patientId,temperatureCelsius,hypotension,vasopressors,oxygen.device,oxygen.flowLitersPerMinute';

  it('reads CSV by its header through the field contract: quoting, embedded newlines, empty cells absent', async () => {
    const csv = `\uFEFF${header}\r\n"P,1",39.1,true,norepinephrine,room-air,\r\n"P\n2",38.2,false,none,nasal-cannula,4\r\nP3,,false,none,room-air,\r\nP4,38.5,false,none,room-air\r\n"P5"x,38,false,none,room-air,\r\nP6,37,false,none,room-air,\r\n`;
    const result = await run(['--json', '--id', 'patientId', file('in.csv', csv)]);
    const json = rows(result.stdout);
    expect(json.map((row) => [row['line'], (row['id'] as Record<string, unknown> | undefined)?.['patientId'], (row['grading'] as { grade?: number } | undefined)?.grade ?? row['errors']])).toEqual([
      [2, 'P,1', 3],
      [3, 'P\n2', 2],
      [5, 'P3', ['temperatureCelsius: required; state absence explicitly rather than leaving it out']],
      [6, 'P4', ['this row has 5 cells; the header has 6']],
      [7, null, [expect.stringMatching(/^malformed CSV \(Invalid Closing Quote/)]],
      [8, 'P6', 0],
    ]);
    expect(result.code).toBe(1);
  });

  it('tells CSV from JSON on standard input, and by --format', async () => {
    const csv = `${header}\nP1,39.1,true,norepinephrine,room-air,\n`;
    expect((await run(['--id', 'patientId'], csv)).stdout).toMatch(/\n\s+2\s+P1\s+3\s+Hypotension/);
    expect((await run(['--id', 'patientId', '--format', 'csv'], csv)).code).toBe(0);
  });

  it('fails with one line when the header cannot be used', async () => {
    expect(await run(['--format', 'csv', '--id', 'mrn'], `${header}\n`)).toMatchObject({ code: 2, stderr: 'crs-grade: --id: the CSV header has no column "mrn"\n' });
    expect(await run(['--format', 'csv'], 'a,a\n1,2\n')).toMatchObject({ code: 3, stderr: 'crs-grade: the CSV header names the column "a" twice\n' });
    expect((await run(['--format', 'csv'], '"a\n')).stderr).toMatch(/^crs-grade: the CSV header \(line 1\) cannot be read: malformed CSV/);
    expect((await run(['--format', 'csv', '--max-record-bytes', '16'], `${'x'.repeat(40)}\n1\n`)).stderr).toMatch(/^crs-grade: the CSV header \(line 1\) cannot be read: record larger than 16 bytes/);
    expect(await run(['--format', 'csv'], `${header}\n`)).toMatchObject({ code: 3, stderr: 'crs-grade: no records in standard input\n' });
  });

  it('reads ICANS CSV with --icans', async () => {
    const csv = 'ageYears,ice,consciousness,seizure,motorWeakness,cerebralEdema,raisedIcpSigns\n54,8,alert,none,none,none,none\n7,,alert,none,none,none,none\n';
    const result = await run(['--icans', '--json', '--format', 'csv'], csv);
    expect(rows(result.stdout).map((row) => (row['grading'] as { grade?: number } | undefined)?.grade ?? row['errors'])).toEqual([1, [expect.stringMatching(/^capd: /)]]);
  });

  it('writes CSV with --out file.csv: ids, scale, status, grade, drivers, notes, missing, wording, errors', async () => {
    const out = join(dir, 'out.csv');
    const result = await run(['--id', 'patientId', '--scale', 'lee-2014', '--out', out], `{"patientId":"A,1",${valid.slice(1)}\n{"patientId":"B"}\n`);
    expect(result.stdout).toBe('');
    expect(result.code).toBe(1);
    const lines = readFileSync(out, 'utf8').split('\n');
    expect(lines[0]).toBe('line,patientId,scale,status,grade,drivers,notes,missing,description,errors');
    expect(lines[1]).toMatch(/^1,"A,1",lee-2014,not-gradable,,,,vasopressorDose;highDoseVasopressorDurationHours;organToxicityGrade;transaminitisGrade,"Not gradable; needs /);
    expect(lines[2]).toMatch(/^2,B,,rejected,,,,,,temperatureCelsius: required/);
    const all = join(dir, 'all.csv');
    await run(['--example', '--all-scales', '--out', all]);
    const allLines = readFileSync(all, 'utf8').trim().split('\n');
    expect(allLines).toHaveLength(1 + 9 * 8);
    expect(allLines[1]).toMatch(/^1,astct-2019,graded,0,/);
    const ndjson = join(dir, 'out.ndjson');
    await run(['--example', '--out', ndjson]);
    expect(rows(readFileSync(ndjson, 'utf8'))).toHaveLength(9);
  });
});

describe('crs-grade: streaming', () => {
  it('writes a result as soon as its record is read, before the input ends', async () => {
    const stdin = new PassThrough();
    const stdout = new PassThrough();
    const stderr = sink();
    const seen: string[] = [];
    stdout.on('data', (chunk: Buffer) => seen.push(chunk.toString('utf8')));
    let finished = false;
    const done = runCli(['--json'], io(stdin, stdout, stderr.stream)).then((code) => {
      finished = true;
      return code;
    });
    stdin.write(`${valid}\n`);
    await new Promise<void>((resolve) => {
      const wait = (): void => {
        if (seen.join('').includes('"line":1')) resolve();
        else setTimeout(wait, 5);
      };
      wait();
    });
    expect(finished).toBe(false);
    stdin.write(`${valid}\n`);
    stdin.end();
    expect(await done).toBe(0);
    expect(rows(seen.join('')).map((row) => row['line'])).toEqual([1, 2]);
  });

  it('ends quietly when the reader of the output goes away (a broken pipe)', async () => {
    let writes = 0;
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        writes += 1;
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const stderr = sink();
    const input = Readable.from(Array.from({ length: 400 }, () => Buffer.from(`${valid}\n`.repeat(500))));
    const code = await runCli(['--json'], io(input, stdout, stderr.stream));
    expect(code).toBe(0);
    expect(stderr.text()).toBe('');
    expect(writes).toBeLessThan(5);
  });

  it('shows progress on a terminal after a moment, and never when piped or under CI', async () => {
    let clock = 0;
    const now = (): number => (clock += 400);
    const input = (): string[] => Array.from({ length: 6 }, () => `${valid}\n`);
    const onTerminal = await run([], input(), { stderrIsTTY: true, now });
    expect(onTerminal.stderr).toContain('\rcrs-grade: ');
    expect(onTerminal.stderr).toMatch(/records, [\d,]+\/s/);
    expect(onTerminal.stderr).toContain('\r\u001b[K6 records: 6 graded');
    expect((await run([], input(), { stderrIsTTY: true, now, env: { CI: 'true' } })).stderr).toBe('6 records: 6 graded, 0 not gradable, 0 rejected\n');
    expect((await run(['--no-progress'], input(), { stderrIsTTY: true, now })).stderr).toBe('6 records: 6 graded, 0 not gradable, 0 rejected\n');
    expect((await run([], input(), { now })).stderr).toBe('6 records: 6 graded, 0 not gradable, 0 rejected\n');
  });

  it('gives every input record exactly one output row, in order, with its line and ids, however the input is cut', async () => {
    const lee = (grade: number): string => `{"temperatureCelsius":38.5,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"},"organToxicityGrade":${grade},"transaminitisGrade":0}`;
    const kinds = {
      good: { text: lee(2), status: 'graded' },
      notGradable: { text: '{"temperatureCelsius":38.5,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}', status: 'not-gradable' },
      invalid: { text: '{"temperatureCelsius":101,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}', status: 'rejected' },
      malformed: { text: '{"temperatureCelsius":', status: 'rejected' },
      notObject: { text: '[1,2]', status: 'rejected' },
    } as const;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...(Object.keys(kinds) as (keyof typeof kinds)[])), { minLength: 1, maxLength: 30 }),
        fc.boolean(),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (picks, withIds, table, cuts) => {
          const lines = picks.map((kind, index) => {
            const { text } = kinds[kind];
            return withIds && text.startsWith('{"t') ? `{"pid":"p${index}",${text.slice(1)}` : text;
          });
          const input = `${lines.join('\n')}\n`;
          const pieces = [...new Set(cuts.map((point) => point % input.length))].sort((a, b) => a - b);
          const chunks = pieces.map((point, index) => input.slice(pieces[index - 1] ?? 0, point)).concat(input.slice(pieces.at(-1) ?? 0));
          const argv = ['--format', 'ndjson', '--scale', 'lee-2014', ...(table ? [] : ['--json']), ...(withIds ? ['--id', 'pid'] : [])];
          const result = await run(argv, chunks);
          const expectedCode = picks.every((kind) => kind === 'good') ? 0 : 1;
          expect(result.code).toBe(expectedCode);
          if (table) {
            const body = result.stdout.split('\n').slice(1, -1);
            expect(body).toHaveLength(picks.length);
            body.forEach((row, index) => {
              expect(row.trimStart().startsWith(`${index + 1} `)).toBe(true);
              const status = kinds[picks[index] as keyof typeof kinds].status;
              expect(row).toMatch(status === 'graded' ? /\s2\s+Grade 2 organ toxicity/ : status === 'not-gradable' ? /\sn\/g\s/ : /\srejected\s/);
            });
            return;
          }
          const output = rows(result.stdout);
          expect(output.map((row) => row['line'])).toEqual(picks.map((_, index) => index + 1));
          output.forEach((row, index) => {
            const kind = picks[index] as keyof typeof kinds;
            const status = 'errors' in row ? 'rejected' : (row['grading'] as { gradable: boolean }).gradable ? 'graded' : 'not-gradable';
            expect(status).toBe(kinds[kind].status);
            // A record that cannot be parsed has no identifiers to copy: they are null, never dropped.
            if (withIds) expect(row['id']).toEqual({ pid: kind === 'malformed' || kind === 'notObject' ? null : `p${index}` });
            else expect(row).not.toHaveProperty('id');
          });
          const counts = picks.reduce<Record<string, number>>((count, kind) => ({ ...count, [kinds[kind].status]: (count[kinds[kind].status] ?? 0) + 1 }), {});
          expect(result.stderr).toBe(`${picks.length} ${picks.length === 1 ? 'record' : 'records'}: ${counts['graded'] ?? 0} graded, ${counts['not-gradable'] ?? 0} not gradable, ${counts['rejected'] ?? 0} rejected\n`);
        },
      ),
      { numRuns: 60 },
    );
  });
});
