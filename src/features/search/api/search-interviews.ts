import { infiniteQueryOptions, type InfiniteData } from '@tanstack/react-query';
import type { Facet } from '../../../interview/facets';
import { searchInterviews, type SearchPage } from './pagefind';

/** Interviews shown per step of "More results". */
export const SEARCH_PAGE_SIZE = 10;

/**
 * The library's search: interviews matching a query within the filters, ten
 * at a time. While a search of a large library goes on, its first page holds
 * the best matches found so far (`searched` says how far it got), replaced
 * by the whole search's first page when it is done; and a first page shows
 * its interviews as their excerpts come, best first (`loading` says how
 * many are still to come).
 */
export function librarySearchQueryOptions(query: string, filters: Partial<Record<Facet, string>>) {
  return infiniteQueryOptions({
    queryKey: ['library-search', query, filters],
    queryFn: ({ pageParam, signal, client, queryKey }) => {
      // A new search only shows its first page before it is whole: a search
      // shown already (searched again once back online, say) keeps its pages
      // meanwhile.
      const fresh = pageParam === 0 && client.getQueryData(queryKey) === undefined;
      return searchInterviews(
        query,
        filters,
        pageParam,
        SEARCH_PAGE_SIZE,
        signal,
        fresh
          ? (partial) =>
              client.setQueryData<InfiniteData<SearchPage, number>>(queryKey, {
                pages: [partial],
                pageParams: [0],
              })
          : undefined,
      );
    },
    initialPageParam: 0,
    getNextPageParam: (last: SearchPage, pages: SearchPage[]) => {
      const shown = pages.length * SEARCH_PAGE_SIZE;
      // No next page of a search still going on (its results are not all
      // ranked), nor while the page's interviews come in (the button would
      // move down the page under the reader's pointer).
      const whole = last.searched === undefined && last.loading === undefined;
      return whole && shown < last.total ? shown : undefined;
    },
    // A failure to load the index is not a network blip worth three retries.
    retry: false,
  });
}
