import { queryOptions } from '@tanstack/react-query';
import type { Interview } from '../../../interview/schema';

/**
 * The handout's citation (APA), formatted by the CSL processor. It loads, with
 * the processor, when a handout is printed, not with the first view.
 */
export function handoutCitationQueryOptions(interview: Interview) {
  return queryOptions({
    queryKey: ['handout-citation', interview.id],
    queryFn: async () => {
      const [{ formatCitations, plainText }, { loadCitationEngine }] = await Promise.all([
        import('../../citation/format-citations'),
        import('../../citation/citation-engine'),
      ]);
      const [apa] = formatCitations(await loadCitationEngine(), interview);
      return apa ? plainText(apa.reference) : '';
    },
    staleTime: Infinity,
  });
}
