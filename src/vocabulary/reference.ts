import { defineRecord } from '../internal/deep-freeze.js';
import type { Vocabulary, VocabularyEntry } from './vocabulary.js';

/**
 * The literature, guidelines, product labels and code systems the library cites. Every DOI here was
 * seen in a stored public copy of the work or of a citation to it; a DOI that could not be seen is
 * `null` and the entry carries a URL instead (see REF-78 to REF-87 and REF-97 in
 * docs/criteria/reference-data.md). Laboratory catalogues behind example reference ranges are named
 * in each range's note, not here.
 *
 * @see criteria REF-78 to REF-87, REF-97 (docs/criteria/reference-data.md#ref-78)
 * @example
 * ```ts
 * import { Reference, references } from 'cytokine-release-syndrome';
 * references[Reference.Lee2019].doi; // '10.1016/j.bbmt.2018.12.758'
 * ```
 */
export const Reference = /* @__PURE__ */ Object.freeze({
  Lee2019: 'lee-2019',
  ShimabukuroVornhagen2018: 'shimabukuro-vornhagen-2018',
  Who2020: 'who-2020',
  Lee2014: 'lee-2014',
  Porter2018: 'porter-2018',
  Park2018: 'park-2018',
  Neelapu2018: 'neelapu-2018',
  Mahadeo2019: 'mahadeo-2019',
  Santomasso2021: 'santomasso-2021',
  Pennisi2020: 'pennisi-2020',
  Traube2014: 'traube-2014',
  CtcaeV403: 'ctcae-v4-03',
  CtcaeV50: 'ctcae-v5-0',
  CtcaeV60: 'ctcae-v6-0',
  Icd10Cm: 'icd-10-cm',
  FajgenbaumJune2020: 'fajgenbaum-june-2020',
  Norelli2018: 'norelli-2018',
  Giavridis2018: 'giavridis-2018',
  Henderson2020: 'henderson-2020',
  Tisoncik2012: 'tisoncik-2012',
  Stout1993: 'stout-1993',
  BlincytoLabel: 'blincyto-label',
  TecvayliLabel: 'tecvayli-label',
} as const);

/**
 * One of the {@link Reference} values.
 *
 * @see criteria REF-78 to REF-87, REF-97 (docs/criteria/reference-data.md#ref-78)
 * @example
 * ```ts
 * import type { Reference } from 'cytokine-release-syndrome';
 * const source: Reference = 'santomasso-2021';
 * ```
 */
export type Reference = (typeof Reference)[keyof typeof Reference];

/**
 * A {@link references} entry. At least one of `doi` and `url` is set.
 *
 * @see criteria REF-78 to REF-87, REF-97 (docs/criteria/reference-data.md#ref-78)
 * @example
 * ```ts
 * import { references, type ReferenceEntry } from 'cytokine-release-syndrome';
 * const entry: ReferenceEntry = references['traube-2014'];
 * entry.doi ?? entry.url; // '10.1097/CCM.0b013e3182a66b76'
 * ```
 */
export interface ReferenceEntry extends VocabularyEntry {
  /** Authors, short title, journal or publisher, year (Vancouver style, abbreviated). */
  readonly citation: string;
  /**
   * Year of publication (for a code set, the year its edition took effect; for a product label, the
   * year the product was first marketed in the US).
   */
  readonly year: number;
  /** The DOI without the `https://doi.org/` prefix, or `null` when none was verified. */
  readonly doi: string | null;
  /** A stable web address, or `null` when the DOI is enough. */
  readonly url: string | null;
}

/**
 * Reference data for every {@link Reference}.
 *
 * @see criteria REF-78 to REF-87, REF-97 (docs/criteria/reference-data.md#ref-78)
 * @example
 * ```ts
 * import { references } from 'cytokine-release-syndrome';
 * references['ctcae-v5-0'].year; // 2017
 * ```
 */
export const references: Vocabulary<Reference, ReferenceEntry> = /* @__PURE__ */ defineRecord(() => ({
  [Reference.Lee2019]: {
    label: 'Lee et al. 2019 (ASTCT consensus grading)',
    description: 'ASTCT 2019 consensus grading of CRS and ICANS; the scale the library grades with.',
    citation:
      'Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading for cytokine release syndrome and neurologic toxicity associated with immune effector cells. Biol Blood Marrow Transplant. 2019;25(4):625-638.',
    year: 2019,
    doi: '10.1016/j.bbmt.2018.12.758',
    url: null,
  },
  [Reference.ShimabukuroVornhagen2018]: {
    label: 'Shimabukuro-Vornhagen et al. 2018 (CRS review)',
    description: 'Review of CRS triggers, pathophysiology (cytokine feedback loop) and management.',
    citation:
      'Shimabukuro-Vornhagen A, Gödel P, Subklewe M, et al. Cytokine release syndrome. J Immunother Cancer. 2018;6:56.',
    year: 2018,
    doi: '10.1186/s40425-018-0343-9',
    url: null,
  },
  [Reference.Who2020]: {
    label: 'WHO 2020 (clinical management of COVID-19)',
    description: 'WHO interim guidance on the clinical management of COVID-19, 27 May 2020 (WHO/2019-nCoV/clinical/2020.5).',
    citation:
      'World Health Organization. Clinical management of COVID-19: interim guidance, 27 May 2020. WHO/2019-nCoV/clinical/2020.5.',
    year: 2020,
    doi: null,
    url: 'https://www.who.int/publications/i/item/WHO-2019-nCoV-clinical-2020.5',
  },
  [Reference.Lee2014]: {
    label: 'Lee et al. 2014 (NCI CRS grading)',
    description: 'The 2014 NCI consensus CRS grading and treatment algorithm; an erratum corrected a dose (Blood 2015;126:1048).',
    citation:
      'Lee DW, Gardner R, Porter DL, et al. Current concepts in the diagnosis and management of cytokine release syndrome. Blood. 2014;124(2):188-195.',
    year: 2014,
    doi: '10.1182/blood-2014-05-552729',
    url: null,
  },
  [Reference.Porter2018]: {
    label: 'Porter et al. 2018 (Penn CRS grading)',
    description: 'The University of Pennsylvania (Penn) CRS grading scale for tisagenlecleucel.',
    citation:
      'Porter D, Frey N, Wood PA, Weng Y, Grupp SA. Grading of cytokine release syndrome associated with the CAR T cell therapy tisagenlecleucel. J Hematol Oncol. 2018;11:35.',
    year: 2018,
    doi: '10.1186/s13045-018-0571-y',
    url: null,
  },
  [Reference.Park2018]: {
    label: 'Park et al. 2018 (MSKCC CRS grading)',
    description: 'Long-term follow-up of CD19 CAR T cells in adult ALL; source of the MSKCC CRS grading.',
    citation:
      'Park JH, et al. Long-term follow-up of CD19 CAR therapy in acute lymphoblastic leukemia. N Engl J Med. 2018;378:449-459.',
    year: 2018,
    doi: '10.1056/NEJMoa1709919',
    url: null,
  },
  [Reference.Neelapu2018]: {
    label: 'Neelapu et al. 2018 (CARTOX)',
    description: 'CARTOX assessment and management of CAR T-cell toxicities, with the adult CARTOX CRS grading.',
    citation:
      'Neelapu SS, Tummala S, Kebriaei P, et al. Chimeric antigen receptor T-cell therapy - assessment and management of toxicities. Nat Rev Clin Oncol. 2018;15(1):47-62.',
    year: 2018,
    doi: '10.1038/nrclinonc.2017.148',
    url: null,
  },
  [Reference.Mahadeo2019]: {
    label: 'Mahadeo et al. 2019 (paediatric CARTOX)',
    description: 'PALISI/CARTOX management guidelines for children receiving CAR T cells.',
    citation:
      'Mahadeo KM, Khazal SJ, Abdel-Azim H, et al. Management guidelines for paediatric patients receiving chimeric antigen receptor T cell therapy. Nat Rev Clin Oncol. 2019;16(1):45-63.',
    year: 2019,
    doi: '10.1038/s41571-018-0075-2',
    url: null,
  },
  [Reference.Santomasso2021]: {
    label: 'Santomasso et al. 2021 (ASCO guideline)',
    description: 'ASCO guideline on immune-related adverse events of CAR T-cell therapy, including CRS and ICANS work-up.',
    citation:
      'Santomasso BD, Nastoupil LJ, Adkins S, et al. Management of immune-related adverse events in patients treated with chimeric antigen receptor T-cell therapy: ASCO guideline. J Clin Oncol. 2021;39:3978.',
    year: 2021,
    doi: '10.1200/JCO.21.01992',
    url: null,
  },
  [Reference.Pennisi2020]: {
    label: 'Pennisi et al. 2020 (grading systems compared)',
    description: 'Comparison of CAR T-cell toxicity grading systems; same CRS grade in every system in only 25% of cases.',
    citation:
      'Pennisi M, Jain T, Santomasso BD, et al. Comparing CAR T-cell toxicity grading systems: application of the ASTCT grading system and implications for management. Blood Adv. 2020;4(4):676.',
    year: 2020,
    // The DOI could not be seen in any stored source; the URL is the article's record in MSKCC's publication database.
    doi: null,
    url: 'https://synapse.mskcc.org/synapse/works/163323',
  },
  [Reference.Traube2014]: {
    label: 'Traube et al. 2014 (CAPD)',
    description: 'Validation of the Cornell Assessment of Pediatric Delirium (CAPD), screen-positive at 9 or more.',
    citation:
      'Traube C, Silver G, Kearney J, et al. Cornell Assessment of Pediatric Delirium: a valid, rapid, observational tool for screening delirium in the PICU. Crit Care Med. 2014;42(3):656-663.',
    year: 2014,
    doi: '10.1097/CCM.0b013e3182a66b76',
    url: null,
  },
  [Reference.CtcaeV403]: {
    label: 'NCI CTCAE v4.03',
    description: 'Common Terminology Criteria for Adverse Events, version 4.03 (14 June 2010).',
    citation: 'National Cancer Institute. Common Terminology Criteria for Adverse Events (CTCAE), version 4.03. 2010.',
    year: 2010,
    doi: null,
    url: 'https://ctep.cancer.gov/protocoldevelopment/electronic_applications/ctc.htm#ctc_40',
  },
  [Reference.CtcaeV50]: {
    label: 'NCI CTCAE v5.0',
    description: 'Common Terminology Criteria for Adverse Events, version 5.0 (27 November 2017).',
    citation: 'National Cancer Institute. Common Terminology Criteria for Adverse Events (CTCAE), version 5.0. 2017.',
    year: 2017,
    doi: null,
    url: 'https://ctep.cancer.gov/protocolDevelopment/electronic_applications/docs/CTCAE_v5_Quick_Reference_8.5x11.pdf',
  },
  [Reference.CtcaeV60]: {
    label: 'NCI CTCAE v6.0',
    description: 'Common Terminology Criteria for Adverse Events, version 6.0 (published 10 July 2025).',
    citation: 'National Cancer Institute. Common Terminology Criteria for Adverse Events (CTCAE), version 6.0. 2025.',
    year: 2025,
    doi: null,
    url: 'https://ctep.cancer.gov/protocoldevelopment/electronic_applications/ctc.htm#ctc_60',
  },
  [Reference.Icd10Cm]: {
    label: 'ICD-10-CM (FY2026)',
    description: 'US ICD-10-CM diagnosis code set, FY2026 edition (effective 1 October 2025).',
    citation:
      'Centers for Medicare & Medicaid Services; National Center for Health Statistics. ICD-10-CM, FY2026 code set. 2025.',
    year: 2025,
    doi: null,
    url: 'https://www.cdc.gov/nchs/icd/icd-10-cm/index.html',
  },
  [Reference.FajgenbaumJune2020]: {
    label: 'Fajgenbaum and June 2020 (cytokine storm)',
    description: 'Review of cytokine storm: triggered by therapies, pathogens (e.g. sepsis), cancers and autoimmune conditions.',
    citation: 'Fajgenbaum DC, June CH. Cytokine storm. N Engl J Med. 2020;383:2255-2273.',
    year: 2020,
    doi: '10.1056/NEJMra2026131',
    url: null,
  },
  [Reference.Norelli2018]: {
    label: 'Norelli et al. 2018 (monocyte IL-1 and IL-6)',
    description: 'Mouse model in which human monocytes were the major source of IL-1 and IL-6 during CAR T-cell CRS.',
    citation:
      'Norelli M, et al. Monocyte-derived IL-1 and IL-6 are differentially required for cytokine-release syndrome and neurotoxicity due to CAR T cells. Nat Med. 2018;24(6):739-748.',
    year: 2018,
    doi: '10.1038/s41591-018-0036-4',
    url: null,
  },
  [Reference.Giavridis2018]: {
    label: 'Giavridis et al. 2018 (macrophages in CRS)',
    description: 'Mouse model in which CRS severity was mediated by IL-6, IL-1 and nitric oxide from recipient macrophages.',
    citation:
      'Giavridis T, et al. CAR T cell-induced cytokine release syndrome is mediated by macrophages and abated by IL-1 blockade. Nat Med. 2018;24(6):731-738.',
    year: 2018,
    doi: '10.1038/s41591-018-0041-7',
    url: null,
  },
  [Reference.Henderson2020]: {
    label: 'Henderson et al. 2020 (cytokine storm in COVID-19)',
    description: 'Severe COVID-19 resembles cytokine storm syndromes, of which macrophage activation syndrome is one form.',
    citation:
      'Henderson LA, Canna SW, Schulert GS, et al. On the alert for cytokine storm: immunopathology in COVID-19. Arthritis Rheumatol. 2020.',
    year: 2020,
    doi: '10.1002/art.41285',
    url: null,
  },
  [Reference.Tisoncik2012]: {
    label: 'Tisoncik et al. 2012 (cytokine storm in viral infection)',
    description: 'Review of the cytokine storm in virus infection, a term popularised with avian H5N1 influenza.',
    citation:
      'Tisoncik JR, Korth MJ, Simmons CP, Farrar J, Martin TR, Katze MG. Into the eye of the cytokine storm. Microbiol Mol Biol Rev. 2012;76(1):16-32.',
    year: 2012,
    doi: '10.1128/MMBR.05015-11',
    url: null,
  },
  [Reference.Stout1993]: {
    label: 'Stout 1993 (macrophage activation by T cells)',
    description: 'Review: T cells activate IFN-γ-primed macrophages and induce their TNF-α production.',
    citation: 'Stout RD. Macrophage activation by T cells: cognate and non-cognate signals. Curr Opin Immunol. 1993;5(3):398-403.',
    year: 1993,
    doi: '10.1016/0952-7915(93)90059-2',
    url: null,
  },
  [Reference.BlincytoLabel]: {
    label: 'BLINCYTO (blinatumomab) US label',
    description: 'US prescribing information of the bispecific T-cell engager blinatumomab (on the US market since 2014), with a boxed warning for CRS.',
    citation: 'Amgen Inc. BLINCYTO (blinatumomab) for injection, for intravenous use: US prescribing information. openFDA drug label record.',
    year: 2014,
    doi: null,
    url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22blinatumomab%22',
  },
  [Reference.TecvayliLabel]: {
    label: 'TECVAYLI (teclistamab) US label',
    description: 'US prescribing information of the bispecific T-cell engager teclistamab-cqyv (on the US market since 2022), with a boxed warning for CRS.',
    citation: 'Janssen Biotech, Inc. TECVAYLI (teclistamab-cqyv) injection, for subcutaneous use: US prescribing information. openFDA drug label record.',
    year: 2022,
    doi: null,
    url: 'https://api.fda.gov/drug/label.json?search=openfda.generic_name%3A%22teclistamab-cqyv%22',
  },
}));
