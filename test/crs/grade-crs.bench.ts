import { bench, describe } from 'vitest';
import type { CrsAssessment } from '../../src/crs/assessment.js';
import { gradeCRS } from '../../src/crs/grade-crs.js';
import { gradeCRSOnAllScales } from '../../src/crs/grade-crs-on-all-scales.js';

// The same inputs for both: one per ASTCT 2019 grade.
const inputs: CrsAssessment[] = [
  { temperatureCelsius: 37.2, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } },
  { temperatureCelsius: 38.4, hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } },
  { temperatureCelsius: 38.4, hypotension: true, vasopressors: [], oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 4 } },
  { temperatureCelsius: 39.0, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }, { agent: 'vasopressin' }], oxygen: { device: 'venturi-mask' } },
  { temperatureCelsius: 39.5, hypotension: true, vasopressors: [{ agent: 'norepinephrine' }, { agent: 'epinephrine' }], oxygen: { device: 'bipap' } },
];

/** The smallest correct grader: no validation, no reasons, no notes. The baseline for the ratio. */
function minimalGrade(a: CrsAssessment): number {
  if (a.diedOfCrs === true) return 5;
  const pressors = a.vasopressors.filter((v) => v.agent !== 'vasopressin').length;
  const hypotension = !a.hypotension ? 0 : a.vasopressors.length === 0 ? 2 : pressors >= 2 ? 4 : 3;
  const d = a.oxygen.device;
  const flow = a.oxygen.flowLitersPerMinute ?? 0;
  const hypoxia =
    d === 'room-air' ? 0 : d === 'blow-by' ? 2 : d === 'nasal-cannula' || d === 'high-flow-nasal-cannula' ? (flow <= 6 ? 2 : 3) : d === 'cpap' || d === 'bipap' || d === 'mechanical-ventilation' ? 4 : 3;
  const organ = Math.max(hypotension, hypoxia);
  if (a.temperatureCelsius >= 38) return Math.max(1, organ);
  return a.feverMasked === true ? organ : 0;
}

let sink = 0;

describe('grade 5 assessments (one per grade)', () => {
  bench('gradeCRS (validates, gives reasons)', () => {
    for (const input of inputs) sink += gradeCRS(input).grade;
  });
  bench('minimal hand-written grader (no validation, no reasons)', () => {
    for (const input of inputs) sink += minimalGrade(input);
  });
});

describe('the same 5 assessments on all eight scales', () => {
  bench('gradeCRSOnAllScales (validates once, grades eight scales)', () => {
    for (const input of inputs) sink += gradeCRSOnAllScales(input)['lee-2014'].grade ?? 0;
  });
  bench('gradeCRS on ASTCT 2019 only, for comparison', () => {
    for (const input of inputs) sink += gradeCRS(input).grade;
  });
});

export { sink };
