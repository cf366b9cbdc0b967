import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import { fetchLibraryFile } from './fetch-library-file';

/** The library's summary: how many interviews, and each facet's common values. */
export function librarySummaryQueryOptions() {
  return queryOptions({
    queryKey: ['library', 'summary'],
    queryFn: ({ signal }) =>
      fetchLibraryFile(
        dataUrls.librarySummary(),
        'The library',
        (parsers) => parsers.parseLibrarySummary,
        signal,
      ),
  });
}
