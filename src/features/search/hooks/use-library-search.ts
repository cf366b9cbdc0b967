import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Facet } from '../../../interview/facets';
import { preloadSearch, searchStarted } from '../api/pagefind';
import { librarySearchQueryOptions } from '../api/search-interviews';
import { useDebounced } from './use-debounced';

/** How long typing must pause before a search runs while the index loads. */
export const TYPING_PAUSE_MS = 120;

/**
 * The pause after a word of one or two letters, most often the start of a
 * longer one. Pagefind matches the beginnings of words: "p" is every word in
 * p, and at 10,000 interviews such a search keeps Pagefind busy for seconds,
 * and the next search waits for it.
 */
const SHORT_WORD_PAUSE_MS = 400;

/** Words this short are not worth loading index chunks for while typing. */
const SHORT_WORD = 3;

/**
 * Searches the library for the words typed. Once the search has started on
 * the page, each keystroke searches (from three letters): a search whose
 * words are typed past stops at its next shard (the query's signal), and the
 * previous results stay until the new ones come. Until then the index chunks
 * for the words so far load at each keystroke, and the search runs when
 * typing pauses.
 */
export function useLibrarySearch(query: string, filters: Partial<Record<Facet, string>>) {
  const trimmed = query.trim();
  const lastWord = trimmed.split(/\s+/).at(-1) ?? '';
  const short = lastWord.length < SHORT_WORD;
  // Read as the reader types: Pagefind starts once, while the first words are typed.
  const atOnce = !short && searchStarted();
  const settled = useDebounced(
    trimmed,
    short ? SHORT_WORD_PAUSE_MS : TYPING_PAUSE_MS,
    trimmed === '' || atOnce,
  );

  useEffect(() => {
    // A search at once loads its chunks itself.
    if (short || atOnce) return;
    preloadSearch(trimmed, filters).catch(() => undefined);
  }, [trimmed, short, atOnce, filters]);

  const search = useInfiniteQuery({
    ...librarySearchQueryOptions(settled, filters),
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  });
  return { ...search, settled, typing: trimmed !== settled };
}
