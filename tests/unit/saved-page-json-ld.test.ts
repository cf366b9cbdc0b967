import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readInWorker } from '../../src/features/add-interview/api/article-import-protocol';
import { extractArticle } from '../../src/features/add-interview/lib/extract-article';
import { linkedDataFacts } from '../../src/features/add-interview/lib/page-facts';
import { parseInterview } from '../../src/interview/parse';
import { importCommand } from '../../scripts/lib/import-command';

// Many news pages say their publisher, date and author only in schema.org JSON-LD, inside a
// <script type="application/ld+json">: read as data (never run) before the page's scripts go.

const FIXTURE = 'tests/fixtures/saved-page/potter-json-ld.html';

/** The facts the JSON-LD blocks `blocks` (each a <script>'s text) give, in a page of their own. */
function factsOf(...blocks: string[]) {
  const scripts = blocks
    .map((block) => `<script type="application/ld+json">${block}</script>`)
    .join('');
  const { window } = new JSDOM(`<!doctype html><html><head>${scripts}</head><body></body></html>`);
  try {
    return linkedDataFacts(window.document);
  } finally {
    window.close();
  }
}

async function extract(html: string) {
  const { window } = new JSDOM('');
  try {
    return await extractArticle(html, new window.DOMParser());
  } finally {
    window.close();
  }
}

const NEWS_ARTICLE = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'The river keeper',
  datePublished: '2025-06-03T23:15:00-04:00',
  author: [
    { '@type': 'Organization', name: 'Riverside Staff' },
    { '@type': 'Person', name: '  Ann   Brook ', url: 'https://riverside.example/ann' },
  ],
  publisher: { '@type': 'Organization', name: 'Riverside Weekly' },
};

describe('a saved page’s JSON-LD', () => {
  it('gives the publisher, date and author of a Yoast graph, its references followed', () => {
    const html = readFileSync(FIXTURE, 'utf8');
    const block = /<script type="application\/ld\+json"[^>]*>(.*?)<\/script>/su.exec(html)?.[1];
    expect(factsOf(block ?? '')).toEqual({
      publication: 'The Clay Times',
      published: '2024-03-05',
      author: 'Marta Silva',
    });
  });

  it('takes the first person of an author array, never an organization', () => {
    expect(factsOf(JSON.stringify(NEWS_ARTICLE))).toEqual({
      publication: 'Riverside Weekly',
      published: '2025-06-03',
      author: 'Ann Brook',
    });
    // An array of objects at the top, the article among them; a lone author object.
    const only = { ...NEWS_ARTICLE, '@type': ['BlogPosting'], author: NEWS_ARTICLE.author[0] };
    expect(factsOf(JSON.stringify([{ '@type': 'WebSite', name: 'x' }, only]))).toEqual({
      publication: 'Riverside Weekly',
      published: '2025-06-03',
    });
  });

  it('skips a malformed block and reads the next', () => {
    expect(factsOf('{"@type": "NewsArticle", "publisher": ', JSON.stringify(NEWS_ARTICLE))).toEqual(
      { publication: 'Riverside Weekly', published: '2025-06-03', author: 'Ann Brook' },
    );
  });

  it('leaves out a value that is not what it claims, keeping the others', () => {
    const hostile = {
      '@type': 'ReportageNewsArticle',
      publisher: { '@type': 'Organization', name: 'Riverside '.repeat(30) },
      datePublished: 'javascript:alert(1)',
      author: { '@type': 'Person', name: 'Ann Brook', url: 'javascript:alert(1)' },
    };
    expect(factsOf(JSON.stringify(hostile))).toEqual({ author: 'Ann Brook' });
    const wrongShapes = {
      '@type': 'Article',
      publisher: 'Riverside Weekly',
      datePublished: 20250603,
      author: { '@type': 'Person', name: ['Ann'] },
    };
    expect(factsOf(JSON.stringify(wrongShapes))).toEqual({});
    // A name of nothing visible is no name.
    const blank = { ...NEWS_ARTICLE, publisher: { name: '\u200b' } };
    expect(factsOf(JSON.stringify(blank))).not.toHaveProperty('publication');
  });

  it('gives nothing where it describes no article (breadcrumbs, the organization)', () => {
    const breadcrumbs = {
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [{ '@type': 'ListItem', position: 1, name: 'Home' }],
    };
    const organization = {
      '@type': 'Organization',
      name: 'Riverside Weekly',
      founder: { '@type': 'Person', name: 'Ann Brook' },
    };
    expect(factsOf(JSON.stringify(breadcrumbs), JSON.stringify(organization))).toEqual({});
    expect(factsOf('null', '"text"', '[1, 2]', '{"@graph": {"@type": "Article"}}')).toEqual({});
  });

  it('fills what the page’s meta tags leave out, and loses to them', async () => {
    const html = readFileSync(FIXTURE, 'utf8');
    expect((await extract(html)).facts).toEqual({
      publication: 'The Clay Times',
      published: '2024-03-05',
      author: 'Marta Silva',
    });
    const tagged = html.replace(
      '<title>',
      '<meta property="og:site_name" content="Clay Times Online"><title>',
    );
    expect((await extract(tagged)).facts).toEqual({
      publication: 'Clay Times Online',
      published: '2024-03-05',
      author: 'Marta Silva',
    });
  }, 30_000);

  it('names the interviewer only where the text names none, and only a person', async () => {
    const { text, facts } = await extract(readFileSync(FIXTURE, 'utf8'));
    const reply = readInWorker({ type: 'read', id: 1, text, page: facts });
    expect(reply.status === 'read' && reply.draft.people).toContainEqual(
      expect.objectContaining({ side: 'interviewer', name: 'Marta Silva' }),
    );
    // A byline in the text is the importer's own reading: it stays.
    const bylined = readInWorker({
      type: 'read',
      id: 2,
      text: text.replace('\n', '\nBy Joan Pereira\n'),
      page: facts,
    });
    expect(bylined.status === 'read' && bylined.draft.people).toContainEqual(
      expect.objectContaining({ side: 'interviewer', name: 'Joan Pereira' }),
    );
  }, 30_000);

  it('fills the interview file on the command line', async () => {
    let stdout = '';
    let stderr = '';
    const status = await importCommand([FIXTURE], {
      stdout: (chunk) => (stdout += chunk),
      stderr: (chunk) => (stderr += chunk),
    });
    expect(status).toBe(0);
    const parsed = parseInterview(JSON.parse(stdout));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.data.source).toEqual({ publication: 'The Clay Times' });
    expect(parsed.data.published).toBe('2024-03-05');
    expect(stderr).toContain('published:   2024-03-05 (from the page’s metadata)');
    expect(stderr).toContain('interviewer: Marta Silva');
  }, 60_000);
});
