import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { createBuilder } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitesBuilt, TEST_SITES } from '../../scripts/lib/test-sites';

// React, React Router's data router and TanStack Query alone are about 107 KB
// gzipped. A page loads what its HTML names (the entry, its imports and its
// route's code, preloaded); the citation dialog with its CSL processor and
// styles (about 110 KB), the lesson builder, the selection menu and the
// schema validator load only when asked for. The search brings
// stemmers for 28 languages (60 KB in all), of which it loads the interview's
// one (1–12 KB). Issue 8 asks 121 KB for a section link (not met). It loaded
// 130.5 KB before the phone layout (sticky bar with section and progress,
// index panel, back to top, legend: +2.3 KB), 132.8 KB with it, so the
// reader's budget holds that line until its first view sheds more: nothing
// else may add to it. Offline reading (issue 12: the offline line, keeping the
// page's interview file) adds 2 KB more (135.1 KB); the update prompt and the
// service worker's registration load after hydration. React Router's unused
// parts shaken out (vite.config.ts) and TanStack Query's infinite queries in
// the library's chunk: 133.3 KB. The error pages, the offline line, the
// copy-by-hand box and the library's page planning out of the first view, the
// search index's fields left as the server wrote them, the small modules
// both routes share in one chunk: 131.37 KB; with the router leaving
// unchanged addresses alone (issue 10) 131.42 KB, the line lowered to match.
// Without Vite's preload helper (each page's HTML preloads its chunks; a
// chunk loaded later fetches its own imports): 130.69 KB with the early
// input kept (typed text, buttons pressed before the app starts). Links
// made with React Router's hooks, not its <Link> (whose framework-mode
// prefetching came along: -2.1 KB), and Vite's preload helper reduced to the
// import it wraps (-0.5 KB): 127.9 KB; 128.0 KB with the search scope chosen
// before the app starts kept; 128.09 KB with the handout's header (8 KB gz
// with its QR encoder, until then loaded as the app started) loading when the
// page is idle, which the reader's first view pays for with 0.1 KB. The
// reader's header, key quotes, question index, legend and notes on the
// authors hydrated once their code has come, after the rest
// (src/components/deferred-part.tsx): 126.71 KB. The question index back in
// the first view (a link followed in it before its code came reloaded the
// page, and Escape there was dropped): 126.92 KB; the line, lowered to 126,800
// with the deferred parts, moves to 127,200 for that fix and for what came
// with it (the update prompt's reload, long text cut into runs of text nodes
// so a page with a paragraph over 65,536 characters hydrates): 127.13 KB,
// still under the 128,100 before the deferred parts. Measured and not kept
// (26 November, 127,151 B as built then): terser with two passes instead of
// Oxc, 127,902 B (+751); a build target of esnext, 127,155. Lesson links
// that no longer shift the page (their parts loaded before hydrating when the
// boot script marks the page; the text shown at the first landing) cost 111
// B, paid for by the copy command's fallback loading only where the Clipboard
// API fails (-153 B): 127,108 B (27 November). The search field (with its
// scope choice and "/" shortcut) a deferred part too: 125,823 B, the line
// lowered to 126,000. For that, the field follows the address's query that
// comes after it hydrated (useSearchField), the search commits to the address
// as it is now, not as the page hydrated with (a scope chosen before the app
// started dropped the ?q= otherwise), and an Escape pressed in the field
// before its code came clears it (the page's head script). The reader's
// citation, discussion and reading-position state in hooks of their own, out of
// a 594-line reader.tsx: 125,938 B (+116 B, the hooks' property names); lazyPart calling
// use() in every render (React's rule) and the print layout's min-height: 125,975 B;
// with the phone's index closing as focus leaves it, 125,999 B. The search field's hook out of
// the first view's shared chunk (only the library's first view needs it now): 125,759 B.
const READER_BUDGET_GZIP = 126_000;
const LIBRARY_BUDGET_GZIP = 134_000;
const ALL_JS_BUDGET_GZIP = 370_000;
// "Add an interview" and interviews kept on this device (the importer, the
// review screen, Readability for saved web pages, IndexedDB): loaded only on
// that page or for a kept interview, never by a first view; measured apart
// so that neither budget hides growth in the other. 39.3 KB before the rules
// from the fresh-3 pages (27 November); the page-furniture rules among them
// (menus, newsletter and blog-platform lines, press-contact boxes: 2.2 KB)
// took the unseen sets from 2 to 9 of 10 (fresh-3), 2 to 4 (fresh-2) and 8 to 9
// (fresh) clean, no text lost: 42.2 KB, the line moved from 40,000 to 43,000.
const ADD_INTERVIEW_BUDGET_GZIP = 43_000;
const ADD_INTERVIEW_CHUNK = /^(?:on-demand|readability|kept-interviews|extract-article)-/;
const CSS_BUDGET_GZIP = 12_000;

// `npm test` has built the site the browser tests serve just before (scripts/test.ts): the same
// production build, read here rather than made a second time. Run alone, the test builds its own.
const prebuilt = sitesBuilt();
const outDir = prebuilt
  ? path.resolve(TEST_SITES.root.outDir)
  : mkdtempSync(path.join(tmpdir(), 'bundle-budget-'));
const gzipped = (file: string) => gzipSync(readFileSync(path.join(outDir, file))).length;

/** The JavaScript a built page loads before it is interactive: its module script and preloads. */
function firstViewScripts(page: string): string[] {
  const html = readFileSync(path.join(outDir, page), 'utf8');
  return [
    ...html.matchAll(
      /<(?:script type="module"|link rel="modulepreload")[^>]*(?:src|href)="\/(assets\/[^"]+\.js)"/g,
    ),
  ].map(([, file]) => file ?? '');
}

beforeAll(async () => {
  if (prebuilt) return;
  // Vitest sets NODE_ENV=test, which would bundle React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    const builder = await createBuilder({
      mode: 'production',
      logLevel: 'silent',
      build: { outDir, emptyOutDir: true },
    });
    await builder.buildApp();
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}, 120_000);

afterAll(() => {
  if (!prebuilt) rmSync(outDir, { recursive: true, force: true });
});

describe('bundle size (gzipped)', () => {
  it('a section link loads its route’s code and no more than its budget', () => {
    const scripts = firstViewScripts('i/viktor-maiko-2026/energy.html');
    expect(scripts.some((file) => file.includes('reader-route'))).toBe(true);
    expect(scripts.filter((file) => /citation|citeproc|parse|lesson|selection/.test(file))).toEqual(
      [],
    );
    expect(scripts.reduce((sum, file) => sum + gzipped(file), 0)).toBeLessThan(READER_BUDGET_GZIP);
  });

  it('the library loads its route’s code, not the reader’s', () => {
    const scripts = firstViewScripts('index.html');
    expect(scripts.some((file) => file.includes('library-route'))).toBe(true);
    expect(scripts.some((file) => file.includes('reader-route'))).toBe(false);
    expect(scripts.reduce((sum, file) => sum + gzipped(file), 0)).toBeLessThan(LIBRARY_BUDGET_GZIP);
  });

  it('everything, citation styles included, stays within its budget', () => {
    const assets = readdirSync(path.join(outDir, 'assets'));
    const total = (names: string[]) =>
      names.reduce((sum, name) => sum + gzipped(`assets/${name}`), 0);
    const scripts = assets.filter((name) => name.endsWith('.js'));
    const addInterview = scripts.filter((name) => ADD_INTERVIEW_CHUNK.test(name));
    expect(addInterview.length).toBeGreaterThan(0);
    expect(total(scripts.filter((name) => !addInterview.includes(name)))).toBeLessThan(
      ALL_JS_BUDGET_GZIP,
    );
    expect(total(addInterview)).toBeLessThan(ADD_INTERVIEW_BUDGET_GZIP);
    expect(total(assets.filter((name) => name.endsWith('.css')))).toBeLessThan(CSS_BUDGET_GZIP);
  });

  it('no first view loads the "Add an interview" code', () => {
    for (const page of [
      'index.html',
      'i/viktor-maiko-2026.html',
      'i/viktor-maiko-2026/energy.html',
    ])
      expect(
        firstViewScripts(page).filter((file) => ADD_INTERVIEW_CHUNK.test(file.slice(7))),
      ).toEqual([]);
  });
});
