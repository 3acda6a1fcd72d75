import type { Locale } from '../locale.js';

/** English labels and help of the fields of a CRS assessment. @internal */
export const englishCrsFieldTexts: Locale['fields']['crs'] = {
  temperatureCelsius: {
    label: 'Highest temperature',
    help: 'The highest body temperature in the window, in °C (not °F). 38.0 °C or more is fever.',
  },
  feverMasked: {
    label: 'Fever masked by treatment',
    help: 'Antipyretic or anti-cytokine therapy (such as tocilizumab or a corticosteroid) was already given for this CRS, so fever is no longer required.',
  },
  hypotension: {
    label: 'Hypotension from CRS',
    help: 'Hypotension attributed to CRS, not to another cause such as infection.',
  },
  vasopressors: {
    label: 'Vasopressors',
    help: 'Every vasopressor given for that hypotension, each agent once; none when there is no hypotension. Vasopressin is not counted toward multiple vasopressors on ASTCT 2019.',
  },
  'vasopressors.agent': { label: 'Vasopressor', help: 'The agent given.' },
  oxygen: {
    label: 'Oxygen support',
    help: 'The oxygen support needed for hypoxia attributed to CRS; room air when none.',
  },
  'oxygen.device': {
    label: 'Oxygen device',
    help: 'How the oxygen is given, from room air to mechanical ventilation.',
  },
  'oxygen.flowLitersPerMinute': {
    label: 'Oxygen flow',
    help: 'Required for a nasal cannula of either kind, which ASTCT 2019 grades by flow alone (6 L/min or less is low-flow); not allowed on room air.',
  },
  'oxygen.inspiredOxygenFractionPercent': {
    label: 'Inspired oxygen fraction (FiO2)',
    help: 'In percent, 21 to 100 (room air is 21). Lee 2014, CTCAE v5.0, MSKCC and CARTOX band hypoxia at 40%; ASTCT 2019 ignores it.',
  },
  diedOfCrs: {
    label: 'Died of CRS',
    help: 'Death from CRS with no other principal cause (grade 5). Read as no when left out.',
  },
  constitutionalSymptoms: {
    label: 'Constitutional symptoms',
    help: 'Mild constitutional symptoms from CRS, such as nausea, fatigue, headache, myalgia or malaise (Lee 2014, Penn, MSKCC, CTCAE v4.03).',
  },
  vasopressorDose: {
    label: 'Vasopressor dose',
    help: 'How high the vasopressor requirement is, judged from the dose table of the scale being graded. Only with vasopressors.',
  },
  vasopressorDurationHours: {
    label: 'Time on vasopressors',
    help: 'How long any vasopressor has been needed, in hours (MSKCC bands it at 24 h). Only with vasopressors.',
  },
  highDoseVasopressorDurationHours: {
    label: 'Time at a high vasopressor dose',
    help: 'How long a high dose has been needed, in hours (Lee 2014 counts it from 3 h). Only with a high or refractory dose, and never longer than the time on vasopressors.',
  },
  lifeThreateningHypotension: {
    label: 'Life-threatening hypotension',
    help: 'The hypotension is life-threatening (CARTOX grade 4). Only with vasopressors; hypotension refractory to high doses is life-threatening.',
  },
  multipleFluidBoluses: {
    label: 'Multiple fluid boluses',
    help: 'Hypotension was treated with more than one fluid bolus (Penn). Only with hypotension.',
  },
  organToxicityGrade: {
    label: 'Organ toxicity grade',
    help: 'The highest CTCAE grade (0 to 4) of any CRS-related organ toxicity other than transaminitis, hypotension and hypoxia (Lee 2014, Penn, CARTOX). A grade 4 is life-threatening.',
  },
  transaminitisGrade: {
    label: 'Transaminitis grade',
    help: 'The CTCAE grade (0 to 4) of CRS-related ALT or AST elevation (Lee 2014, Penn, CARTOX).',
  },
  coagulopathyNeedingReplacement: {
    label: 'Coagulopathy needing replacement',
    help: 'Coagulopathy needing fresh frozen plasma, cryoprecipitate or fibrinogen concentrate (Penn).',
  },
  hospitalization: {
    label: 'Hospitalization',
    help: 'Why the patient is in hospital for CRS, if at all (Penn, CTCAE v4.03).',
  },
  intravenousTherapy: {
    label: 'Intravenous therapy',
    help: 'IV therapy for CRS other than fluid resuscitation for hypotension (Penn).',
  },
  treatmentResponse: {
    label: 'Response to treatment',
    help: 'Need for and response to symptomatic treatment or interruption of therapy (CTCAE v4.03). "No intervention" contradicts any treatment stated.',
  },
  lifeThreatening: {
    label: 'Life-threatening consequences',
    help: 'Life-threatening consequences of CRS, urgent intervention indicated (CTCAE, Penn). No contradicts intubation, a grade 4 organ toxicity and refractory or life-threatening hypotension.',
  },
};

/** English labels and help of the fields of an ICANS assessment. @internal */
export const englishIcansFieldTexts: Locale['fields']['icans'] = {
  ageYears: {
    label: 'Age',
    help: 'In years, fractions allowed. It chooses the instrument: CAPD below the age boundary (12 by default), ICE from it.',
  },
  developmentalDelay: {
    label: 'Developmental delay',
    help: 'Baseline developmental delay: CAPD is used whatever the age (validated up to 21).',
  },
  ice: {
    label: 'ICE score',
    help: '0 to 10, or its five items. Required when ICE is the instrument, unless the patient is unarousable (then 0 or left out); not allowed with CAPD.',
  },
  'ice.orientation': {
    label: 'Orientation',
    help: 'Year, month, city and hospital: 0 to 4 points.',
  },
  'ice.naming': {
    label: 'Naming',
    help: 'Three objects named: 0 to 3 points.',
  },
  'ice.commands': {
    label: 'Following commands',
    help: 'Simple commands followed: 0 or 1 point.',
  },
  'ice.writing': {
    label: 'Writing',
    help: 'A standard sentence written: 0 or 1 point.',
  },
  'ice.attention': {
    label: 'Attention',
    help: 'Counting backwards from 100 by 10: 0 or 1 point.',
  },
  capd: {
    label: 'CAPD score',
    help: '0 to 32. Required when CAPD is the instrument, unless the child is unarousable (then left out); not allowed with ICE.',
  },
  consciousness: {
    label: 'Level of consciousness',
    help: 'From alert to unarousable.',
  },
  sedated: {
    label: 'Explained by sedation',
    help: 'A depressed level of consciousness is explained by sedating drugs and is not graded. Not allowed for an unarousable patient.',
  },
  seizure: { label: 'Seizure', help: 'The worst seizure in the window.' },
  motorWeakness: {
    label: 'Motor weakness',
    help: 'Deep focal motor weakness such as hemiparesis or paraparesis.',
  },
  cerebralEdema: {
    label: 'Cerebral edema',
    help: 'On neuroimaging, or not imaged.',
  },
  raisedIcpSigns: {
    label: 'Signs of raised intracranial pressure',
    help: 'Each clinical sign at most once; none when there are none.',
  },
  diedOfIcans: {
    label: 'Died of ICANS',
    help: 'Death from ICANS with no other principal cause (grade 5). Read as no when left out.',
  },
};

/** English labels and help of the fields of a course. @internal */
export const englishCourseFieldTexts: Locale['fields']['course'] = {
  infusionAt: {
    label: 'Infusion',
    help: 'When the cells were infused: a date or date-time. Its calendar date is day 0.',
  },
  observations: {
    label: 'Assessment windows',
    help: 'Every assessment window, in any order; at least one. Days without one are unknown, not days without CRS.',
  },
  'observations.at': {
    label: 'Time',
    help: 'A date (2026-03-02) or date-time (2026-03-02T14:30). Two windows on one date need a time of day each.',
  },
  'observations.crs': {
    label: 'CRS assessment',
    help: 'The CRS findings of this window, if assessed.',
  },
  'observations.icans': {
    label: 'ICANS assessment',
    help: 'The ICANS findings of this window, if assessed.',
  },
  treatments: {
    label: 'Treatments',
    help: 'Treatments given, in any order. Antipyretic or anti-cytokine therapy during CRS masks fever in later windows.',
  },
  'treatments.at': { label: 'Time', help: 'A date or date-time.' },
  'treatments.treatment': { label: 'Treatment', help: 'What was given.' },
};

/** English labels and help of the grading options. @internal */
export const englishOptionsFieldTexts: Locale['fields']['options'] = {
  scale: {
    label: 'CRS grading scale',
    help: 'The published scale to grade CRS on; ASTCT 2019 when absent.',
  },
  capdBelowAgeYears: {
    label: 'CAPD below age',
    help: 'Patients younger than this many years are assessed with CAPD (12 by default; 13 follows NCIt).',
  },
  mergeRecurrenceWithinDays: {
    label: 'Join recurrences within',
    help: 'Days: an episode that starts again within this many days of resolving joins the previous one (0 never joins).',
  },
};

/** English labels and help of every input field. @internal */
export const englishFieldTexts: Locale['fields'] = {
  crs: englishCrsFieldTexts,
  icans: englishIcansFieldTexts,
  course: englishCourseFieldTexts,
  options: englishOptionsFieldTexts,
};
