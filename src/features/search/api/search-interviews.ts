import { infiniteQueryOptions } from '@tanstack/react-query';
import type { Facet } from '../../../interview/facets';
import { searchInterviews, type SearchPage } from './pagefind';

/** Interviews shown per step of "More results". */
export const SEARCH_PAGE_SIZE = 10;

/** The library's search: interviews matching a query within the filters, ten at a time. */
export function librarySearchQueryOptions(query: string, filters: Partial<Record<Facet, string>>) {
  return infiniteQueryOptions({
    queryKey: ['library-search', query, filters],
    queryFn: ({ pageParam, signal }) =>
      searchInterviews(query, filters, pageParam, SEARCH_PAGE_SIZE, signal),
    initialPageParam: 0,
    getNextPageParam: (last: SearchPage, pages: SearchPage[]) => {
      const shown = pages.length * SEARCH_PAGE_SIZE;
      return shown < last.total ? shown : undefined;
    },
    // A failure to load the index is not a network blip worth three retries.
    retry: false,
  });
}
