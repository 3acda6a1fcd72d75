import type { MedicationConcept } from './codes.js';

/**
 * Names (English INNs and common synonyms) that, in the text of a medication whose codes match
 * nothing, mean the library may be missing a drug it grades with. They never make a match: they
 * only make the reader refuse, so that a product code the caller has not listed cannot silently
 * read as "no vasopressor" or "no tocilizumab" ([DEC-53]).
 */
const NAMES: readonly (readonly [RegExp, MedicationConcept])[] = /* @__PURE__ */ Object.freeze([
  [/\b(?:norepinephrine|noradrenaline|levarterenol)\b/i, { kind: 'vasopressor', agent: 'norepinephrine' }],
  [/\b(?:epinephrine|adrenaline)\b/i, { kind: 'vasopressor', agent: 'epinephrine' }],
  [/\bphenylephrine\b/i, { kind: 'vasopressor', agent: 'phenylephrine' }],
  [/\bdopamine\b/i, { kind: 'vasopressor', agent: 'dopamine' }],
  [/\b(?:vasopressin|argipressin)\b/i, { kind: 'vasopressor', agent: 'vasopressin' }],
  [/\bangiotensin\s+(?:ii|2)\b/i, { kind: 'vasopressor', agent: 'angiotensin-ii' }],
  [/\btocilizumab\b/i, { kind: 'treatment', treatment: 'tocilizumab' }],
  [/\bsiltuximab\b/i, { kind: 'treatment', treatment: 'siltuximab' }],
  [/\banakinra\b/i, { kind: 'treatment', treatment: 'anakinra' }],
  [/\bdexamethasone\b/i, { kind: 'treatment', treatment: 'dexamethasone' }],
  [/\bmethylprednisolone\b/i, { kind: 'treatment', treatment: 'methylprednisolone' }],
  [/\b(?:paracetamol|acetaminophen)\b/i, { kind: 'treatment', treatment: 'paracetamol' }],
] as const);

/** The drugs the library reads that `texts` name. @internal */
export function namedDrugs(texts: readonly string[]): MedicationConcept[] {
  const found: MedicationConcept[] = [];
  for (const [pattern, concept] of NAMES) if (texts.some((text) => pattern.test(text))) found.push(concept);
  return found;
}
