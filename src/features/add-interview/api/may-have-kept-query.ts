import { queryOptions } from '@tanstack/react-query';
import { mayHaveKept } from '../../../lib/kept-database';

/**
 * Whether this browser may have interviews kept on this device, asked
 * without loading the storage code (which kept-queries.ts imports). Asked
 * again each time the library opens: one may have been kept meanwhile.
 */
export function mayHaveKeptQueryOptions() {
  return queryOptions({
    queryKey: ['may-have-kept'],
    queryFn: mayHaveKept,
    retry: false,
    staleTime: 0,
  });
}
