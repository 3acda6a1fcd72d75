// The worked example of docs/course.md and the figure drawn from it (docs/course-example.svg).
import type { PatientCourse } from '../../src/course/course.js';
import type { CourseGrading } from '../../src/course/grading.js';

const none = { hypotension: false, vasopressors: [], oxygen: { device: 'room-air' } } as const;
const alert = { ageYears: 58, consciousness: 'alert', seizure: 'none', motorWeakness: 'none', cerebralEdema: 'not-imaged', raisedIcpSigns: [] } as const;

/** The course shown in docs/course.md. */
export const EXAMPLE_COURSE: PatientCourse = {
  infusionAt: '2026-03-02',
  observations: [
    { at: '2026-03-02', crs: { ...none, temperatureCelsius: 36.9 }, icans: { ...alert, ice: 10 } },
    { at: '2026-03-03', crs: { ...none, temperatureCelsius: 38.9 }, icans: { ...alert, ice: 10 } },
    { at: '2026-03-04', crs: { ...none, temperatureCelsius: 39.4, hypotension: true }, icans: { ...alert, ice: 10 } },
    { at: '2026-03-05', crs: { ...none, temperatureCelsius: 37.8, oxygen: { device: 'nasal-cannula', flowLitersPerMinute: 2 } }, icans: { ...alert, ice: 10 } },
    { at: '2026-03-06', crs: { ...none, temperatureCelsius: 37.2 }, icans: { ...alert, ice: 10 } },
    { at: '2026-03-07', crs: { ...none, temperatureCelsius: 36.8 }, icans: { ...alert, ice: 5, consciousness: 'awakens-to-voice' } },
    { at: '2026-03-08', crs: { ...none, temperatureCelsius: 36.7 }, icans: { ...alert, ice: 8 } },
    { at: '2026-03-10', crs: { ...none, temperatureCelsius: 36.8 }, icans: { ...alert, ice: 10 } },
  ],
  treatments: [
    { at: '2026-03-02T08:00', treatment: 'paracetamol' },
    { at: '2026-03-04T14:00', treatment: 'tocilizumab' },
    { at: '2026-03-07T10:00', treatment: 'dexamethasone' },
  ],
};

const WIDTH = 640;
const HEIGHT = 300;
const LEFT = 56;
const RIGHT = 24;
const TOP = 28;
const BOTTOM = 64;

/** The grade over days of a graded course, as an SVG (CRS and ICANS as steps, treatments as marks). */
export function renderCourseFigure(grading: CourseGrading): string {
  const dayOf = (at: string) => (Date.parse(at.slice(0, 10)) - Date.parse(grading.infusionAt.slice(0, 10))) / 86_400_000;
  const days = [...grading.crs.observations.map(({ at }) => dayOf(at)), ...grading.icans.observations.map(({ at }) => dayOf(at))];
  const lastDay = Math.max(...days, 1);
  const x = (day: number) => LEFT + (day / lastDay) * (WIDTH - LEFT - RIGHT);
  const y = (grade: number) => TOP + ((5 - grade) / 5) * (HEIGHT - TOP - BOTTOM);
  const steps = (points: readonly { day: number; grade: number }[]) =>
    points.map(({ day, grade }, index) => `${index === 0 ? 'M' : `H${x(day).toFixed(1)} V`}${index === 0 ? `${x(day).toFixed(1)} ${y(grade).toFixed(1)}` : y(grade).toFixed(1)}`).join(' ') +
    ` H${x(lastDay).toFixed(1)}`;
  const crs = grading.crs.observations.map(({ at, grading: { grade } }) => ({ day: dayOf(at), grade: grade ?? 0 }));
  const icans = grading.icans.observations.map(({ at, grading: { grade } }) => ({ day: dayOf(at), grade }));
  const lines: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}" font-family="sans-serif" font-size="12" role="img" aria-labelledby="title">`,
    `<title id="title">CRS and ICANS grade by day after infusion</title>`,
    `<rect width="${WIDTH}" height="${HEIGHT}" fill="#ffffff"/>`,
  ];
  for (let grade = 0; grade <= 5; grade += 1) {
    lines.push(`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y(grade)}" y2="${y(grade)}" stroke="#e3e3e3"/>`);
    lines.push(`<text x="${LEFT - 10}" y="${y(grade) + 4}" text-anchor="end" fill="#444">${grade}</text>`);
  }
  for (let day = 0; day <= lastDay; day += 1) {
    lines.push(`<text x="${x(day).toFixed(1)}" y="${HEIGHT - BOTTOM + 18}" text-anchor="middle" fill="#444">${day}</text>`);
  }
  lines.push(`<text x="${(LEFT + WIDTH - RIGHT) / 2}" y="${HEIGHT - BOTTOM + 36}" text-anchor="middle" fill="#222">day after infusion (day 0)</text>`);
  lines.push(`<text transform="translate(16 ${(TOP + HEIGHT - BOTTOM) / 2}) rotate(-90)" text-anchor="middle" fill="#222">grade</text>`);
  lines.push(`<path d="${steps(crs)}" fill="none" stroke="#c0392b" stroke-width="3"/>`);
  lines.push(`<path d="${steps(icans)}" fill="none" stroke="#2471a3" stroke-width="3" stroke-dasharray="6 4"/>`);
  for (const { at, treatment } of grading.treatments) {
    const day = dayOf(at) + (at.length > 10 ? Number(at.slice(11, 13)) / 24 : 0);
    lines.push(`<line x1="${x(day).toFixed(1)}" x2="${x(day).toFixed(1)}" y1="${TOP}" y2="${HEIGHT - BOTTOM}" stroke="#7d7d7d" stroke-dasharray="2 3"/>`);
    lines.push(`<text x="${(x(day) + 4).toFixed(1)}" y="${TOP + 12}" fill="#555">${treatment}</text>`);
  }
  const legend = HEIGHT - 14;
  lines.push(`<line x1="${LEFT}" x2="${LEFT + 28}" y1="${legend - 4}" y2="${legend - 4}" stroke="#c0392b" stroke-width="3"/>`);
  lines.push(`<text x="${LEFT + 34}" y="${legend}" fill="#222">CRS (ASTCT 2019)</text>`);
  lines.push(`<line x1="${LEFT + 170}" x2="${LEFT + 198}" y1="${legend - 4}" y2="${legend - 4}" stroke="#2471a3" stroke-width="3" stroke-dasharray="6 4"/>`);
  lines.push(`<text x="${LEFT + 204}" y="${legend}" fill="#222">ICANS (ASTCT 2019)</text>`);
  lines.push('</svg>');
  return `${lines.join('\n')}\n`;
}
