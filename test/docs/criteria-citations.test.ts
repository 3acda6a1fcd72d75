/**
 * Every `@see criteria …` in `src/` names rule ids and a page anchor that exist on the criteria
 * pages, so that a citation cannot point at nothing.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const criteria = join(root, 'docs', 'criteria');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

const anchors = new Map<string, Set<string>>();
for (const page of readdirSync(criteria).filter((name) => name.endsWith('.md'))) {
  const text = readFileSync(join(criteria, page), 'utf8');
  anchors.set(page, new Set([...text.matchAll(/<a id="([^"]+)"><\/a>/g)].map((match) => match[1] ?? '')));
}
const allAnchors = new Set([...anchors.values()].flatMap((set) => [...set]));

const citations = sourceFiles(join(root, 'src')).flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/@see criteria ([^(\n]+)\(docs\/criteria\/([\w.-]+\.md)#([\w-]+)\)/g)].map((match) => ({
    where: relative(root, file),
    ids: [...(match[1] ?? '').matchAll(/[A-Z][A-Z0-9]*(?:-[A-Z]+)?-\d{2}/g)].map((id) => id[0]),
    page: match[2] ?? '',
    anchor: match[3] ?? '',
  })),
);

describe('criteria citations in src/', () => {
  it('finds citations', () => {
    expect(citations.length).toBeGreaterThan(50);
  });

  it.each(citations.map((citation) => [`${citation.where}: ${citation.ids.join(', ')}`, citation] as const))('%s exists', (_name, citation) => {
    expect(anchors.get(citation.page)?.has(citation.anchor), `${citation.page}#${citation.anchor}`).toBe(true);
    for (const id of citation.ids) expect(allAnchors.has(id.toLowerCase()), id).toBe(true);
  });
});
