// docs/course-example.svg is drawn from the worked example of docs/course.md; this test keeps it
// current. After a change, regenerate it with `npm run docs:figures`.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { gradeCourse } from '../../src/course/grade-course.js';
import { EXAMPLE_COURSE, renderCourseFigure } from './course-figure.js';

const figure = resolve(import.meta.dirname, '..', '..', 'docs', 'course-example.svg');

describe('the figure of docs/course.md', () => {
  it('is drawn from the worked example as it grades today', () => {
    const svg = renderCourseFigure(gradeCourse(EXAMPLE_COURSE));
    if (process.env['UPDATE_FIGURES'] === '1') writeFileSync(figure, svg);
    expect(readFileSync(figure, 'utf8')).toBe(svg);
  });
});
