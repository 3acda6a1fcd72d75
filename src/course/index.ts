export * from './course.js';
export * from './grading.js';
export { MAX_COURSE_ENTRIES, MERGE_RECURRENCE_WITHIN_DAYS_RANGE } from './contract.js';
export * from './course-input-error.js';
export * from './grade-course.js';
export * from './summarize-cohort.js';
