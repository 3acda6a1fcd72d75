export * from './assessment.js';
export * from './findings.js';
export { ICE_ITEMS, ICE_ITEM_MAXIMUM, ICE_SCORE_RANGE, type IceItems } from './ice.js';
export { scoreICE } from './score-ice.js';
export { selectIcansInstrument, type IcansInstrumentChoice } from './instrument.js';
export { CAPD_DELIRIUM_THRESHOLD, type IcansGrading, type IcansGradingFinding } from './astct-2019.js';
export * from './icans-input-error.js';
export * from './grade-icans.js';
