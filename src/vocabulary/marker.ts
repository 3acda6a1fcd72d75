import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';
import { englishValueLabels } from '../locale/en/value-labels.js';

/**
 * What a laboratory marker tells about. `tissue-damage` is for LDH, which is released by damaged
 * cells of any organ and fits none of the other groups.
 *
 * @see criteria REF-35 (docs/criteria/reference-data.md#ref-35)
 * @example
 * ```ts
 * import { MarkerCategory, markers } from 'cytokine-release-syndrome';
 * markers['ferritin'].category === MarkerCategory.Inflammation; // true
 * ```
 */
export const MarkerCategory = /* @__PURE__ */ Object.freeze({
  Inflammation: 'inflammation',
  BloodCount: 'blood-count',
  Kidney: 'kidney',
  Liver: 'liver',
  Coagulation: 'coagulation',
  Cytokine: 'cytokine',
  TissueDamage: 'tissue-damage',
} as const);

/**
 * One of the {@link MarkerCategory} values.
 *
 * @see criteria REF-35 (docs/criteria/reference-data.md#ref-35)
 * @example
 * ```ts
 * import type { MarkerCategory } from 'cytokine-release-syndrome';
 * const category: MarkerCategory = 'coagulation';
 * ```
 */
export type MarkerCategory = (typeof MarkerCategory)[keyof typeof MarkerCategory];

/**
 * Laboratory markers followed in CRS, each with its LOINC code and UCUM unit.
 *
 * @see criteria CODE-16 to CODE-39 (docs/criteria/codes.md#code-16)
 * @example
 * ```ts
 * import { Marker, markers } from 'cytokine-release-syndrome';
 * markers[Marker.DDimer].ucumUnit; // 'mg/L{FEU}'
 * ```
 */
export const Marker = /* @__PURE__ */ Object.freeze({
  Il6: 'interleukin-6',
  Crp: 'c-reactive-protein',
  Ferritin: 'ferritin',
  DDimer: 'd-dimer',
  WhiteBloodCells: 'white-blood-cells',
  Platelets: 'platelets',
  Creatinine: 'creatinine',
  Alt: 'alanine-aminotransferase',
  Ast: 'aspartate-aminotransferase',
  TotalBilirubin: 'total-bilirubin',
  Fibrinogen: 'fibrinogen',
  Ldh: 'lactate-dehydrogenase',
  Il1Beta: 'interleukin-1-beta',
  TnfAlpha: 'tumor-necrosis-factor-alpha',
  IfnGamma: 'interferon-gamma',
} as const);

/**
 * One of the {@link Marker} values.
 *
 * @see criteria CODE-16 to CODE-39 (docs/criteria/codes.md#code-16)
 * @example
 * ```ts
 * import type { Marker } from 'cytokine-release-syndrome';
 * const marker: Marker = 'interferon-gamma';
 * ```
 */
export type Marker = (typeof Marker)[keyof typeof Marker];

/**
 * A published adult reference interval, for display and tests only. `null` on a side means that
 * side has no limit. Whether a limit is inclusive is in the note.
 *
 * @see criteria REF-36 (docs/criteria/reference-data.md#ref-36)
 * @example
 * ```ts
 * import { markers } from 'cytokine-release-syndrome';
 * markers['interleukin-6'].exampleAdultRange?.high; // 6.4
 * ```
 */
export interface ExampleRange {
  /** Lower limit, in the marker's `ucumUnit`, or `null` when there is none. */
  readonly low: number | null;
  /** Upper limit, in the marker's `ucumUnit`, or `null` when there is none. */
  readonly high: number | null;
  /** Where the range comes from, and that a lab's own range must be used in practice. */
  readonly note: string;
}

/**
 * A {@link markers} entry.
 *
 * @see criteria CODE-16 to CODE-39 (docs/criteria/codes.md#code-16)
 * @see criteria REF-35, REF-36 (docs/criteria/reference-data.md#ref-35)
 * @example
 * ```ts
 * import { markers, type MarkerEntry } from 'cytokine-release-syndrome';
 * const entry: MarkerEntry = markers['fibrinogen'];
 * entry.ucumUnit; // 'mg/dL'
 * ```
 */
export interface MarkerEntry extends VocabularyEntry {
  /** LOINC code of the quantitative test (serum or plasma, or blood for counts). */
  readonly loinc: string;
  /** UCUM unit the `exampleAdultRange` is expressed in. */
  readonly ucumUnit: string;
  /** What the marker tells about. */
  readonly category: MarkerCategory;
  /**
   * One laboratory's adult range, or `null` where no single verified adult range exists (e.g.
   * the published ranges differ by sex).
   */
  readonly exampleAdultRange: ExampleRange | null;
}

// Every range note ends with this: a hard-coded range must never replace the lab's own.
const LAB_SPECIFIC =
  'Ranges are assay- and laboratory-specific: in practice use the range the lab reports with the result (FHIR Observation.referenceRange).';

function range(low: number | null, high: number | null, source: string): ExampleRange {
  return { low, high, note: `${source} ${LAB_SPECIFIC}` };
}

/**
 * Reference data for every {@link Marker}. Example ranges were each checked against a public
 * laboratory catalogue named in the note; ferritin, creatinine and ALT have sex-specific adult
 * ranges in the catalogues seen, so no single example is given (`null`).
 *
 * @see criteria CODE-16 to CODE-39 (docs/criteria/codes.md#code-16)
 * @see criteria REF-35 to REF-53 (docs/criteria/reference-data.md#ref-35)
 * @example
 * ```ts
 * import { markers } from 'cytokine-release-syndrome';
 * markers['c-reactive-protein'].loinc; // '1988-5'
 * ```
 */
export const markers: Vocabulary<Marker, MarkerEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Marker.Il6]: {
    label: englishValueLabels.markers[Marker.Il6],
    description: 'Key CRS cytokine; it rises after tocilizumab (receptor blockade), so it does not show response.',
    loinc: '26881-3',
    ucumUnit: 'pg/mL',
    category: MarkerCategory.Cytokine,
    exampleAdultRange: range(null, 6.4, 'Below 6.4 pg/mL: Mayo Clinic Laboratories, serum IL-6 (Beckman Access), test catalogue.'),
  },
  [Marker.Crp]: {
    label: englishValueLabels.markers[Marker.Crp],
    description: 'Acute-phase protein, in mg/L here; the modified EASIX score expects mg/dL (10 mg/L = 1 mg/dL).',
    loinc: '1988-5',
    ucumUnit: 'mg/L',
    category: MarkerCategory.Inflammation,
    exampleAdultRange: range(null, 5, 'Below 5.0 mg/L (all ages): Mayo Clinic Laboratories, serum CRP (test CRP), current test catalogue.'),
  },
  [Marker.Ferritin]: {
    label: englishValueLabels.markers[Marker.Ferritin],
    description: 'Iron-storage protein that rises sharply in hyperinflammation.',
    loinc: '2276-4',
    ucumUnit: 'ng/mL',
    category: MarkerCategory.Inflammation,
    // Sex-specific adult ranges (Mayo: males 24-336, females 11-307 µg/L); one range would be wrong for one sex.
    exampleAdultRange: null,
  },
  [Marker.DDimer]: {
    label: englishValueLabels.markers[Marker.DDimer],
    description: 'Fibrin degradation product in fibrinogen-equivalent units; DDU results (LOINC 48066-5) are on another scale.',
    loinc: '48065-7',
    ucumUnit: 'mg/L{FEU}',
    category: MarkerCategory.Coagulation,
    exampleAdultRange: range(
      null,
      0.5,
      'Below 0.5 mg/L FEU (0.5 µg/mL FEU): Bronson laboratory test catalogue; ARUP gives 0.0-0.4 µg/mL FEU.',
    ),
  },
  [Marker.WhiteBloodCells]: {
    label: englishValueLabels.markers[Marker.WhiteBloodCells],
    description: 'Leukocyte count in blood.',
    loinc: '6690-2',
    ucumUnit: '10*3/uL',
    category: MarkerCategory.BloodCount,
    exampleAdultRange: range(4.5, 11, '4.5-11.0 × 10³/µL (4.5-11 × 10⁹/L): Merck Manual, complete blood count table.'),
  },
  [Marker.Platelets]: {
    label: englishValueLabels.markers[Marker.Platelets],
    description: 'Platelet count in blood.',
    loinc: '777-3',
    ucumUnit: '10*3/uL',
    category: MarkerCategory.BloodCount,
    exampleAdultRange: range(150, 400, '150-400 × 10³/µL for ages 11 and over: St. Luke’s Hospital Cedar Rapids, test catalogue.'),
  },
  [Marker.Creatinine]: {
    label: englishValueLabels.markers[Marker.Creatinine],
    description: 'Serum creatinine, a marker of kidney function.',
    loinc: '2160-0',
    ucumUnit: 'mg/dL',
    category: MarkerCategory.Kidney,
    // Sex-specific in the catalogues seen (e.g. UCSF: 0.71-1.22 mg/dL men, 0.52-1.06 mg/dL women, from age 19).
    exampleAdultRange: null,
  },
  [Marker.Alt]: {
    label: englishValueLabels.markers[Marker.Alt],
    description: 'Liver enzyme; rises with hepatocellular injury.',
    loinc: '1742-6',
    ucumUnit: 'U/L',
    category: MarkerCategory.Liver,
    // Sex-specific in the catalogues seen (e.g. 0-41 U/L men, 0-33 U/L women, University of Iowa).
    exampleAdultRange: null,
  },
  [Marker.Ast]: {
    label: englishValueLabels.markers[Marker.Ast],
    description: 'Enzyme of liver and muscle; rises with hepatocellular injury.',
    loinc: '1920-8',
    ucumUnit: 'U/L',
    category: MarkerCategory.Liver,
    exampleAdultRange: range(7, 40, '7-40 U/L for ages over 1 year: University of Kansas Health System laboratory, test catalogue.'),
  },
  [Marker.TotalBilirubin]: {
    label: englishValueLabels.markers[Marker.TotalBilirubin],
    description: 'Total serum bilirubin, a marker of liver excretory function.',
    loinc: '1975-2',
    ucumUnit: 'mg/dL',
    category: MarkerCategory.Liver,
    exampleAdultRange: range(null, 1.2, 'Up to 1.2 mg/dL for ages 17 and over: Diagnostic Laboratory Services (Hawaii), test directory.'),
  },
  [Marker.Fibrinogen]: {
    label: englishValueLabels.markers[Marker.Fibrinogen],
    description: 'Clotting factor I (Clauss method); low values point to consumption or coagulopathy.',
    loinc: '3255-7',
    ucumUnit: 'mg/dL',
    category: MarkerCategory.Coagulation,
    exampleAdultRange: range(150, 450, '150-450 mg/dL (modified Clauss method): Michigan Medicine Laboratories, test catalogue.'),
  },
  [Marker.Ldh]: {
    label: englishValueLabels.markers[Marker.Ldh],
    description: 'Enzyme released by damaged cells; part of EASIX. Results depend on the method (lactate-to-pyruvate or reverse).',
    loinc: '2532-0',
    ucumUnit: 'U/L',
    category: MarkerCategory.TissueDamage,
    exampleAdultRange: range(120, 246, '120-246 U/L for adults: Boulder Community Health and Logan Health test catalogues.'),
  },
  [Marker.Il1Beta]: {
    label: englishValueLabels.markers[Marker.Il1Beta],
    description: 'Pro-inflammatory cytokine; in CAR T-cell CRS it comes from monocytes and macrophages.',
    loinc: '13629-1',
    ucumUnit: 'pg/mL',
    category: MarkerCategory.Cytokine,
    exampleAdultRange: range(null, 7.4, '7.4 pg/mL or less: ARUP Laboratories, plasma IL-1β (multiplex bead assay).'),
  },
  [Marker.TnfAlpha]: {
    label: englishValueLabels.markers[Marker.TnfAlpha],
    description: 'Pro-inflammatory cytokine released by activated T cells and macrophages.',
    loinc: '3074-2',
    ucumUnit: 'pg/mL',
    category: MarkerCategory.Cytokine,
    exampleAdultRange: range(null, 2.8, '2.8 pg/mL or less: Mayo Clinic Laboratories, EDTA plasma TNF, test catalogue.'),
  },
  [Marker.IfnGamma]: {
    label: englishValueLabels.markers[Marker.IfnGamma],
    description: 'Cytokine of activated T cells that activates macrophages; mass concentration, not arbitrary units (12729-0).',
    loinc: '27415-9',
    ucumUnit: 'pg/mL',
    category: MarkerCategory.Cytokine,
    exampleAdultRange: range(null, 10.4, '10.4 pg/mL or less: ARUP Laboratories, plasma IFN-γ (multiplex bead assay).'),
  },
}));
