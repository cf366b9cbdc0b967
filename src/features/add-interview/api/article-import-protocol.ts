import type { Draft } from '../../../interview/import/draft';
import { readArticle, type PageFacts } from '../../../interview/import/read-article';

// What the page and the importer's worker (article-import-worker.ts) say to
// each other: the page sends an article's text, the worker answers with the
// draft read from it, or why none could be read. The page imports the types
// only: the importer's code is in the worker's bundle, not the page's.

/**
 * An article's text to read, answered by the reply with the same id; with what a saved page's
 * metadata said of it (`page`), if it came from one.
 */
export type ImportRequest = { type: 'read'; id: number; text: string; page?: PageFacts };

/**
 * A draft read from the text; the importer's refusal in words ("the article
 * is empty"), for the reader; or the importer's failure (a bug), for the page
 * to report as one.
 */
export type ImportReply =
  | { id: number; status: 'read'; draft: Draft }
  | { id: number; status: 'refused'; error: string }
  | { id: number; status: 'failed'; error: string };

/**
 * The worker's side, without the worker: reads the text as the command line
 * does, but without the romanizer (the page has its own, and gives a draft
 * whose name or title is in another script its id in Latin letters:
 * read-source.ts).
 */
export function readInWorker({ id, text, page }: ImportRequest): ImportReply {
  try {
    const read = readArticle(text, page ? { page } : {});
    return read.ok
      ? { id, status: 'read', draft: read.draft }
      : { id, status: 'refused', error: read.error };
  } catch (error) {
    return { id, status: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}

/** A request as the worker reads it (checked by hand: the worker's bundle takes no zod). */
export function asImportRequest(data: unknown): ImportRequest | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const type: unknown = Reflect.get(data, 'type');
  const id: unknown = Reflect.get(data, 'id');
  const text: unknown = Reflect.get(data, 'text');
  const page: unknown = Reflect.get(data, 'page');
  if (type !== 'read' || typeof id !== 'number' || typeof text !== 'string') return undefined;
  if (page === undefined) return { type, id, text };
  const facts = asPageFacts(page);
  return facts ? { type, id, text, page: facts } : undefined;
}

/** The page's facts as the worker reads them: strings only, each where it belongs. */
function asPageFacts(data: unknown): PageFacts | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const facts: PageFacts = {};
  for (const key of ['publication', 'url', 'published', 'author'] as const) {
    const value: unknown = Reflect.get(data, key);
    if (typeof value === 'string') facts[key] = value;
    else if (value !== undefined) return undefined;
  }
  return facts;
}
