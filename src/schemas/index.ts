/**
 * Zod schemas for every input shape of the library, for validating untrusted data. They accept
 * exactly what the graders accept. Import this entry only where you want zod in the bundle.
 *
 * @module cytokine-release-syndrome/schemas
 */
export * from './crs-assessment.js';
export * from './icans-assessment.js';
export * from './patient-course.js';
export * from './forms.js';
