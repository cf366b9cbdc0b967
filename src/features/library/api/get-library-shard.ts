import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import type { LibraryOrder } from '../../../interview/library-files';
import { parseLibraryShard } from '../../../interview/parse';
import { fetchParsed } from '../../../lib/fetch-json';

/** One shard of the library's interviews, in date or title order. */
export function libraryShardQueryOptions(order: LibraryOrder, shard: number) {
  return queryOptions({
    queryKey: ['library', 'shard', order, shard],
    queryFn: ({ signal }) =>
      fetchParsed(
        dataUrls.libraryShard(order, shard),
        'A page of the library',
        parseLibraryShard,
        signal,
      ),
  });
}
