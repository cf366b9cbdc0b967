import { useMemo } from 'react';
import { useLocation } from 'react-router-dom';
import { parseReaderSearch, type ReaderParams } from '../../../config/paths';

/** The reader's search parameters, from the URL: the one place they live. */
export function useReaderParams(): ReaderParams {
  const { search } = useLocation();
  return useMemo(() => parseReaderSearch(search), [search]);
}
