import { describe, expect, it } from 'vitest';
import { Reference, references } from '../../src/vocabulary/reference.js';
import { codesOf } from './helpers.js';

describe('references', () => {
  it.each(Object.entries(references))('%s has a citation, a plausible year and a DOI or URL', (_reference, entry) => {
    expect(entry.citation.trim()).not.toBe('');
    expect(Number.isInteger(entry.year)).toBe(true);
    expect(entry.year).toBeGreaterThanOrEqual(1950);
    expect(entry.year).toBeLessThanOrEqual(2026);
    expect(entry.doi !== null || entry.url !== null).toBe(true);
    if (entry.doi !== null) expect(entry.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
    if (entry.url !== null) expect(entry.url).toMatch(/^https:\/\/[^\s]+$/);
  });

  it('has no duplicate DOIs or URLs', () => {
    const dois = codesOf(references, 'doi');
    const urls = codesOf(references, 'url');
    expect(new Set(dois).size).toBe(dois.length);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('cites the ASTCT 2019 consensus by its DOI', () => {
    expect(references[Reference.Lee2019].doi).toBe('10.1016/j.bbmt.2018.12.758');
    expect(references[Reference.Lee2019].year).toBe(2019);
  });

  it.each([
    [Reference.ShimabukuroVornhagen2018, 2018],
    [Reference.Who2020, 2020],
    [Reference.Lee2014, 2014],
    [Reference.Porter2018, 2018],
    [Reference.Park2018, 2018],
    [Reference.Neelapu2018, 2018],
    [Reference.Mahadeo2019, 2019],
    [Reference.Santomasso2021, 2021],
    [Reference.Pennisi2020, 2020],
    [Reference.Traube2014, 2014],
    [Reference.CtcaeV403, 2010],
    [Reference.CtcaeV50, 2017],
    [Reference.CtcaeV60, 2025],
  ])('includes %s (%i)', (reference, year) => {
    expect(references[reference].year).toBe(year);
  });

  it('links every CTCAE version to ctep.cancer.gov', () => {
    for (const reference of [Reference.CtcaeV403, Reference.CtcaeV50, Reference.CtcaeV60]) {
      expect(references[reference].url).toMatch(/^https:\/\/ctep\.cancer\.gov\//);
    }
  });

  it('keeps an unverified DOI null and falls back to a URL (Pennisi 2020)', () => {
    expect(references[Reference.Pennisi2020].doi).toBeNull();
    expect(references[Reference.Pennisi2020].url).not.toBeNull();
  });
});
