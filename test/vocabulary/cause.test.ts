import { describe, expect, expectTypeOf, it } from 'vitest';
import { Cause, CauseCategory, causes } from '../../src/vocabulary/cause.js';
import { Reference, references } from '../../src/vocabulary/reference.js';
import { KEBAB_CASE } from './helpers.js';

describe('causes', () => {
  it.each(Object.entries(causes))('%s has a category and at least one existing source', (_cause, entry) => {
    expect(Object.values(CauseCategory)).toContain(entry.category);
    expect(entry.sources.length).toBeGreaterThan(0);
    for (const source of entry.sources) expect(references[source]).toBeDefined();
  });

  it('covers every category', () => {
    const used = new Set(Object.values(causes).map((entry) => entry.category));
    expect([...used].sort()).toEqual(Object.values(CauseCategory).sort());
  });

  it('has kebab-case category values', () => {
    for (const value of Object.values(CauseCategory)) expect(value).toMatch(KEBAB_CASE);
  });

  it('names the bispecific trigger examples, each with a source that can name it', () => {
    expect(causes[Cause.BispecificTCellEngagers].examples).toEqual(['blinatumomab', 'teclistamab']);
    expect(causes[Cause.BispecificTCellEngagers].sources).toEqual(
      expect.arrayContaining([Reference.BlincytoLabel, Reference.TecvayliLabel]),
    );
    // Teclistamab was first approved in 2022: only a source from then or later can name it.
    expect(references[Reference.TecvayliLabel].year).toBeGreaterThanOrEqual(2022);
    expect(causes[Cause.OtherTherapeuticAntibodies].examples).toEqual(expect.arrayContaining(['rituximab', 'alemtuzumab']));
  });

  it('does not claim how often CRS follows haploidentical transplantation', () => {
    expect(causes[Cause.HaploidenticalStemCellTransplantation].description).not.toMatch(/common/);
  });

  it.each([
    [Cause.CarTCells, CauseCategory.Immunotherapy],
    [Cause.Sepsis, CauseCategory.Infection],
    [Cause.Covid19, CauseCategory.Infection],
    [Cause.Influenza, CauseCategory.Infection],
    [Cause.HaploidenticalStemCellTransplantation, CauseCategory.Transplantation],
    [Cause.GraftVersusHostDisease, CauseCategory.Transplantation],
    [Cause.MacrophageActivationSyndrome, CauseCategory.AutoimmuneHyperinflammatory],
  ])('%s is in category %s', (cause, category) => {
    expect(causes[cause].category).toBe(category);
  });

  it('has the CauseCategory type as the union of its values', () => {
    expectTypeOf<CauseCategory>().toEqualTypeOf<'immunotherapy' | 'infection' | 'transplantation' | 'autoimmune-hyperinflammatory'>();
  });
});
