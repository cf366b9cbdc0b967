import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import type { LibraryOrder } from '../../../interview/library-files';
import { fetchLibraryFile } from './fetch-library-file';

/** One shard of the library's interviews, in date or title order. */
export function libraryShardQueryOptions(order: LibraryOrder, shard: number) {
  return queryOptions({
    queryKey: ['library', 'shard', order, shard],
    queryFn: ({ signal }) =>
      fetchLibraryFile(
        dataUrls.libraryShard(order, shard),
        'A page of the library',
        (parsers) => parsers.parseLibraryShard,
        signal,
      ),
  });
}
