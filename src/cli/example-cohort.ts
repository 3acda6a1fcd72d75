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

/**
 * An embedded example of courses (CSV, one assessment window per row, rows sorted by day after the
 * infusion, so that no two rows of a patient are adjacent): six synthetic patients over ten days.
 * P-001 has no CRS (paracetamol premedication masks nothing); P-002 a grade 1 fever; P-003 grade 3
 * CRS, with tocilizumab on a row of its own and fever masked from the next day on (the 37.8 °C day on
 * a 2 L/min cannula is grade 2); P-004 ICANS after its CRS resolved; P-005 a row in Fahrenheit
 * (101.3), so it is not graded; P-006 ICANS during CRS. `crs-grade course --example` grades it.
 */
export const EXAMPLE_COURSES_CSV = [
  'patientId,at,infusionAt,crs.temperatureCelsius,crs.hypotension,crs.vasopressors,crs.oxygen.device,crs.oxygen.flowLitersPerMinute,icans.ageYears,icans.ice,icans.consciousness,icans.seizure,icans.motorWeakness,icans.cerebralEdema,icans.raisedIcpSigns,treatments',
  'P-001,2026-03-02,2026-03-02,36.8,false,none,room-air,,62,10,alert,none,none,not-imaged,none,paracetamol',
  'P-002,2026-03-02,2026-03-02,36.9,false,none,room-air,,,,,,,,,',
  'P-003,2026-03-03,2026-03-03,36.9,false,none,room-air,,45,10,alert,none,none,not-imaged,none,paracetamol',
  'P-004,2026-03-04,2026-03-04,37.0,false,none,room-air,,57,10,alert,none,none,not-imaged,none,',
  'P-005,2026-03-05,2026-03-05,36.8,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-06,2026-03-06,37.0,false,none,room-air,,38,10,alert,none,none,not-imaged,none,',
  'P-001,2026-03-03,2026-03-02,37.2,false,none,room-air,,62,10,alert,none,none,not-imaged,none,',
  'P-002,2026-03-03,2026-03-02,38.4,false,none,room-air,,,,,,,,,',
  'P-003,2026-03-04,2026-03-03,38.9,false,none,room-air,,45,10,alert,none,none,not-imaged,none,',
  'P-004,2026-03-05,2026-03-04,38.3,false,none,room-air,,57,10,alert,none,none,not-imaged,none,',
  'P-005,2026-03-06,2026-03-05,37.1,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-07,2026-03-06,38.2,false,none,room-air,,38,10,alert,none,none,not-imaged,none,',
  'P-001,2026-03-04,2026-03-02,37.4,false,none,room-air,,62,10,alert,none,none,not-imaged,none,',
  'P-002,2026-03-04,2026-03-02,38.7,false,none,room-air,,,,,,,,,paracetamol',
  'P-003,2026-03-05,2026-03-03,39.4,true,none,room-air,,45,10,alert,none,none,not-imaged,none,',
  'P-004,2026-03-06,2026-03-04,38.6,false,none,room-air,,57,10,alert,none,none,not-imaged,none,',
  'P-005,2026-03-07,2026-03-05,38.2,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-08,2026-03-06,38.9,true,none,room-air,,38,10,alert,none,none,not-imaged,none,tocilizumab',
  'P-003,2026-03-05T14:00,2026-03-03,,,,,,,,,,,,,tocilizumab',
  'P-001,2026-03-05,2026-03-02,37.1,false,none,room-air,,62,10,alert,none,none,not-imaged,none,',
  'P-002,2026-03-05,2026-03-02,37.4,false,none,room-air,,,,,,,,,',
  'P-003,2026-03-06,2026-03-03,37.8,false,none,nasal-cannula,2,45,10,alert,none,none,not-imaged,none,',
  'P-004,2026-03-07,2026-03-04,37.1,false,none,room-air,,57,10,alert,none,none,not-imaged,none,',
  'P-005,2026-03-08,2026-03-05,101.3,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-09,2026-03-06,37.6,true,none,room-air,,38,8,alert,none,none,not-imaged,none,',
  'P-001,2026-03-06,2026-03-02,36.9,false,none,room-air,,62,10,alert,none,none,not-imaged,none,',
  'P-002,2026-03-06,2026-03-02,37.0,false,none,room-air,,,,,,,,,',
  'P-003,2026-03-07,2026-03-03,37.5,true,norepinephrine,room-air,,45,10,alert,none,none,not-imaged,none,',
  'P-004,2026-03-08,2026-03-04,36.9,false,none,room-air,,57,10,alert,none,none,not-imaged,none,',
  'P-005,2026-03-09,2026-03-05,37.0,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-10,2026-03-06,37.4,false,none,room-air,,38,9,alert,none,none,not-imaged,none,',
  'P-001,2026-03-07,2026-03-02,37.0,false,none,room-air,,62,10,alert,none,none,not-imaged,none,',
  'P-002,2026-03-07,2026-03-02,36.8,false,none,room-air,,,,,,,,,',
  'P-003,2026-03-08,2026-03-03,37.2,false,none,room-air,,45,10,alert,none,none,not-imaged,none,',
  'P-004,2026-03-09,2026-03-04,37.0,false,none,room-air,,57,5,awakens-to-voice,none,none,not-imaged,none,dexamethasone',
  'P-005,2026-03-10,2026-03-05,36.9,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-11,2026-03-06,37.0,false,none,room-air,,38,10,alert,none,none,not-imaged,none,',
  'P-001,2026-03-08,2026-03-02,36.7,false,none,room-air,,62,10,alert,none,none,not-imaged,none,',
  'P-002,2026-03-08,2026-03-02,37.1,false,none,room-air,,,,,,,,,',
  'P-003,2026-03-09,2026-03-03,36.9,false,none,room-air,,45,10,alert,none,none,not-imaged,none,',
  'P-004,2026-03-10,2026-03-04,36.8,false,none,room-air,,57,8,alert,none,none,not-imaged,none,',
  'P-005,2026-03-11,2026-03-05,36.8,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-12,2026-03-06,36.8,false,none,room-air,,38,10,alert,none,none,not-imaged,none,',
  'P-001,2026-03-09,2026-03-02,36.8,false,none,room-air,,62,10,alert,none,none,not-imaged,none,',
  'P-002,2026-03-09,2026-03-02,36.9,false,none,room-air,,,,,,,,,',
  'P-003,2026-03-10,2026-03-03,36.8,false,none,room-air,,45,10,alert,none,none,not-imaged,none,',
  'P-004,2026-03-11,2026-03-04,36.9,false,none,room-air,,57,10,alert,none,none,not-imaged,none,',
  'P-005,2026-03-12,2026-03-05,37.0,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-13,2026-03-06,36.9,false,none,room-air,,38,10,alert,none,none,not-imaged,none,',
  'P-001,2026-03-10,2026-03-02,36.9,false,none,room-air,,62,10,alert,none,none,not-imaged,none,',
  'P-002,2026-03-10,2026-03-02,36.8,false,none,room-air,,,,,,,,,',
  'P-003,2026-03-11,2026-03-03,37.0,false,none,room-air,,45,10,alert,none,none,not-imaged,none,',
  'P-004,2026-03-12,2026-03-04,36.7,false,none,room-air,,57,10,alert,none,none,not-imaged,none,',
  'P-005,2026-03-13,2026-03-05,36.9,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-14,2026-03-06,36.8,false,none,room-air,,38,10,alert,none,none,not-imaged,none,',
  'P-001,2026-03-11,2026-03-02,36.6,false,none,room-air,,62,10,alert,none,none,not-imaged,none,',
  'P-002,2026-03-11,2026-03-02,36.7,false,none,room-air,,,,,,,,,',
  'P-003,2026-03-12,2026-03-03,36.7,false,none,room-air,,45,10,alert,none,none,not-imaged,none,',
  'P-004,2026-03-13,2026-03-04,36.8,false,none,room-air,,57,10,alert,none,none,not-imaged,none,',
  'P-005,2026-03-14,2026-03-05,36.8,false,none,room-air,,70,10,alert,none,none,not-imaged,none,',
  'P-006,2026-03-15,2026-03-06,36.7,false,none,room-air,,38,10,alert,none,none,not-imaged,none,',
].join('\n');
