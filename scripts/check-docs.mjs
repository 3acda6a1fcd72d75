// Checks the built docs site (`npm run docs`: TypeDoc, then the playground) and fails on the first
// kind of problem it finds:
// - every exported declaration has a summary, and every exported function, class and constant an @example;
// - every guide (docs/*.md) and criteria page (docs/criteria/*.md) is a page of the site, and no
//   Markdown file was copied raw (a sign of a link to a page the site lacks);
// - the landing page links to the playground and to gradeCRS (one click);
// - the playground is there and loads as a classic script (modules do not load from file://);
// - every local link and image of every page points to a file that exists, and every #anchor to an id in it.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const site = join(root, 'docs', 'api');
const project = JSON.parse(readFileSync(join(site, 'api.json'), 'utf8'));
const problems = [];

// TypeDoc ReflectionKind values.
const kinds = { 32: 'variable', 64: 'function', 128: 'class', 256: 'interface', 2097152: 'type alias' };
const DOCUMENT = 8388608;
const needsExample = new Set([32, 64, 128]);

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

// The pages: every Markdown file of docs/ and docs/criteria/ is a document of the project, at its path.
const documentIds = new Set((project.documents ?? []).flatMap(function all(document) {
  return [document.id, ...(document.children ?? []).flatMap(all)];
}));
const byPath = new Map(Object.entries(project.files.entries).map(([id, path]) => [path, project.files.reflections[id]]));
const guides = ['docs', 'docs/criteria'].flatMap((dir) => readdirSync(join(root, dir)).filter((name) => name.endsWith('.md')).map((name) => `${dir}/${name}`));
for (const guide of guides) {
  if (!documentIds.has(byPath.get(guide))) problems.push(`${guide}: not a page of the site (typedoc.json projectDocuments)`);
  const page = join(site, 'documents', `${relative('docs', guide).replace(/\.md$/, '')}.html`);
  if (!existsSync(page)) problems.push(`${guide}: no page at ${relative(root, page)}`);
}
const media = join(site, 'media');
for (const name of existsSync(media) ? readdirSync(media) : []) {
  if (name.endsWith('.md')) problems.push(`media/${name}: a Markdown file copied raw; a page links to a file the site has no page for`);
}

function read(file) {
  return readFileSync(file, 'utf8');
}

const landing = read(join(site, 'index.html'));
for (const target of ['functions/gradeCRS.html', 'playground/index.html']) {
  if (!landing.includes(`href="${target}"`)) problems.push(`index.html: no link to ${target}`);
}
for (const file of ['index.html', 'playground.js', 'style.css']) {
  if (!existsSync(join(site, 'playground', file))) problems.push(`playground/${file}: missing (scripts/build-playground.mjs)`);
}
const playground = existsSync(join(site, 'playground', 'index.html')) ? read(join(site, 'playground', 'index.html')) : '';
if (!/<script defer src="playground\.js"><\/script>/.test(playground)) problems.push('playground/index.html: does not load playground.js as a classic script');

// Every local link of every page.
function pages(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? pages(path) : entry.name.endsWith('.html') ? [path] : [];
  });
}

const idsOf = new Map();
function ids(file) {
  if (!idsOf.has(file)) {
    const text = read(file);
    idsOf.set(file, new Set([...text.matchAll(/\s(?:id|name)="([^"]+)"/g)].map((match) => match[1])));
  }
  return idsOf.get(file);
}

let links = 0;
for (const page of pages(site)) {
  const text = read(page);
  for (const match of text.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
    const link = match[1].replaceAll('&amp;', '&');
    if (link === '' || link === '#' || /^[a-z][a-z0-9+.-]*:/i.test(link)) continue; // empty, self, or another scheme (https:, mailto:)
    links += 1;
    const [path, anchor] = link.split('#', 2);
    const target = path === '' ? page : resolve(dirname(page), decodeURIComponent(path));
    const where = `${relative(site, page)}: ${link}`;
    if (!target.startsWith(site)) problems.push(`${where}: points outside the site`);
    else if (!existsSync(target)) problems.push(`${where}: no such file`);
    else if (anchor !== undefined && anchor !== '' && /\.(html|svg)$/.test(target) && !ids(target).has(decodeURIComponent(anchor))) {
      problems.push(`${where}: no such anchor`);
    }
  }
}

if (problems.length > 0) {
  console.error(`docs: ${problems.length} problems:\n${problems.join('\n')}`);
  process.exit(1);
}
console.log(
  `docs: every export has a description, and every function, class and constant an example; ` +
    `${guides.length} guide and criteria pages, the playground, and ${links} local links checked`,
);
