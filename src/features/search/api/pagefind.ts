import * as z from 'zod/mini';
import type { Facet } from '../../../interview/facets';
import { oneAtATime } from '../../../lib/one-at-a-time';
import { interviewHits, type InterviewHits, type PagefindResultData } from '../search-hits';
import { startSearchWorker, type Match, type SearchWorker } from './pagefind-worker-client';

// Pagefind's browser API, loaded from the site's /pagefind/ folder (written by
// the build: scripts/lib/vite-search-index.ts) the first time a reader
// searches. It fetches only the index chunks a query needs. A library of
// more than a thousand interviews is indexed in shards, which are searched
// here as one index would be: every result of every shard, ranked by
// Pagefind's score.
//
// At 10,000 interviews a common word matches nearly every page, and
// Pagefind takes a good part of a second to score and list them all. So
// the shards are shared between several workers (pagefind-worker.ts, one
// Pagefind each), which search at once on a phone's or a laptop's cores; and
// each worker searches its shards one at a time (a filter naming the shard,
// which Pagefind applies before scoring), so that a search whose words the
// reader has typed past stops after the shard it is on instead of keeping
// the worker busy for the whole library.

/** Search is part of the built site; the development server has no index. */
export class SearchUnavailableError extends Error {
  override name = 'SearchUnavailableError';
}

const location = z.object({ id: z.string(), location: z.number() });
const resultSchema = z.object({
  meta: z.record(z.string(), z.string()),
  excerpt: z.string(),
  // The page's words and the places' bounds, for excerpts of the words typed (search-hits.ts).
  raw_content: z.optional(z.string()),
  anchors: z.array(
    z.object({
      id: z.string(),
      location: z.number(),
      element: z.optional(z.string()),
      text: z.optional(z.string()),
    }),
  ),
  sub_results: z.array(
    z.object({
      title: z.string(),
      excerpt: z.string(),
      anchor: z.optional(location),
      weighted_locations: z.array(
        z.object({ weight: z.number(), location: z.optional(z.number()) }),
      ),
    }),
  ),
});

/**
 * The shards after the first, by their folders below pagefind/ (`shard-2/`),
 * how many interviews each index holds, the first one's first, and the
 * index's tag, which changes with its entry files (written by
 * scripts/lib/vite-search-index.ts; absent from sites built before them).
 */
const shardsSchema = z.object({
  shards: z.array(z.string().check(z.regex(/^[\w-]+\/$/))),
  interviews: z.optional(z.array(z.number())),
  tag: z.optional(z.string().check(z.regex(/^\w+$/))),
});

/**
 * Options for every shard: an excerpt of about 24 words, and the index's
 * tag for the address of its entry file (pagefind-entry.json?ts=<tag>):
 * one address a build, which the service worker keeps for offline, and a
 * new one with the next build, which no cache answers with the old file.
 * Without a tag Pagefind asks with the time, an address no cache has.
 */
const shardOptions = (tag: string | undefined) => ({
  excerptLength: 24,
  ...(tag === undefined ? {} : { metaCacheTag: tag }),
});

/**
 * The filter each shard's pages get in the browser (Pagefind's
 * `mergeFilter`), its value the shard's number from 1: a search with it
 * scores the pages of that shard alone.
 */
const SHARD_FILTER = 'shard';

/**
 * The share of a shard's interviews a query must match for its first
 * results to be shown before the rest of the library is searched.
 * Pagefind's time for a shard grows with the pages matched: words found in
 * few interviews are searched through the whole library in a few ms a
 * shard, and their answer comes whole, at once, without a flash of results
 * so far.
 */
const COMMON_SHARE = 0.1;

/** Workers at most: beyond four, a phone gains little and spends memory. */
const MAX_WORKERS = 4;

/** A Pagefind in a worker of its own, and the shards it searches (their numbers). */
type Searcher = { pagefind: SearchWorker; shards: string[] };

/** The workers, and how many interviews each shard holds, by its number (NaN if not known). */
type Library = { searchers: Searcher[]; interviews: Map<string, number> };

let loading: Promise<Library> | undefined;

/**
 * The last words whose first shard searched said they are common (they
 * match at least COMMON_SHARE of it), whether or not their search went on.
 */
let commonWords: string | undefined;

/** Whether Pagefind has started on this page: a search costs only its words' chunks. */
let started = false;

/** The shards' list, which the build writes beside the index. */
async function fetchShards(baseUrl: string) {
  const response = await fetch(`${baseUrl}pagefind/shards.json`);
  if (!response.ok) throw new Error(`pagefind/shards.json: ${response.status}`);
  return shardsSchema.parse(await response.json());
}

/** How many workers search: one a core, for as many shards, up to MAX_WORKERS. */
function workerCount(shards: number): number {
  const cores = typeof navigator === 'undefined' ? 1 : navigator.hardwareConcurrency || 1;
  return Math.max(1, Math.min(MAX_WORKERS, cores, shards));
}

/**
 * A worker's Pagefind: its first index the site's, filtered as shard 1
 * (Pagefind starts from it), and the shards `folders` merged in.
 */
function startWorker(
  baseUrl: string,
  tag: string | undefined,
  folders: { folder: string; shard: string }[],
  onStop: () => void,
) {
  return startSearchWorker(
    `${baseUrl}pagefind/pagefind.js`,
    { ...shardOptions(tag), mergeFilter: { [SHARD_FILTER]: ['1'] } },
    folders
      .filter(({ folder }) => folder !== '')
      .map(({ folder, shard }) => ({
        path: `${baseUrl}pagefind/${folder}`,
        options: { ...shardOptions(tag), mergeFilter: { [SHARD_FILTER]: [shard] } },
      })),
    onStop,
  );
}

/** Starts the workers; `onStop` is told if one stops later (the others are then ended). */
async function startPagefind(baseUrl: string, onStop: () => void): Promise<Library> {
  const list = await fetchShards(baseUrl);
  let searchers: Searcher[] = [];
  // Every worker or none, as at the start.
  const stopped = () => {
    searchers.forEach(({ pagefind }) => pagefind.terminate());
    onStop();
  };
  const folders = ['', ...list.shards].map((folder, index) => ({
    folder,
    shard: String(index + 1),
  }));
  const workers = workerCount(folders.length);
  const outcomes = await Promise.allSettled(
    Array.from({ length: workers }, async (_, worker) => {
      const mine = folders.filter((_, index) => index % workers === worker);
      const pagefind = await startWorker(baseUrl, list.tag, mine, stopped);
      return { pagefind, shards: mine.map(({ shard }) => shard) };
    }),
  );
  searchers = outcomes.flatMap((outcome) =>
    outcome.status === 'fulfilled' ? [outcome.value] : [],
  );
  const failed = outcomes.find((outcome) => outcome.status === 'rejected');
  if (failed) {
    // Every worker or none: a search of some shards would miss interviews unsaid.
    searchers.forEach(({ pagefind }) => pagefind.terminate());
    throw failed.reason;
  }
  const interviews = new Map(
    folders.map(({ shard }, index) => [shard, list.interviews?.[index] ?? NaN]),
  );
  return { searchers, interviews };
}

/**
 * Pagefind, loaded and started once per page; tried again after a failure
 * (offline, say), and started again after a worker stopped (out of memory,
 * say: the search it was in fails, and the reader can try again).
 */
export function loadPagefind(baseUrl: string = import.meta.env.BASE_URL): Promise<Library> {
  if (loading) return loading;
  const attempt: Promise<Library> = startPagefind(baseUrl, () => {
    if (loading === attempt) loading = undefined;
  }).then(
    (library) => {
      started = true;
      return library;
    },
    (error: unknown) => {
      loading = undefined;
      throw new SearchUnavailableError(
        import.meta.env.DEV
          ? 'Search across interviews is built with the site (npm run build); the development server has none.'
          : 'The search index could not be loaded.',
        { cause: error },
      );
    },
  );
  loading = attempt;
  return attempt;
}

/**
 * Whether Pagefind has started on this page: a search of words of a few
 * interviews then answers within the time between two keystrokes, so the
 * library searches at each keystroke rather than waiting for a pause.
 */
export function searchStarted(): boolean {
  return started;
}

/**
 * Whether words are known to be common: they begin with words a search
 * found common (more letters or words can only narrow what they match, and
 * often do not). Such a search keeps every worker busy for a shard, which a
 * search of the next keystroke would wait for.
 */
export function knownCommon(query: string): boolean {
  return commonWords !== undefined && query.startsWith(commonWords);
}

/** The library's filters as Pagefind's: the index carries the same keys (src/prerender/search-index-fields.tsx). */
function pagefindFilters(filters: Partial<Record<Facet, string>>) {
  return Object.fromEntries(Object.entries(filters).filter(([, key]) => key !== undefined));
}

/**
 * One page of search results: the words searched, the interviews, and how
 * many match in all. A first page can come before the search is done
 * (`searched`): the best matches among the interviews searched so far, and
 * how many of them match. And a page's interviews can come before all their
 * excerpts have (`loading`): the first ones, in order, the rest to follow.
 */
export type SearchPage = {
  query: string;
  total: number;
  interviews: InterviewHits[];
  /** While the search goes on: how many interviews it has searched, of how many (NaN if not known). */
  searched?: { interviews: number; of: number };
  /** How many of the page's interviews are still loading, after the ones shown. */
  loading?: number;
};

/** Starts loading what a query will need, while the reader is still typing. */
export async function preloadSearch(query: string, filters: Partial<Record<Facet, string>>) {
  const { searchers } = await loadPagefind();
  const options = { filters: pagefindFilters(filters) };
  await Promise.all(searchers.map(({ pagefind }) => pagefind.preload(query, options)));
}

/**
 * A result, with where it came from: ties in score rank as one index would
 * rank them. (Its worker keeps its data while the page holds it.)
 */
type Ranked = Match & {
  shard: number;
  order: number;
  /** Its data (excerpts, title), once asked for: Pagefind computes them again at every ask. */
  loaded?: Promise<unknown>;
};

/** A result's data, loaded once (by its own worker, which keeps the page's text). */
function dataOf(result: Ranked): Promise<unknown> {
  result.loaded ??= result.data();
  return result.loaded;
}

/** Best first, ties as one index would rank them: by shard, then by Pagefind's order. */
const byRank = (a: Ranked, b: Ranked) =>
  b.score - a.score || a.shard - b.shard || a.order - b.order;

/** Results of the shards searched so far, and which shards those are. */
type Progress = { results: Ranked[]; shards: string[] };

/**
 * Every page matching the query within the filters, best first: each worker
 * searches its shards one after the other, all workers at once; a search
 * whose words are gone (`signal`) stops at the next shard. After each
 * shard, `onProgress` has what is found so far (unsorted); the worker that
 * searched it waits for what `onProgress` returns before its next shard.
 */
async function searchShards(
  searchers: Searcher[],
  query: string,
  filters: Partial<Record<Facet, string>>,
  signal?: AbortSignal,
  onProgress?: (progress: Progress) => Promise<void> | undefined,
): Promise<Ranked[]> {
  const progress: Progress = { results: [], shards: [] };
  await Promise.all(
    searchers.map(async ({ pagefind, shards }) => {
      for (const shard of shards) {
        signal?.throwIfAborted();
        const filtered = { filters: { ...pagefindFilters(filters), [SHARD_FILTER]: shard } };
        const { results } = await pagefind.search(query, filtered);
        results.forEach((result, order) =>
          progress.results.push({ ...result, shard: Number(shard), order }),
        );
        progress.shards.push(shard);
        await onProgress?.(progress);
      }
    }),
  );
  return progress.results.sort(byRank);
}

/**
 * Pagefind's workers run searches one after the other: searches queued
 * behind a slow one while the reader types would answer words long gone.
 * So one search at a time, and a search whose words are gone by its turn
 * (its query was dropped: `signal`) does not run at all.
 */
const oneSearchAtATime = oneAtATime();

/** The last search's results, for its next pages ("Show more"): not searched again. */
let lastSearch: { key: string; results: Ranked[] } | undefined;

/**
 * The interviews of `results`, `count` of them from `offset`, with their
 * excerpts, all loaded at once (by the workers that found them). As they
 * come, `onSome` has the first ones loaded, in order, and how many are still
 * loading: shown in order, an interview does not push one the reader is
 * already reading down the page.
 */
async function interviewsOf(
  results: Ranked[],
  query: string,
  offset: number,
  count: number,
  onSome?: (interviews: InterviewHits[], loading: number) => void,
): Promise<InterviewHits[]> {
  const wanted = results.slice(offset, offset + count);
  const loaded: (InterviewHits | undefined)[] = [];
  let ready = 0;
  await Promise.all(
    wanted.map(async (result, index) => {
      const data: PagefindResultData = resultSchema.parse(await dataOf(result));
      loaded[index] = interviewHits(data, query);
      if (index !== ready) return;
      while (ready < wanted.length && ready in loaded) ready += 1;
      const first = loaded.slice(0, ready).filter((hits) => hits !== undefined);
      if (ready < wanted.length && first.length > 0) onSome?.(first, wanted.length - ready);
    }),
  );
  return loaded.filter((hits) => hits !== undefined);
}

/**
 * Interviews matching the query and filters, `count` of them from `offset`,
 * best first. `onProgress` gets the first page before it is whole: its
 * interviews as their excerpts load, best first; and in a library of several
 * shards, where a common word keeps Pagefind busy for a good part of a
 * second, the best matches of the first shard searched as soon as they are
 * ranked, for the reader to see while the rest of the library is searched,
 * if that shard says the rest will take a while (COMMON_SHARE).
 */
export async function searchInterviews(
  query: string,
  filters: Partial<Record<Facet, string>>,
  offset: number,
  count: number,
  signal?: AbortSignal,
  onProgress?: (page: SearchPage) => void,
): Promise<SearchPage> {
  const { searchers, interviews } = await loadPagefind();
  const key = JSON.stringify([query, pagefindFilters(filters)]);
  // A first page searches again (a retry, say once back online); the next ones take its results.
  let results = offset > 0 && lastSearch?.key === key ? lastSearch.results : undefined;
  if (!results) {
    let done = false;
    let decided = false;
    const showFirst = async (progress: Progress) => {
      if (decided || !onProgress) return;
      decided = true;
      // The first shard searched says whether the rest will take a while.
      const [first] = progress.shards;
      const size = interviews.get(first ?? '') ?? NaN;
      if (progress.results.length < COMMON_SHARE * size) return;
      commonWords = query;
      // What is found so far: the search goes on meanwhile.
      const best = [...progress.results].sort(byRank);
      const searched = {
        interviews: progress.shards.reduce((sum, shard) => sum + (interviews.get(shard) ?? NaN), 0),
        of: [...interviews.values()].reduce((sum, size) => sum + size, 0),
      };
      const soFar = (page: InterviewHits[], loading: number) => {
        if (!done && !signal?.aborted)
          onProgress({
            query,
            total: best.length,
            interviews: page,
            searched,
            ...(loading > 0 ? { loading } : {}),
          });
      };
      soFar(await interviewsOf(best, query, 0, count, soFar), 0);
    };
    const search = () =>
      searchShards(searchers, query, filters, signal, (progress) =>
        // Only while shards remain: a library of one shard is answered whole.
        // The worker that found them loads their excerpts before its next
        // shard (it would answer only after that shard otherwise).
        progress.shards.length < interviews.size
          ? showFirst(progress).catch(() => undefined)
          : undefined,
      );
    results = await oneSearchAtATime(search, signal);
    done = true;
    lastSearch = { key, results };
  }
  signal?.throwIfAborted();
  const total = results.length;
  const shown = await interviewsOf(results, query, offset, count, (page, loading) => {
    if (offset === 0 && !signal?.aborted) onProgress?.({ query, total, interviews: page, loading });
  });
  return { query, total, interviews: shown };
}
