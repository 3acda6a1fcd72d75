export * from './assessment.js';
export * from './findings.js';
export { FEVER_THRESHOLD_CELSIUS, LOW_FLOW_MAX_LITERS_PER_MINUTE, type CrsGrading, type CrsGradingFinding } from './astct-2019.js';
export * from './crs-input-error.js';
export * from './grade-crs.js';
