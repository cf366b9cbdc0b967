import * as z from 'zod/mini';
import type { SearchUnit } from '../../../interview/search-units';
import { workerRpc, type WorkerRpc } from '../../../lib/worker-rpc';
import type { InterviewSearch } from '../hooks/use-search-engine';
import type { SearchRequest } from './interview-search-protocol';

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
  const rpc: WorkerRpc<Omit<SearchRequest, 'id'>, Int32Array | undefined> = workerRpc(worker, {
    name: 'the interview search',
    replySchema,
    settle: (reply) =>
      reply.status === 'failed'
        ? { ok: false, error: reply.error }
        : { ok: true, value: reply.status === 'found' ? reply.offsets : undefined },
  });
  worker.postMessage({ type: 'index', language, texts });
  return {
    find: (query) => rpc.call({ type: 'search', query }),
    stop: () => rpc.stop(new Error('The interview search was stopped.')),
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
