export { UnitConversionError, type UnitIssueCode } from './unit-error.js';
export { NON_UCUM_UNIT_SPELLINGS } from './ucum.js';
export { toCelsius, toInspiredOxygenPercent, toLitersPerMinute, toMillimetersOfMercury } from './vital-signs.js';
export { MARKER_UNITS, convertMarkerUnit } from './marker.js';
