import { createHash } from 'node:crypto';
import { open, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as pagefind from 'pagefind';
import type { Plugin } from 'vite';

// The library's search index: Pagefind reads every prerendered interview page
// (`i/<id>.html`, not its section pages, which hold the same text) and writes
// a static index to `pagefind/`, split in chunks so that a search loads only
// the ones its words need. What is indexed is marked in the pages
// themselves: the interview's text (`data-pagefind-body`), not the page's
// tools and panels (`data-pagefind-ignore`), with the interview's topics,
// people, publication and year as filters, in hidden fields the prerender
// writes after the app's root (src/prerender/search-index-fields.tsx).
//
// A large library is indexed in shards of SHARD_SIZE interviews, which the
// browser searches together (Pagefind's mergeIndex; see
// src/features/search/api/pagefind.ts). Pagefind 1.6 scores each matching
// page by going through every (word, page) match of the query, so a query
// costs the square of the pages it matches: a common word at 10,000
// interviews took 0.6 to 3 s in one index. In shards it costs the number of
// matches times the shard's size: linear in the library. The first shard,
// smaller (FIRST_SHARD_SIZE), is `pagefind/` itself (with Pagefind's script and WebAssembly), the others
// `pagefind/shard-2/` and on, listed in `pagefind/shards.json` with the
// number of interviews in each index, and the index's tag: a hash of the
// indexes' entry files, which Pagefind asks for with it (its metaCacheTag;
// by default the time of each start, a new address each time, which the
// service worker never has when offline).

/** Interviews per index: one index up to this size, as Pagefind is fastest there. */
export const SHARD_SIZE = 1000;

/**
 * Interviews in the first index of a library of several. The browser shows
 * the best matches of the first index searched while the others are
 * (src/features/search/api/pagefind.ts), and Pagefind's time for an index
 * grows with the places its words are found there: a word of every
 * interview is found in a fifth of the time in a fifth of the interviews,
 * so the reader sees results that much sooner.
 */
export const FIRST_SHARD_SIZE = 200;

/** The file listing the shards after the first, for the browser. */
export const SHARDS_FILE = 'shards.json';

/**
 * Files of Pagefind's own ready-made interfaces, and its worker, which this
 * app does not use: its search workers are its own
 * (src/features/search/api/pagefind-worker.ts).
 */
const UNUSED = /^pagefind-(ui|component-ui|modular-ui|highlight|worker)\./;

/** What a shard after the first needs: its index, not Pagefind's script or WebAssembly. */
const SHARD_FILES = /^(pagefind-entry\.json|pagefind\..+\.pf_meta|index|fragment|filter)$/;

/** The language most interviews are in: one index for all, so every interview is found. */
function commonLanguage(languages: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const language of languages) counts.set(language, (counts.get(language) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}

/** A page's language, from its `<html lang>`, which the prerender writes in its first bytes. */
async function pageLanguage(file: string): Promise<string> {
  const handle = await open(file);
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const start = head.subarray(0, bytesRead).toString('utf8');
    return /<html[^>]*\blang="([^"]+)"/.exec(start)?.[1]?.slice(0, 2) ?? 'en';
  } finally {
    await handle.close();
  }
}

/**
 * Indexes the interview pages of a built site into its `pagefind/` folder,
 * `shardSize` interviews per index (the first `firstShardSize` when there
 * are more than `shardSize`); returns how many interviews. Pages are
 * read and handed to Pagefind one at a time, and each shard's index is
 * dropped once written, so neither this process nor Pagefind's holds more
 * than one page and one shard, whatever the size of the library.
 */
export async function writeSearchIndex(
  outDir: string,
  baseUrl: string,
  shardSize = SHARD_SIZE,
  firstShardSize = Math.min(FIRST_SHARD_SIZE, shardSize),
): Promise<number> {
  const pagesDir = path.join(outDir, 'i');
  const names = (await readdir(pagesDir).catch(() => []))
    .filter((name) => name.endsWith('.html'))
    .sort();
  const languages: string[] = [];
  for (const name of names) languages.push(await pageLanguage(path.join(pagesDir, name)));
  const language = commonLanguage(languages);
  const pagefindDir = path.join(outDir, 'pagefind');
  const shards: string[] = [];
  /** Interviews in each index, the first one's first: the browser says how far a search got. */
  const interviews: number[] = [];
  const entries = createHash('sha256');
  try {
    // Where each index's pages start; an empty library still gets an index,
    // so that a search answers "no interview".
    const starts = [0];
    if (names.length > shardSize)
      for (let start = firstShardSize; start < names.length; start += shardSize) starts.push(start);
    for (const [n, start] of starts.entries()) {
      const { index, errors } = await pagefind.createIndex({
        // Text for screen readers only ("Question 3.", "asks:") is no passage, nor a paragraph's
        // number, which only paper shows: excerpts read "…Pipeline. ¶5 We invite…".
        excludeSelectors: ['.sr-only', '.paragraph-number'],
        ...(language === undefined ? {} : { forceLanguage: language }),
      });
      if (!index) throw new Error(`Pagefind did not start: ${errors.join('; ')}`);
      const pages = names.slice(start, starts[n + 1] ?? names.length);
      interviews.push(pages.length);
      for (const name of pages) {
        const id = name.slice(0, -'.html'.length);
        const content = await readFile(path.join(pagesDir, name), 'utf8');
        const added = await index.addHTMLFile({ url: `${baseUrl}i/${id}`, content });
        if (added.errors.length > 0) throw new Error(`i/${name}: ${added.errors.join('; ')}`);
      }
      const shard = start === 0 ? '' : `shard-${shards.length + 2}/`;
      const outputPath = path.join(pagefindDir, shard);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length > 0) throw new Error(written.errors.join('; '));
      // Once, at 10,000 interviews, Pagefind's WebAssembly was missing after
      // it said it had written everything: a search would fail on the site.
      const files = await readdir(outputPath);
      const expected = shard === '' ? ['pagefind.js', 'wasm.'] : ['pagefind-entry.json'];
      for (const name of expected)
        if (!files.some((file) => file.startsWith(name)))
          throw new Error(`Pagefind did not write ${name}* to ${outputPath}`);
      entries.update(await readFile(path.join(outputPath, 'pagefind-entry.json')));
      await index.deleteIndex();
      for (const name of await readdir(outputPath)) {
        const unused = shard === '' ? UNUSED.test(name) : !SHARD_FILES.test(name);
        if (unused) await rm(path.join(outputPath, name), { recursive: true });
      }
      if (shard !== '') shards.push(shard);
    }
  } finally {
    await pagefind.close();
  }
  await writeFile(
    path.join(pagefindDir, SHARDS_FILE),
    `${JSON.stringify({ shards, interviews, tag: entries.digest('hex').slice(0, 16) })}\n`,
  );
  return names.length;
}

/** `vite build` writes the search index once every page is prerendered. */
export function searchIndexPlugin(): Plugin {
  return {
    name: 'interview-reader-search-index',
    apply: 'build',
    buildApp: {
      order: 'post',
      async handler(builder) {
        const client = builder.environments.client;
        if (!client) return;
        const outDir = path.resolve(builder.config.root, client.config.build.outDir);
        const start = performance.now();
        const count = await writeSearchIndex(outDir, builder.config.base);
        builder.config.logger.info(
          `indexed ${count} interviews for search in ${Math.round(performance.now() - start)} ms`,
        );
      },
    },
  };
}
