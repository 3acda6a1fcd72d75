import { extname } from 'node:path';
import type { CourseGradingOptions } from '../course/course.js';
import type { CourseGrading } from '../course/grading.js';
import { summarizeCohort } from '../course/summarize-cohort.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { type CohortContext, type CourseFormatter, cohortTable, courseCsvFormatter, courseNdjsonFormatter, courseTableFormatter } from './course-format.js';
import type { CourseOptions } from './course-options.js';
import { CourseRows } from './course-rows.js';
import { Utf8Pieces } from './decode.js';
import { EXAMPLE_COURSES_CSV } from './example-cohort.js';
import { Framer, type Reader, RunFailure, SniffingReader, formatOfName, ioMessage, openStreams } from './input.js';
import { EXIT, type InputFormat } from './options.js';
import { Output, Progress } from './output.js';
import type { CliIo } from './run.js';
import { JsonScanner } from './scan-json.js';
import { RecordSplitter } from './split.js';

/** Rows are read in batches of at most this many (CSV rows are split into cells a batch at a time). */
const BATCH_ROWS = 512;

function formatterFor(options: CourseOptions): CourseFormatter {
  switch (options.output) {
    case 'csv':
      return courseCsvFormatter();
    case 'ndjson':
      return courseNdjsonFormatter();
    case 'table':
      return courseTableFormatter(options.language);
  }
}

/**
 * What the cohort table needs of a graded course: `summarizeCohort` counts each course by its
 * settings, highest grades, episodes and treatments, so the per-window gradings are let go and
 * memory holds one small object per patient until the table is made.
 */
function forCohort(grading: CourseGrading): CourseGrading {
  return { ...grading, crs: { ...grading.crs, observations: [] }, icans: { ...grading.icans, observations: [] } };
}

/** The CSV header must name the patient, time and infusion columns. */
function checkHeader(options: CourseOptions): (cells: readonly string[]) => RunFailure | undefined {
  return (cells) => {
    const names = new Set(cells.map((cell) => cell.trim()));
    for (const [option, column, what] of [
      ['--patient', options.patient, 'patient identifier'],
      ['--time', options.time, 'time of each window'],
      ['--infusion', options.infusion, 'infusion time'],
    ] as const) {
      if (!names.has(column)) return new RunFailure(`${option}: the CSV header has no column ${JSON.stringify(column)}; name the column that holds the ${what} with ${option}`, EXIT.usage);
    }
    return undefined;
  };
}

/**
 * Runs `crs-grade course`: reads every row (streaming, in bounded batches), keeps each patient's
 * validated windows, then grades each patient's course and writes the listing and the cohort table.
 */
export async function gradeCourses(options: CourseOptions, io: CliIo): Promise<number> {
  const { source, target } = await openStreams({ file: options.file, example: options.example ? EXAMPLE_COURSES_CSV : undefined, exampleName: 'the example courses', out: options.out }, io);
  const output = new Output(target.stream);
  const gradingOptions: CourseGradingOptions = {
    scale: options.scale,
    mergeRecurrenceWithinDays: options.mergeRecurrenceWithinDays,
    capdBelowAgeYears: options.capdBelowAgeYears,
  };
  const rows = new CourseRows({ patient: options.patient, time: options.time, infusion: options.infusion }, gradingOptions);
  const showProgress = options.progress && io.stderrIsTTY && (io.env['CI'] ?? '') === '' && io.env['TERM'] !== 'dumb';
  const progress = new Progress(showProgress ? io.stderr : undefined, io.now);
  const maxChars = options.maxRecordBytes;
  let framer: Framer | undefined;
  let headerUsed = false;
  const create = (format: InputFormat): Reader => {
    framer = new Framer(format === 'csv' ? { contract: rows.rowContract, ids: rows.idColumns, check: checkHeader(options) } : undefined);
    switch (format) {
      case 'csv':
        return new RecordSplitter('csv', maxChars, framer);
      case 'json':
        return new JsonScanner(maxChars, framer);
      case 'ndjson':
        return new RecordSplitter('lines', maxChars, framer);
    }
  };
  const drain = (): void => {
    for (let batch = framer?.take(BATCH_ROWS); batch !== undefined; batch = framer?.take(BATCH_ROWS)) {
      if (!headerUsed && framer?.header !== undefined) {
        rows.useCsvHeader(framer.header);
        headerUsed = true;
      }
      rows.add(batch);
    }
  };
  const named = options.format ?? (options.example ? 'csv' : options.file === undefined ? undefined : formatOfName(options.file));
  const reader = named === undefined ? new SniffingReader(options.file === undefined || extname(options.file).toLowerCase() !== '.json', create) : create(named);
  const decoder = new Utf8Pieces();
  try {
    for await (const chunk of source.stream as AsyncIterable<Buffer | string>) {
      const piece = decoder.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      if (piece !== undefined) reader.push(piece);
      drain();
      progress.update(rows.rows);
    }
    const tail = decoder.end();
    if (tail !== undefined) reader.push(tail);
    reader.end();
    drain();
  } catch (error) {
    source.stream.destroy();
    if (error instanceof RunFailure) throw error;
    if ((error as NodeJS.ErrnoException | undefined)?.code === undefined) throw error;
    throw new RunFailure(`cannot read ${source.name}: ${ioMessage(error)}`, EXIT.failure);
  } finally {
    progress.clear();
  }
  if (rows.rows === 0) {
    await output.end(target.own);
    throw new RunFailure(`no records in ${source.name}`, EXIT.failure);
  }

  const formatter = formatterFor(options);
  const cohort: CourseGrading[] = [];
  let notGraded = 0;
  let uncertain = 0;
  const exitCode = (): number => (options.exitZero || (notGraded === 0 && uncertain === 0 && rows.orphanRows === 0) ? EXIT.allGraded : EXIT.someNotGraded);
  for (const result of rows.results()) {
    if (result.kind === 'graded') {
      cohort.push(forCohort(result.grading));
      if (!result.grading.crs.gradable || !result.grading.icans.gradable) uncertain += 1;
    } else if (result.patient !== null) notGraded += 1;
    output.write(formatter.patient(result));
    await output.flush();
    if (output.isClosed()) return exitCode();
  }
  const context: CohortContext = { scale: options.scale ?? GradingScale.Astct2019, mergeRecurrenceWithinDays: options.mergeRecurrenceWithinDays ?? 0, notGraded };
  const summary = summarizeCohort(cohort);
  output.write(formatter.end(summary, context));
  await output.end(target.own);
  if (output.failure !== undefined) throw new RunFailure(`cannot write ${options.out === undefined ? 'the output' : JSON.stringify(options.out)}: ${ioMessage(output.failure)}`, EXIT.failure);
  if (output.isClosed()) return exitCode();
  // The CSV listing has no room for the cohort table: it goes to standard output.
  if (options.output === 'csv') io.stdout.write(cohortTable(summary, context, options.language));
  const patients = cohort.length + notGraded;
  const parts = [
    `${patients} ${patients === 1 ? 'patient' : 'patients'} (${rows.rows} ${rows.rows === 1 ? 'row' : 'rows'}): ${cohort.length} graded, ${notGraded} not graded`,
    ...(uncertain > 0 ? [`${uncertain} with a grade known only as a range on ${context.scale}`] : []),
    ...(rows.orphanRows > 0 ? [`${rows.orphanRows} ${rows.orphanRows === 1 ? 'row belongs' : 'rows belong'} to no patient`] : []),
  ];
  io.stderr.write(`${parts.join(', ')}\n`);
  return exitCode();
}
