// TypeDoc plugin for the docs site (loaded by typedoc.json):
// - the main functions form the "Grading" group, which `groupOrder` puts first;
// - a "Start here" list at the top of every page's sidebar: the playground and the main functions,
//   so that gradeCRS is one click from the landing page;
// - the guides (docs/*.md) and the criteria pages (docs/criteria/*.md, named by their first heading)
//   are the sidebar's "Guides" and "Criteria" folders;
// - a page of docs/ is at its file's path (docs/criteria/decisions.md at
//   documents/criteria/decisions.html), not at one made from its title, so links survive a new title;
// - anchors written as HTML (`<a id="dec-07"></a>`) count as anchors, so that links to them are
//   not reported as broken (scripts/check-docs.mjs checks every link of the built site itself).
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CommentTag, Converter, JSX, KindRouter, PageEvent, ReflectionKind } from 'typedoc';

const MODULE = 'cytokine-release-syndrome';
const DOCS = join(fileURLToPath(new URL('..', import.meta.url)), 'docs');

/** The API a new reader needs first, in the order shown. A missing name fails the build. */
const GRADING = [
  'gradeCRS',
  'safeGradeCRS',
  'gradeCRSOnAllScales',
  'checkReportedGrade',
  'describeCrsGrading',
  'gradeICANS',
  'safeGradeICANS',
  'scoreICE',
  'describeIcansGrading',
  'gradeCourse',
  'safeGradeCourse',
  'summarizeCohort',
];

/** The sidebar's "Start here" links after the playground: a few of GRADING and the form API. */
const START_HERE = ['gradeCRS', 'gradeCRSOnAllScales', 'describeCrsGrading', 'gradeICANS', 'crsAssessmentFields', 'createCrsAssessmentFormValidator'];

const PLAYGROUND_PATH = 'playground/index.html';

function firstHeading(document) {
  const text = document.content.map((part) => part.text).join('');
  return /^# +(.+?) *$/m.exec(text)?.[1];
}

/**
 * TypeDoc's default router, except that a document is named after its file under docs/, and the
 * main entry's declarations drop the module prefix (functions/gradeCRS.html); the schemas entry
 * keeps its own (functions/cytokine-release-syndrome_schemas.createCrsAssessmentSchema.html).
 */
class SiteRouter extends KindRouter {
  getIdealBaseName(reflection) {
    const path = reflection.isDocument() ? reflection.project.files.getReflectionPath(reflection) : undefined;
    if (path !== undefined) return `documents/${relative(DOCS, path).replace(/\.md$/, '')}`;
    return super.getIdealBaseName(reflection).replace(new RegExp(`^(\\w+)/${MODULE}\\.`), '$1/');
  }
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.renderer.defineRouter('site', SiteRouter);

  app.converter.on(Converter.EVENT_CREATE_DOCUMENT, (_context, document) => {
    const path = document.project.files.getReflectionPath(document);
    const criteria = path !== undefined && relative(DOCS, path).startsWith('criteria/');
    document.frontmatter.group ??= criteria ? 'Criteria' : 'Guides';
    if (!criteria || 'title' in document.frontmatter) return;
    const heading = firstHeading(document);
    // A slash would make a folder in the sidebar.
    if (heading !== undefined) document.name = heading.replaceAll('/', '∕');
  });

  // Before the group plugin reads `@group` tags (at RESOLVE_END), as a tag in the source would be.
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const name of GRADING) {
      const reflection = context.project.getChildByName([MODULE, name]);
      if (reflection === undefined) {
        app.logger.error(`typedoc-plugin: ${MODULE}.${name}, listed in GRADING, is not exported`);
        continue;
      }
      const comment = reflection.comment ?? reflection.signatures?.[0]?.comment;
      comment?.blockTags.push(new CommentTag('@group', [{ kind: 'text', text: 'Grading' }]));
    }
  });

  // After the group plugin (priority -100) has made the groups: the Grading group in GRADING's order.
  app.converter.on(
    Converter.EVENT_RESOLVE_END,
    (context) => {
      const module = context.project.getChildByName(MODULE);
      const group = module?.groups?.find((candidate) => candidate.title === 'Grading');
      group?.children.sort((a, b) => GRADING.indexOf(a.name) - GRADING.indexOf(b.name));
    },
    -150,
  );

  app.renderer.hooks.on('sidebar.begin', (context) => {
    const links = START_HERE.map((name) => {
      const reflection = context.page.project.getChildByName([MODULE, name]);
      if (reflection === undefined) {
        app.logger.error(`typedoc-plugin: ${MODULE}.${name}, listed in START_HERE, is not exported`);
        return null;
      }
      const icon = reflection.kindOf(ReflectionKind.Function) ? '()' : '';
      return JSX.createElement('li', null, JSX.createElement('a', { href: context.urlTo(reflection) }, JSX.createElement('code', null, `${name}${icon}`)));
    });
    return JSX.createElement(
      'nav',
      { id: 'start-here', class: 'tsd-navigation', 'aria-label': 'Start here' },
      JSX.createElement('h2', { class: 'start-here-title' }, 'Start here'),
      JSX.createElement(
        'ul',
        null,
        JSX.createElement('li', null, JSX.createElement('a', { href: context.relativeURL(PLAYGROUND_PATH), id: 'playground-link' }, 'Playground: grade in your browser')),
        ...links,
      ),
    );
  });

  app.renderer.on(PageEvent.END, (page) => {
    if (page.contents === undefined) return;
    const slugger = app.renderer.router?.getSlugger(page.model);
    if (slugger === undefined) return;
    for (const match of page.contents.matchAll(/<a\s+(?:id|name)="([^"]+)"/g)) {
      if (!slugger.hasAnchor(match[1])) slugger.slug(match[1]);
    }
  });
}
