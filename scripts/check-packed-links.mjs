// Fails unless every relative link in a packed Markdown file (the README, the guides, the criteria
// pages) points to a file that is in the package too: a reader of the package on npm, or of its
// copy in node_modules, must never meet a dead link.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';

const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { encoding: 'utf8' }));
const packed = new Set(pack.files.map(({ path }) => path));
const problems = [];
for (const file of packed) {
  if (!file.endsWith('.md')) continue;
  const text = readFileSync(file, 'utf8').replace(/```[\s\S]*?```/g, '');
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^[a-z]+:/i.test(target) || target.startsWith('#')) continue;
    const path = posix.normalize(posix.join(posix.dirname(file), target.split('#')[0]));
    if (!packed.has(path) && !packed.has(posix.join(path, 'README.md'))) problems.push(`${file}: ${target} is not in the package`);
  }
}
// CHANGELOG.md is in "files" but exists only from the first `npx changeset version` on.
if (problems.length > 0) {
  console.error(`packed links: ${problems.length} problems:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(`packed links: every relative link of ${[...packed].filter((file) => file.endsWith('.md')).length} packed pages resolves inside the package`);
