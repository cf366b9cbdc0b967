import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { libraryIndexForTests, serveIndex } from '../support/search-library';
import { expect, scrollsSideways, test } from './fixtures';

// A library indexed in shards, searched by several workers (the app's own,
// one Pagefind each), as at 10,000 interviews: twelve interviews in shards of five
// (5 + 5 + 2), served in place of the test site's own index.
const INTERVIEWS = 12;
const indexDir = libraryIndexForTests(test, INTERVIEWS, 5);

test('a library in shards is searched as one index, by several workers, page after page', async ({
  page,
  context,
}) => {
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 4 }),
  );
  const scripts: string[] = [];
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
  // The workers' requests too: they fetch the index chunks.
  await serveIndex(context, indexDir(), (url) => {
    if (url.pathname.endsWith('/pagefind.js')) scripts.push(url.search);
  });
  await page.goto('/?q=pipelines');
  const results = page.locator('#library_results');
  await expect(results).toHaveText('12 interviews match “pipelines”');
  // Three shards, three workers of the app's, each with Pagefind's module;
  // not Pagefind's own worker, which costs a message per match (see pagefind-worker.ts).
  expect(scripts).toHaveLength(3);
  expect(workers).toHaveLength(3);
  expect(workers.every((url) => /^\/assets\/pagefind-worker-[\w-]+\.js$/.test(url))).toBe(true);
  // Ranked as one index would rank them: the most mentions first, from every shard.
  const titles = page.getByRole('article').getByRole('heading', { level: 3 });
  await expect(titles).toHaveText(
    Array.from({ length: 10 }, (_, index) => `Interview number ${INTERVIEWS - index}`),
  );
  // The next page: the last two, after the first ten.
  await page.getByRole('button', { name: 'Show more (10 of 12 shown)' }).click();
  await expect(titles).toHaveText(
    Array.from({ length: 12 }, (_, index) => `Interview number ${INTERVIEWS - index}`),
  );
});

test('a large library shows its first results while the rest is searched, then all of them', async ({
  page,
  context,
  axe,
}) => {
  // On a phone: the state while searching fits the screen too.
  await page.setViewportSize({ width: 320, height: 700 });
  // Two workers: the first searches shards 1 and 3, the second shard 2.
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 2 }),
  );
  // Shard 3's index chunks wait (a slow network, a slow phone): its
  // worker's search waits with them, the other worker's does not.
  let releaseShard3 = () => {};
  const shard3 = new Promise<void>((resolve) => (releaseShard3 = resolve));
  await serveIndex(context, indexDir(), async (url) => {
    if (url.pathname.startsWith('/pagefind/shard-3/index/')) await shard3;
  });
  await page.goto('/?q=pipelines');
  const results = page.locator('#library_results');
  // Shard 2 (interviews 6 to 10) answers first: its matches, ranked, with
  // a clear state that the search goes on, and no "Show more" yet.
  await expect(results).toHaveText('5 interviews match “pipelines” so far');
  await expect(
    page.getByText(
      'Still searching: 5 of 12 interviews searched. These are the best matches so far.',
    ),
  ).toBeVisible();
  const list = page.getByRole('list').filter({ has: page.getByRole('article') });
  await expect(list).toHaveAttribute('aria-busy', 'true');
  const titles = page.getByRole('article').getByRole('heading', { level: 3 });
  await expect(titles).toHaveText([10, 9, 8, 7, 6].map((n) => `Interview number ${n}`));
  await expect(page.getByRole('button', { name: /Show more/ })).toHaveCount(0);
  expect(await scrollsSideways(page)).toBe(false);
  await axe();
  // Then the whole library, ranked as one index.
  releaseShard3();
  await expect(results).toHaveText('12 interviews match “pipelines”');
  await expect(page.getByText(/Still searching/)).toHaveCount(0);
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(titles).toHaveText(
    Array.from({ length: 10 }, (_, index) => `Interview number ${INTERVIEWS - index}`),
  );
  await expect(page.getByRole('button', { name: 'Show more (10 of 12 shown)' })).toBeVisible();
});

test('an answer shows its best interviews as their excerpts come, in order, none moving down', async ({
  page,
  context,
}) => {
  // One worker: shard 1 first (its best matches shown so far), then 2 and 3.
  await page.addInitScript(() =>
    Object.defineProperty(navigator, 'hardwareConcurrency', { get: () => 1 }),
  );
  // The text of the third best interview is slow to come (a slow network).
  const third = fragmentOf('Interview number 10');
  let releaseThird = () => {};
  const held = new Promise<void>((resolve) => (releaseThird = resolve));
  await serveIndex(context, indexDir(), async (url) => {
    if (url.pathname.endsWith(`/${third}`)) await held;
  });
  await page.goto('/?q=pipelines');
  // The whole search's count, and the two best interviews with their passages, marked.
  await expect(page.locator('#library_results')).toHaveText('12 interviews match “pipelines”');
  const titles = page.getByRole('article').getByRole('heading', { level: 3 });
  await expect(titles).toHaveText(['Interview number 12', 'Interview number 11']);
  await expect(page.getByRole('article').first().locator('mark').first()).toHaveText(/^Pipelines/);
  // The rest is on its way: said to assistive technology, and no "Show more" yet.
  const list = page.getByRole('list').filter({ has: page.getByRole('article') });
  await expect(list).toHaveAttribute('aria-busy', 'true');
  await expect(page.getByRole('button', { name: /Show more/ })).toHaveCount(0);
  // Then the others, below them.
  releaseThird();
  await expect(titles).toHaveText(
    Array.from({ length: 10 }, (_, index) => `Interview number ${INTERVIEWS - index}`),
  );
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('button', { name: 'Show more (10 of 12 shown)' })).toBeVisible();
});

/** The file of an interview's text in the index (Pagefind's fragment: gzipped, after a signature). */
function fragmentOf(title: string): string {
  for (const folder of ['', 'shard-2', 'shard-3']) {
    const dir = path.join(indexDir(), folder, 'fragment');
    for (const name of readdirSync(dir)) {
      const text = gunzipSync(readFileSync(path.join(dir, name)))
        .subarray(12)
        .toString('utf8');
      if (text.includes(`"title":"${title}"`)) return name;
    }
  }
  throw new Error(`No fragment for ${title}`);
}
