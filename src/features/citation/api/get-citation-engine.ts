import { queryOptions } from '@tanstack/react-query';
import { loadCitationEngine } from '../citation-engine';

/** The CSL processor and styles, loaded once, when a citation is first asked for. */
export function citationEngineQueryOptions() {
  return queryOptions({
    queryKey: ['citation-engine'],
    queryFn: loadCitationEngine,
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
