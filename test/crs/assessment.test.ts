/**
 * The plausibility ranges of a CRS assessment, as exported for forms and messages.
 */
import { describe, expect, it } from 'vitest';
import {
  INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE,
  ORGAN_TOXICITY_GRADE_RANGE,
  OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE,
  TEMPERATURE_CELSIUS_RANGE,
  TEMPERATURE_FAHRENHEIT_RANGE,
  VASOPRESSOR_DURATION_HOURS_RANGE,
} from '../../src/crs/assessment.js';

describe('input ranges, with the unit a form shows', () => {
  it.each([
    ['temperature in °C', TEMPERATURE_CELSIUS_RANGE, { min: 25, max: 45, unit: '°C' }],
    ['the same temperatures in °F', TEMPERATURE_FAHRENHEIT_RANGE, { min: 77, max: 113, unit: '°F' }],
    ['oxygen flow', OXYGEN_FLOW_LITERS_PER_MINUTE_RANGE, { min: 0, minExclusive: true, max: 100, unit: 'L/min' }],
    ['inspired oxygen fraction', INSPIRED_OXYGEN_FRACTION_PERCENT_RANGE, { min: 21, max: 100, unit: '%' }],
    ['vasopressor duration', VASOPRESSOR_DURATION_HOURS_RANGE, { min: 0, minExclusive: true, max: 720, unit: 'h' }],
    ['organ toxicity grade (no unit)', ORGAN_TOXICITY_GRADE_RANGE, { min: 0, max: 4 }],
  ])('%s', (_name, range, expected) => {
    expect(range).toEqual(expected);
    expect(Object.isFrozen(range)).toBe(true);
  });
});
