/**
 * An embedded example cohort, one assessment per line (NDJSON), covering the ASTCT 2019 rules that
 * public graders most often get wrong. `crs-grade --example` grades it.
 */
export const EXAMPLE_COHORT_NDJSON = [
  '{"temperatureCelsius":37.9,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}',
  '{"temperatureCelsius":38.0,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"}}',
  '{"temperatureCelsius":38.6,"hypotension":false,"vasopressors":[],"oxygen":{"device":"nasal-cannula","flowLitersPerMinute":6}}',
  '{"temperatureCelsius":38.6,"hypotension":false,"vasopressors":[],"oxygen":{"device":"nasal-cannula","flowLitersPerMinute":6.5}}',
  '{"temperatureCelsius":39.1,"hypotension":true,"vasopressors":[{"agent":"norepinephrine"}],"oxygen":{"device":"nasal-cannula","flowLitersPerMinute":2}}',
  '{"temperatureCelsius":38.8,"hypotension":true,"vasopressors":[{"agent":"norepinephrine"},{"agent":"vasopressin"}],"oxygen":{"device":"room-air"}}',
  '{"temperatureCelsius":39.4,"hypotension":true,"vasopressors":[{"agent":"norepinephrine"},{"agent":"epinephrine"}],"oxygen":{"device":"simple-face-mask"}}',
  '{"temperatureCelsius":36.9,"feverMasked":true,"hypotension":true,"vasopressors":[],"oxygen":{"device":"cpap"}}',
  '{"temperatureCelsius":37.1,"hypotension":true,"vasopressors":[],"oxygen":{"device":"room-air"}}',
].join('\n');
