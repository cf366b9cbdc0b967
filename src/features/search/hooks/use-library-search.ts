import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { useEffect } from 'react';
import type { Facet } from '../../../interview/facets';
import { preloadSearch } from '../api/pagefind';
import { librarySearchQueryOptions } from '../api/search-interviews';
import { useDebounced } from './use-debounced';

/** How long typing must pause before a search runs (the index loads meanwhile). */
const TYPING_PAUSE_MS = 120;

/**
 * Searches the library for the query of the URL. While the reader types,
 * the index chunks for the words so far load at once; the search itself runs
 * when typing pauses, and the previous results stay until the new ones come.
 */
export function useLibrarySearch(query: string, filters: Partial<Record<Facet, string>>) {
  const trimmed = query.trim();
  const settled = useDebounced(trimmed, TYPING_PAUSE_MS, trimmed === '');

  useEffect(() => {
    if (trimmed === '') return;
    preloadSearch(trimmed, filters).catch(() => undefined);
  }, [trimmed, filters]);

  const search = useInfiniteQuery({
    ...librarySearchQueryOptions(settled, filters),
    enabled: settled !== '',
    placeholderData: keepPreviousData,
  });
  return { ...search, settled, typing: trimmed !== settled };
}
