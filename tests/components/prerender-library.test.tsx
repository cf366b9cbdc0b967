import { readFileSync } from 'node:fs';
import { beforeAll, expect, it } from 'vitest';
import { prerenderSite } from '../../src/entry-server';
import { buildLibrary, facetListSchema } from '../../src/interview/library-files';
import { syntheticLibrary } from '../../scripts/lib/synthetic-library';
import { STYLESHEET, STYLESHEET_FILE, TEMPLATE } from '../support/prerender-template';
import { seedInterview } from '../support/seed';

// A library of 25 interviews prerendered as `npm run build` does: without
// JavaScript, every interview must be reachable through pages of the
// library, and each card's people through pages of theirs. Only the
// library's pages are rendered: the interviews' own pages (a reader page and
// a formatted citation each, four fifths of this file's work) are what
// prerender.test.tsx checks, and no assertion here reads them.

const SITE = { origin: 'https://reader.example.org', baseUrl: '/' };
const interviews = syntheticLibrary(seedInterview(), 25);
const source = new Map<string, string>([
  [STYLESHEET_FILE, STYLESHEET],
  // The page's icon, inlined into every page (src/prerender/page-html.ts).
  ['favicon.svg', readFileSync('public/favicon.svg', 'utf8')],
  ...interviews.map(
    (interview) => [`interviews/${interview.id}.json`, JSON.stringify(interview)] as const,
  ),
  ...buildLibrary(interviews).map((file) => [file.path, JSON.stringify(file.data)] as const),
]);
const files = new Map<string, string>();

beforeAll(async () => {
  await prerenderSite(
    {
      template: TEMPLATE,
      interviewFiles: () => [],
      readFile: (file) => source.get(file),
      writeFile: (file, text) => files.set(file, text),
    },
    SITE,
  );
}, 120_000);

const parsed = new Map<string, Document>();
const page = (file: string) => {
  const html = files.get(file);
  if (html === undefined) throw new Error(`${file} was not written`);
  const doc = parsed.get(file) ?? new DOMParser().parseFromString(html, 'text/html');
  parsed.set(file, doc);
  return doc;
};
const titles = (doc: Document) =>
  [...doc.querySelectorAll('article h3 a')].map((link) => link.textContent);
const canonical = (doc: Document) =>
  doc.querySelector('link[rel="canonical"]')?.getAttribute('href');

it('writes a page for each page of the library, linked from the one before', () => {
  const first = page('index.html');
  const pager = first.querySelector('nav[aria-label="Pages"]');
  // Shown without JavaScript: these pages are files of the site.
  expect(pager?.className).not.toContain('no-js:hidden');
  expect(pager?.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/page/2');
  const second = page('page/2.html');
  expect(second.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/');
  expect(second.title).toBe('Page 2 · Interviews · Interview Reader');
  expect(canonical(second)).toBe('https://reader.example.org/page/2');
  expect(second.querySelector('meta[name="description"]')?.getAttribute('content')).toBe(
    'Every interview in the library, 25 in all, newest first. Page 2 of 2.',
  );
  expect(files.has('page/3.html')).toBe(false);
  // Every interview on exactly one page.
  const listed = ['index.html', 'page/2.html'].flatMap((file) => titles(page(file)));
  expect(listed.toSorted()).toEqual(interviews.map((interview) => interview.title).toSorted());
  // Each title links to its interview's page.
  const links = ['index.html', 'page/2.html'].flatMap((file) =>
    [...page(file).querySelectorAll('article h3 a')].map((link) => link.getAttribute('href')),
  );
  expect(links.toSorted()).toEqual(interviews.map((interview) => `/i/${interview.id}`).toSorted());
  expect(files.get('sitemap.xml')).toContain('<loc>https://reader.example.org/page/2</loc>');
});

it('writes a page for each person, topic, publication and year, linked from the cards', () => {
  const last = page('page/2.html');
  const card = last.querySelector('article');
  const person = card?.querySelector('a[aria-label^="Interviews with"]');
  const href = person?.getAttribute('href') ?? '';
  expect(href).toMatch(/^\/person\/[a-z0-9-]+$/);
  const theirs = page(`${href.slice(1)}.html`);
  expect(titles(theirs)).toContain(card?.querySelector('h3 a')?.textContent);
  expect(theirs.title).toBe(`${person?.textContent} · Interviews · Interview Reader`);
  expect(canonical(theirs)).toBe(`https://reader.example.org${href}`);
  expect(theirs.querySelector('meta[name="description"]')?.getAttribute('content')).toMatch(
    new RegExp(`^Interviews with ${person?.textContent}: \\d+ in the library, newest first\\.`),
  );
  // Every value of every facet has its page.
  for (const facet of ['person', 'topic', 'publication', 'year']) {
    const list = facetListSchema.parse(JSON.parse(source.get(`library/${facet}.json`) ?? '{}'));
    const pages = [...files.keys()].filter((file) => file.startsWith(`${facet}/`));
    expect(pages.toSorted()).toEqual(
      list.values.map(({ key }) => `${facet}/${key}.html`).toSorted(),
    );
  }
});

it('says, without JavaScript, how many of a facet’s values its filters list', () => {
  // Its button lists them all with JavaScript ("Show all 60 topics"); without it the panel listed
  // the twelve most common as if they were every topic, person and publication of the library.
  const panel = page('index.html').querySelector('#library_facets');
  const said = (heading: string) => {
    const group = [...(panel?.querySelectorAll('section') ?? [])].find(
      (section) => section.querySelector('h3')?.textContent === heading,
    );
    const note = [...(group?.querySelectorAll('p') ?? [])].find((p) =>
      p.className.split(' ').includes('no-js:block'),
    );
    return note?.textContent;
  };
  const topics = facetListSchema.parse(JSON.parse(source.get('library/topic.json') ?? '{}'));
  expect(topics.values.length).toBeGreaterThan(12);
  expect(said('Topics')).toBe(
    `The 12 most common of ${topics.values.length} topics are listed here: the full list needs JavaScript.`,
  );
  const years = facetListSchema.parse(JSON.parse(source.get('library/year.json') ?? '{}'));
  expect(said('Years')).toBe(
    years.values.length > 12
      ? `The latest 12 of ${years.values.length} years are listed here: the full list needs JavaScript.`
      : undefined,
  );
});
