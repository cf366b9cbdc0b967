import {
  buildSearchIndex,
  matchOffsets,
  type IndexedText,
  type SearchIndex,
} from '../../../interview/search';
import type { Stemmer } from '../../../interview/search-units';

// What the page and the interview's search worker (interview-search-worker.ts)
// say to each other. The page sends the interview's paragraphs once, then a
// query at a time; each query is answered by one reply with its id.

/** The interview's paragraphs' texts, in reading order, and its language (for the stemmer). */
export type IndexRequest = { type: 'index'; language: string; texts: string[] };
/** A query, answered with every match in every paragraph (the page keeps those it shows). */
export type SearchRequest = { type: 'search'; id: number; query: string };
export type InterviewSearchRequest = IndexRequest | SearchRequest;

/**
 * A query's matches as `matchOffsets` gives them (three numbers a match, in
 * one buffer); 'superseded' if a later query came before this one was
 * searched (its matches would not be shown); or why it could not be searched.
 */
export type InterviewSearchReply =
  | { id: number; status: 'found'; offsets: Int32Array }
  | { id: number; status: 'superseded' }
  | { id: number; status: 'failed'; error: string };

/**
 * The worker's side, without the worker: what it answers to each request.
 * The index is built at once when the paragraphs come (in a worker, a long
 * task blocks nothing the reader sees); queries that come meanwhile wait
 * for it, and of those only the last is searched.
 */
export function interviewSearchHandler(
  loadStemmer: (language: string) => Promise<Stemmer | undefined>,
): (request: InterviewSearchRequest) => Promise<InterviewSearchReply | undefined> {
  let index: Promise<SearchIndex<IndexedText>> | undefined;
  let latest = -1;
  return async (request) => {
    if (request.type === 'index') {
      const texts = request.texts.map((text) => ({ text }));
      index = loadStemmer(request.language).then((stem) => buildSearchIndex(texts, stem));
      // Each query that awaits it is told if it failed.
      index.catch(() => undefined);
      return undefined;
    }
    const { id, query } = request;
    latest = Math.max(latest, id);
    try {
      if (!index) throw new Error('The search was asked before it had the interview.');
      const built = await index;
      if (id !== latest) return { id, status: 'superseded' };
      return { id, status: 'found', offsets: matchOffsets(built, query) };
    } catch (error) {
      return {
        id,
        status: 'failed',
        error: error instanceof Error ? error.message : String(error),
      };
    }
  };
}

/** A request as the worker reads it (checked by hand: the worker's bundle takes no zod). */
export function asRequest(data: unknown): InterviewSearchRequest | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const field = (name: string): unknown => Reflect.get(data, name);
  const type = field('type');
  if (type === 'index') {
    const language = field('language');
    const texts = field('texts');
    if (
      typeof language === 'string' &&
      Array.isArray(texts) &&
      texts.every((text): text is string => typeof text === 'string')
    )
      return { type, language, texts };
  }
  if (type === 'search') {
    const id = field('id');
    const query = field('query');
    if (typeof id === 'number' && typeof query === 'string') return { type, id, query };
  }
  return undefined;
}
