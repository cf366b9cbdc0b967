import * as z from 'zod/mini';
import { workerRpc } from '../../../lib/worker-rpc';
import type { WorkerRequest } from './pagefind-protocol';
import { workerReplySchema, type WorkerReply } from './pagefind-reply';

/** A worker's answer to a search: the matches' ids and scores, best first. */
const matchesSchema = z.object({ ids: z.array(z.string()), scores: z.array(z.number()) });

/** A request without its id, which `call` gives it. */
type Request = WorkerRequest extends infer R ? (R extends unknown ? Omit<R, 'id'> : never) : never;

/** A search's matches as the page holds them: each loads its data from the worker when asked. */
export type Match = { id: string; score: number; data: () => Promise<unknown> };

/** Pagefind in a worker of its own (pagefind-worker.ts), started with `script` and its shards. */
export type SearchWorker = {
  preload: (term: string, options: Record<string, unknown>) => Promise<unknown>;
  search: (term: string, options: Record<string, unknown>) => Promise<{ results: Match[] }>;
  terminate: () => void;
};

/**
 * Starts a worker and Pagefind in it: `script` (pagefind.js) with
 * `options`, and the indexes of `merges` merged in. Rejects if Pagefind
 * does not start (offline, say); the worker is then ended. A worker that
 * stops once started (out of memory, a crash, an error nothing caught) is
 * ended too: its calls fail, at once from then on, and `onStop` is told.
 */
export async function startSearchWorker(
  script: string,
  options: Record<string, unknown>,
  merges: { path: string; options: Record<string, unknown> }[],
  onStop: (error: Error) => void,
): Promise<SearchWorker> {
  const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  let nextSearch = 0;
  /** Whom to tell that it stopped: set once it has started (before, its start fails). */
  let tell: ((error: Error) => void) | undefined;
  // A call left waiting would hold every later search behind it
  // (oneAtATime in pagefind.ts): every call fails instead (workerRpc).
  const { call, stop } = workerRpc<Request, WorkerReply, unknown>(worker, {
    name: 'the search worker',
    replySchema: workerReplySchema,
    settle: (reply) => reply,
    onStop: (error) => tell?.(error),
  });
  // A worker ended by the browser (out of memory, say) fires no event at
  // the page; the lock it holds while it lives is then released, and the
  // page, waiting for it, learns that it stopped. (Without Web Locks, as on
  // a page served over plain http, such an end goes unnoticed.)
  const lock = 'locks' in navigator ? `search-worker-${crypto.randomUUID()}` : undefined;
  // A search's matches stay in the worker while the page holds any of them.
  const release = new FinalizationRegistry<number>((search) => {
    call({ type: 'release', search }).catch(() => undefined);
  });
  let locked: unknown;
  try {
    // Absolute: the worker resolves addresses against its own script's.
    const absolute = (address: string) => new URL(address, location.href).href;
    // Whether the worker holds the lock.
    locked = await call({
      type: 'start',
      script: absolute(script),
      options,
      merges: merges.map(({ path, options }) => ({ path: absolute(path), options })),
      ...(lock === undefined ? {} : { lock }),
    });
  } catch (error) {
    stop(error instanceof Error ? error : new Error(String(error)));
    throw error;
  }
  tell = onStop;
  if (lock !== undefined && locked === true)
    navigator.locks
      .request(lock, () => stop(new Error('The search worker stopped.')))
      .catch(() => undefined);
  return {
    preload: (term, options) => call({ type: 'preload', term, options }),
    async search(term, options) {
      const search = nextSearch++;
      const { ids, scores } = matchesSchema.parse(
        await call({ type: 'search', search, term, options }),
      );
      const held = { search };
      release.register(held, search);
      return {
        results: ids.map((id, index) => ({
          id,
          score: scores[index] ?? 0,
          // Holds `held`: the worker keeps the matches while any is held here.
          data: () => call({ type: 'data', search: held.search, index }),
        })),
      };
    },
    terminate() {
      tell = undefined;
      stop(new Error('The search worker was ended.'));
    },
  };
}
