import * as z from 'zod/mini';

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

/** Pagefind's answer to a search: every match, best first, its data loaded when asked for. */
export const searchAnswerSchema = z.object({
  results: z.array(
    z.object({
      id: z.string(),
      score: z.number(),
      data: z.custom<() => Promise<unknown>>((value) => typeof value === 'function'),
    }),
  ),
});

/** A worker's answer to a search: the matches' ids and scores, best first. */
export const matchesSchema = z.object({ ids: z.array(z.string()), scores: z.array(z.number()) });

export type WorkerRequest = { id: number } & (
  | {
      type: 'start';
      /** pagefind.js's address, the first index's options, and the indexes merged into it. */
      script: string;
      options: Record<string, unknown>;
      merges: { path: string; options: Record<string, unknown> }[];
    }
  | { type: 'preload'; term: string; options: Record<string, unknown> }
  /** `search` numbers the search, for its results' data and their release. */
  | { type: 'search'; search: number; term: string; options: Record<string, unknown> }
  | { type: 'data'; search: number; index: number }
  | { type: 'release'; search: number }
);

export type WorkerReply = { id: number } & (
  { ok: true; value: unknown } | { ok: false; error: string }
);
