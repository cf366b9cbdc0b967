import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { parseLibrarySearch } from '../../../config/paths';

/** The library view the URL asks for, derived from it (the URL is the only state). */
export function useLibraryQuery() {
  const { search } = useLocation();
  return useMemo(() => parseLibrarySearch(search), [search]);
}
