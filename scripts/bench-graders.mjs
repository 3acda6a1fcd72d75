// Times the graders against hand-written floors on a realistic generated mix, in one process, and
// reports the ratio and the bytes allocated per call. Run with `npm run bench:graders` (it builds
// first); the machine's speed cancels out of the ratios, which are what docs/performance.md quotes.
//
//   node --expose-gc --max-semi-space-size=256 scripts/bench-graders.mjs [--records 2000] [--rounds 7] [--patients 1000]
import { parseArgs } from 'node:util';
import { gradeCRS, gradeCourse, gradeICANS, safeGradeCRS } from '../dist/index.js';
import { gradeCRS as gradeAstctOnly } from '../dist/astct/index.js';

const { values } = parseArgs({
  options: { records: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '7' }, patients: { type: 'string', default: '1000' } },
});
const RECORDS = Number(values.records);
const PATIENTS = Number(values.patients);
const ROUNDS = Number(values.rounds);
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc (npm run bench:graders does)');

// A seeded generator, so that every run grades the same mix.
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEVICES = ['room-air', 'room-air', 'room-air', 'nasal-cannula', 'nasal-cannula', 'high-flow-nasal-cannula', 'blow-by', 'simple-face-mask', 'venturi-mask', 'non-rebreather-mask', 'cpap', 'bipap', 'mechanical-ventilation'];
const AGENTS = ['norepinephrine', 'epinephrine', 'phenylephrine', 'dopamine', 'vasopressin'];

/** CRS assessments as a trial export would hold them: all devices, 0 to 3 pressors, a quarter with the other scales' facts. */
function crsMix(count) {
  const next = random(20261130);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const records = [];
  for (let index = 0; index < count; index += 1) {
    const pressors = next() < 0.6 ? 0 : 1 + Math.floor(next() * 3);
    const hypotension = pressors > 0 || next() < 0.2;
    const device = pick(DEVICES);
    const oxygen = device.includes('cannula') ? { device, flowLitersPerMinute: Math.round(next() * 120) / 10 + 0.5 } : { device };
    const agents = [...AGENTS].sort(() => next() - 0.5).slice(0, pressors).map((agent) => ({ agent }));
    const record = { temperatureCelsius: Math.round((36.5 + next() * 4) * 10) / 10, hypotension, vasopressors: agents, oxygen };
    if (next() < 0.1) record.feverMasked = true;
    if (next() < 0.25) {
      if (device !== 'room-air') oxygen.inspiredOxygenFractionPercent = 24 + Math.floor(next() * 60);
      Object.assign(record, { constitutionalSymptoms: next() < 0.5, organToxicityGrade: Math.floor(next() * 4), transaminitisGrade: Math.floor(next() * 4), hospitalization: 'for-crs-symptoms' });
      if (pressors > 0) Object.assign(record, { vasopressorDose: 'low', vasopressorDurationHours: 1 + Math.floor(next() * 40), lifeThreateningHypotension: false });
    }
    records.push(JSON.parse(JSON.stringify(record)));
  }
  return records;
}

/** ICANS assessments: adults on ICE (number or items), children on CAPD, every domain. */
function icansMix(count) {
  const next = random(7);
  const pick = (list) => list[Math.floor(next() * list.length)];
  const records = [];
  for (let index = 0; index < count; index += 1) {
    const child = next() < 0.2;
    const consciousness = pick(['alert', 'alert', 'alert', 'awakens-spontaneously', 'awakens-to-voice', 'awakens-to-tactile-stimulus']);
    const record = {
      ageYears: child ? 2 + Math.floor(next() * 9) : 18 + Math.floor(next() * 60),
      consciousness,
      seizure: pick(['none', 'none', 'none', 'rapidly-resolving']),
      motorWeakness: next() < 0.05 ? 'deep-focal' : 'none',
      cerebralEdema: pick(['none', 'none', 'not-imaged', 'focal']),
      raisedIcpSigns: next() < 0.05 ? ['papilledema'] : [],
    };
    if (child) record.capd = Math.floor(next() * 20);
    else record.ice = next() < 0.5 ? Math.floor(next() * 11) : { orientation: Math.floor(next() * 5), naming: Math.floor(next() * 4), commands: Math.floor(next() * 2), writing: Math.floor(next() * 2), attention: Math.floor(next() * 2) };
    records.push(JSON.parse(JSON.stringify(record)));
  }
  return records;
}

/** The smallest correct ASTCT 2019 CRS grader: no validation, no reasons. */
function crsFloor(a) {
  if (a.diedOfCrs === true) return { grade: 5 };
  const agents = a.vasopressors;
  let counted = 0;
  for (let index = 0; index < agents.length; index += 1) if (agents[index].agent !== 'vasopressin') counted += 1;
  const hypotension = !a.hypotension ? 0 : agents.length === 0 ? 2 : counted >= 2 ? 4 : 3;
  const d = a.oxygen.device;
  const hypoxia =
    d === 'room-air' ? 0 : d === 'blow-by' ? 2 : d === 'nasal-cannula' || d === 'high-flow-nasal-cannula' ? (a.oxygen.flowLitersPerMinute <= 6 ? 2 : 3) : d === 'cpap' || d === 'bipap' || d === 'mechanical-ventilation' ? 4 : 3;
  const organ = hypotension > hypoxia ? hypotension : hypoxia;
  if (a.temperatureCelsius >= 38) return { grade: organ > 1 ? organ : 1 };
  return { grade: a.feverMasked === true ? organ : 0 };
}

const CONSCIOUSNESS = { alert: 0, 'awakens-spontaneously': 1, 'awakens-to-voice': 2, 'awakens-to-tactile-stimulus': 3, unarousable: 4 };

/** The smallest correct ASTCT 2019 ICANS grader: no validation, no reasons. */
function icansFloor(a) {
  let grade = CONSCIOUSNESS[a.consciousness];
  if (a.ageYears < 12) {
    const capd = a.capd;
    grade = Math.max(grade, capd >= 9 ? 3 : capd >= 1 ? 1 : 0);
  } else {
    const ice = typeof a.ice === 'number' ? a.ice : a.ice.orientation + a.ice.naming + a.ice.commands + a.ice.writing + a.ice.attention;
    grade = Math.max(grade, ice >= 10 ? 0 : ice >= 7 ? 1 : ice >= 3 ? 2 : 3);
  }
  if (a.seizure !== 'none') grade = Math.max(grade, a.seizure === 'rapidly-resolving' ? 3 : 4);
  if (a.motorWeakness === 'deep-focal' || a.raisedIcpSigns.length > 0 || a.cerebralEdema === 'diffuse') grade = 4;
  else if (a.cerebralEdema === 'focal') grade = Math.max(grade, 3);
  return { grade };
}

let sink = 0;

/** Nanoseconds per call over the mix. */
function time(fn, records, repeat) {
  const start = process.hrtime.bigint();
  for (let round = 0; round < repeat; round += 1) {
    for (let index = 0; index < records.length; index += 1) sink += fn(records[index]).grade ?? 0;
  }
  return Number(process.hrtime.bigint() - start) / (repeat * records.length);
}

/** Bytes allocated per call (heap growth with no collection in between: semi-space set large). */
function bytesPerCall(fn, records) {
  globalThis.gc();
  const before = process.memoryUsage().heapUsed;
  for (let index = 0; index < records.length; index += 1) sink += fn(records[index]).grade ?? 0;
  return Math.max(0, (process.memoryUsage().heapUsed - before) / records.length);
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Alternates the candidates round by round and reports medians and the ratio to the floor (`windowsPerRecord` scales the rounds for courses). */
function compare(title, records, floor, candidates, windowsPerRecord = 1) {
  for (const [, fn] of candidates) time(fn, records, 20); // warm-up
  time(floor, records, 20);
  const samples = new Map([['floor', []], ...candidates.map(([name]) => [name, []])]);
  const repeat = Math.max(1, Math.round(200000 / (records.length * windowsPerRecord)));
  for (let round = 0; round < ROUNDS; round += 1) {
    samples.get('floor').push(time(floor, records, repeat));
    for (const [name, fn] of candidates) samples.get(name).push(time(fn, records, repeat));
  }
  const floorNs = median(samples.get('floor'));
  console.log(`\n${title} (${records.length} records, median of ${ROUNDS} rounds)`);
  console.log('| grader | ns per call | × floor | bytes per call |');
  console.log('|---|---:|---:|---:|');
  console.log(`| hand-written floor | ${floorNs.toFixed(0)} | 1.0 | ${bytesPerCall(floor, records).toFixed(0)} |`);
  for (const [name, fn] of candidates) {
    const ns = median(samples.get(name));
    console.log(`| ${name} | ${ns.toFixed(0)} | ${(ns / floorNs).toFixed(1)} | ${bytesPerCall(fn, records).toFixed(0)} |`);
  }
}

const crs = crsMix(RECORDS);
for (const record of crs) if (!safeGradeCRS(record).success) throw new Error(`the generated mix holds an invalid record: ${JSON.stringify(record)}`);
compare('CRS, ASTCT 2019', crs, crsFloor, [
  ['gradeCRS', (record) => gradeCRS(record)],
  ['safeGradeCRS', (record) => safeGradeCRS(record).data],
  ['gradeCRS of the astct entry', (record) => gradeAstctOnly(record)],
]);
compare('ICANS, ASTCT 2019', icansMix(RECORDS), icansFloor, [['gradeICANS', (record) => gradeICANS(record)]]);

/** Courses as a trial export holds them: 30 daily windows, CRS in most patients, tocilizumab for grade 2 or more, ICANS assessed in half. */
function courseMix(count) {
  const next = random(42);
  const day = (offset) => new Date(Date.UTC(2026, 2, 2 + offset)).toISOString().slice(0, 10);
  const quiet = { temperatureCelsius: 36.8, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } };
  const courses = [];
  for (let patient = 0; patient < count; patient += 1) {
    const onset = next() < 0.8 ? 1 + Math.floor(next() * 7) : 99;
    const length = 2 + Math.floor(next() * 7);
    const severity = Math.floor(next() * 4);
    const withIcans = next() < 0.5;
    const observations = [];
    const treatments = [{ at: `${day(0)}T08:00`, treatment: 'paracetamol' }];
    for (let offset = 0; offset < 30; offset += 1) {
      let crs = quiet;
      if (offset >= onset && offset < onset + length) {
        const first = offset === onset;
        crs = {
          temperatureCelsius: first ? 38.4 + Math.round(next() * 15) / 10 : 37.2 + Math.round(next() * 10) / 10,
          hypotension: severity >= 2,
          vasopressors: severity >= 3 ? [{ agent: 'norepinephrine' }] : [],
          oxygen: severity >= 1 ? { device: 'nasal-cannula', flowLitersPerMinute: 1 + Math.floor(next() * 4) } : { device: 'room-air' },
        };
        if (first && severity >= 1) treatments.push({ at: `${day(offset)}T18:00`, treatment: 'tocilizumab' });
      }
      const observation = { at: day(offset), crs };
      if (withIcans) {
        const ice = offset > onset && offset < onset + length ? 10 - Math.floor(next() * 5) : 10;
        observation.icans = { ageYears: 55, ice, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] };
      }
      observations.push(observation);
    }
    courses.push(JSON.parse(JSON.stringify({ infusionAt: day(0), observations, treatments })));
  }
  return courses;
}

const MASKING = new Set(['paracetamol', 'tocilizumab', 'dexamethasone', 'methylprednisolone', 'siltuximab', 'anakinra']);

/** The smallest correct course grader for this mix (dates only, one clock): per window, masked fever carried forward, episodes. */
function courseFloor(course) {
  const windows = [...course.observations].sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  const treatments = course.treatments;
  let onsetAt = null;
  let peak = 0;
  let maxGrade = 0;
  const episodes = [];
  for (const window of windows) {
    let masked = false;
    if (onsetAt !== null) {
      for (const given of treatments) {
        const date = given.at.slice(0, 10);
        if (MASKING.has(given.treatment) && date >= onsetAt && date < window.at) masked = true;
      }
    }
    const { grade } = crsFloor(masked ? { ...window.crs, feverMasked: true } : window.crs);
    if (grade > maxGrade) maxGrade = grade;
    if (grade >= 1) {
      if (onsetAt === null) onsetAt = window.at;
      if (grade > peak) peak = grade;
    } else if (onsetAt !== null) {
      episodes.push({ onsetAt, peak, resolvedAt: window.at });
      onsetAt = null;
      peak = 0;
    }
    if (window.icans !== undefined) icansFloor(window.icans);
  }
  return { grade: maxGrade, episodes };
}

const courses = courseMix(PATIENTS);
for (const course of courses) {
  const graded = gradeCourse(course);
  const floor = courseFloor(course);
  if (graded.crs.maxGrade !== floor.grade || graded.crs.episodes.length !== floor.episodes.length) {
    throw new Error(`the course floor and gradeCourse disagree on ${JSON.stringify(course).slice(0, 200)}…`);
  }
}
compare('Courses (30 daily windows each, CRS and half with ICANS)', courses, courseFloor, [['gradeCourse', (course) => ({ grade: gradeCourse(course).crs.maxGrade })]], 30);
if (sink === 42) console.log('');
