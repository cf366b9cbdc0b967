import { queryOptions } from '@tanstack/react-query';

/** The CSL processor and styles, loaded once, when a citation is first asked for. */
export function citationEngineQueryOptions() {
  return queryOptions({
    queryKey: ['citation-engine'],
    queryFn: () => import('../citation-engine').then((module) => module.loadCitationEngine()),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
