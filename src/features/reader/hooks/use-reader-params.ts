import { useMemo } from 'react';
import { parseReaderSearch, type ReaderParams } from '../../../config/paths';
import { usePageLocation } from '../../../hooks/use-hydrated';

/** The reader's search parameters, from the URL: the one place they live. */
export function useReaderParams(): ReaderParams {
  const { search } = usePageLocation();
  return useMemo(() => parseReaderSearch(search), [search]);
}
