import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import type { Facet } from '../../../interview/facets';
import { fetchLibraryFile } from './fetch-library-file';

/** Every value of one facet with its count, for "Show all". */
export function facetListQueryOptions(facet: Facet) {
  return queryOptions({
    queryKey: ['library', 'facet-list', facet],
    queryFn: ({ signal }) =>
      fetchLibraryFile(
        dataUrls.facetList(facet),
        `The list of every ${facet}`,
        (parsers) => parsers.parseFacetList,
        signal,
      ),
  });
}
