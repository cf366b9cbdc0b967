import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Facet } from '../../../interview/facets';
import { preloadSearch } from '../api/pagefind';
import { librarySearchQueryOptions } from '../api/search-interviews';
import { useDebounced } from './use-debounced';

/** How long typing must pause before a search runs (the index loads meanwhile). */
const TYPING_PAUSE_MS = 120;

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
 * Searches the library for the query of the URL. While the reader types,
 * the index chunks for the words so far load at once (from three letters);
 * the search itself runs when typing pauses, and the previous results stay
 * until the new ones come.
 */
export function useLibrarySearch(query: string, filters: Partial<Record<Facet, string>>) {
  const trimmed = query.trim();
  const lastWord = trimmed.split(/\s+/).at(-1) ?? '';
  const pause = lastWord.length < SHORT_WORD ? SHORT_WORD_PAUSE_MS : TYPING_PAUSE_MS;
  const settled = useDebounced(trimmed, pause, trimmed === '');

  useEffect(() => {
    if (lastWord.length < SHORT_WORD) return;
    preloadSearch(trimmed, filters).catch(() => undefined);
  }, [trimmed, lastWord, filters]);

  const search = useInfiniteQuery({
    ...librarySearchQueryOptions(settled, filters),
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  });
  return { ...search, settled, typing: trimmed !== settled };
}
