/**
 * Runs every code example in the TSDoc of `src/`, in the README and in docs/*.md, so that the documentation cannot
 * drift from the code. A line `expression; // value` becomes an assertion that the expression equals
 * the value (a trailing explanation after " (" or ": " is ignored).
 */
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { afterAll, describe, expect, it, vi } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const outDir = join(root, 'node_modules', '.examples');

interface Example {
  readonly name: string;
  readonly code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sourceFiles(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

function tsdocExamples(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const match of text.matchAll(/@example\s*\n((?:\s*\*.*\n)+?)\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    const code = (match[2] ?? '').split('\n').map((row) => row.replace(/^\s*\* ?/, '')).join('\n');
    examples.push({ name: `${relative(root, file)}:${line}`, code });
  }
  for (const match of text.matchAll(/@example\s*\n\s*\*\s*```ts\n((?:\s*\*.*\n)*?)\s*\*\s*```/g)) {
    const line = text.slice(0, match.index).split('\n').length;
    const code = (match[1] ?? '').split('\n').map((row) => row.replace(/^\s*\* ?/, '')).join('\n');
    examples.push({ name: `${relative(root, file)}:${line}`, code });
  }
  return examples;
}

function markdownExamples(file: string): Example[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((match) => ({
    name: `${file}:${text.slice(0, match.index).split('\n').length}`,
    code: match[1] ?? '',
  }));
}

/** The README and every page under docs/. */
function readmeExamples(): Example[] {
  const pages = readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`);
  return ['README.md', ...pages].flatMap(markdownExamples);
}

function literal(comment: string): { value: unknown } | undefined {
  const candidates = [comment, comment.split(' (')[0], comment.split(': ')[0]];
  for (const candidate of candidates) {
    if (candidate === undefined || !/^\s*(?:-?\d|'|"|\[|\{|true\b|false\b|null\b)/.test(candidate)) continue;
    try {
      // Only literal-looking text reaches here (checked above); an empty sandbox parses it.
      return { value: runInNewContext(`(${candidate})`, {}, { timeout: 100 }) as unknown };
    } catch {
      // not a literal: try the next, shorter candidate
    }
  }
  return undefined;
}

function instrument(example: Example): string {
  const lines = example.code.split('\n').map((line) => {
    const match = /^(\s*)([^/]*?);\s*\/\/\s*(.+)$/.exec(line);
    if (match === null || /^\s*(?:const|let|var|import|export|if|for|return|type)\b/.test(match[2] ?? '')) return line;
    const expected = literal(match[3] ?? '');
    if (expected === undefined) return line;
    return `${match[1] ?? ''}__assertExample(${match[2] ?? ''}, ${JSON.stringify(expected.value)});`;
  });
  const code = lines
    .join('\n')
    .replaceAll(`'cytokine-release-syndrome/schemas'`, `'${join(root, 'src', 'schemas', 'index.ts')}'`)
    .replaceAll(`'cytokine-release-syndrome/astct'`, `'${join(root, 'src', 'astct', 'index.ts')}'`)
    .replaceAll(`'cytokine-release-syndrome/locale/en'`, `'${join(root, 'src', 'locale', 'en', 'index.ts')}'`)
    .replaceAll(`'cytokine-release-syndrome/locale/de'`, `'${join(root, 'src', 'locale', 'de', 'index.ts')}'`)
    .replaceAll(`'cytokine-release-syndrome/fhir'`, `'${join(root, 'src', 'fhir', 'index.ts')}'`)
    .replaceAll(`'cytokine-release-syndrome'`, `'${join(root, 'src', 'index.ts')}'`);
  return `const __assertExample = (globalThis as unknown as { __assertExample: (actual: unknown, expected: unknown) => void }).__assertExample;\n${code}\nexport {};\n`;
}

const examples = [...sourceFiles(join(root, 'src')).flatMap(tsdocExamples), ...readmeExamples()];
rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });
const files = examples.map((example, index) => {
  const file = join(outDir, `example-${index}.ts`);
  writeFileSync(file, instrument(example));
  return { ...example, file };
});

afterAll(() => {
  rmSync(outDir, { recursive: true, force: true });
});

describe('documentation examples', () => {
  it('finds examples', () => {
    expect(files.length).toBeGreaterThan(20);
  });

  it('type-check', () => {
    const program = ts.createProgram(
      files.map(({ file }) => file),
      { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, allowImportingTsExtensions: true, skipLibCheck: true, exactOptionalPropertyTypes: true, types: ['node'] },
    );
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
      const where = files.find(({ file }) => file === diagnostic.file?.fileName)?.name ?? diagnostic.file?.fileName ?? '';
      return `${where}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    });
    expect(diagnostics).toEqual([]);
  }, 60_000);

  it.each(files)('$name runs and its stated values hold', async ({ file }) => {
    (globalThis as unknown as { __assertExample: (actual: unknown, expected: unknown) => void }).__assertExample = (actual, expected) => {
      expect(actual).toEqual(expected);
    };
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    await import(file);
    vi.restoreAllMocks();
  });
});
