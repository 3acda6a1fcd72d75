import { type DeepReadonly, defineRecord } from '../internal/deep-freeze.js';
import type { GradingScale } from '../vocabulary/grading-scale.js';
import { icd10CmCodeForGrade } from '../vocabulary/icd-10-cm.js';
import { FhirSystem, GRADING_SCALE_CODE_SYSTEM, GRADING_SCALE_EXTENSION_URL } from './systems.js';
import type { FhirCodeableConceptOut, FhirCodingOut, FhirExtensionOut } from './types.js';

/** Display names of the scales in the library's scale code system. @internal */
export const SCALE_DISPLAYS: Readonly<Record<GradingScale, string>> = /* @__PURE__ */ Object.freeze({
  'astct-2019': 'ASTCT 2019 consensus grading',
  'ctcae-v4.03': 'NCI CTCAE v4.03',
  'ctcae-v5.0': 'NCI CTCAE v5.0',
  'ctcae-v6.0': 'NCI CTCAE v6.0',
  'lee-2014': 'Lee 2014',
  'penn-2018': 'Penn (Porter 2018)',
  'mskcc-2018': 'MSKCC (Park 2018)',
  'cartox-2018': 'CARTOX (Neelapu 2018)',
});

/**
 * The NCI Thesaurus codes of adverse event grades 1 to 5, as the AE Clinical Research grades value
 * set lists them.
 *
 * @see criteria CODE-84 (docs/criteria/codes.md#code-84)
 * @example
 * ```ts
 * import { NCI_THESAURUS_GRADE_CODES } from 'cytokine-release-syndrome/fhir';
 * NCI_THESAURUS_GRADE_CODES[4].code; // 'C41337'
 * ```
 */
export const NCI_THESAURUS_GRADE_CODES: DeepReadonly<Record<1 | 2 | 3 | 4 | 5, { code: string; display: string }>> = /* @__PURE__ */ defineRecord(() => ({
  1: { code: 'C41338', display: 'Grade 1 Mild Adverse Event' },
  2: { code: 'C41339', display: 'Grade 2 Moderate Adverse Event' },
  3: { code: 'C41340', display: 'Grade 3 Severe Adverse Event' },
  4: { code: 'C41337', display: 'Grade 4 Life Threatening or Disabling Adverse Event' },
  5: { code: 'C48275', display: 'Grade 5 Death Related to Adverse Event' },
}));

/** The names of the two syndromes, as written in FHIR text. @internal */
export const SYNDROME_NAMES = /* @__PURE__ */ Object.freeze({
  crs: 'Cytokine release syndrome',
  icans: 'Immune effector cell-associated neurotoxicity syndrome',
});

/**
 * The event codes: SNOMED CT 710027002 and MedDRA LLT 10052015 for CRS; MedDRA LLT 10083347 for
 * ICANS (no SNOMED CT concept for ICANS was confirmed).
 *
 * @internal
 */
export function eventConcept(syndrome: 'crs' | 'icans'): FhirCodeableConceptOut {
  const coding: FhirCodingOut[] =
    syndrome === 'crs'
      ? [
          { system: FhirSystem.SnomedCt, code: '710027002', display: 'Cytokine release syndrome' },
          { system: FhirSystem.MedDra, code: '10052015', display: 'Cytokine release syndrome' },
        ]
      : [{ system: FhirSystem.MedDra, code: '10083347', display: SYNDROME_NAMES.icans }];
  return { coding, text: SYNDROME_NAMES[syndrome] };
}

/** The library's scale extension. @internal */
export function scaleExtension(scale: GradingScale): FhirExtensionOut {
  return { url: GRADING_SCALE_EXTENSION_URL, valueCoding: { system: GRADING_SCALE_CODE_SYSTEM, code: scale, display: SCALE_DISPLAYS[scale] } };
}

/** The ICD-10-CM code of a grade, as a CodeableConcept. @internal */
export function icd10CmConcept(syndrome: 'crs' | 'icans', grade: 1 | 2 | 3 | 4 | 5, scale: GradingScale): FhirCodeableConceptOut {
  const display = `${SYNDROME_NAMES[syndrome]}, grade ${grade}`;
  return {
    coding: [{ system: FhirSystem.Icd10Cm, code: icd10CmCodeForGrade(syndrome, grade) as string, display }],
    text: `${display} (${SCALE_DISPLAYS[scale]})`,
  };
}
