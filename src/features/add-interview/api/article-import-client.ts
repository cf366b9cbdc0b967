import * as z from 'zod/mini';
import { draftSchema, type Draft } from '../../../interview/import/draft';
import { workerRpc, type WorkerRpc } from '../../../lib/worker-rpc';
import type { PageFacts } from '../../../interview/import/read-article';
import type { ImportRequest } from './article-import-protocol';

/**
 * The worker's reply, as the page reads it (article-import-protocol.ts says
 * what each means): the draft is checked by the draft's schema, as a draft
 * read back from storage or a file is.
 */
const replySchema = z.union([
  z.object({ id: z.number(), status: z.literal('read'), draft: draftSchema }),
  z.object({ id: z.number(), status: z.literal('refused'), error: z.string() }),
  z.object({ id: z.number(), status: z.literal('failed'), error: z.string() }),
]);

/** What the importer made of a text: a draft, or why it read none, in words. */
export type ArticleRead = { ok: true; draft: Draft } | { ok: false; error: string };

/** The worker, once started: one at a time, ended with the read it runs when that is stopped. */
let running: WorkerRpc<Omit<ImportRequest, 'id'>, ArticleRead> | undefined;

function start(): WorkerRpc<Omit<ImportRequest, 'id'>, ArticleRead> {
  const worker = new Worker(new URL('./article-import-worker.ts', import.meta.url), {
    type: 'module',
    name: 'article-import',
  });
  const rpc: WorkerRpc<Omit<ImportRequest, 'id'>, ArticleRead> = workerRpc(worker, {
    name: 'the importer',
    replySchema,
    settle: (reply) => {
      if (reply.status === 'failed') return { ok: false, error: reply.error };
      return {
        ok: true,
        value:
          reply.status === 'read'
            ? { ok: true, draft: reply.draft }
            : { ok: false, error: reply.error },
      };
    },
    // A worker that stopped (ended, or failed) is not used again: the next read starts another.
    onStop: () => {
      if (running === rpc) running = undefined;
    },
  });
  return rpc;
}

/**
 * Starts the importer's worker before it is asked for anything (as the
 * reader types or pastes), so that a short text's read is not kept waiting
 * for the worker's code.
 */
export function warmArticleImport(): void {
  try {
    running ??= start();
  } catch {
    // No worker here: the read says why when it is asked for.
  }
}

/** Ends the importer's worker, and fails the read it runs, if any (the page is left). */
export function stopArticleImport(): void {
  running?.stop(new Error('The importer was stopped.'));
}

/**
 * Reads an article's text in the importer's worker, with what a saved page's metadata said of it
 * (`page`, checked by extract-article.ts). Aborted by `signal`, the
 * worker is ended (its read cannot be interrupted otherwise) and the call
 * rejects with the signal's reason; the next read starts a new worker.
 */
export async function readArticleInWorker(
  text: string,
  signal?: AbortSignal,
  page?: PageFacts,
): Promise<ArticleRead> {
  signal?.throwIfAborted();
  const rpc = (running ??= start());
  const stop = () =>
    rpc.stop(signal?.reason instanceof Error ? signal.reason : new Error('Stopped.'));
  signal?.addEventListener('abort', stop, { once: true });
  try {
    return await rpc.call({ type: 'read', text, ...(page ? { page } : {}) });
  } finally {
    signal?.removeEventListener('abort', stop);
  }
}
