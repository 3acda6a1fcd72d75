import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * How severe the CRS picture is in which a symptom typically appears: `mild` for the constitutional
 * (flu-like) onset, `severe` for circulatory, respiratory, organ and neurological involvement. It
 * is a description of the symptom, not a grade: grades come from a grading scale.
 *
 * @see criteria REF-12 (docs/criteria/reference-data.md#ref-12)
 * @example
 * ```ts
 * import { SymptomSeverity, symptoms } from 'cytokine-release-syndrome';
 * symptoms['shock'].severity === SymptomSeverity.Severe; // true
 * ```
 */
export const SymptomSeverity = /* @__PURE__ */ Object.freeze({
  Mild: 'mild',
  Severe: 'severe',
} as const);

/**
 * One of the {@link SymptomSeverity} values.
 *
 * @see criteria REF-12 (docs/criteria/reference-data.md#ref-12)
 * @example
 * ```ts
 * import type { SymptomSeverity } from 'cytokine-release-syndrome';
 * const severity: SymptomSeverity = 'mild';
 * ```
 */
export type SymptomSeverity = (typeof SymptomSeverity)[keyof typeof SymptomSeverity];

/**
 * Symptoms and signs of CRS. Confusion and seizures are neurological: ASTCT 2019 grades them as
 * ICANS, not as CRS. The constitutional symptoms (fatigue, myalgia, nausea, vomiting, diarrhoea)
 * do not raise an ASTCT CRS grade. "Weakness" is not listed: deep focal motor weakness is an ICANS
 * grade-4 finding, not a constitutional CRS symptom. Joint pain (arthralgia) is not listed either:
 * no primary or peer-reviewed source seen names it among the features of CRS (see REF-20,
 * withdrawn, in docs/criteria/reference-data.md).
 *
 * @see criteria REF-13 to REF-28 (docs/criteria/reference-data.md#ref-13)
 * @example
 * ```ts
 * import { Symptom, symptoms } from 'cytokine-release-syndrome';
 * symptoms[Symptom.Hypoxia].label; // 'Hypoxia'
 * ```
 */
export const Symptom = /* @__PURE__ */ Object.freeze({
  Fever: 'fever',
  Fatigue: 'fatigue',
  Headache: 'headache',
  Nausea: 'nausea',
  Vomiting: 'vomiting',
  Diarrhoea: 'diarrhoea',
  Myalgia: 'myalgia',
  Hypotension: 'hypotension',
  Dyspnoea: 'dyspnoea',
  Hypoxia: 'hypoxia',
  KidneyDysfunction: 'kidney-dysfunction',
  LiverDysfunction: 'liver-dysfunction',
  HeartDysfunction: 'heart-dysfunction',
  Confusion: 'confusion',
  Seizures: 'seizures',
  Shock: 'shock',
} as const);

/**
 * One of the {@link Symptom} values.
 *
 * @see criteria REF-13 to REF-28 (docs/criteria/reference-data.md#ref-13)
 * @example
 * ```ts
 * import type { Symptom } from 'cytokine-release-syndrome';
 * const symptom: Symptom = 'fever';
 * ```
 */
export type Symptom = (typeof Symptom)[keyof typeof Symptom];

/**
 * A {@link symptoms} entry.
 *
 * @see criteria REF-12 (docs/criteria/reference-data.md#ref-12)
 * @see criteria CODE-53 to CODE-56 (docs/criteria/codes.md#code-53)
 * @example
 * ```ts
 * import { symptoms, type SymptomEntry } from 'cytokine-release-syndrome';
 * const entry: SymptomEntry = symptoms['hypotension'];
 * entry.snomedCt; // '45007003'
 * ```
 */
export interface SymptomEntry extends VocabularyEntry {
  /** The CRS picture the symptom belongs to (not a grade). */
  readonly severity: SymptomSeverity;
  /**
   * SNOMED CT concept id, only where its source is confirmed (docs/criteria/codes.md); `null` otherwise
   * (no code was verified, so none is guessed).
   */
  readonly snomedCt: string | null;
}

/**
 * Reference data for every {@link Symptom}. Vomiting and diarrhoea, which the criteria pages
 * do not list, were checked against a published summary of CRS features
 * (https://pmc.ncbi.nlm.nih.gov/articles/PMC8600921/table/Tab2).
 *
 * @see criteria REF-12 to REF-27 (docs/criteria/reference-data.md#ref-12)
 * @see criteria CODE-53 to CODE-56 (docs/criteria/codes.md#code-53)
 * @example
 * ```ts
 * import { symptoms } from 'cytokine-release-syndrome';
 * symptoms['fever'].snomedCt; // '386661006'
 * ```
 */
export const symptoms: Vocabulary<Symptom, SymptomEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Symptom.Fever]: {
    label: englishValueLabels.symptoms[Symptom.Fever],
    description: 'Temperature of 38.0 °C (100.4 °F) or higher not due to another cause; required for ASTCT CRS unless masked.',
    severity: SymptomSeverity.Mild,
    snomedCt: '386661006',
  },
  [Symptom.Fatigue]: {
    label: englishValueLabels.symptoms[Symptom.Fatigue],
    description: 'Tiredness and feeling unwell, constitutional symptoms of mild CRS.',
    severity: SymptomSeverity.Mild,
    snomedCt: null,
  },
  [Symptom.Headache]: {
    label: englishValueLabels.symptoms[Symptom.Headache],
    description: 'Headache, a constitutional symptom of mild CRS.',
    severity: SymptomSeverity.Mild,
    snomedCt: null,
  },
  [Symptom.Nausea]: {
    label: englishValueLabels.symptoms[Symptom.Nausea],
    description: 'Nausea, a constitutional symptom of mild CRS.',
    severity: SymptomSeverity.Mild,
    snomedCt: null,
  },
  [Symptom.Vomiting]: {
    label: englishValueLabels.symptoms[Symptom.Vomiting],
    description: 'Vomiting, a constitutional symptom at CRS onset.',
    severity: SymptomSeverity.Mild,
    snomedCt: null,
  },
  [Symptom.Diarrhoea]: {
    label: englishValueLabels.symptoms[Symptom.Diarrhoea],
    description: 'Diarrhoea, a constitutional symptom at CRS onset.',
    severity: SymptomSeverity.Mild,
    snomedCt: null,
  },
  [Symptom.Myalgia]: {
    label: englishValueLabels.symptoms[Symptom.Myalgia],
    description: 'Muscle aches, a constitutional symptom of mild CRS.',
    severity: SymptomSeverity.Mild,
    snomedCt: null,
  },
  [Symptom.Hypotension]: {
    label: englishValueLabels.symptoms[Symptom.Hypotension],
    description: 'Low blood pressure; ASTCT grades it by the treatment it needs (fluids, one or more vasopressors).',
    severity: SymptomSeverity.Severe,
    snomedCt: '45007003',
  },
  [Symptom.Dyspnoea]: {
    label: englishValueLabels.symptoms[Symptom.Dyspnoea],
    description: 'Difficult or laboured breathing.',
    severity: SymptomSeverity.Severe,
    snomedCt: null,
  },
  [Symptom.Hypoxia]: {
    label: englishValueLabels.symptoms[Symptom.Hypoxia],
    description: 'Low oxygen; ASTCT grades it by the oxygen device and flow it needs.',
    severity: SymptomSeverity.Severe,
    snomedCt: '389086002',
  },
  [Symptom.KidneyDysfunction]: {
    label: englishValueLabels.symptoms[Symptom.KidneyDysfunction],
    description: 'Organ toxicity of the kidneys (e.g. rising creatinine); graded with CTCAE, it does not change the ASTCT grade.',
    severity: SymptomSeverity.Severe,
    snomedCt: null,
  },
  [Symptom.LiverDysfunction]: {
    label: englishValueLabels.symptoms[Symptom.LiverDysfunction],
    description: 'Organ toxicity of the liver (e.g. raised transaminases); graded with CTCAE, it does not change the ASTCT grade.',
    severity: SymptomSeverity.Severe,
    snomedCt: null,
  },
  [Symptom.HeartDysfunction]: {
    label: englishValueLabels.symptoms[Symptom.HeartDysfunction],
    description: 'Cardiac organ toxicity (e.g. reduced ejection fraction); graded with CTCAE, it does not change the ASTCT grade.',
    severity: SymptomSeverity.Severe,
    snomedCt: null,
  },
  [Symptom.Confusion]: {
    label: englishValueLabels.symptoms[Symptom.Confusion],
    description: 'Neurological symptom; ASTCT 2019 grades it as ICANS, not as CRS.',
    severity: SymptomSeverity.Severe,
    snomedCt: null,
  },
  [Symptom.Seizures]: {
    label: englishValueLabels.symptoms[Symptom.Seizures],
    description: 'Neurological symptom; ASTCT 2019 grades it as ICANS (grade 3 or 4), not as CRS.',
    severity: SymptomSeverity.Severe,
    snomedCt: null,
  },
  [Symptom.Shock]: {
    label: englishValueLabels.symptoms[Symptom.Shock],
    description: 'Shock; CRS can progress from hypotension to multi-organ failure. ASTCT grades the hypotension by the vasopressors it needs.',
    severity: SymptomSeverity.Severe,
    snomedCt: null,
  },
}));
