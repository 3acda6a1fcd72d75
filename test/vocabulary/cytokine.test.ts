import { describe, expect, expectTypeOf, it } from 'vitest';
import { CellType, Cytokine, cytokineAmplificationLoop, cytokines } from '../../src/vocabulary/cytokine.js';
import { MarkerCategory, markers } from '../../src/vocabulary/marker.js';
import { references } from '../../src/vocabulary/reference.js';
import { KEBAB_CASE } from './helpers.js';

describe('cytokines', () => {
  it.each(Object.entries(cytokines))('%s names releasing cells, existing sources and a cytokine marker', (_cytokine, entry) => {
    expect(entry.releasedBy.length).toBeGreaterThan(0);
    expect(new Set(entry.releasedBy).size).toBe(entry.releasedBy.length);
    for (const cell of entry.releasedBy) expect(Object.values(CellType)).toContain(cell);
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) expect(references[source]).toBeDefined();
    if (entry.marker !== null) expect(markers[entry.marker].category).toBe(MarkerCategory.Cytokine);
  });

  it('has kebab-case cell types', () => {
    for (const value of Object.values(CellType)) expect(value).toMatch(KEBAB_CASE);
  });

  it('follows the loop: T cells release IFN-γ, macrophages release IL-6, IL-1 and TNF-α', () => {
    expect(cytokines[Cytokine.IfnGamma].releasedBy).toContain(CellType.TCell);
    for (const cytokine of [Cytokine.Il6, Cytokine.Il1, Cytokine.TnfAlpha]) {
      expect(cytokines[cytokine].releasedBy).toContain(CellType.Macrophage);
    }
  });

  it('links IL-1 to the IL-1β marker', () => {
    expect(cytokines[Cytokine.Il1].marker).toBe('interleukin-1-beta');
  });

  it('describes the amplification loop in one line', () => {
    expect(cytokineAmplificationLoop).not.toMatch(/\n/);
    for (const word of ['T cells', 'IFN-γ', 'macrophages', 'IL-6', 'IL-1', 'TNF-α']) expect(cytokineAmplificationLoop).toContain(word);
  });

  it('has the CellType type as the union of its values', () => {
    expectTypeOf<CellType>().toEqualTypeOf<'t-cell' | 'monocyte' | 'macrophage' | 'endothelial-cell'>();
  });
});
