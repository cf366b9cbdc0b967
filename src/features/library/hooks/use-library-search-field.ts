import { useCallback } from 'react';
import { useNavigate } from 'react-router-dom';
import { paths } from '../../../config/paths';
import type { LibraryQuery } from '../../../interview/library-query';
import { useSearchField } from '../../reader/hooks/use-search-field';

/**
 * The library's search field: the reader's words as they type, put in the
 * URL (`?q=`) once typing settles, replacing the entry so that typing leaves
 * one step in the history, not one per letter.
 */
export function useLibrarySearchField(query: LibraryQuery) {
  const navigate = useNavigate();
  const commit = useCallback(
    (q: string) => {
      void navigate(paths.library({ ...query, q: q.trim() === '' ? '' : q, page: 1 }), {
        replace: true,
        preventScrollReset: true,
      });
    },
    [navigate, query],
  );
  return useSearchField(query.q, commit);
}
