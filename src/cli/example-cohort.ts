/**
 * An embedded example cohort, one assessment per line (NDJSON), covering the ASTCT 2019 rules that
 * public graders most often get wrong, with the facts other scales need on most records (the last
 * holds only what ASTCT needs). `crs-grade --example` grades it; add `--all-scales` to compare.
 */
export const EXAMPLE_COHORT_NDJSON = [
  '{"temperatureCelsius":37.9,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"},"constitutionalSymptoms":false,"organToxicityGrade":0,"transaminitisGrade":0,"coagulopathyNeedingReplacement":false,"hospitalization":"none","intravenousTherapy":false,"treatmentResponse":"no-intervention","lifeThreatening":false}',
  '{"temperatureCelsius":38.0,"hypotension":false,"vasopressors":[],"oxygen":{"device":"room-air"},"constitutionalSymptoms":false,"organToxicityGrade":0,"transaminitisGrade":0,"coagulopathyNeedingReplacement":false,"hospitalization":"for-crs-symptoms","intravenousTherapy":false,"treatmentResponse":"prompt-response","lifeThreatening":false}',
  '{"temperatureCelsius":38.6,"hypotension":false,"vasopressors":[],"oxygen":{"device":"nasal-cannula","flowLitersPerMinute":6,"inspiredOxygenFractionPercent":44},"constitutionalSymptoms":false,"organToxicityGrade":0,"transaminitisGrade":0,"coagulopathyNeedingReplacement":false,"hospitalization":"for-crs-symptoms","intravenousTherapy":false,"treatmentResponse":"prompt-response","lifeThreatening":false}',
  '{"temperatureCelsius":38.6,"hypotension":false,"vasopressors":[],"oxygen":{"device":"nasal-cannula","flowLitersPerMinute":6.5,"inspiredOxygenFractionPercent":45},"constitutionalSymptoms":false,"organToxicityGrade":3,"transaminitisGrade":0,"coagulopathyNeedingReplacement":false,"hospitalization":"for-crs-symptoms","intravenousTherapy":false,"treatmentResponse":"prompt-response","lifeThreatening":false}',
  '{"temperatureCelsius":39.1,"hypotension":true,"vasopressors":[{"agent":"norepinephrine"}],"oxygen":{"device":"nasal-cannula","flowLitersPerMinute":2,"inspiredOxygenFractionPercent":28},"vasopressorDose":"low","vasopressorDurationHours":6,"lifeThreateningHypotension":false,"constitutionalSymptoms":false,"organToxicityGrade":0,"transaminitisGrade":0,"coagulopathyNeedingReplacement":false,"hospitalization":"for-crs-symptoms","intravenousTherapy":false,"treatmentResponse":"prompt-response","lifeThreatening":false}',
  '{"temperatureCelsius":38.8,"hypotension":true,"vasopressors":[{"agent":"norepinephrine"},{"agent":"vasopressin"}],"oxygen":{"device":"room-air"},"vasopressorDose":"high","vasopressorDurationHours":30,"highDoseVasopressorDurationHours":2,"lifeThreateningHypotension":false,"constitutionalSymptoms":false,"organToxicityGrade":0,"transaminitisGrade":0,"coagulopathyNeedingReplacement":false,"hospitalization":"for-crs-symptoms","intravenousTherapy":false,"treatmentResponse":"prolonged-or-recurrent","lifeThreatening":false}',
  '{"temperatureCelsius":39.4,"hypotension":true,"vasopressors":[{"agent":"norepinephrine"},{"agent":"epinephrine"}],"oxygen":{"device":"simple-face-mask","inspiredOxygenFractionPercent":50},"vasopressorDose":"high","vasopressorDurationHours":12,"highDoseVasopressorDurationHours":12,"lifeThreateningHypotension":true,"constitutionalSymptoms":false,"organToxicityGrade":0,"transaminitisGrade":0,"coagulopathyNeedingReplacement":false,"hospitalization":"for-crs-symptoms","intravenousTherapy":false,"treatmentResponse":"prompt-response","lifeThreatening":true}',
  '{"temperatureCelsius":36.9,"feverMasked":true,"hypotension":true,"vasopressors":[],"oxygen":{"device":"cpap","inspiredOxygenFractionPercent":35},"multipleFluidBoluses":true,"constitutionalSymptoms":false,"organToxicityGrade":0,"transaminitisGrade":0,"coagulopathyNeedingReplacement":false,"hospitalization":"for-crs-symptoms","intravenousTherapy":false,"treatmentResponse":"prompt-response","lifeThreatening":false}',
  '{"temperatureCelsius":37.1,"hypotension":true,"vasopressors":[],"oxygen":{"device":"room-air"}}',
].join('\n');

/**
 * An embedded example ICANS cohort (NDJSON): adults graded with ICE and children with CAPD,
 * covering the boundaries public graders most often get wrong. `crs-grade --icans --example` grades it.
 */
export const EXAMPLE_ICANS_COHORT_NDJSON = [
  '{"ageYears":54,"ice":10,"consciousness":"alert","seizure":"none","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[]}',
  '{"ageYears":61,"ice":9,"consciousness":"alert","seizure":"none","motorWeakness":"none","cerebralEdema":"not-imaged","raisedIcpSigns":[]}',
  '{"ageYears":47,"ice":{"orientation":3,"naming":2,"commands":1,"writing":0,"attention":0},"consciousness":"awakens-to-voice","seizure":"none","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[]}',
  '{"ageYears":38,"ice":3,"consciousness":"alert","seizure":"rapidly-resolving","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[]}',
  '{"ageYears":66,"ice":0,"consciousness":"alert","seizure":"none","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[]}',
  '{"ageYears":59,"consciousness":"unarousable","seizure":"none","motorWeakness":"none","cerebralEdema":"diffuse","raisedIcpSigns":["papilledema"]}',
  '{"ageYears":7,"capd":6,"consciousness":"awakens-spontaneously","seizure":"none","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[]}',
  '{"ageYears":9,"capd":11,"consciousness":"alert","seizure":"none","motorWeakness":"none","cerebralEdema":"none","raisedIcpSigns":[]}',
].join('\n');
