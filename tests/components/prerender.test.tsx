import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { renderToStaticMarkup } from 'react-dom/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { PAGE_DATA_ID, parsePageData } from '../../src/app/page-data';
import { prerenderSite } from '../../src/entry-server';
import { minifyScript } from '../../scripts/lib/minify-script';
import { bootScript } from '../../src/lib/landing';
import { LESSON_SEARCH } from '../../src/config/paths';
import { SearchIndexFields } from '../../src/prerender/search-index-fields';
import { STYLESHEET, STYLESHEET_FILE, TEMPLATE } from '../support/prerender-template';
import { editJson } from '../support/json-edit';
import { atEveryLimit } from '../support/longest-fields';
import { seedInterview, seedJson } from '../support/seed';

// The prerender in-process, as `npm run build` runs it, over the repository's
// interviews: what every written page holds.

const SITE = { origin: 'https://reader.example.org', baseUrl: '/' };

const files = new Map<string, string>();

function readPublic(file: string): string | undefined {
  if (file === STYLESHEET_FILE) return STYLESHEET;
  const full = path.join('public', file);
  return existsSync(full) && statSync(full).isFile() ? readFileSync(full, 'utf8') : undefined;
}

const interviewFiles = () =>
  readdirSync('public/interviews')
    .filter((name) => name.endsWith('.json'))
    .map((name) => `interviews/${name}`);

beforeAll(async () => {
  await prerenderSite(
    {
      template: TEMPLATE,
      interviewFiles,
      readFile: readPublic,
      writeFile: (file, text) => files.set(file, text),
      minifyScript,
    },
    SITE,
  );
}, 30_000);

const seed = seedInterview();
// The library's views with pages of their own (the seed's topics, person, publication and year).
const LIBRARY_VIEWS = [
  ...['energy', 'middle-corridor', 'peace', 'security', 'trade'].map((key) => `/topic/${key}`),
  '/person/viktor-maiko',
  '/publication/the-times-of-central-asia',
  '/year/2026',
];
const parsed = new Map<string, Document>();
const page = (file: string) => {
  const html = files.get(file);
  if (html === undefined) throw new Error(`${file} was not written`);
  const doc = parsed.get(file) ?? new DOMParser().parseFromString(html, 'text/html');
  parsed.set(file, doc);
  return doc;
};
const meta = (doc: Document, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
const flat = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

// schema.org types and the properties this site uses of each (https://schema.org/<Type>).
const SCHEMA_ORG: Record<string, readonly string[]> = {
  Article: [
    'headline',
    'description',
    'url',
    'mainEntityOfPage',
    'inLanguage',
    'datePublished',
    'articleSection',
    'keywords',
    'author',
    'contributor',
    'about',
    'publisher',
    'isBasedOn',
    'hasPart',
    'isPartOf',
  ],
  Person: ['name', 'jobTitle'],
  Organization: ['name', 'url', 'jobTitle'],
  Quotation: ['text', 'spokenByCharacter', 'url'],
  WebSite: ['name', 'url'],
  CollectionPage: ['name', 'description', 'url', 'isPartOf'],
  ItemList: ['itemListElement'],
  ListItem: ['position', 'url', 'name'],
};

/** Every schema.org type and property problem in a JSON-LD node, with its path. */
function schemaProblems(node: unknown, at = '$'): string[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => schemaProblems(item, `${at}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const entries: [string, unknown][] = Object.entries(node);
  const type = entries.find(([key]) => key === '@type')?.[1];
  if (typeof type !== 'string' || !SCHEMA_ORG[type]) return [`${at} has no known @type`];
  const allowed = SCHEMA_ORG[type];
  return entries.flatMap(([key, value]) => {
    if (key === '@type' || key === '@context') return [];
    if (!allowed.includes(key)) return [`${at}.${key} is not a ${type} property here`];
    return schemaProblems(value, `${at}.${key}`);
  });
}

function jsonLd(doc: Document): unknown {
  const blocks = doc.querySelectorAll('script[type="application/ld+json"]');
  expect(blocks).toHaveLength(1);
  const data: unknown = JSON.parse(blocks[0]?.textContent ?? '');
  return data;
}

// Parsing the pages takes a few seconds on a busy machine.
describe('the prerendered site', { timeout: 30_000 }, () => {
  it('writes a page for the library and each facet value, the interview, each section, adding one, and the 404 pages', () => {
    expect([...files.keys()].sort()).toEqual(
      [
        '404.html',
        'add.html',
        'open.html',
        'index.html',
        ...LIBRARY_VIEWS.map((view) => `${view.slice(1)}.html`),
        `i/${seed.id}.html`,
        `i/${seed.id}/404.html`,
        ...seed.sections.map((s) => `i/${seed.id}/${s.id}.html`),
        'robots.txt',
        'sitemap.xml',
      ].sort(),
    );
  });

  it('holds the whole interview text on every reader page, sections expanded', () => {
    const paragraphs = [
      seed.title,
      ...seed.intro,
      ...seed.sections.flatMap((s) => [
        s.heading,
        ...s.questions.flatMap((q) => [...q.question, ...q.answer]),
      ]),
    ].map(flat);
    for (const file of [
      `i/${seed.id}.html`,
      ...seed.sections.map((s) => `i/${seed.id}/${s.id}.html`),
    ]) {
      const doc = page(file);
      const text = flat(doc.getElementById('root')?.textContent);
      for (const paragraph of paragraphs) expect(text, file).toContain(paragraph);
      expect(doc.querySelectorAll('.section-body[hidden]'), file).toHaveLength(0);
      expect(doc.querySelectorAll('.section-body'), file).toHaveLength(seed.sections.length);
    }
  });

  it('gives the search index the interview’s fields as text, after the app’s root, on every reader page', () => {
    for (const file of [
      `i/${seed.id}.html`,
      ...seed.sections.map((s) => `i/${seed.id}/${s.id}.html`),
    ]) {
      const doc = page(file);
      const root = doc.getElementById('root');
      // Outside the app's tree: React neither renders nor hydrates it.
      const fields = root?.nextElementSibling;
      expect(fields?.matches('div[hidden][data-pagefind-ignore]'), file).toBe(true);
      expect(root?.querySelector('[data-pagefind-meta], [data-pagefind-filter]'), file).toBeNull();
      const of = (attribute: string) =>
        Object.fromEntries(
          [...(fields?.querySelectorAll(`[${attribute}]`) ?? [])].reduce((all, span) => {
            const key = span.getAttribute(attribute) ?? '';
            return all.set(key, [...(all.get(key) ?? []), span.textContent ?? '']);
          }, new Map<string, string[]>()),
        );
      expect(of('data-pagefind-meta'), file).toEqual({
        id: [seed.id],
        title: [seed.title],
        publication: ['The Times of Central Asia'],
        published: ['2026-02-10'],
      });
      // By the library's filter keys (?topic=middle-corridor).
      expect(of('data-pagefind-filter'), file).toEqual({
        topic: ['trade', 'middle-corridor', 'energy', 'security', 'peace'],
        person: ['viktor-maiko'],
        publication: ['the-times-of-central-asia'],
        year: ['2026'],
      });
    }
    // Only the reader's pages are indexed.
    expect(page('index.html').querySelector('[data-pagefind-meta]')).toBeNull();
  });

  it('writes the search index’s fields as text, whatever an interview’s title holds', () => {
    const title = '</span><script>alert(1)</script><span data-pagefind-meta="id">x';
    const html = renderToStaticMarkup(<SearchIndexFields interview={{ ...seed, title }} />);
    const fields = new DOMParser().parseFromString(html, 'text/html');
    expect(fields.querySelector('script')).toBeNull();
    expect(fields.querySelectorAll('[data-pagefind-meta="id"]')).toHaveLength(1);
    expect(fields.querySelector('[data-pagefind-meta="title"]')?.textContent).toBe(title);
  });

  it('gives a section page its own title, description, address and card', () => {
    const energy = seed.sections.find((s) => s.id === 'energy');
    const doc = page(`i/${seed.id}/energy.html`);
    const url = `https://reader.example.org/i/${seed.id}/energy`;
    expect(doc.title).toBe(`${energy?.heading} · ${seed.title}`);
    expect(doc.querySelectorAll('title')).toHaveLength(1);
    expect(meta(doc, 'description')).toBe(
      'Energy Sector Cooperation and Route Diversification. Viktor Maiko: “Kazakhstan and Turkmenistan are vital energy partners for Ukraine, both for oil and gas.”',
    );
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(url);
    expect(meta(doc, 'og:url')).toBe(url);
    expect(meta(doc, 'og:type')).toBe('article');
    expect(meta(doc, 'og:title')).toBe(doc.title);
    expect(meta(doc, 'og:description')).toBe(meta(doc, 'description'));
    expect(meta(doc, 'og:site_name')).toBe('Interview Reader');
    expect(meta(doc, 'article:published_time')).toBe('2026-02-10');
    expect(meta(doc, 'twitter:card')).toBe('summary');
    expect(meta(doc, 'twitter:title')).toBe(doc.title);
    expect(doc.documentElement.lang).toBe('en');
    expect(doc.getElementById('root')?.getAttribute('data-land-on')).toBe('energy__heading');
    // Where the page opens without JavaScript (scroll-initial-target in index.css): that heading alone.
    expect([...doc.querySelectorAll('[data-link-target]')].map((e) => e.id)).toEqual([
      'energy__heading',
    ]);
    expect(page(`i/${seed.id}.html`).querySelectorAll('[data-link-target]')).toHaveLength(0);
  });

  it('gives the interview page its title and standfirst or intro as description', () => {
    const doc = page(`i/${seed.id}.html`);
    expect(doc.title).toBe(`${seed.title} · Interview Reader`);
    expect(meta(doc, 'description')).toMatch(/^As the war between Russia and Ukraine approaches/);
    expect(meta(doc, 'description')?.length).toBeLessThanOrEqual(200);
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      `https://reader.example.org/i/${seed.id}`,
    );
  });

  it('describes the interview as a schema.org Article with its people, source and key quotes', () => {
    const data = jsonLd(page(`i/${seed.id}/peace.html`));
    expect(schemaProblems(data)).toEqual([]);
    expect(data).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: seed.title,
      datePublished: '2026-02-10',
      articleSection: 'International Support and the Path to Peace',
      author: [{ '@type': 'Person', name: 'Askar Alimzhanov' }],
      contributor: [{ '@type': 'Organization', name: 'The Times of Central Asia' }],
      about: [
        {
          '@type': 'Person',
          name: 'Viktor Maiko',
          jobTitle: 'Ukraine’s Ambassador to Kazakhstan',
        },
      ],
      publisher: { '@type': 'Organization', name: 'The Times of Central Asia' },
      isBasedOn: { '@type': 'Article', url: seed.canonicalUrl },
    });
    const quotes = seed.keyQuotes.map((quote) => ({
      '@type': 'Quotation',
      text: quote.text,
      spokenByCharacter: {
        '@type': 'Person',
        name: 'Viktor Maiko',
        jobTitle: 'Ukraine’s Ambassador to Kazakhstan',
      },
    }));
    expect(data).toMatchObject({ hasPart: quotes });
    expect(schemaProblems(jsonLd(page('index.html')))).toEqual([]);
  });

  it('shows the library with its first page of interviews, from the build’s library files', () => {
    const doc = page('index.html');
    expect(doc.title).toBe('Interview Reader');
    expect(doc.querySelector(`#root a[href="/i/${seed.id}"]`)?.textContent).toBe(seed.title);
    const data = parsePageData(doc.getElementById(PAGE_DATA_ID)?.textContent);
    expect(data?.queries.map((query) => query.queryKey[0])).toContain('library');
  });

  it('holds the data the page was rendered from, for hydration without a fetch', () => {
    const doc = page(`i/${seed.id}/trade.html`);
    const data = parsePageData(doc.getElementById(PAGE_DATA_ID)?.textContent);
    // The interview travels once, as the reader's loader data; the query cache of
    // the page (TanStack Query, not in a reader's first view) does not repeat it.
    expect(data?.loaderData.reader).toEqual({ interview: seed });
    expect(data?.queries.map((query) => query.queryKey[0])).not.toContain('interview');
    expect(doc.getElementById(PAGE_DATA_ID)?.getAttribute('type')).toBe('application/json');
  });

  it('holds the handout’s APA citation, so a first print from the browser’s menu has it', () => {
    const doc = page(`i/${seed.id}/trade.html`);
    const data = parsePageData(doc.getElementById(PAGE_DATA_ID)?.textContent);
    const citation = data?.queries.find((query) => query.queryKey[0] === 'handout-citation');
    expect(citation?.queryKey).toEqual(['handout-citation', seed.id]);
    // The publication in italics, the rest not: as the CSL processor formats APA.
    expect(citation?.data).toEqual([
      {
        text: 'Alimzhanov, A. (2026, February 10). Ukrainian Ambassador to Kazakhstan: “The War Will End This Year. I Truly Believe In That.” ',
        italic: false,
      },
      { text: 'The Times of Central Asia', italic: true },
      { text: `. ${seed.canonicalUrl}`, italic: false },
    ]);
  });

  it('allows its two inline scripts by hash, and nothing else inline', () => {
    const html = files.get(`i/${seed.id}.html`) ?? '';
    const doc = page(`i/${seed.id}.html`);
    const policy = doc
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute('content');
    const inline = [...doc.querySelectorAll('script:not([src])')].filter(
      (script) =>
        !['application/json', 'application/ld+json'].includes(script.getAttribute('type') ?? ''),
    );
    // The mark in <head> that the page is scripted, then the boot script that lands links.
    expect(inline).toHaveLength(2);
    expect(inline[0]?.parentElement?.tagName).toBe('HEAD');
    // Both minified as the build does (scripts/lib/minify-script.ts), the boot script by half.
    expect(inline[1]?.textContent).toBe(minifyScript(bootScript(LESSON_SEARCH)));
    expect(inline[1]?.textContent?.length).toBeLessThan(bootScript(LESSON_SEARCH).length * 0.8);
    for (const script of inline) {
      const hash = createHash('sha256')
        .update(script.textContent ?? '')
        .digest('base64');
      expect(policy).toContain(`'sha256-${hash}'`);
    }
    expect(policy).not.toContain('unsafe');
    expect(html).not.toMatch(/ style="/);
  });

  it('holds its stylesheet inline, allowed by its hash: no request blocks the first paint; an interview page its own address for paper without JavaScript', () => {
    const hashOf = (css: string) => `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
    const printed = `html:not(.js){--printed-link:"${SITE.origin}/i/${seed.id}/trade"}`;
    for (const [file, own] of [
      [`i/${seed.id}/trade.html`, [printed]],
      ['index.html', []],
      ['404.html', []],
    ] as const) {
      const doc = page(file);
      expect(doc.querySelector('link[rel="stylesheet"]')).toBeNull();
      const styles = [...doc.querySelectorAll('style')];
      expect(styles.map((style) => style.textContent)).toEqual([STYLESHEET, ...own]);
      for (const style of styles) expect(style.parentElement?.tagName).toBe('HEAD');
      const policy = doc
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute('content');
      const styleSrc = /style-src ([^;]*)/.exec(policy ?? '')?.[1]?.split(' ');
      expect(styleSrc?.sort()).toEqual(["'self'", ...[STYLESHEET, ...own].map(hashOf)].sort());
    }
  });

  it('paints a section page first where it lands: nothing before the boot script has run', () => {
    const section = page(`i/${seed.id}/trade.html`);
    const hold = section.head.querySelectorAll('link[rel="expect"]');
    expect(hold).toHaveLength(1);
    expect(hold[0]?.getAttribute('blocking')).toBe('render');
    expect(hold[0]?.getAttribute('href')).toBe(`#${PAGE_DATA_ID}`);
    // The element it waits for comes after the boot script.
    expect(section.getElementById(PAGE_DATA_ID)?.previousElementSibling?.textContent).toBe(
      minifyScript(bootScript(LESSON_SEARCH)),
    );
    // The interview's top needs no landing: it paints as it arrives (a
    // fragment link is held by the head script, which sees the address).
    expect(page(`i/${seed.id}.html`).querySelector('link[rel="expect"]')).toBeNull();
  });

  it('starts the app after the first paint: its scripts wait in a template, not in the head', () => {
    const doc = page(`i/${seed.id}/${seed.sections[0]?.id ?? ''}.html`);
    expect(doc.head.querySelector('script[type="module"], link[rel="modulepreload"]')).toBeNull();
    const start = doc.querySelector<HTMLTemplateElement>('template#app_start');
    expect(start?.content.querySelector('script[type="module"]')?.getAttribute('src')).toBe(
      '/assets/index-abc.js',
    );
    // Before the boot script, which starts it.
    expect(start?.nextElementSibling?.textContent).toBe(minifyScript(bootScript(LESSON_SEARCH)));
  });

  it('makes 404.html a helpful page that boots the app without hydrating', () => {
    const doc = page('404.html');
    expect(doc.title).toBe('Page not found · Interview Reader');
    expect(meta(doc, 'robots')).toBe('noindex');
    expect(doc.getElementById(PAGE_DATA_ID)).toBeNull();
    expect(doc.querySelector('.no-js-only')?.textContent).toContain(
      'There is no page at this address.',
    );
    expect(doc.querySelector('.no-js-only a')?.getAttribute('href')).toBe('/');
    expect(doc.querySelector('.js-only [role="status"]')?.textContent).toBe('Loading…');
    expect(
      doc
        .querySelector<HTMLTemplateElement>('template#app_start')
        ?.content.querySelectorAll('script[type="module"]'),
    ).toHaveLength(1);
  });

  it('gives each interview a 404.html that, without JavaScript, links to the interview', () => {
    const doc = page(`i/${seed.id}/404.html`);
    expect(doc.title).toBe('Section not found · Interview Reader');
    expect(meta(doc, 'robots')).toBe('noindex');
    expect(doc.getElementById(PAGE_DATA_ID)).toBeNull();
    expect(doc.querySelector('.no-js-only h1')?.textContent).toBe('Section not found');
    expect(doc.querySelector('.no-js-only cite')?.textContent).toBe(seed.title);
    expect([...doc.querySelectorAll('.no-js-only a')].map((a) => a.getAttribute('href'))).toEqual([
      `/i/${seed.id}`,
      '/',
    ]);
    expect(doc.querySelector('.js-only [role="status"]')?.textContent).toBe('Loading…');
  });

  it('makes add.html a page of its own that renders on the client and explains itself without JavaScript', () => {
    const doc = page('add.html');
    expect(doc.title).toBe('Add an interview · Interview Reader');
    expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(
      'https://reader.example.org/add',
    );
    expect(meta(doc, 'robots')).toBeUndefined();
    expect(doc.getElementById(PAGE_DATA_ID)).toBeNull();
    // The intro is on screen at the first paint, with JavaScript or without:
    // the page's largest text does not wait for its code (Lighthouse's LCP).
    const main = doc.getElementById('main_content');
    expect(main?.querySelector('h1')?.textContent).toBe('Add an interview');
    expect(main?.querySelector('h1')?.closest('.no-js-only, .js-only')).toBeNull();
    expect(main?.querySelector('h1 + p')?.textContent).toMatch(/^Bring a question-and-answer/);
    expect(main?.querySelector('a')?.getAttribute('href')).toBe('/');
    expect(doc.querySelector('.no-js-only')?.textContent).toContain('needs JavaScript');
    expect(doc.querySelector('.js-only[role="status"]')?.textContent).toBe('Loading…');
    // /open?src=… is the same page for one address: not for search engines.
    expect(meta(page('open.html'), 'robots')).toBe('noindex');
  });

  it('lists every page in sitemap.xml and points robots.txt to it', () => {
    const locs = [...(files.get('sitemap.xml') ?? '').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
      (m) => m[1],
    );
    expect(locs).toEqual([
      'https://reader.example.org/',
      ...LIBRARY_VIEWS.map((view) => `https://reader.example.org${view}`),
      `https://reader.example.org/i/${seed.id}`,
      ...seed.sections.map((s) => `https://reader.example.org/i/${seed.id}/${s.id}`),
      'https://reader.example.org/add',
    ]);
    expect(files.get('robots.txt')).toContain('Sitemap: https://reader.example.org/sitemap.xml');
  });
});

describe('prerendering text as long as the format allows', { timeout: 30_000 }, () => {
  it('keeps every text of a page shorter than a text node of the browser’s HTML parser', async () => {
    // Chromium's parser cuts a text node at 65,536 characters; React, finding
    // two where it rendered one, would render the whole page anew.
    const doc = seedJson();
    const long = 'The river rose and the town built a wall. '.repeat(2_400).slice(0, 99_999);
    editJson(doc, ['sections', 0, 'questions', 0, 'answer', 1], `${long}.`);
    editJson(doc, ['sections', 0, 'questions', 0, 'question', 0], `${'x'.repeat(99_999)}?`);
    // A key quote of the whole paragraph: marked in the answer, and shown in the panel.
    editJson(doc, ['keyQuotes', 0, 'text'], long);
    // And every title, heading, name, bio, caption and note at its own limit.
    atEveryLimit(doc);
    const written = new Map<string, string>();
    await prerenderSite(
      {
        template: TEMPLATE,
        interviewFiles,
        readFile: (file) =>
          file.endsWith(`${seed.id}.json`) ? JSON.stringify(doc) : readPublic(file),
        writeFile: (file, text) => written.set(file, text),
      },
      SITE,
    );
    for (const file of [`i/${seed.id}.html`, `i/${seed.id}/${seed.sections[0]?.id}.html`]) {
      const html = written.get(file) ?? '';
      const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
      expect(markup).toContain(long.slice(0, 1_000));
      const longest = Math.max(
        ...[...markup.matchAll(/>([^<]*)</g)].map(([, text]) => text?.length ?? 0),
      );
      for (const m of markup.matchAll(/>([^<]*)</g))
        if ((m[1]?.length ?? 0) > 65_536)
          console.log(file, markup.slice((m.index ?? 0) - 300, (m.index ?? 0) + 50));
      expect(longest, file).toBeGreaterThan(10_000);
      expect(longest, file).toBeLessThan(65_536);
    }
  });
});

describe('prerendering bad data', { timeout: 30_000 }, () => {
  it('stops with the file and the JSON path of the problem', async () => {
    const broken = { ...seedJson(), title: '' };
    await expect(
      prerenderSite(
        {
          template: TEMPLATE,
          interviewFiles,
          readFile: (file) =>
            file.endsWith(`${seed.id}.json`) ? JSON.stringify(broken) : readPublic(file),
          writeFile: () => {},
        },
        SITE,
      ),
    ).rejects.toThrow(
      `interviews/${seed.id}.json is not valid:\n  $.title must show something, not only spaces, control or invisible characters`,
    );
  });
});
