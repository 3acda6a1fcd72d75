import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Run, sink, temporaryFiles } from './helpers.js';
import { patientNamedIn } from '../../src/cli/course-rows.js';
import { EXAMPLE_COURSES_CSV } from '../../src/cli/example-cohort.js';
import { type CliIo, runCli } from '../../src/cli/run.js';
import type { CourseObservation, CourseTreatment, PatientCourse } from '../../src/course/course.js';
import { gradeCourse } from '../../src/course/grade-course.js';
import type { CourseEpisode, CourseGrading } from '../../src/course/grading.js';
import { summarizeCohort } from '../../src/course/summarize-cohort.js';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import type { IcansAssessment } from '../../src/icans/assessment.js';
import type { Treatment } from '../../src/vocabulary/treatment.js';

const { dir, file } = temporaryFiles('crs-grade-course-test-');


async function run(argv: string[], input: string | readonly string[] = []): Promise<Run> {
  const pieces = typeof input === 'string' ? [input] : input;
  const stdout = sink();
  const stderr = sink();
  const io: CliIo = { stdin: Readable.from(pieces.map((piece) => Buffer.from(piece))), stdout: stdout.stream, stderr: stderr.stream, stderrIsTTY: false, env: {}, version: '9.9.9' };
  const code = await runCli(argv, io);
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

type Json = Record<string, unknown>;

function objects(stdout: string): Json[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Json);
}

/** The patient objects of `--json` output, by patient. */
function byPatient(stdout: string): Map<string | null, Json> {
  return new Map(objects(stdout).filter((object) => 'patient' in object).map((object) => [object['patient'] as string | null, object]));
}

function grading(object: Json | undefined): CourseGrading {
  expect(object).toHaveProperty('grading');
  return object?.['grading'] as CourseGrading;
}

const quiet: CrsAssessment = { temperatureCelsius: 37.0, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
const fever = (temperatureCelsius = 38.6): CrsAssessment => ({ ...quiet, temperatureCelsius });
const hypotension: CrsAssessment = { ...quiet, temperatureCelsius: 39.4, hypotension: true };
const cannula: CrsAssessment = { ...quiet, temperatureCelsius: 37.8, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } };
const alert: IcansAssessment = { ageYears: 58, ice: 10, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] };

interface Row {
  readonly patient: string;
  readonly at: string;
  readonly infusionAt?: string;
  readonly crs?: CrsAssessment;
  readonly icans?: IcansAssessment;
  readonly treatments?: readonly Treatment[];
}

/** An NDJSON row with the columns `--patient patientId --time date` name (and the default infusionAt). */
function ndjson(rows: readonly Row[]): string {
  return rows.map(({ patient, at, infusionAt = '2026-03-02', ...parts }) => JSON.stringify({ patientId: patient, date: at, infusionAt, ...parts })).join('\n') + '\n';
}

const COLUMNS = ['--patient', 'patientId', '--time', 'date'];

/** The docs/course.md worked example as rows: tocilizumab on the afternoon of day 2, on a row of its own. */
const WORKED: readonly Row[] = [
  { patient: 'P1', at: '2026-03-02', crs: fever(36.9), icans: alert, treatments: ['paracetamol'] },
  { patient: 'P1', at: '2026-03-03', crs: fever(38.9), icans: alert },
  { patient: 'P1', at: '2026-03-04', crs: hypotension, icans: alert },
  { patient: 'P1', at: '2026-03-04T14:00', treatments: ['tocilizumab'] },
  { patient: 'P1', at: '2026-03-05', crs: cannula, icans: alert },
  { patient: 'P1', at: '2026-03-06', crs: fever(37.2), icans: alert },
  { patient: 'P1', at: '2026-03-07', crs: fever(36.8), icans: { ...alert, ice: 5, consciousness: 'awakens-to-voice' }, treatments: ['dexamethasone'] },
  { patient: 'P1', at: '2026-03-08', crs: fever(36.7), icans: { ...alert, ice: 8 } },
  { patient: 'P1', at: '2026-03-10', crs: fever(36.8), icans: alert },
];

/** Two more patients: grade 1 fever, and no CRS. */
const OTHERS: readonly Row[] = [
  { patient: 'P2', at: '2026-03-03', crs: fever(38.2) },
  { patient: 'P2', at: '2026-03-05', crs: quiet },
  { patient: 'P3', at: '2026-03-03', crs: quiet },
  { patient: 'P3', at: '2026-03-04', crs: quiet },
];

/** Episodes without their input positions (which depend on the order of the rows). */
function positionFree(episodes: readonly CourseEpisode[]): unknown[] {
  return episodes.map((episode) => Object.fromEntries(Object.entries(episode).filter(([key]) => key !== 'observations' && key !== 'treatments')));
}

/** Rows of several patients, interleaved by time, as an export sorted by date has them. */
function interleaved(rows: readonly Row[]): Row[] {
  return [...rows].sort((a, b) => a.at.localeCompare(b.at) || a.patient.localeCompare(b.patient));
}

describe('crs-grade course: the example', () => {
  it('grades the embedded courses: one line per patient, the not-graded patient with its line, then the cohort table; exit 1 by design', async () => {
    const result = await run(['course', '--example']);
    expect(result.code).toBe(1);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toMatch(/^patient\s+CRS max\s+onset day\s+peak\s+duration\s+outcome\s+episodes\s+ICANS max\s+onset day\s+relation to CRS$/);
    expect(lines[1]?.split(/\s{2,}/)).toEqual(['P-001', '0', '-', '-', '-', '-', '0', '0', '-', '-']);
    expect(lines[2]?.split(/\s{2,}/)).toEqual(['P-002', '1', '1', '1', '2', 'resolved', '1', 'n/a', '-', '-']);
    expect(lines[3]?.split(/\s{2,}/)).toEqual(['P-003', '3', '1', '3', '4', 'resolved', '1', '0', '-', '-']);
    expect(lines[4]?.split(/\s{2,}/)).toEqual(['P-004', '1', '1', '1', '2', 'resolved', '1', '2', '5', 'after CRS']);
    expect(lines[5]).toMatch(/^P-005\s+not graded: line 25: crs\.temperatureCelsius: .*looks like degrees Fahrenheit/);
    expect(lines[6]?.split(/\s{2,}/)).toEqual(['P-006', '2', '1', '2', '3', 'resolved', '1', '1', '3', 'during CRS']);
    expect(result.stdout).toMatch(/\nCohort: 5 patients graded; CRS on ASTCT 2019, ICANS on ASTCT 2019; 1 not graded, left out of the table\n/);
    expect(result.stdout).toMatch(/\nAny grade\s+4 \(80%\)\s+2 \(50%\)\n/);
    expect(result.stdout).toMatch(/\nGrade 3 or higher\s+1 \(20%\)\s+0 \(0%\)\n/);
    expect(result.stdout).toMatch(/\nOnset day, median \(range\)\s+1 \(1–1\), n=4\s+4 \(3–5\), n=2\n/);
    expect(result.stdout).toMatch(/\nDuration in days, median \(range\)\s+2\.5 \(2–4\), n=4\s+2 \(2–2\), n=2\n/);
    expect(result.stdout).toMatch(/\nTocilizumab\s+2 \(40%\)\nCorticosteroids\s+1 \(20%\)\n/);
    expect(result.stderr).toBe('6 patients (61 rows): 5 graded, 1 not graded\n');
  });

  it('keeps its patients apart: no two rows of a patient are adjacent in the embedded file', () => {
    const patients = EXAMPLE_COURSES_CSV.split('\n').slice(1).map((line) => line.split(',')[0]);
    expect(new Set(patients).size).toBe(6);
    expect(patients.some((patient, index) => patients[index + 1] === patient)).toBe(false);
  });

  it('exits 0 with --exit-zero, still listing the patient not graded', async () => {
    const result = await run(['course', '--example', '--exit-zero']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^P-005\s+not graded/m);
    expect((await run(['--example', '--all-scales', '--exit-zero'])).code).toBe(0);
  });

  it('words the listing and the table in German with --lang de, with the locale\'s numbers and labels', async () => {
    const result = await run(['course', '--example', '--lang', 'de']);
    expect(result.stdout.split('\n')[0]).toMatch(/^Patient\s+CRS max\s+Beginn Tag\s+Maximum\s+Dauer\s+Verlauf\s+Episoden\s+ICANS max\s+Beginn Tag\s+Bezug zu CRS$/);
    expect(result.stdout).toMatch(/^P-004\s+1\s+1\s+1\s+2\s+abgeklungen\s+1\s+2\s+5\s+nach CRS$/m);
    expect(result.stdout).toMatch(/^P-005\s+nicht eingestuft: line 25/m);
    expect(result.stdout).toMatch(/\nDauer in Tagen, Median \(Spanne\)\s+2,5 \(2–4\), n=4/);
    expect(result.stdout).toMatch(/\nJeder Grad\s+4 \(80 %\)/);
    expect(result.stdout).toMatch(/\nKortikosteroide\s+1 \(20 %\)/);
  });

  it('words one patient and one day in the singular, and a syndrome no window assessed as n/a, never 0', async () => {
    const child: Row[] = [{ patient: 'C1', at: '2026-03-03', icans: { ageYears: 8, capd: 2, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] } }];
    const en = await run(['course', ...COLUMNS, '--merge-recurrence-days', '1'], ndjson(child));
    expect(en.stdout).toMatch(/^C1\s+n\/a\s+-\s+-\s+-\s+-\s+-\s+1\s+1\s+without CRS$/m);
    expect(en.stdout).toMatch(/^Cohort: 1 patient graded; CRS on ASTCT 2019, ICANS on ASTCT 2019; recurrences within 1 day joined$/m);
    expect(en.stdout).toMatch(/^Treatment \(of 1 patient\)$/m);
    expect(en.stdout).toMatch(/^Any grade\s+0 \(–\)\s+1 \(100%\)$/m);
    const de = await run(['course', ...COLUMNS, '--merge-recurrence-days', '1', '--lang', 'de'], ndjson(child));
    expect(de.stdout).toMatch(/^C1\s+n\. b\./m);
    expect(de.stdout).toMatch(/^Kohorte: 1 Patient eingestuft; CRS nach ASTCT 2019, ICANS nach ASTCT 2019; Wiederauftreten innerhalb von 1 Tag zusammengefasst$/m);
    expect(de.stdout).toMatch(/^Behandlung \(von 1 Patient\)$/m);
  });

  it('prints the help and the fields of a row', async () => {
    expect((await run(['course', '--help'])).stdout).toMatch(/^Usage: crs-grade course \[options\] --patient COLUMN --time COLUMN \[file\]/);
    expect((await run(['--help'])).stdout).toMatch(/crs-grade course --help/);
    const fields = await run(['course', '--fields']);
    expect(fields.code).toBe(0);
    expect(fields.stdout).toMatch(/^crs\.oxygen\.flowLitersPerMinute\s+optional\s+a number/m);
    expect(fields.stdout).toMatch(/^icans\.ice\.orientation\s+required/m);
    expect(fields.stdout).toMatch(/^treatments\s+optional\s+a list of treatments \(in CSV: ";"-separated, "none" for an empty list\): vital-sign-monitoring, paracetamol, /m);
  });
});

describe('crs-grade course: reading rows', () => {
  it('grades NDJSON rows into one course per patient: masked fever carried across rows (the 37.8 °C cannula day is grade 2)', async () => {
    const result = await run(['course', ...COLUMNS, '--json'], ndjson(WORKED));
    expect(result.code).toBe(0);
    const [patient, cohort] = objects(result.stdout);
    expect(patient?.['patient']).toBe('P1');
    const { crs, icans } = grading(patient);
    expect(crs.observations.map(({ at, grading: { grade }, feverMaskedDerived }) => [at, grade, feverMaskedDerived])).toEqual([
      ['2026-03-02', 0, false],
      ['2026-03-03', 1, false],
      ['2026-03-04', 2, false],
      ['2026-03-05', 2, true],
      ['2026-03-06', 0, true],
      ['2026-03-07', 0, false],
      ['2026-03-08', 0, false],
      ['2026-03-10', 0, false],
    ]);
    expect(crs.episodes[0]).toMatchObject({ onsetDay: 1, peakGrade: 2, resolvedAt: '2026-03-06', durationDays: 3, outcome: 'resolved' });
    expect(icans.episodes[0]).toMatchObject({ onsetDay: 5, relationToCrs: 'after-crs' });
    // Each index of the grading maps to the line its row is on.
    expect(patient?.['lines']).toEqual({ observations: [1, 2, 3, 5, 6, 7, 8, 9], treatments: [1, 4, 7] });
    expect(cohort).toMatchObject({ cohort: { patients: 1, tocilizumab: { n: 1, percent: 100 } }, notGraded: 0 });
    expect(result.stderr).toBe('1 patient (9 rows): 1 graded, 0 not graded\n');
  });

  it('masks nothing after premedication before any CRS: the same day without the earlier fever is "no fever, no CRS"', async () => {
    const rows: Row[] = [
      { patient: 'P1', at: '2026-03-02', crs: quiet, treatments: ['paracetamol', 'tocilizumab'] },
      { patient: 'P1', at: '2026-03-05', crs: cannula },
    ];
    const { crs } = grading(byPatient((await run(['course', ...COLUMNS, '--json'], ndjson(rows))).stdout).get('P1'));
    expect(crs.observations.map(({ grading: { grade }, feverMaskedDerived }) => [grade, feverMaskedDerived])).toEqual([
      [0, false],
      [0, false],
    ]);
  });

  it('reads CSV through the field contracts: dotted headers, ";" treatments, "none", a part with every cell empty is absent', async () => {
    const header = 'patientId,date,infusionAt,crs.temperatureCelsius,crs.hypotension,crs.vasopressors,crs.oxygen.device,crs.oxygen.flowLitersPerMinute,icans.ageYears,icans.ice,icans.consciousness,icans.seizure,icans.motorWeakness,icans.cerebralEdema,icans.raisedIcpSigns,treatments';
    const icansCells = (ice: number, consciousness = 'alert'): string => `58,${ice},${consciousness},none,none,not-imaged,none`;
    const csv = [
      header,
      `P1,2026-03-02,2026-03-02,36.9,false,none,room-air,,${icansCells(10)},paracetamol`,
      'P2,2026-03-03,2026-03-02,38.2,false,none,room-air,,,,,,,,,',
      `P1,2026-03-03,2026-03-02,38.9,false,none,room-air,,${icansCells(10)},`,
      `P1,2026-03-04,2026-03-02,39.4,true,none,room-air,,${icansCells(10)},`,
      'P1,2026-03-04T14:00,2026-03-02,,,,,,,,,,,,,tocilizumab',
      'P3,2026-03-03,2026-03-02,37,false,none,room-air,,,,,,,,,none',
      `P1,2026-03-05,2026-03-02,37.8,false,none,nasal-cannula,2,${icansCells(10)},`,
      `P1,2026-03-06,2026-03-02,37.2,false,none,room-air,,${icansCells(10)},`,
      'P2,2026-03-05,2026-03-02,37,false,none,room-air,,,,,,,,,',
      `P1,2026-03-07,2026-03-02,36.8,false,none,room-air,,${icansCells(5, 'awakens-to-voice')},dexamethasone`,
      'P3,2026-03-04,2026-03-02,37,false,none,room-air,,,,,,,,,',
      `P1,2026-03-08,2026-03-02,36.7,false,none,room-air,,${icansCells(8)},`,
      `P1,2026-03-10,2026-03-02,36.8,false,none,room-air,,${icansCells(10)},`,
    ].join('\r\n');
    const fromCsv = await run(['course', ...COLUMNS, '--json', file('courses.csv', csv)]);
    expect(fromCsv.code).toBe(0);
    const fromJson = await run(['course', ...COLUMNS, '--json'], ndjson(interleaved([...WORKED, ...OTHERS])));
    // The same rows give the same gradings, whatever the format.
    const csvPatients = byPatient(fromCsv.stdout);
    const jsonPatients = byPatient(fromJson.stdout);
    expect([...csvPatients.keys()]).toEqual(['P1', 'P2', 'P3']);
    for (const patient of ['P1', 'P2', 'P3']) expect(csvPatients.get(patient)?.['grading']).toEqual(jsonPatients.get(patient)?.['grading']);
    expect(grading(csvPatients.get('P2')).icans.maxGrade).toBeNull();
    expect(csvPatients.get('P1')?.['lines']).toEqual({ observations: [2, 4, 5, 8, 9, 11, 13, 14], treatments: [2, 6, 11] });
    expect(objects(fromCsv.stdout).at(-1)).toEqual(objects(fromJson.stdout).at(-1));
  });

  it('needs no adjacency: a patient\'s rows scattered among others give the course they give together', async () => {
    const together = byPatient((await run(['course', ...COLUMNS, '--json'], ndjson([...WORKED, ...OTHERS]))).stdout);
    const scattered = byPatient((await run(['course', ...COLUMNS, '--json'], ndjson(interleaved([...OTHERS, ...WORKED])))).stdout);
    for (const patient of ['P1', 'P2', 'P3']) {
      const a = grading(together.get(patient));
      const b = grading(scattered.get(patient));
      expect(positionFree(b.crs.episodes)).toEqual(positionFree(a.crs.episodes));
      expect(b.crs.maxGrade).toBe(a.crs.maxGrade);
    }
  });

  it('names the time, infusion and patient columns as given, and reads a JSON array', async () => {
    const rows = [{ mrn: 17, visit: '2026-03-03', infused: '2026-03-02', crs: fever() }, { mrn: 17, visit: '2026-03-04', infused: '2026-03-02', crs: quiet }];
    const result = await run(['course', '--patient', 'mrn', '--time', 'visit', '--infusion', 'infused', '--json', file('rows.json', JSON.stringify(rows, null, 2))]);
    expect(result.code).toBe(0);
    expect(grading(byPatient(result.stdout).get('17')).crs.episodes[0]).toMatchObject({ onsetDay: 1, durationDays: 1 });
  });
});

describe('crs-grade course: bad rows and course errors', () => {
  it('reports a bad row with its line and patient, and leaves exactly that patient not graded', async () => {
    const rows = interleaved([...WORKED, ...OTHERS]);
    const bad = rows.findIndex(({ patient, at }) => patient === 'P2' && at === '2026-03-05');
    rows[bad] = { patient: 'P2', at: '2026-03-05', crs: { ...quiet, temperatureCelsius: 101.3, oxygen: { device: 'nasal-cannula' } } };
    const input = ndjson(rows);
    const json = await run(['course', ...COLUMNS, '--json'], input);
    expect(json.code).toBe(1);
    const patients = byPatient(json.stdout);
    expect(patients.get('P2')).toEqual({
      patient: 'P2',
      errors: [
        { lines: [bad + 1], message: expect.stringMatching(/^crs\.temperatureCelsius: .*Fahrenheit/) as unknown },
        { lines: [bad + 1], message: expect.stringMatching(/^crs\.oxygen\.flowLitersPerMinute: required for device "nasal-cannula"/) as unknown },
      ],
    });
    expect(grading(patients.get('P1')).crs.maxGrade).toBe(2);
    expect(grading(patients.get('P3')).crs.maxGrade).toBe(0);
    expect(objects(json.stdout).at(-1)).toMatchObject({ cohort: { patients: 2 }, notGraded: 1 });
    expect(json.stderr).toBe('3 patients (13 rows): 2 graded, 1 not graded\n');
    const table = await run(['course', ...COLUMNS], input);
    expect(table.stdout).toMatch(new RegExp(`^P2\\s+not graded: line ${bad + 1}: crs\\.temperatureCelsius: .* \\| line ${bad + 1}: crs\\.oxygen\\.flowLitersPerMinute: `, 'm'));
  });

  it('rejects a row without an assessment or a treatment, an unknown column, a bad time, naming the column', async () => {
    const input = [
      '{"patientId":"P1","date":"2026-03-03","infusionAt":"2026-03-02"}',
      '{"patientId":"P2","date":"03/03/2026","infusionAt":"2026-03-02","crs":{"temperatureCelsius":37,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"},"mood":"ok"},"site":"B"}',
      '{"patientId":"P3","date":"2026-03-03","crs":{"temperatureCelsius":37,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}},"treatments":["aspirin"]}',
    ].join('\n');
    const patients = byPatient((await run(['course', ...COLUMNS, '--json'], input)).stdout);
    expect(patients.get('P1')?.['errors']).toEqual([{ lines: [1], message: '(row): holds no assessment and no treatment; a row needs crs.*, icans.* or treatments' }]);
    expect((patients.get('P2')?.['errors'] as { message: string }[]).map(({ message }) => message)).toEqual([
      expect.stringMatching(/^date: expected an ISO 8601 date/),
      'crs.mood: unknown field (the fields: crs-grade course --fields)',
      'site: unknown column; a row holds patientId, date, infusionAt, crs.*, icans.* and treatments (the fields: crs-grade course --fields)',
    ]);
    expect((patients.get('P3')?.['errors'] as { message: string }[]).map(({ message }) => message)).toEqual([
      expect.stringMatching(/^infusionAt: required/),
      expect.stringMatching(/^treatments\[0\]: expected one of "vital-sign-monitoring", "paracetamol", /),
    ]);
  });

  it('names a missing time column, an own __proto__ key, and counts what is past 100 problems in a row', async () => {
    const many = Object.fromEntries(Array.from({ length: 150 }, (_, index) => [`extra${index}`, 1]));
    const input = [
      '{"patientId":"P1","infusionAt":"2026-03-02","crs":{"temperatureCelsius":37,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}}',
      '{"patientId":"P2","date":"2026-03-03","infusionAt":"2026-03-02","__proto__":{"crs":1},"crs":{"temperatureCelsius":37,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}}',
      JSON.stringify({ patientId: 'P3', date: '2026-03-03', infusionAt: '2026-03-02', ...many }),
    ].join('\n');
    const patients = byPatient((await run(['course', ...COLUMNS, '--json'], input)).stdout);
    expect(patients.get('P1')?.['errors']).toEqual([{ lines: [1], message: expect.stringMatching(/^date: required/) as unknown }]);
    expect((patients.get('P2')?.['errors'] as { message: string }[])[0]?.message).toMatch(/^__proto__: unknown column; a row holds patientId, date, infusionAt/);
    expect((patients.get('P3')?.['errors'] as unknown[]).length).toBe(100);
    expect(patients.get('P3')?.['errorCount']).toBe(150);
    const table = await run(['course', ...COLUMNS], input);
    expect(table.stdout).toMatch(/^P3\s+not graded: line 3: extra0: unknown column; .* \| … 140 more \(--json lists up to 100\)$/m);
  });

  it('reports infusion times that differ between rows of a patient, naming both lines', async () => {
    const rows: Row[] = [
      { patient: 'P1', at: '2026-03-03', crs: fever() },
      { patient: 'P2', at: '2026-03-03', crs: quiet },
      { patient: 'P1', at: '2026-03-04', infusionAt: '2026-03-03', crs: quiet },
    ];
    const result = await run(['course', ...COLUMNS, '--json'], ndjson(rows));
    expect(result.code).toBe(1);
    const patients = byPatient(result.stdout);
    expect(patients.get('P1')?.['errors']).toEqual([
      { lines: [3, 1], message: 'infusionAt: "2026-03-03" differs from "2026-03-02" on line 1; a patient has one infusion (day 0): correct one of the two' },
    ]);
    expect(grading(patients.get('P2')).crs.maxGrade).toBe(0);
  });

  it('reports course errors with the lines of the windows and treatments they name', async () => {
    const rows: Row[] = [
      { patient: 'P1', at: '2026-03-03', crs: fever() },
      { patient: 'P2', at: '2026-03-03', crs: fever() },
      { patient: 'P1', at: '2026-03-03', crs: quiet },
      { patient: 'P2', at: '2026-03-03T18:00', treatments: ['tocilizumab'] },
      { patient: 'P2', at: '2026-03-04', crs: { ...quiet, feverMasked: false } },
      { patient: 'P3', at: '2026-03-04', treatments: ['tocilizumab'] },
    ];
    const patients = byPatient((await run(['course', ...COLUMNS, '--json'], ndjson(rows))).stdout);
    expect(patients.get('P1')?.['errors']).toEqual([
      { lines: [3, 1], message: 'date: the same date as the window on line 1, which has no time of day: two observations on one date are allowed only when both give one' },
    ]);
    expect(patients.get('P2')?.['errors']).toEqual([
      { lines: [5, 4], message: expect.stringMatching(/^crs\.feverMasked: false contradicts the course: fever is masked here by the treatment on line 4 \(tocilizumab\)/) as unknown },
    ]);
    expect(patients.get('P3')?.['errors']).toEqual([{ lines: [6], message: expect.stringMatching(/^\(course\): a course needs at least one observation/) as unknown }]);
    const table = await run(['course', ...COLUMNS], ndjson(rows));
    expect(table.stdout).toMatch(/^P1\s+not graded: line 3: date: the same date as the window on line 1,/m);
  });

  it('reads an unparsable row as its patient\'s when its text names exactly one patient', async () => {
    const input = `${ndjson([{ patient: 'P1', at: '2026-03-03', crs: quiet }])}{"patientId":"P2","date":"2026-03-03","crs":{"temperatureCelsius":38.5,}\n${ndjson([{ patient: 'P3', at: '2026-03-03', crs: quiet }, { patient: 'P2', at: '2026-03-04', crs: quiet }])}`;
    const result = await run(['course', ...COLUMNS, '--json'], input);
    const patients = byPatient(result.stdout);
    expect(patients.get('P2')?.['errors']).toEqual([{ lines: [2], message: expect.stringMatching(/^\(row\): malformed JSON \(.*\); counted as a row of this patient, whom its text names$/) as unknown }]);
    expect(grading(patients.get('P1')).crs.maxGrade).toBe(0);
    expect(grading(patients.get('P3')).crs.maxGrade).toBe(0);
    expect(result.code).toBe(1);
  });

  it('grades no course when a row cannot be told to belong to a patient: it may belong to any of them', async () => {
    const good = ndjson([{ patient: 'P1', at: '2026-03-03', crs: quiet }, { patient: 'P2', at: '2026-03-03', crs: quiet }]);
    for (const bad of ['{"date":"2026-03-04","crs":{', '{"patientId":"","date":"2026-03-04","infusionAt":"2026-03-02","crs":{}}', '{"date":"2026-03-04"}', '[1]', '42', 'null', '{"patientId":["P1"]}']) {
      const result = await run(['course', ...COLUMNS, '--json'], `${good}${bad}\n`);
      expect(result.code).toBe(1);
      const patients = byPatient(result.stdout);
      for (const patient of ['P1', 'P2']) {
        expect(patients.get(patient)?.['errors']).toEqual([
          { lines: [3], message: 'the row on line 3 cannot be told to belong to a patient and may belong to this one: any course may be incomplete, so none is graded' },
        ]);
      }
      expect(patients.get(null)).toEqual({ patient: null, errors: [{ lines: [3], message: expect.stringMatching(/; its patient cannot be told$/) as unknown }] });
      expect(result.stderr).toBe('2 patients (3 rows): 0 graded, 2 not graded, 1 row belongs to no patient\n');
    }
    // The end of the input inside a row may have cut off rows of any patient, even one the row names.
    const cut = await run(['course', ...COLUMNS, '--json'], `${good}{"patientId":"P1","date":"2026-03-04","crs":{"tem`);
    expect(byPatient(cut.stdout).get(null)?.['errors']).toEqual([{ lines: [3], message: expect.stringMatching(/the input ends inside this row \(cut short\?\), so rows of any patient may be missing; its patient cannot be told$/) as unknown }]);
    expect(byPatient(cut.stdout).get('P2')).toHaveProperty('errors');
    // Bytes that are not UTF-8 at the very end of the input: that row cannot be read.
    const latin1 = await run(['course', ...COLUMNS, '--json'], [good, Buffer.from([0x7b, 0xc3]).toString('latin1')]);
    expect(byPatient(latin1.stdout).get(null)).toHaveProperty('errors');
    // In CSV, a row with cells missing or extra cannot tell its patient for certain.
    const csv = await run(['course', ...COLUMNS, '--format', 'csv'], 'patientId,date,infusionAt,crs.temperatureCelsius,crs.hypotension,crs.vasopressors,crs.oxygen.device\nP1,2026-03-03,2026-03-02,37,false,none,room-air\nP2,2026-03-03,2026-03-02,37,false,none\n');
    expect(csv.stdout).toMatch(/^P1\s+not graded: line 3: the row on line 3 cannot be told/m);
    expect(csv.stdout).toMatch(/^\(no patient\)\s+not graded: line 3: this row has 6 cells; the header has 7; its patient cannot be told$/m);
    const quoted = await run(['course', ...COLUMNS, '--format', 'csv'], 'patientId,date,infusionAt,crs.temperatureCelsius,crs.hypotension,crs.vasopressors,crs.oxygen.device\nP1,2026-03-03,2026-03-02,37,false,none,room-air\n"P2"x,2026-03-03,2026-03-02,37,false,none,room-air\n');
    expect(quoted.stdout).toMatch(/^\(no patient\)\s+not graded: line 3: malformed CSV \(Invalid Closing Quote/m);
  });

  it('names ten of many rows that belong to no patient, and counts the rest', async () => {
    const input = `${ndjson([{ patient: 'P1', at: '2026-03-03', crs: quiet }])}${'[1]\n'.repeat(101)}`;
    const json = await run(['course', ...COLUMNS, '--json'], input);
    expect(byPatient(json.stdout).get('P1')?.['errors']).toEqual([
      { lines: [2, 3, 4, 5, 6, 7, 8, 9, 10, 11], message: expect.stringMatching(/^the rows on lines 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 and 91 more cannot be told to belong to a patient/) as unknown },
    ]);
    expect(byPatient(json.stdout).get(null)).toMatchObject({ errorCount: 101 });
    expect((byPatient(json.stdout).get(null)?.['errors'] as unknown[]).length).toBe(100);
    expect(json.stderr).toBe('1 patient (102 rows): 0 graded, 1 not graded, 101 rows belong to no patient\n');
    const out = join(dir, 'orphans.csv');
    await run(['course', ...COLUMNS, '--out', out], input);
    expect(readFileSync(out, 'utf8').split('\n')[2]).toMatch(/^,unattributed,,,,,,,,,,line 2: expected an object \(a row\); received an array; its patient cannot be told \| .* \| … 1 more$/);
  });

  it('holds a patient to the most windows and treatments a course may have', async () => {
    const { CourseRows } = await import('../../src/cli/course-rows.js');
    const rows = new CourseRows({ patient: 'patientId', time: 'date', infusion: 'infusionAt' }, {}, 2);
    const texts = [
      ...ndjson([{ patient: 'P1', at: '2026-03-03', crs: quiet }, { patient: 'P1', at: '2026-03-04', crs: quiet }, { patient: 'P1', at: '2026-03-05', crs: quiet }]).trim().split('\n'),
      ...ndjson([{ patient: 'P2', at: '2026-03-03', crs: quiet, treatments: ['paracetamol', 'paracetamol', 'tocilizumab'] }]).trim().split('\n'),
    ];
    rows.add({ lines: texts.map((_, index) => index + 1), texts, kinds: texts.map(() => 0) });
    const results = [...rows.results()];
    expect(results).toEqual([
      { kind: 'not-graded', patient: 'P1', errors: [{ lines: [3], message: '(row): more than 2 windows for this patient; a course holds at most 2' }], errorCount: 1 },
      { kind: 'not-graded', patient: 'P2', errors: [{ lines: [4], message: 'treatments: more than 2 treatments for this patient; a course holds at most 2' }], errorCount: 1 },
    ]);
  });

  it('finds the patient an unparsable JSON text names only when it names exactly one', () => {
    expect(patientNamedIn('{"patientId":"P-2","crs":{', 'patientId')).toBe('P-2');
    expect(patientNamedIn('{"patientId": 17, "crs":', 'patientId')).toBe('17');
    expect(patientNamedIn('{"patientId":"P1"},{"patientId":"P1",', 'patientId')).toBe('P1');
    expect(patientNamedIn('{"patientId":"P1"} {"patientId":"P2"', 'patientId')).toBeUndefined();
    expect(patientNamedIn('{"note":"\\"patientId\\":\\"P9\\"","crs":', 'patientId')).toBeUndefined();
    expect(patientNamedIn('{"patientId":"  ","crs":', 'patientId')).toBeUndefined();
    expect(patientNamedIn('{"patientId":"\\x","crs":', 'patientId')).toBeUndefined();
    expect(patientNamedIn('{"mrn.id":"A","crs":', 'mrn.id')).toBe('A');
  });
});

describe('crs-grade course: options and output', () => {
  it('writes one CSV row per patient with --out FILE.csv, and the cohort table on standard output', async () => {
    const out = join(dir, 'listing.csv');
    const rows = [...WORKED, ...OTHERS, { patient: 'P4', at: '2026-03-03', crs: { ...quiet, temperatureCelsius: 101.3 } }];
    const result = await run(['course', ...COLUMNS, '--out', out], ndjson(rows));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/^Cohort: 3 patients graded; CRS on ASTCT 2019, ICANS on ASTCT 2019; 1 not graded, left out of the table\n/);
    expect(readFileSync(out, 'utf8').split('\n')).toEqual([
      'patient,status,crsMaxGrade,crsOnsetDay,crsPeakGrade,crsDurationDays,crsOutcome,crsEpisodes,icansMaxGrade,icansOnsetDay,icansRelationToCrs,errors',
      'P1,graded,2,1,2,3,resolved,1,2,5,after-crs,',
      'P2,graded,1,1,1,2,resolved,1,,,,',
      'P3,graded,0,,,,,0,,,,',
      expect.stringMatching(/^P4,not-graded,,,,,,,,,,"line 14: crs\.temperatureCelsius: .*Fahrenheit/) as unknown,
      '',
    ]);
    const ndjsonOut = join(dir, 'listing.ndjson');
    expect((await run(['course', ...COLUMNS, '--out', ndjsonOut], ndjson(rows))).stdout).toBe('');
    expect(objects(readFileSync(ndjsonOut, 'utf8')).map((object) => Object.keys(object))).toEqual([
      ['patient', 'grading', 'lines'],
      ['patient', 'grading', 'lines'],
      ['patient', 'grading', 'lines'],
      ['patient', 'errors'],
      ['cohort', 'notGraded'],
    ]);
  });

  it('makes the cohort table from the gradings summarizeCohort would count', async () => {
    const rows = [...WORKED, ...OTHERS];
    const courses = new Map<string, { observations: CourseObservation[]; treatments: CourseTreatment[] }>();
    for (const { patient, at, crs, icans, treatments = [] } of rows) {
      const course = courses.get(patient) ?? { observations: [], treatments: [] };
      courses.set(patient, course);
      if (crs !== undefined || icans !== undefined) course.observations.push({ at, ...(crs === undefined ? {} : { crs }), ...(icans === undefined ? {} : { icans }) });
      course.treatments.push(...treatments.map((treatment) => ({ at, treatment })));
    }
    const expected = summarizeCohort([...courses.values()].map((course): CourseGrading => gradeCourse({ infusionAt: '2026-03-02', ...course } satisfies PatientCourse)));
    expect(objects((await run(['course', ...COLUMNS, '--json'], ndjson(rows))).stdout).at(-1)).toEqual({ cohort: expected, notGraded: 0 });
  });

  it('grades on another scale, joins recurrences and moves the CAPD boundary as asked', async () => {
    const lee = await run(['course', ...COLUMNS, '--scale', 'lee-2014'], ndjson(OTHERS));
    expect(lee.code).toBe(1);
    expect(lee.stdout).toMatch(/^P2\s+1–4\s+1\s+1–4\s+-\s+ongoing\s+1\s+n\/a/m);
    expect(lee.stdout).toMatch(/^Cohort: 2 patients graded; CRS on Lee 2014, ICANS on ASTCT 2019\n/m);
    expect(lee.stdout).toMatch(/^Highest grade a range \(the scale could not grade a window\)\s+2\s+0$/m);
    expect(lee.stderr).toBe('2 patients (4 rows): 2 graded, 0 not graded, 2 with a grade known only as a range on lee-2014\n');
    const recurring: Row[] = [
      { patient: 'P1', at: '2026-03-03', crs: fever() },
      { patient: 'P1', at: '2026-03-04', crs: quiet },
      { patient: 'P1', at: '2026-03-07', crs: { ...fever(), hypotension: true, vasopressors: [{ agent: 'norepinephrine' }] } },
      { patient: 'P1', at: '2026-03-09', crs: quiet },
    ];
    expect((await run(['course', ...COLUMNS], ndjson(recurring))).stdout).toMatch(/^P1\s+3\s+1;5\s+1;3\s+1;2\s+resolved;resolved\s+2\s+n\/a/m);
    const joined = await run(['course', ...COLUMNS, '--merge-recurrence-days', '3'], ndjson(recurring));
    expect(joined.stdout).toMatch(/^P1\s+3\s+1\s+3\s+6\s+resolved\s+1\s+n\/a/m);
    expect(joined.stdout).toMatch(/; recurrences within 3 days joined\n/);
    const child: Row[] = [{ patient: 'C1', at: '2026-03-03', icans: { ageYears: 12, capd: 10, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'none', raisedIcpSigns: [] } }];
    expect((await run(['course', ...COLUMNS, '--json'], ndjson(child))).stdout).toMatch(/"message":"icans\.capd: /);
    expect(grading(byPatient((await run(['course', ...COLUMNS, '--json', '--capd-below-age', '13'], ndjson(child))).stdout).get('C1')).icans.maxGrade).toBe(3);
  });

  it.each<[string[], RegExp]>([
    [['course', '--time', 'date'], /^crs-grade: --patient: required; name the column \(JSON key\) that holds the patient identifier/],
    [['course', '--patient', 'patientId'], /^crs-grade: --time: required; name the column/],
    [['course', ...COLUMNS, '--scale', 'lee'], /^crs-grade: --scale: expected one of "astct-2019", "ctcae-v4\.03", "ctcae-v5\.0", "ctcae-v6\.0", "lee-2014", "penn-2018", "mskcc-2018", "cartox-2018"; received "lee"/],
    [['course', ...COLUMNS, '--merge-recurrence-days', '1.5'], /^crs-grade: --merge-recurrence-days: expected an integer from 0 to 365 days; received 1\.5/],
    [['course', ...COLUMNS, '--merge-recurrence-days', 'week'], /^crs-grade: --merge-recurrence-days: expected an integer from 0 to 365 days; received "week"/],
    [['course', ...COLUMNS, '--capd-below-age', '30'], /^crs-grade: --capd-below-age: expected an integer from 1 to 21 years; received 30/],
    [['course', '--patient', 'date', '--time', 'date'], /^crs-grade: --patient and --time both name the column "date"/],
    [['course', '--patient', 'id', '--time', 'infusionAt'], /^crs-grade: --time and --infusion both name the column "infusionAt"/],
    [['course', '--patient', 'crs', '--time', 'date'], /^crs-grade: --patient: "crs" holds a part of every row/],
    [['course', '--patient', ' ', '--time', 'date'], /^crs-grade: --patient: expected a column/],
    [['course', '--example', '--patient', 'id'], /^crs-grade: --example reads its own columns \(patientId, at, infusionAt\)/],
    [['course', '--example', 'file.csv'], /^crs-grade: --example grades the embedded courses/],
    [['course', ...COLUMNS, 'a', 'b'], /^crs-grade: expected at most one file/],
    [['course', ...COLUMNS, '--lang', 'fr'], /^crs-grade: --lang: expected "en" or "de"/],
    [['course', ...COLUMNS, '--format', 'xml'], /^crs-grade: --format: expected one of "ndjson", "json", "csv"/],
    [['course', ...COLUMNS, '--max-record-bytes', '8'], /^crs-grade: --max-record-bytes: expected a whole number/],
    [['course', ...COLUMNS, '--out', ''], /^crs-grade: --out: expected a file name/],
    [['course', ...COLUMNS, '--json', '--out', 'x.csv'], /^crs-grade: --json asks for NDJSON but --out names a \.csv file/],
    [['course', ...COLUMNS, '--icans'], /^crs-grade: course: Unknown option '--icans'/],
    [['course', ...COLUMNS, '--format', 'csv'], /^crs-grade: --infusion: the CSV header has no column "infusionAt"; name the column that holds the infusion time with --infusion\n$/],
  ])('exits 2 with a one-line message for %j', async (argv, message) => {
    const result = await run(argv, 'patientId,date,crs.temperatureCelsius\nP1,2026-03-03,37\n');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stdout).toBe('');
  });

  it('exits 3 for a missing file, a directory and an input without rows', async () => {
    expect(await run(['course', ...COLUMNS, join(dir, 'missing.csv')])).toMatchObject({ code: 3, stderr: expect.stringMatching(/^crs-grade: cannot read ".*missing\.csv": no such file\n$/) as unknown });
    expect(await run(['course', ...COLUMNS, dir])).toMatchObject({ code: 3, stderr: expect.stringMatching(/it is a directory/) as unknown });
    expect(await run(['course', ...COLUMNS], '\n\n')).toMatchObject({ code: 3, stderr: 'crs-grade: no records in standard input\n' });
    expect(await run(['course', ...COLUMNS, '--format', 'csv'], 'patientId,date,infusionAt\n')).toMatchObject({ code: 3, stderr: 'crs-grade: no records in standard input\n' });
    const same = file('same.ndjson', ndjson(OTHERS));
    expect(await run(['course', ...COLUMNS, '--out', same, same])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--out names the input file/) as unknown });
  });

  it('keeps docs/cli.md honest: its course example gives the output it shows', async () => {
    const page = readFileSync(resolve(import.meta.dirname, '..', '..', 'docs', 'cli.md'), 'utf8');
    const section = page.slice(page.indexOf('\n## Courses'));
    const input = /```csv\n([\s\S]*?)```/.exec(section)?.[1];
    const shown = /```text\n\$ crs-grade course --patient patientId --time date courses\.csv\n([\s\S]*?)```/.exec(section)?.[1];
    expect(input).toBeDefined();
    expect(shown).toBeDefined();
    const result = await run(['course', '--patient', 'patientId', '--time', 'date', file('courses.csv', input ?? '')]);
    expect(result.stdout).toBe(shown);
  });
});

describe('crs-grade course: streams', () => {
  const input = ndjson([...WORKED, ...OTHERS]);

  function io(stdin: Readable, stdout: Writable, stderr: Writable, extra: Partial<CliIo> = {}): CliIo {
    return { stdin, stdout, stderr, stderrIsTTY: false, env: {}, version: '9.9.9', ...extra };
  }

  it('shows progress on a terminal after a moment, and wipes it', async () => {
    let clock = 0;
    const stderr = sink();
    const pieces = input.split('\n').map((line) => Buffer.from(`${line}\n`));
    const code = await runCli(['course', ...COLUMNS], io(Readable.from(pieces), sink().stream, stderr.stream, { stderrIsTTY: true, now: () => (clock += 400) }));
    expect(code).toBe(0);
    expect(stderr.text()).toMatch(/^\rcrs-grade: [\d,]+ records, [\d,]+\/s/);
    expect(stderr.text().endsWith('\r\u001b[K3 patients (13 rows): 3 graded, 0 not graded\n')).toBe(true);
  });

  it('reports a read error in one line with exit 3, and an internal failure as one', async () => {
    const failing = (error: Error): Readable =>
      new Readable({
        read() {
          this.destroy(error);
        },
      });
    const eio = sink();
    expect(await runCli(['course', ...COLUMNS], io(failing(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' })), sink().stream, eio.stream))).toBe(3);
    expect(eio.text()).toBe('crs-grade: cannot read standard input: EIO: i/o error, read\n');
    const boom = sink();
    expect(await runCli(['course', ...COLUMNS], io(failing(new TypeError('boom')), sink().stream, boom.stream))).toBe(3);
    expect(boom.text()).toBe('crs-grade: internal error: boom (run again with --debug for details)\n');
    const debug = sink();
    expect(await runCli(['course', ...COLUMNS, '--debug'], io(failing(new TypeError('boom')), sink().stream, debug.stream))).toBe(3);
    expect(debug.text()).toMatch(/^crs-grade: internal error: boom\nTypeError: boom\n\s+at /);
  });

  it('ends quietly when the reader of the output goes away', async () => {
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const stderr = sink();
    const many = ndjson(Array.from({ length: 3000 }, (_, index) => ({ patient: `P${index}`, at: '2026-03-03', crs: quiet })));
    expect(await runCli(['course', ...COLUMNS, '--json'], io(Readable.from([Buffer.from(many)]), stdout, stderr.stream))).toBe(0);
    expect(stderr.text()).toBe('');
  });

  it.runIf(existsSync('/dev/full'))('reports an output that cannot be written (a full disk), with exit 3, never as written', async () => {
    const result = await run(['course', ...COLUMNS, '--out', '/dev/full'], input);
    expect(result).toMatchObject({ code: 3, stderr: expect.stringMatching(/^crs-grade: cannot write "\/dev\/full": .*ENOSPC/) as unknown });
    expect(await run(['--example', '--out', '/dev/full'])).toMatchObject({ code: 3, stderr: expect.stringMatching(/^crs-grade: cannot write "\/dev\/full": .*ENOSPC/) as unknown });
  });
});

describe('crs-grade course: row order', () => {
  const day = (offset: number): string => `2026-03-${String(2 + offset).padStart(2, '0')}`;
  const crsOf = fc.constantFrom<CrsAssessment>(quiet, fever(38.4), fever(39.2), hypotension, cannula, { ...hypotension, vasopressors: [{ agent: 'norepinephrine' }] });
  const icansOf = fc.constantFrom<IcansAssessment | undefined>(undefined, alert, { ...alert, ice: 8 }, { ...alert, ice: 4, consciousness: 'awakens-to-voice' });
  const treatmentsOf = fc.constantFrom<readonly Treatment[] | undefined>(undefined, undefined, ['tocilizumab'], ['paracetamol'], ['dexamethasone', 'tocilizumab']);
  const patientRows = (patient: string): fc.Arbitrary<Row[]> =>
    fc
      .uniqueArray(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 8 })
      .chain((days) =>
        fc.tuple(
          ...days.map((offset) =>
            fc.record({ crs: crsOf, icans: icansOf, treatments: treatmentsOf }).map(({ crs, icans, treatments }): Row => ({
              patient,
              at: day(offset),
              crs,
              ...(icans === undefined ? {} : { icans }),
              ...(treatments === undefined ? {} : { treatments }),
            })),
          ),
        ),
      );
  const cohort = fc.tuple(patientRows('A'), patientRows('B'), patientRows('C'), fc.constantFrom('none', 'bad-row', 'bad-infusion')).map(([a, b, c, fault]) => {
    const rows: Row[] = [...a, ...b, ...c];
    if (fault === 'bad-row') rows.push({ patient: 'B', at: day(20), crs: { ...quiet, temperatureCelsius: 101 } });
    if (fault === 'bad-infusion') rows.push({ patient: 'C', at: day(21), infusionAt: day(1), crs: quiet });
    return rows;
  });

  /** What must not depend on row order: each patient's listing, its windows by time, its episodes (without input positions), and the cohort. */
  function outcome(stdout: string): unknown {
    return objects(stdout).map((object) => {
      if ('cohort' in object) return object;
      if ('errors' in object) {
        // Which of two infusion times comes first, and so how many rows disagree with it, depends on the order.
        const messages = (object['errors'] as { message: string }[]).map(({ message }) => message.replace(/line \d+/g, 'line #').replace(/"[^"]*" differs from "[^"]*"/, 'differs'));
        return { patient: object['patient'], errors: [...new Set(messages)].sort() };
      }
      const { crs, icans, treatments } = grading(object);
      return {
        patient: object['patient'],
        crs: { ...crs, episodes: positionFree(crs.episodes), observations: crs.observations.map(({ at, grading: { grade }, feverMaskedDerived }) => [at, grade, feverMaskedDerived]) },
        icans: { ...icans, episodes: positionFree(icans.episodes), observations: icans.observations.map(({ at, grading: { grade } }) => [at, grade]) },
        treatments: treatments.map(({ at, treatment }) => `${at} ${treatment}`).sort(),
      };
    });
  }

  it('never changes any patient\'s result when the rows are shuffled', async () => {
    await fc.assert(
      fc.asyncProperty(cohort, fc.array(fc.nat()), async (rows, keys) => {
        const shuffled = rows.map((row, index) => ({ row, key: keys[index] ?? index })).sort((a, b) => a.key - b.key).map(({ row }) => row);
        const [first, second] = await Promise.all([run(['course', ...COLUMNS, '--json'], ndjson(rows)), run(['course', ...COLUMNS, '--json'], ndjson(shuffled))]);
        expect(second.code).toBe(first.code);
        const sortByPatient = (list: unknown): unknown => (list as { patient?: string }[]).slice().sort((a, b) => String(a.patient).localeCompare(String(b.patient)));
        expect(sortByPatient(outcome(second.stdout))).toEqual(sortByPatient(outcome(first.stdout)));
        const table = (stdout: string): string[] =>
          stdout.split('\n\n')[0]?.split('\n').map((line) => (/not graded/.test(line) ? line.replace(/not graded: .*/, 'not graded') : line)).sort() ?? [];
        const [firstTable, secondTable] = await Promise.all([run(['course', ...COLUMNS], ndjson(rows)), run(['course', ...COLUMNS], ndjson(shuffled))]);
        expect(table(secondTable.stdout)).toEqual(table(firstTable.stdout));
      }),
      { numRuns: 40 },
    );
  });
});
