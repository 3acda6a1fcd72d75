// Fails unless every exported declaration in the TypeDoc JSON has a summary, and every exported
// function, class and constant has an @example.
import { readFile } from 'node:fs/promises';

const project = JSON.parse(await readFile(new URL('../docs/api/api.json', import.meta.url), 'utf8'));
// TypeDoc ReflectionKind values.
const kinds = { 32: 'variable', 64: 'function', 128: 'class', 256: 'interface', 2097152: 'type alias' };
const needsExample = new Set([32, 64, 128]);
const problems = [];

function commentOf(reflection) {
  return reflection.comment ?? reflection.signatures?.[0]?.comment;
}

function walk(reflection, path) {
  for (const child of reflection.children ?? []) {
    const name = path ? `${path}/${child.name}` : child.name;
    if (kinds[child.kind] !== undefined) {
      const comment = commentOf(child);
      const summary = (comment?.summary ?? []).map((part) => part.text).join('').trim();
      if (summary === '') problems.push(`${name} (${kinds[child.kind]}): no description`);
      if (needsExample.has(child.kind) && !(comment?.blockTags ?? []).some((tag) => tag.tag === '@example')) {
        problems.push(`${name} (${kinds[child.kind]}): no @example`);
      }
    } else if (child.kind === 2 || child.kind === 4) {
      walk(child, name); // module or namespace
    }
  }
}

walk(project, '');
if (problems.length > 0) {
  console.error(`docs: ${problems.length} exports lack documentation:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log('docs: every export has a description, and every function, class and constant an example');
