import * as z from 'zod/mini';
import type { Facet } from '../../../interview/facets';
import { oneAtATime } from '../../../lib/one-at-a-time';
import { interviewHits, type InterviewHits, type PagefindResultData } from '../search-hits';

// Pagefind's browser API, loaded from the site's /pagefind/ folder (written by
// the build: scripts/lib/vite-search-index.ts) the first time a reader
// searches. It fetches only the index chunks a query needs. A library of
// more than a thousand interviews is indexed in shards (a query's cost in
// Pagefind grows with the square of the pages of one index it matches), which
// are searched together as one: Pagefind merges and ranks their results.

type PagefindResult = { id: string; data: () => Promise<unknown> };
type PagefindResponse = { results: PagefindResult[] };
type PagefindApi = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: Record<string, unknown>) => Promise<PagefindResponse | null>;
};

/** Search is part of the built site; the development server has no index. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
}

function isPagefind(module: unknown): module is PagefindApi {
  if (typeof module !== 'object' || module === null) return false;
  return (['options', 'init', 'mergeIndex', 'preload', 'search'] as const).every(
    (name) => name in module && typeof Reflect.get(module, name) === 'function',
  );
}

const responseSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      data: z.custom<() => Promise<unknown>>((value) => typeof value === 'function'),
    }),
  ),
});

const location = z.object({ id: z.string(), location: z.number() });
const resultSchema = z.object({
  meta: z.record(z.string(), z.string()),
  excerpt: z.string(),
  anchors: z.array(location),
  sub_results: z.array(
    z.object({
      title: z.string(),
      excerpt: z.string(),
      anchor: z.optional(location),
      weighted_locations: z.array(z.object({ weight: z.number() })),
    }),
  ),
});

/** The shards after the first, by their folders below pagefind/ (`shard-2/`). */
const shardsSchema = z.object({ shards: z.array(z.string().check(z.regex(/^[\w-]+\/$/))) });

/** Options for every shard: an excerpt of about 24 words. */
const SHARD_OPTIONS = { excerptLength: 24 };

let loading: Promise<PagefindApi> | undefined;

/**
 * Failed attempts to start Pagefind. A browser remembers a module that
 * failed to load (offline, say) and fails every later import of its address,
 * and a Pagefind whose shard failed to start keeps failing: after a failure
 * the script's address gets a query (which Pagefind ignores), for a new
 * module and a new Pagefind.
 */
let failedStarts = 0;

/** The shards' folders, from the list the build writes beside the index. */
async function fetchShards(baseUrl: string): Promise<string[]> {
  const response = await fetch(`${baseUrl}pagefind/shards.json`);
  if (!response.ok) throw new Error(`pagefind/shards.json: ${response.status}`);
  return shardsSchema.parse(await response.json()).shards;
}

async function startPagefind(baseUrl: string): Promise<PagefindApi> {
  const script = `${baseUrl}pagefind/pagefind.js`;
  const imported: Promise<unknown> = import(
    /* @vite-ignore */ failedStarts === 0 ? script : `${script}?attempt=${failedStarts + 1}`
  );
  const [module, shards] = await Promise.all([imported, fetchShards(baseUrl)]);
  if (!isPagefind(module)) throw new Error('The search index is not Pagefind’s.');
  await module.options(SHARD_OPTIONS);
  await module.init();
  await Promise.all(
    shards.map((shard) => module.mergeIndex(`${baseUrl}pagefind/${shard}`, SHARD_OPTIONS)),
  );
  return module;
}

/** Pagefind, loaded and started once per page; tried again after a failure (offline, say). */
export function loadPagefind(baseUrl: string = import.meta.env.BASE_URL): Promise<PagefindApi> {
  loading ??= startPagefind(baseUrl).catch((error: unknown) => {
    loading = undefined;
    failedStarts += 1;
    throw new SearchUnavailableError(
      import.meta.env.DEV
        ? 'Search across interviews is built with the site (npm run build); the development server has none.'
        : 'The search index could not be loaded.',
      { cause: error },
    );
  });
  return loading;
}

/** The library's filters as Pagefind's: the index carries the same keys (see SearchIndexFields). */
function pagefindFilters(filters: Partial<Record<Facet, string>>) {
  return Object.fromEntries(Object.entries(filters).filter(([, key]) => key !== undefined));
}

/** One page of search results: the words searched, the interviews, and how many match in all. */
export type SearchPage = { query: string; total: number; interviews: InterviewHits[] };

/** Starts loading what a query will need, while the reader is still typing. */
export async function preloadSearch(query: string, filters: Partial<Record<Facet, string>>) {
  const pagefind = await loadPagefind();
  await pagefind.preload(query, { filters: pagefindFilters(filters) });
}

/**
 * Pagefind's worker runs searches one after the other, and at 10,000
 * interviews a search of a common word takes a good part of a second:
 * searches queued behind it while the reader types would answer words long
 * gone. So one search at a time, and a search whose words are gone by its
 * turn (its query was dropped: `signal`) does not run at all.
 */
const oneSearchAtATime = oneAtATime();

/** Interviews matching the query and filters, `count` of them from `offset`, best first. */
export async function searchInterviews(
  query: string,
  filters: Partial<Record<Facet, string>>,
  offset: number,
  count: number,
  signal?: AbortSignal,
): Promise<SearchPage> {
  const pagefind = await loadPagefind();
  const found = await oneSearchAtATime(
    () => pagefind.search(query, { filters: pagefindFilters(filters) }),
    signal,
  );
  const response = responseSchema.parse(found);
  signal?.throwIfAborted();
  const results = await Promise.all(
    response.results.slice(offset, offset + count).map(async (result) => {
      const data: PagefindResultData = resultSchema.parse(await result.data());
      return interviewHits(data, query);
    }),
  );
  return {
    query,
    total: response.results.length,
    interviews: results.filter((result) => result !== undefined),
  };
}
