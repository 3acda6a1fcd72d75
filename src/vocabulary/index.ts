export * from './vocabulary.js';
export * from './vasopressor.js';
export * from './oxygen-device.js';
export * from './icd-10-cm.js';
