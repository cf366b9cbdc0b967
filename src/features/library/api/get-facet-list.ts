import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import type { Facet } from '../../../interview/facets';
import { parseFacetList } from '../../../interview/parse';
import { fetchParsed } from '../../../lib/fetch-json';

/** Every value of one facet with its count, for "Show all". */
export function facetListQueryOptions(facet: Facet) {
  return queryOptions({
    queryKey: ['library', 'facet-list', facet],
    queryFn: ({ signal }) =>
      fetchParsed(dataUrls.facetList(facet), `The list of every ${facet}`, parseFacetList, signal),
  });
}
