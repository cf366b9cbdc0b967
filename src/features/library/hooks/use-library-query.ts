import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { parseLibraryLocation } from '../../../config/library-location';
import { usePageLocation } from '../../../hooks/use-hydrated';

/**
 * The library view the URL asks for, derived from it (the URL is the only
 * state). A prerendered library page is built for its path: while it
 * hydrates, that is what the URL asks for too, and the parameters of its
 * search string apply in the render right after.
 */
export function useLibraryQuery() {
  // The path is the page's own (a person's page, page 2): the prerendered
  // page was built for it.
  const { pathname } = useLocation();
  const { search } = usePageLocation();
  return useMemo(() => parseLibraryLocation(pathname, search), [pathname, search]);
}
