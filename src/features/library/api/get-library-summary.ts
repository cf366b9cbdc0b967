import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import { parseLibrarySummary } from '../../../interview/parse';
import { fetchParsed } from '../../../lib/fetch-json';

/** The library's summary: how many interviews, and each facet's common values. */
export function librarySummaryQueryOptions() {
  return queryOptions({
    queryKey: ['library', 'summary'],
    queryFn: ({ signal }) =>
      fetchParsed(dataUrls.librarySummary(), 'The library', parseLibrarySummary, signal),
  });
}
