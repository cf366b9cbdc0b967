import * as z from 'zod/mini';
import type { WorkerReply, WorkerRequest } from './pagefind-protocol';

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
 * does not start (offline, say); the worker is then ended.
 */
export async function startSearchWorker(
  script: string,
  options: Record<string, unknown>,
  merges: { path: string; options: Record<string, unknown> }[],
): Promise<SearchWorker> {
  const worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  const pending = new Map<
    number,
    { resolve: (value: unknown) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  let nextSearch = 0;
  const failAll = (error: Error) => {
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('message', ({ data: reply }: MessageEvent<WorkerReply>) => {
    const waiting = pending.get(reply.id);
    pending.delete(reply.id);
    if (reply.ok) waiting?.resolve(reply.value);
    else waiting?.reject(new Error(reply.error));
  });
  // The worker's script did not load or threw (offline and never saved, say).
  worker.addEventListener('error', (event) => {
    failAll(new Error(event.message || 'The search worker failed.'));
  });
  const call = (request: Request) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      worker.postMessage({ ...request, id });
    });
  // A search's matches stay in the worker while the page holds any of them.
  const release = new FinalizationRegistry<number>((search) => {
    call({ type: 'release', search }).catch(() => undefined);
  });
  try {
    // Absolute: the worker resolves addresses against its own script's.
    const absolute = (address: string) => new URL(address, location.href).href;
    await call({
      type: 'start',
      script: absolute(script),
      options,
      merges: merges.map(({ path, options }) => ({ path: absolute(path), options })),
    });
  } catch (error) {
    worker.terminate();
    throw error;
  }
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
    terminate: () => worker.terminate(),
  };
}
