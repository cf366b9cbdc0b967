import { useMemo } from 'react';
import { parseLibrarySearch } from '../../../config/paths';
import { usePageLocation } from '../../../hooks/use-hydrated';

/**
 * The library view the URL asks for, derived from it (the URL is the only
 * state). A prerendered library is the whole library's first page: while it
 * hydrates, that is what the URL asks for too, and its parameters apply in
 * the render right after.
 */
export function useLibraryQuery() {
  const { search } = usePageLocation();
  return useMemo(() => parseLibrarySearch(search), [search]);
}
