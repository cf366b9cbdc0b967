import * as z from 'zod/mini';
import type { SearchUnit } from '../../../interview/search-units';
import type { InterviewSearch } from '../hooks/use-search-engine';

/** The worker's reply, as the page reads it (interview-search-protocol.ts says what each means). */
const replySchema = z.union([
  z.object({ id: z.number(), status: z.literal('found'), offsets: z.instanceof(Int32Array) }),
  z.object({ id: z.number(), status: z.literal('superseded') }),
  z.object({ id: z.number(), status: z.literal('failed'), error: z.string() }),
]);

/** An interview's search in a worker of its own. */
export type InterviewSearchWorker = {
  /** The matches of `query` (see matchOffsets), or undefined if a later query superseded it. */
  find: (query: string) => Promise<Int32Array | undefined>;
  /** Ends the worker: its calls fail from then on. */
  stop: () => void;
};

/**
 * Starts a worker (interview-search-worker.ts) that indexes `texts` (an
 * interview's paragraphs, in reading order) in `language`. A worker that
 * fails (its script not loaded, an error nothing caught) is ended, and every
 * call fails, at once from then on.
 */
export function startInterviewSearch(language: string, texts: string[]): InterviewSearchWorker {
  const worker = new Worker(new URL('./interview-search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'interview-search',
  });
  const pending = new Map<
    number,
    { resolve: (value: Int32Array | undefined) => void; reject: (error: Error) => void }
  >();
  let nextId = 0;
  let stopped: Error | undefined;
  const stop = (error: Error) => {
    if (stopped) return;
    stopped = error;
    worker.terminate();
    for (const { reject } of pending.values()) reject(error);
    pending.clear();
  };
  worker.addEventListener('message', ({ data }: MessageEvent<unknown>) => {
    const reply = replySchema.safeParse(data);
    if (!reply.success)
      return stop(new Error('The interview search answered what the page cannot read.'));
    const waiting = pending.get(reply.data.id);
    pending.delete(reply.data.id);
    if (reply.data.status === 'found') waiting?.resolve(reply.data.offsets);
    else if (reply.data.status === 'superseded') waiting?.resolve(undefined);
    else waiting?.reject(new Error(reply.data.error));
  });
  worker.addEventListener('messageerror', () =>
    stop(new Error('A reply of the interview search could not be read.')),
  );
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    stop(new Error(event.message || 'The interview search failed.'));
  });
  worker.postMessage({ type: 'index', language, texts });
  return {
    find: (query) =>
      new Promise((resolve, reject) => {
        if (stopped) return reject(stopped);
        const id = nextId++;
        pending.set(id, { resolve, reject });
        worker.postMessage({ type: 'search', id, query });
      }),
    stop: () => stop(new Error('The interview search was stopped.')),
  };
}

/**
 * An interview open for searching (see InterviewSearch): its worker is
 * started by `start` or the first query, not before, and a worker that
 * cannot be started (no Worker, a policy that forbids it) fails each query.
 */
export function openInterviewSearch(
  language: string,
  units: readonly SearchUnit[],
): InterviewSearch {
  let worker: InterviewSearchWorker | undefined;
  const start = (): InterviewSearchWorker => {
    if (worker) return worker;
    try {
      worker = startInterviewSearch(
        language,
        units.map((unit) => unit.text),
      );
    } catch (error) {
      const failed = error instanceof Error ? error : new Error(String(error));
      worker = { find: () => Promise.reject(failed), stop: () => undefined };
    }
    return worker;
  };
  return {
    units,
    start: () => void start(),
    find: (query) => start().find(query),
    close: () => {
      worker?.stop();
      worker = undefined;
    },
  };
}
