import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { writeSearchIndex } from '../../scripts/lib/vite-search-index';

/**
 * A library's search index for browser tests, written to a temporary
 * folder: `interviews` interviews, the one numbered n saying "pipelines"
 * n + 1 times (so the highest number ranks first), indexed in shards of
 * `shardSize`. Returns the index's folder (its parent holds the pages).
 */
export async function writeLibraryIndex(interviews: number, shardSize: number): Promise<string> {
  const outDir = mkdtempSync(path.join(tmpdir(), 'search-library-'));
  mkdirSync(path.join(outDir, 'i'));
  for (let n = 1; n <= interviews; n += 1)
    writeFileSync(
      path.join(outDir, 'i', `interview-${String(n).padStart(3, '0')}.html`),
      `<!doctype html><html lang="en"><head><title>Interview ${n}</title></head><body>
      <main data-pagefind-body><h1>Interview number ${n}</h1>
      <p>Pipelines ${'and pipelines '.repeat(n)}across the Caspian.</p>
      <span hidden data-pagefind-meta="id">interview-${n}</span></main></body></html>`,
    );
  await writeSearchIndex(outDir, '/', shardSize);
  return path.join(outDir, 'pagefind');
}

/** What a spec file's library index needs of Playwright's `test`. */
type Hooks = {
  beforeAll: (hook: () => Promise<void>) => void;
  afterAll: (hook: () => void) => void;
  setTimeout: (timeout: number) => void;
};

/**
 * A library index (writeLibraryIndex) written before a spec file's tests
 * and removed after them; returns a getter of its folder.
 */
export function libraryIndexForTests(test: Hooks, interviews: number, shardSize: number) {
  let indexDir = '';
  test.beforeAll(async () => {
    test.setTimeout(90_000); // Pagefind's indexer is a child process: slow to start on a busy machine.
    indexDir = await writeLibraryIndex(interviews, shardSize);
  });
  test.afterAll(() => rmSync(path.dirname(indexDir), { recursive: true, force: true }));
  return () => indexDir;
}

/**
 * Serves `indexDir` in place of the site's own index, to the page and its
 * workers (they fetch the index), each request after `before` settles.
 */
export async function serveIndex(
  context: BrowserContext,
  indexDir: string,
  before: (url: URL) => Promise<void> | void = () => undefined,
) {
  await context.route('**/pagefind/**', async (route) => {
    const url = new URL(route.request().url());
    await before(url);
    const file = path.join(indexDir, decodeURIComponent(url.pathname.replace(/^\/pagefind\//, '')));
    await route.fulfill({ body: readFileSync(file), contentType: contentType(file) });
  });
}

function contentType(file: string): string {
  if (file.endsWith('.js')) return 'text/javascript';
  if (file.endsWith('.json')) return 'application/json';
  return 'application/octet-stream';
}
