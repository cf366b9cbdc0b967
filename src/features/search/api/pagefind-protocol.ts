import type * as z from 'zod/mini';
import type { workerReplySchema } from './pagefind-reply';

// What the page and a search worker (pagefind-worker.ts) say to each other.
// Each request carries an id, answered by one reply with the same id.

/** Pagefind's browser module (pagefind/pagefind.js), as far as the library uses it. */
export type PagefindModule = {
  options: (options: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  mergeIndex: (indexPath: string, options?: Record<string, unknown>) => Promise<void>;
  preload: (term: string, options?: Record<string, unknown>) => Promise<void>;
  search: (term: string, options?: Record<string, unknown>) => Promise<unknown>;
};

export function isPagefind(module: unknown): module is PagefindModule {
  if (typeof module !== 'object' || module === null) return false;
  return (['options', 'init', 'mergeIndex', 'preload', 'search'] as const).every(
    (name) => name in module && typeof Reflect.get(module, name) === 'function',
  );
}

/** A match in Pagefind's answer to a search: its data loaded when asked for. */
export type PagefindMatch = { id: string; score: number; data: () => Promise<unknown> };

/**
 * Pagefind's answer to a search, every match best first. (Checked by hand,
 * not with zod: this runs in the worker, whose bundle would carry a copy.)
 */
export function matchesOf(answer: unknown): PagefindMatch[] {
  const results: unknown =
    typeof answer === 'object' && answer !== null ? Reflect.get(answer, 'results') : undefined;
  if (!Array.isArray(results)) throw new Error('Pagefind answered a search without results.');
  return results.map((result: unknown, index) => {
    const field = (name: string): unknown =>
      typeof result === 'object' && result !== null ? Reflect.get(result, name) : undefined;
    const id = field('id');
    const score = field('score');
    const data = field('data');
    if (typeof id !== 'string' || typeof score !== 'number' || typeof data !== 'function')
      throw new Error(`Pagefind's results[${index}] is not a match (id, score, data).`);
    const load = (): unknown => Reflect.apply(data, result, []);
    return { id, score, data: () => Promise.resolve(load()) };
  });
}

export type WorkerRequest = { id: number } & (
  | {
      type: 'start';
      /** pagefind.js's address, the first index's options, and the indexes merged into it. */
      script: string;
      options: Record<string, unknown>;
      merges: { path: string; options: Record<string, unknown> }[];
      /** A Web Lock the worker holds while it lives, for the page to learn when it stops. */
      lock?: string;
    }
  | { type: 'preload'; term: string; options: Record<string, unknown> }
  /** `search` numbers the search, for its results' data and their release. */
  | { type: 'search'; search: number; term: string; options: Record<string, unknown> }
  | { type: 'data'; search: number; index: number }
  | { type: 'release'; search: number }
);

/** A reply, `value` if the request succeeded, `error` if it failed (its schema: pagefind-reply.ts). */
export type WorkerReply = z.infer<typeof workerReplySchema>;
