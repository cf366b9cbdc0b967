/// <reference lib="webworker" />
import { isFileAnswer } from '../../../lib/file-answer';
import {
  isPagefind,
  matchesOf,
  type PagefindMatch,
  type PagefindModule,
  type WorkerReply,
  type WorkerRequest,
} from './pagefind-protocol';

// Pagefind for the library's search, in a worker of the app's own: a worker
// has no document, so Pagefind's module runs its search right here instead
// of starting a worker of its own. Pagefind's own worker answers a search
// with every match, each with a handle the page gives back, one message
// each, as the results are garbage-collected: at 10,000 interviews a common
// word's search cost some ten thousand messages each way, on the page's
// thread and the worker's, often in the middle of the next search. Here a
// search is answered by one message (the matches' ids and scores), its
// matches stay in the worker, and the page lets them go with one message.
//
// With no document, Pagefind cannot read the page's language: it searches
// the index of the language most pages are in (in the page, it took the
// library page's, English). A library mostly in another language is
// searched in that language, as its readers would want.

declare const self: DedicatedWorkerGlobalScope;

let pagefind: PagefindModule | undefined;

/**
 * How many of Pagefind's files the site answered that it does not have:
 * with an error status, or with a page (a static host may answer a missing
 * file, one a new build removed, say, with its index.html and status 200).
 * Pagefind searches on without an index chunk it could not load, as it must
 * offline (no answer at all), and would say that nothing matched.
 */
let missingFiles = 0;
const fetchFile = self.fetch.bind(self);
self.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const response = await fetchFile(input, init);
  if (isFileAnswer(response)) return response;
  missingFiles += 1;
  throw new Error(`The site has no search index file ${response.url} (${response.status}).`);
};

/**
 * How many of a search's matches keep their data at hand: the page shows
 * ten at a time, and few readers go past the first few tens. Each match
 * Pagefind gives holds every place its words are in the interview (for its
 * excerpt): at 10,000 interviews four common words' matches took 25 to 86 MB
 * a search (Pagefind in Node: 93, 161, 186, 227 MB held after each), kept
 * until the page let them go, which its garbage collector does when it
 * likes, while the reader types search after search. The matches past these
 * are found again, by the same search, if the reader goes on (matchAt).
 */
const AT_HAND = 50;

/** A search the page holds: its words and options, its matches' ids, and its first matches. */
type Search = {
  term: string;
  options: Record<string, unknown>;
  /** Every match's id, best first, as the page has them: its requests for data are by place. */
  ids: string[];
  /** The matches at hand, by id. */
  matches: Map<string, PagefindMatch>;
  /** The same search run again for matches past those at hand, while it runs. */
  again?: Promise<Map<string, PagefindMatch>> | undefined;
};

/** Each search, by its number, until the page releases it. */
const searches = new Map<number, Search>();

function started(): PagefindModule {
  if (!pagefind) throw new Error('The search worker has not started.');
  return pagefind;
}

/** Matches by id. */
const byId = (matches: PagefindMatch[]) => new Map(matches.map((match) => [match.id, match]));

/**
 * A search's match at `index`, best first, as the page was told. Past those
 * at hand, the search runs again, and the match is found by its id, not by
 * its place. Pagefind loads one index chunk for each word searched, but
 * looks the words it begins up in every chunk it holds: once another search
 * has loaded a chunk with more of them (a letter typed and deleted, say,
 * whose search stopped before it was done, this one still on the page), the
 * same words find more matches, scored and ordered anew (seen with Pagefind
 * 1.6: "zq" found 21 pages, then 37 in another order after a search of one
 * of its words in a later chunk). Requests for several such matches wait
 * for one search.
 */
async function matchAt(search: Search, index: number): Promise<PagefindMatch | undefined> {
  const id = search.ids[index];
  if (id === undefined) return undefined;
  const atHand = search.matches.get(id);
  if (atHand) return atHand;
  const again = (search.again ??= started()
    .search(search.term, search.options)
    .then((answer) => byId(matchesOf(answer))));
  try {
    const found = await again;
    // At hand from here on: the matches up to AT_HAND past this one.
    if (!search.matches.has(id)) {
      search.matches = new Map();
      for (const kept of search.ids.slice(0, index + AT_HAND)) {
        const match = found.get(kept);
        if (match) search.matches.set(kept, match);
      }
    }
    return found.get(id);
  } finally {
    // A failed search is tried again at the next request, not kept.
    if (search.again === again) search.again = undefined;
  }
}

/**
 * Holds the Web Lock `name` for as long as the worker lives: the page,
 * which asks for it next, gets it when the worker stops, even when ended by
 * the browser (out of memory, say), which tells the page nothing. Whether
 * it holds it: where locks are refused, the page must not wait for it.
 */
function holdForLife(name: string): Promise<boolean> {
  if (!('locks' in navigator)) return Promise.resolve(false);
  return new Promise((held) => {
    navigator.locks
      .request(name, () => {
        held(true);
        return new Promise<never>(() => undefined);
      })
      .catch(() => held(false));
  });
}

async function handle(request: WorkerRequest): Promise<unknown> {
  switch (request.type) {
    case 'start': {
      const module: unknown = await import(/* @vite-ignore */ request.script);
      if (!isPagefind(module)) throw new Error('The search index is not Pagefind’s.');
      await module.options(request.options);
      await module.init();
      // init() starts loading the index (its entry file, metadata and
      // WebAssembly) without waiting for it: a failure (the network gone)
      // would show only at the first search, in a Pagefind kept for good,
      // and every try after it would fail too. A preload of no words waits
      // for the index and throws its failure: the start fails, and the next
      // try starts a new worker. (A merged index's failure rejects mergeIndex,
      // which waits for the first index's WebAssembly, never if it failed:
      // the start's failure ends the worker.)
      await Promise.all([
        module.preload(''),
        ...request.merges.map(({ path, options }) => module.mergeIndex(path, options)),
      ]);
      pagefind = module;
      return request.lock !== undefined && (await holdForLife(request.lock));
    }
    case 'preload':
      await started().preload(request.term, request.options);
      return true;
    case 'search': {
      const { term, options } = request;
      const missing = missingFiles;
      const answer = await started().search(term, options);
      // Not an answer from part of the index, as offline: a failure, tried again.
      if (missingFiles > missing) throw new Error('The search index on the site is not whole.');
      const matches = matchesOf(answer);
      const ids = matches.map(({ id }) => id);
      searches.set(request.search, {
        term,
        options,
        ids,
        matches: byId(matches.slice(0, AT_HAND)),
      });
      return { ids, scores: matches.map(({ score }) => score) };
    }
    case 'data': {
      const search = searches.get(request.search);
      const match = search && (await matchAt(search, request.index));
      if (!match) throw new Error(`Search ${request.search} has no result ${request.index}.`);
      return match.data();
    }
    case 'release':
      searches.delete(request.search);
      return true;
  }
}

// Requests are not checked here: they come from the page of the same build
// (the worker's address is content-hashed with it), through a port no other
// page or script can post to, typed by the same protocol. What comes from
// outside, Pagefind's module and its answers, is checked (isPagefind,
// matchesOf), and the page checks every reply (pagefind-reply.ts).
self.addEventListener('message', (event: MessageEvent<WorkerRequest>) => {
  const { id } = event.data;
  handle(event.data)
    .then((value) => self.postMessage({ id, ok: true, value } satisfies WorkerReply))
    // Failed, or its answer could not be posted (not cloneable): the page's
    // call fails instead of waiting for good.
    .catch((error: unknown) =>
      self.postMessage({
        id,
        ok: false,
        error: error instanceof Error ? error.message : String(error),
      } satisfies WorkerReply),
    );
});

// A request that could not be read names no call to answer, which would
// wait for good: thrown, this reaches the page as the worker's error, which
// ends it and fails its calls (pagefind-worker-client.ts).
self.addEventListener('messageerror', () => {
  throw new Error('A request to the search worker could not be read.');
});
