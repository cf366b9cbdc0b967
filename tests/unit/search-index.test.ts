import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import * as z from 'zod';
import { writeSearchIndex } from '../../scripts/lib/vite-search-index';

const sites: string[] = [];
afterAll(() => sites.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A built site's interview pages, as the prerender marks them for Pagefind. */
function siteWithPages(count: number): string {
  const outDir = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  sites.push(outDir);
  mkdirSync(path.join(outDir, 'i'));
  for (let n = 1; n <= count; n += 1)
    writeFileSync(
      path.join(outDir, 'i', `interview-${n}.html`),
      `<!doctype html><html lang="en"><head><title>Interview ${n}</title></head><body>
      <nav>Library menu</nav>
      <main data-pagefind-body><h1>Interview ${n}</h1><p>Pipelines and grain, number ${n}.</p>
      <span hidden data-pagefind-meta="id">interview-${n}</span></main></body></html>`,
    );
  return outDir;
}

const entrySchema = z.object({
  languages: z.record(z.string(), z.object({ page_count: z.number() })),
});
const shardsSchema = z.object({ shards: z.array(z.string()), interviews: z.array(z.number()) });

const readJson = (file: string): unknown => JSON.parse(readFileSync(file, 'utf8'));

function pagesIn(indexDir: string): number {
  const entry = entrySchema.parse(readJson(path.join(indexDir, 'pagefind-entry.json')));
  return Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
}

// Pagefind's indexer is a child process: starting it takes seconds on a busy machine.
describe('the library’s search index', { timeout: 60_000 }, () => {
  it('indexes every interview page, in shards of the given size beyond the first', async () => {
    const outDir = siteWithPages(5);
    expect(await writeSearchIndex(outDir, '/', 2)).toBe(5);
    const pagefind = path.join(outDir, 'pagefind');
    const { shards, interviews } = shardsSchema.parse(readJson(path.join(pagefind, 'shards.json')));
    expect(shards).toEqual(['shard-2/', 'shard-3/']);
    // How many interviews each index holds, for the browser to say how far a search got.
    expect(interviews).toEqual([2, 2, 1]);
    // Every page is in exactly one index: 2 + 2 + 1.
    expect([pagefind, ...shards.map((shard) => path.join(pagefind, shard))].map(pagesIn)).toEqual([
      2, 2, 1,
    ]);
    // The first index carries Pagefind's script and WebAssembly for all; a
    // shard only its index, and no index holds Pagefind's own interfaces or
    // worker (the app's search workers are its own).
    expect(existsSync(path.join(pagefind, 'pagefind.js'))).toBe(true);
    expect(readdirSync(path.join(pagefind, 'shard-2')).sort()).toEqual(
      expect.arrayContaining(['fragment', 'index', 'pagefind-entry.json']),
    );
    expect(
      readdirSync(path.join(pagefind, 'shard-2')).filter((name) => /\.js$|^wasm\./.test(name)),
    ).toEqual([]);
    expect(
      readdirSync(pagefind).filter((name) => /^pagefind-(ui|component-ui|worker)/.test(name)),
    ).toEqual([]);
  });

  it('makes the first index of a library of several the smaller one, when asked', async () => {
    const outDir = siteWithPages(6);
    expect(await writeSearchIndex(outDir, '/', 3, 1)).toBe(6);
    const pagefind = path.join(outDir, 'pagefind');
    const { shards, interviews } = shardsSchema.parse(readJson(path.join(pagefind, 'shards.json')));
    expect(interviews).toEqual([1, 3, 2]);
    expect([pagefind, ...shards.map((shard) => path.join(pagefind, shard))].map(pagesIn)).toEqual([
      1, 3, 2,
    ]);
  });

  it('writes one index and no shards for a library within one shard', async () => {
    const outDir = siteWithPages(3);
    // Within one shard, a first index of one interview would not be asked for.
    expect(await writeSearchIndex(outDir, '/', 3, 1)).toBe(3);
    const pagefind = path.join(outDir, 'pagefind');
    // The tag: a hash of the entry files, for Pagefind's address of them.
    expect(readFileSync(path.join(pagefind, 'shards.json'), 'utf8')).toMatch(
      /^\{"shards":\[\],"interviews":\[3\],"tag":"[0-9a-f]{16}"\}\n$/,
    );
    expect(pagesIn(pagefind)).toBe(3);
  });
});
