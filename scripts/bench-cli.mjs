// `npm run bench:cli`: the command line's wall time and peak memory against a parse-only floor.
//
// Generates NDJSON (and, up to --formats-up-to records, the same records as a JSON array and as CSV)
// in a temporary folder, then runs the built CLI (dist/cli/crs-grade.js) and the floor
// (scripts/bench-cli-floor.mjs: read line by line, JSON.parse, write a small result) as child
// processes, one after the other in the same run, each --runs times, and prints the medians as a
// Markdown table. Output goes to /dev/null. Peak memory is the maximum resident set size, from
// /usr/bin/time -v when it exists, else from /proc/<pid>/status (VmHWM).
//
//   npm run bench:cli                                   # 100k and 1M records
//   npm run bench:cli -- --sizes 100000,1000000,10000000 # the full set (10M takes several minutes)
//   npm run bench:cli -- --runs 3 --workers 0,1,2         # medians of 3; worker threads compared at 1M
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, readFileSync, rmSync, createWriteStream, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100000,1000000' },
    runs: { type: 'string', default: '1' },
    'formats-up-to': { type: 'string', default: '1000000' },
    workers: { type: 'string', default: '' },
    'workers-at': { type: 'string', default: '1000000' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const runs = Number(values.runs);
const formatsUpTo = Number(values['formats-up-to']);
const workerCounts = values.workers === '' ? [] : values.workers.split(',').map(Number);
const workersAt = Number(values['workers-at']);
const cli = join(root, 'dist', 'cli', 'crs-grade.js');
const floor = join(root, 'scripts', 'bench-cli-floor.mjs');
if (!existsSync(cli)) {
  console.error('bench:cli: build first (npm run build)');
  process.exit(1);
}

// Deterministic records: every grade, a mix of devices, vasopressors and optional facts; all valid.
function* records(count) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
  const devices = ['room-air', 'nasal-cannula', 'high-flow-nasal-cannula', 'simple-face-mask', 'cpap', 'bipap'];
  const agents = ['norepinephrine', 'epinephrine', 'vasopressin', 'phenylephrine'];
  for (let index = 0; index < count; index += 1) {
    const hypotension = random() < 0.3;
    const device = devices[Math.floor(random() * devices.length)];
    const oxygen =
      device === 'room-air'
        ? { device }
        : device.includes('nasal')
          ? { device, flowLitersPerMinute: Math.round(random() * 40 + 1) }
          : { device, inspiredOxygenFractionPercent: Math.round(random() * 60 + 25) };
    yield {
      temperatureCelsius: Math.round((36 + random() * 5) * 10) / 10,
      hypotension,
      vasopressors: hypotension ? agents.slice(0, Math.floor(random() * 3)).map((agent) => ({ agent })) : [],
      oxygen,
      organToxicityGrade: Math.floor(random() * 4),
      transaminitisGrade: Math.floor(random() * 3),
      constitutionalSymptoms: random() < 0.5,
    };
  }
}

const CSV_HEADER = 'temperatureCelsius,hypotension,vasopressors,oxygen.device,oxygen.flowLitersPerMinute,oxygen.inspiredOxygenFractionPercent,organToxicityGrade,transaminitisGrade,constitutionalSymptoms';
function csvRow(record) {
  const agents = record.vasopressors.map(({ agent }) => agent).join(';') || 'none';
  const { oxygen } = record;
  return [record.temperatureCelsius, record.hypotension, agents, oxygen.device, oxygen.flowLitersPerMinute ?? '', oxygen.inspiredOxygenFractionPercent ?? '', record.organToxicityGrade, record.transaminitisGrade, record.constitutionalSymptoms].join(',');
}

async function writeFile(path, count, format) {
  const out = createWriteStream(path);
  let buffer = format === 'json' ? '[\n' : format === 'csv' ? `${CSV_HEADER}\n` : '';
  let first = true;
  for (const record of records(count)) {
    if (format === 'csv') buffer += `${csvRow(record)}\n`;
    else if (format === 'json') {
      buffer += `${first ? '' : ',\n'}${JSON.stringify(record)}`;
      first = false;
    } else buffer += `${JSON.stringify(record)}\n`;
    if (buffer.length > 1 << 20) {
      if (!out.write(buffer)) await new Promise((done) => out.once('drain', done));
      buffer = '';
    }
  }
  if (format === 'json') buffer += '\n]\n';
  await new Promise((done) => out.end(buffer, done));
}

const hasTime = existsSync('/usr/bin/time');

/** Runs `node args` with output to /dev/null; resolves to wall seconds and peak RSS in MiB. */
function measure(args) {
  return new Promise((resolveRun, rejectRun) => {
    const devNull = openSync('/dev/null', 'w');
    const started = process.hrtime.bigint();
    const command = hasTime ? '/usr/bin/time' : process.execPath;
    const commandArgs = hasTime ? ['-v', process.execPath, ...args] : args;
    const child = spawn(command, commandArgs, { stdio: ['ignore', devNull, 'pipe'], env: { ...process.env, CI: 'true' } });
    let stderr = '';
    let peakKb = 0;
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const poll = hasTime
      ? undefined
      : setInterval(() => {
          try {
            const match = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
            if (match) peakKb = Math.max(peakKb, Number(match[1]));
          } catch {}
        }, 20);
    child.on('error', rejectRun);
    child.on('close', (code) => {
      if (poll) clearInterval(poll);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      if (hasTime) peakKb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? 0);
      const exit = hasTime ? Number(/Exit status: (\d+)/.exec(stderr)?.[1] ?? code) : code;
      if (exit !== 0) rejectRun(new Error(`node ${args.join(' ')} exited ${exit}: ${stderr.slice(-500)}`));
      else resolveRun({ seconds, peakMiB: peakKb / 1024 });
    });
  });
}

const median = (numbers) => [...numbers].sort((a, b) => a - b)[Math.floor(numbers.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'crs-bench-cli-'));
const rows = [];
try {
  for (const size of sizes) {
    const files = { ndjson: join(dir, `${size}.ndjson`) };
    process.stderr.write(`generating ${size} records…\n`);
    await writeFile(files.ndjson, size, 'ndjson');
    if (size <= formatsUpTo) {
      files.json = join(dir, `${size}.json`);
      files.csv = join(dir, `${size}.csv`);
      await writeFile(files.json, size, 'json');
      await writeFile(files.csv, size, 'csv');
    }
    const cases = [
      { name: 'floor: read lines, JSON.parse, write a small result', args: [floor, files.ndjson], floor: true },
      { name: 'crs-grade, NDJSON → table', args: [cli, files.ndjson] },
      { name: 'crs-grade --json, NDJSON → NDJSON', args: [cli, '--json', files.ndjson] },
    ];
    if (files.json) cases.push({ name: 'crs-grade, JSON array → table', args: [cli, files.json], versus: 1 });
    if (files.csv) cases.push({ name: 'crs-grade, CSV → table', args: [cli, files.csv], versus: 1 });
    if (size === workersAt) for (const count of workerCounts) cases.push({ name: `crs-grade --workers ${count}, NDJSON → table`, args: [cli, '--workers', String(count), files.ndjson], versus: 1 });
    const results = cases.map(() => []);
    for (let run = 0; run < runs; run += 1) {
      for (const [index, entry] of cases.entries()) {
        process.stderr.write(`  ${size} ${entry.name} (run ${run + 1}/${runs})\n`);
        results[index].push(await measure(entry.args));
      }
    }
    const walls = results.map((list) => median(list.map(({ seconds }) => seconds)));
    for (const [index, entry] of cases.entries()) {
      rows.push({
        size,
        bytes: statSync(entry.args.at(-1)).size,
        name: entry.name,
        seconds: walls[index],
        versusFloor: walls[index] / walls[0],
        versusNdjson: entry.versus === undefined ? undefined : walls[index] / walls[entry.versus],
        peakMiB: Math.max(...results[index].map(({ peakMiB }) => peakMiB)),
      });
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

let nodeVersion = process.version;
try {
  nodeVersion = execFileSync(process.execPath, ['--version'], { encoding: 'utf8' }).trim();
} catch {}
console.log(`\nnode ${nodeVersion}, ${availableParallelism()} cores, median of ${runs} run(s), output to /dev/null\n`);
console.log('| records | input | what | wall time | × floor | × NDJSON table | peak memory | µs per record |');
console.log('|---:|---:|---|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const megabytes = `${(row.bytes / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `| ${row.size.toLocaleString('en')} | ${megabytes} | ${row.name} | ${row.seconds.toFixed(2)} s | ${row.versusFloor.toFixed(2)} | ${row.versusNdjson === undefined ? '' : row.versusNdjson.toFixed(2)} | ${row.peakMiB.toFixed(0)} MiB | ${((row.seconds / row.size) * 1e6).toFixed(2)} |`,
  );
}
