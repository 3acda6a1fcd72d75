import { readFile, stat, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Readable } from 'node:stream';
import { gradeCourse } from '../course/grade-course.js';
import type { CourseGrading, CourseEpisode } from '../course/grading.js';
import { describeCrsFinding, describeCrsNote } from '../i18n/describe-crs.js';
import { de } from '../locale/de/index.js';
import { en } from '../locale/en/index.js';
import type { Locale } from '../locale/locale.js';
import { toFhirAdverseEvent } from '../fhir/adverse-event.js';
import { toFhirCondition } from '../fhir/condition.js';
import { type CourseFromFhir, type CourseFromFhirOptions, courseFromFhir } from '../fhir/course-from-fhir.js';
import { FhirInputError } from '../fhir/fhir-input-error.js';
import { sourcesOfEpisode } from '../fhir/sources-of-episode.js';
import { GradingScale } from '../vocabulary/grading-scale.js';
import { enumValues } from '../vocabulary/vocabulary.js';
import { escapeControl } from './escape.js';
import { EXIT, type Language } from './options.js';

export const FHIR_USAGE = `Usage: crs-grade fhir --infusion-at TIME [options] [file]

Reads one patient's FHIR R4 resources (a Bundle or an array as JSON, or NDJSON with one resource per
line; standard input without a file), builds the course (courseFromFhir), grades it (gradeCourse)
and prints one row per assessment window, then the episodes. A window the data does not describe
fully (temperature, hypotension, vasopressors, oxygen) refuses the input, naming what it misses and
what is known; with --incomplete-windows leave-out it is listed with what it misses, never graded,
and the course graded without it (exit code 1: a window left out could be the worst).

Reading:
  --infusion-at TIME          when the cells were infused (day 0): a date or a date-time (required)
  --window-hours N            windows of N hours (1 to 24) from the infusion instead of calendar days
  --hypotension-rule RULE     read hypotension from systolic pressures: systolic-below-90
  --hypotension AT=yes|no     state hypotension for the window AT (a date, or a window start);
                              repeat for several windows
  --incomplete-windows WHAT   refuse (default) or leave-out: what to do with a window the data
                              does not describe fully
  --administrations-complete  the input holds every medication administration of the course, so a
                              window without a vasopressor administration has none
  --include-preliminary       use preliminary observations as if final
  --codes FILE                a JSON file of your own codes (options.codes: vasopressors,
                              treatments, oxygenDevices, unrelatedMedications)

Grading and output:
  --scale SCALE               grade CRS on SCALE (default astct-2019)
  --json                      print one JSON object: course, sources, notes and grading
  --write-fhir FILE           write an AdverseEvent and a Condition per episode to FILE (NDJSON)
  --subject REFERENCE         the subject of the written resources (default: the one Patient in
                              the input)
  --lang en|de                language of the wording (default en)
  -h, --help                  show this help

Exit code: 0 every window graded (and every episode written); 1 a window incomplete (refused, or
left out), an episode not written, or the input refused (each problem is printed with its path);
2 usage error; 3 the input could not be read.
See docs/fhir.md for the rules.`;

/** Where the subcommand reads and writes. */
export interface FhirCliIo {
  readonly stdin: Readable;
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** A failure with its exit code and one line. */
class Stop extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const LOCALES: Readonly<Record<Language, Locale>> = { en, de };
const SCALES: readonly GradingScale[] = enumValues(GradingScale);

interface FhirCommand {
  readonly file: string | undefined;
  readonly options: CourseFromFhirOptions;
  readonly codesFile: string | undefined;
  readonly scale: GradingScale;
  readonly json: boolean;
  readonly writeFhir: string | undefined;
  readonly subject: string | undefined;
  readonly language: Language;
}

function usage(message: string): Stop {
  return new Stop(`${message}\nRun crs-grade fhir --help for the options.`, EXIT.usage);
}

/** Reads the subcommand's command line; `'help'` for --help. */
function parseFhirCommandLine(argv: readonly string[]): FhirCommand | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        'infusion-at': { type: 'string' },
        'window-hours': { type: 'string' },
        'hypotension-rule': { type: 'string' },
        hypotension: { type: 'string', multiple: true },
        'incomplete-windows': { type: 'string' },
        'administrations-complete': { type: 'boolean', default: false },
        'include-preliminary': { type: 'boolean', default: false },
        codes: { type: 'string' },
        scale: { type: 'string' },
        json: { type: 'boolean', default: false },
        'write-fhir': { type: 'string' },
        subject: { type: 'string' },
        lang: { type: 'string', default: 'en' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw usage(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  if (values.help) return 'help';
  if (positionals.length > 1) throw usage(`expected at most one file; received ${positionals.length}`);
  const infusionAt = values['infusion-at'];
  if (infusionAt === undefined) throw usage('--infusion-at: the infusion time is required (the reader never guesses it from the data)');
  const language = values.lang;
  if (language !== 'en' && language !== 'de') throw usage(`--lang: expected "en" or "de"; received ${JSON.stringify(language)}`);
  const scale = values.scale ?? 'astct-2019';
  if (!(SCALES as readonly string[]).includes(scale)) throw usage(`--scale: expected one of ${SCALES.map((name) => `"${name}"`).join(', ')}; received ${JSON.stringify(scale)}`);
  const hoursText = values['window-hours'];
  const stated: Record<string, boolean> = {};
  for (const statement of values.hypotension ?? []) {
    const match = /^(.+)=(yes|no)$/.exec(statement);
    if (match === null) throw usage(`--hypotension: expected AT=yes or AT=no (e.g. 2026-03-04=yes); received ${JSON.stringify(statement)}`);
    stated[match[1] as string] = match[2] === 'yes';
  }
  const incomplete = values['incomplete-windows'];
  if (incomplete !== undefined && incomplete !== 'refuse' && incomplete !== 'leave-out') {
    throw usage(`--incomplete-windows: expected "refuse" or "leave-out"; received ${JSON.stringify(incomplete)}`);
  }
  const rule = values['hypotension-rule'];
  const hypotension = { ...(rule === undefined ? {} : { rule: rule as 'systolic-below-90' }), ...(Object.keys(stated).length === 0 ? {} : { stated }) };
  const writeFhir = values['write-fhir'];
  if (writeFhir === '') throw usage('--write-fhir: expected a file name');
  const file = positionals[0];
  if (writeFhir !== undefined && file !== undefined && resolve(writeFhir) === resolve(file)) throw usage('--write-fhir names the input file; choose another file');
  return {
    file,
    options: {
      infusionAt,
      // A malformed number is passed on as text, so that the reader's own message names it.
      ...(hoursText === undefined ? {} : { window: { hours: /^\d+$/.test(hoursText) ? Number(hoursText) : (hoursText as unknown as number) } }),
      ...(Object.keys(hypotension).length === 0 ? {} : { hypotension }),
      medicationAdministrationsComplete: values['administrations-complete'],
      includePreliminary: values['include-preliminary'],
      ...(incomplete === undefined ? {} : { incompleteWindows: incomplete }),
    },
    codesFile: values.codes,
    scale: scale as GradingScale,
    json: values.json,
    writeFhir,
    subject: values.subject,
    language,
  };
}

async function readText(file: string | undefined, stdin: Readable, what: string): Promise<string> {
  if (file === undefined || file === '-') {
    const chunks: Buffer[] = [];
    for await (const chunk of stdin) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
    return Buffer.concat(chunks).toString('utf8');
  }
  try {
    if ((await stat(file)).isDirectory()) throw new Stop(`cannot read ${what} ${JSON.stringify(file)}: it is a directory, not a file`, EXIT.failure);
    return await readFile(file, 'utf8');
  } catch (error) {
    if (error instanceof Stop) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new Stop(`cannot read ${what} ${JSON.stringify(file)}: ${code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : String(error)}`, EXIT.failure);
  }
}

/** A Bundle or an array as JSON, one resource as JSON, or NDJSON of resources. */
function parseResources(text: string, name: string): unknown {
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (trimmed === '') throw new Stop(`${name} is empty: expected a FHIR Bundle or resources`, EXIT.failure);
  try {
    const whole: unknown = JSON.parse(trimmed);
    if (Array.isArray(whole)) return whole;
    if (typeof whole === 'object' && whole !== null && (whole as { resourceType?: unknown }).resourceType === 'Bundle') return whole;
    return [whole];
  } catch {
    // Not one JSON value: NDJSON.
  }
  return trimmed.split(/\r?\n/).flatMap((line, index) => {
    if (line.trim() === '') return [];
    try {
      return [JSON.parse(line) as unknown];
    } catch (error) {
      throw new Stop(`${name}, line ${index + 1}: not JSON (${error instanceof Error ? error.message : String(error)})`, EXIT.failure);
    }
  });
}

/** The one Patient of the input, as a reference, if there is exactly one. */
function onlyPatient(resources: unknown): string | undefined {
  const list = Array.isArray(resources)
    ? (resources as unknown[])
    : ((resources as { entry?: { resource?: unknown }[] }).entry ?? []).map((entry) => entry.resource);
  const ids = list.flatMap((resource) => {
    const { resourceType, id } = (resource ?? {}) as { resourceType?: unknown; id?: unknown };
    return resourceType === 'Patient' && typeof id === 'string' ? [`Patient/${id}`] : [];
  });
  return ids.length === 1 ? ids[0] : undefined;
}

function episodeText(syndrome: 'CRS' | 'ICANS', index: number, episode: CourseEpisode, language: Language): string {
  const german = language === 'de';
  const peak = episode.possiblePeakGrades.min === episode.possiblePeakGrades.max ? String(episode.peakGrade) : `${episode.possiblePeakGrades.min}–${episode.possiblePeakGrades.max}`;
  const end =
    episode.outcome === 'resolved'
      ? german
        ? `abgeklungen ${episode.resolvedAt ?? ''} (${episode.durationDays ?? ''} Tage)`
        : `resolved ${episode.resolvedAt ?? ''} (${episode.durationDays ?? ''} days)`
      : episode.outcome === 'death'
        ? german
          ? 'Tod'
          : 'death'
        : german
          ? 'andauernd'
          : 'ongoing';
  return german
    ? `${syndrome}-Episode ${index + 1}: Beginn ${episode.onsetAt} (Tag ${episode.onsetDay}), Höchstgrad ${peak} am ${episode.peakAt}, ${end}`
    : `${syndrome} episode ${index + 1}: onset ${episode.onsetAt} (day ${episode.onsetDay}), peak grade ${peak} on ${episode.peakAt}, ${end}`;
}

/** The table: one row per window, graded or left out, then the episodes. */
function table(result: CourseFromFhir, grading: CourseGrading | undefined, language: Language): string {
  const locale = LOCALES[language];
  const width = Math.max(10, ...result.sources.windows.map(({ window }) => window.length));
  const lines = [`${'window'.padEnd(width)}  grade  ${language === 'de' ? 'Treiber oder fehlende Angaben' : 'drivers, or what is missing'}`];
  for (const window of result.sources.windows) {
    const graded = window.observation === null ? undefined : grading?.crs.observations.find(({ index }) => index === window.observation);
    if (graded === undefined) {
      const missing = window.missing.join(', ');
      lines.push(`${window.window.padEnd(width)}  -      ${language === 'de' ? `nicht eingestuft; es fehlt: ${missing}` : `not graded; missing ${missing}`}`);
      continue;
    }
    const outcome = graded.grading;
    if (!outcome.gradable) {
      lines.push(`${window.window.padEnd(width)}  n/g    ${language === 'de' ? 'benötigt' : 'needs'} ${outcome.missing.join(', ')}`);
      continue;
    }
    const drivers = outcome.drivers.map(({ finding }) => describeCrsFinding(finding, locale)).join('; ');
    const notes = outcome.notes.map((note) => describeCrsNote(note, locale)).join(' ');
    const text = drivers === '' ? (language === 'de' ? 'Kriterien nicht erfüllt.' : 'Criteria not met.') : `${drivers}.`;
    lines.push(`${window.window.padEnd(width)}  ${String(outcome.grade).padEnd(5)}  ${escapeControl([text, notes].filter((part) => part !== '').join(' '))}`);
  }
  if (!result.complete) {
    const count = result.sources.windows.filter(({ observation }) => observation === null).length;
    lines.push(
      language === 'de'
        ? `Unvollständig: ${count} Fenster ausgelassen; der Verlauf ohne sie ist nicht der des Patienten.`
        : `Incomplete: ${count} ${count === 1 ? 'window' : 'windows'} left out; the course without ${count === 1 ? 'it' : 'them'} is not the patient's.`,
    );
  }
  if (grading !== undefined) {
    grading.crs.episodes.forEach((episode, index) => lines.push(episodeText('CRS', index, episode, language)));
    grading.icans.episodes.forEach((episode, index) => lines.push(episodeText('ICANS', index, episode, language)));
    if (grading.crs.episodes.length === 0) lines.push(language === 'de' ? 'Keine CRS-Episode.' : 'No CRS episode.');
  }
  return `${lines.join('\n')}\n`;
}

/** The AdverseEvent and Condition of every episode whose peak is certain, as NDJSON; and the episodes left out. */
function fhirOut(result: CourseFromFhir, grading: CourseGrading, subject: string): { readonly ndjson: string; readonly skipped: string[] } {
  const lines: string[] = [];
  const skipped: string[] = [];
  for (const syndrome of ['crs', 'icans'] as const) {
    grading[syndrome].episodes.forEach((episode, index) => {
      if (episode.possiblePeakGrades.min !== episode.possiblePeakGrades.max) {
        skipped.push(`${syndrome.toUpperCase()} episode ${index + 1}: its peak grade is uncertain on ${grading.scale}, so it is not written`);
        return;
      }
      const id = `${syndrome}-episode-${index + 1}`;
      try {
        const condition = toFhirCondition({ course: grading, episode }, { subject: { reference: subject }, id: `${id}-condition`, evidence: sourcesOfEpisode(episode, result) });
        const event = toFhirAdverseEvent({ course: grading, episode }, { subject: { reference: subject }, id, resultingCondition: { reference: `Condition/${id}-condition` } });
        lines.push(JSON.stringify(event), JSON.stringify(condition));
      } catch (error) {
        // A time as written in the input that is not a FHIR dateTime (no seconds or no offset) cannot be written.
        if (!FhirInputError.is(error)) throw error;
        skipped.push(`${syndrome.toUpperCase()} episode ${index + 1}: not written: ${error.issues.map(({ pathText, message }) => `${pathText}: ${message}`).join('; ')}`);
      }
    });
  }
  return { ndjson: lines.length === 0 ? '' : `${lines.join('\n')}\n`, skipped };
}

/**
 * `crs-grade fhir`: reads a patient's FHIR resources, grades the course, prints it, and writes the
 * AdverseEvent and Condition of each episode on request.
 */
export async function runFhirCommand(argv: readonly string[], io: FhirCliIo): Promise<number> {
  try {
    const command = parseFhirCommandLine(argv);
    if (command === 'help') {
      io.stdout.write(`${FHIR_USAGE}\n`);
      return EXIT.allGraded;
    }
    const name = command.file === undefined || command.file === '-' ? 'standard input' : JSON.stringify(command.file);
    const resources = parseResources(await readText(command.file, io.stdin, 'the input'), name);
    let options = command.options;
    if (command.codesFile !== undefined) {
      const text = await readText(command.codesFile, io.stdin, '--codes');
      try {
        options = { ...options, codes: JSON.parse(text) as CourseFromFhirOptions['codes'] };
      } catch (error) {
        throw new Stop(`--codes ${JSON.stringify(command.codesFile)}: not JSON (${error instanceof Error ? error.message : String(error)})`, EXIT.failure);
      }
    }
    let result: CourseFromFhir;
    try {
      result = courseFromFhir(resources as never, options);
    } catch (error) {
      if (!FhirInputError.is(error)) throw error;
      const more = error.issueCount > error.issues.length ? [`… and ${error.issueCount - error.issues.length} more`] : [];
      io.stderr.write(`crs-grade fhir: the input was refused (${error.issueCount} ${error.issueCount === 1 ? 'problem' : 'problems'}):\n${[...error.issues.map(({ pathText, message }) => `  ${pathText === '' ? '(input)' : pathText}: ${escapeControl(message)}`), ...more.map((line) => `  ${line}`)].join('\n')}\n`);
      if (error.incompleteWindows.length > 0) {
        io.stderr.write(`crs-grade fhir: ${error.incompleteWindows.length} ${error.incompleteWindows.length === 1 ? 'window is' : 'windows are'} incomplete; --incomplete-windows leave-out grades the others without ${error.incompleteWindows.length === 1 ? 'it' : 'them'}\n`);
      }
      // An option the reader refused is a usage error; a problem in the data refuses the input.
      return error.issues.every(({ path }) => path[0] === 'options') ? EXIT.usage : EXIT.someNotGraded;
    }
    const grading = result.course.observations.length === 0 ? undefined : gradeCourse(result.course, { scale: command.scale });
    if (command.json) io.stdout.write(`${JSON.stringify({ complete: result.complete, course: result.course, sources: result.sources, notes: result.notes, grading: grading ?? null })}\n`);
    else io.stdout.write(table(result, grading, command.language));
    if (grading === undefined) io.stderr.write('crs-grade fhir: no window could be graded: the data states too little (see the windows above, or --json for the notes)\n');
    let unwritten = false;
    if (command.writeFhir !== undefined) {
      const subject = command.subject ?? onlyPatient(resources);
      if (subject === undefined) throw usage('--write-fhir needs --subject: the input does not hold exactly one Patient');
      const { ndjson, skipped } = grading === undefined ? { ndjson: '', skipped: [] } : fhirOut(result, grading, subject);
      for (const line of skipped) io.stderr.write(`crs-grade fhir: ${line}\n`);
      unwritten = skipped.length > 0;
      try {
        await writeFile(command.writeFhir, ndjson);
      } catch (error) {
        throw new Stop(`cannot write ${JSON.stringify(command.writeFhir)}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, EXIT.failure);
      }
    }
    const leftOut = !result.complete || grading === undefined || !grading.crs.gradable || unwritten;
    return leftOut ? EXIT.someNotGraded : EXIT.allGraded;
  } catch (error) {
    if (error instanceof Stop) {
      io.stderr.write(`crs-grade fhir: ${error.message}\n`);
      return error.exitCode;
    }
    throw error;
  }
}

