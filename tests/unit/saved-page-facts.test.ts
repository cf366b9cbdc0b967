import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { readInWorker } from '../../src/features/add-interview/api/article-import-protocol';
import { extractArticle } from '../../src/features/add-interview/lib/extract-article';
import { parseInterview } from '../../src/interview/parse';
import { importCommand } from '../../scripts/lib/import-command';

// A saved page says in its metadata which publication it is from (og:site_name), its own address
// (the canonical link, else og:url) and when it was published (article:published_time): the
// importer takes them from there before guessing from the text.

const FIXTURE = 'tests/fixtures/saved-page/river-keeper.html';
const page = readFileSync(FIXTURE, 'utf8');
const FACTS = {
  publication: 'Riverside Weekly',
  url: 'https://riverside.example/people/ann-lee-river-keeper',
  published: '2025-06-03',
};

async function extract(html: string) {
  const { window } = new JSDOM('');
  try {
    return await extractArticle(html, new window.DOMParser());
  } finally {
    window.close();
  }
}

async function runImport(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await importCommand(args, {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { status, stdout, stderr };
}

describe('a saved page’s metadata', () => {
  it('is read with its article: publication, address and the date it was published', async () => {
    const article = await extract(page);
    expect(article.facts).toEqual(FACTS);
    expect(article.text.split('\n')[0]).toBe('Ann Lee: the river keeper');
  }, 30_000);

  it('is left out where it is not what it claims to be', async () => {
    const bad = page
      .replace('content="Riverside Weekly"', `content="${'Riverside '.repeat(30)}"`)
      .replace(/<link rel="canonical"[^>]*>/, '<link rel="canonical" href="/people/ann-lee">')
      .replace(/content="https:\/\/riverside[^"]*"/, 'content="javascript:alert(1)"')
      .replace('2025-06-03T23:15:00-04:00', 'last Tuesday');
    expect((await extract(bad)).facts).toEqual({});
    // og:url where there is no canonical link; an ISO date alone is a date too.
    const og = page
      .replace(/<link rel="canonical"[^>]*>/, '')
      .replace('2025-06-03T23:15:00-04:00', '2025-06-04');
    expect((await extract(og)).facts).toEqual({
      ...FACTS,
      url: 'https://riverside.example/people/ann-lee-river-keeper?utm_source=share',
      published: '2025-06-04',
    });
    // Read as it is; the interview's source address is the article's, without the share tag.
    const { text, facts } = await extract(og);
    const reply = readInWorker({ type: 'read', id: 3, text, page: facts });
    expect(reply.status === 'read' && reply.draft.meta.url).toBe(FACTS.url);
  }, 30_000);

  it('fills the draft the Add page reads in its worker, where the text names none', async () => {
    const { text, facts } = await extract(page);
    const reply = readInWorker({ type: 'read', id: 1, text, page: facts });
    expect(reply.status).toBe('read');
    if (reply.status !== 'read') return;
    expect(reply.draft.meta).toMatchObject(FACTS);
    expect(reply.draft.notes.join('\n')).not.toMatch(/no publication|no publication date/);
    // The same text without them: the importer's own rules, which find neither here.
    const bare = readInWorker({ type: 'read', id: 2, text });
    expect(bare.status === 'read' && bare.draft.meta).toMatchObject({
      publication: 'Unknown publication',
    });
    expect(bare.status === 'read' && bare.draft.meta.published).toBeUndefined();
  }, 30_000);

  it('fills the interview file on the command line, said in the report; options still win', async () => {
    const result = await runImport(FIXTURE);
    expect(result.status).toBe(0);
    const parsed = parseInterview(JSON.parse(result.stdout));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
    expect(parsed.data.source).toEqual({ publication: FACTS.publication, url: FACTS.url });
    expect(parsed.data.published).toBe(FACTS.published);
    expect(result.stderr).toContain('published:   2025-06-03 (from the page’s metadata)');

    const given = await runImport(
      FIXTURE,
      '--publication',
      'The River Times',
      '--date',
      '2025-06-05',
      '--url',
      'https://rivertimes.example/ann-lee',
    );
    const mine = parseInterview(JSON.parse(given.stdout));
    expect(mine.ok && mine.data.source).toEqual({
      publication: 'The River Times',
      url: 'https://rivertimes.example/ann-lee',
    });
    expect(mine.ok && mine.data.published).toBe('2025-06-05');
  }, 60_000);
});
