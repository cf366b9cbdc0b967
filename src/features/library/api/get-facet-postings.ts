import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import type { Facet } from '../../../interview/facets';
import { fetchLibraryFile } from './fetch-library-file';
import { NotFoundError } from '../../../lib/load-errors';

async function getFacetPostings(facet: Facet, key: string, signal: AbortSignal) {
  try {
    return await fetchLibraryFile(
      dataUrls.facetPostings(facet, key),
      `The ${facet} “${key}”`,
      (parsers) => parsers.parseFacetPostings,
      signal,
    );
  } catch (error) {
    // A value no interview has is an answer ("nothing matches"), not a failure.
    if (error instanceof NotFoundError) return null;
    throw error;
  }
}

/** Where one facet value's interviews are in the library, or null when none has it. */
export function facetPostingsQueryOptions(facet: Facet, key: string) {
  return queryOptions({
    queryKey: ['library', 'postings', facet, key],
    queryFn: ({ signal }) => getFacetPostings(facet, key, signal),
  });
}
