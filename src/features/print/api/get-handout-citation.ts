import { queryOptions } from '@tanstack/react-query';
import { citationItem } from '../../../interview/citation';
import type { Interview } from '../../../interview/schema';
import type { RichText } from '../../citation/format-citations';

/** The interview's APA 7 reference, formatted by the CSL processor, with its italics. */
export async function formatHandoutCitation(interview: Interview): Promise<RichText> {
  const [{ formatItem }, { loadCitationEngine }] = await Promise.all([
    import('../../citation/format-citations'),
    import('../../citation/citation-engine'),
  ]);
  const engine = await loadCitationEngine();
  return formatItem(engine, 'apa', citationItem(interview, 'apa')).reference;
}

/**
 * The handout's citation. A prerendered page holds it in its data (formatted
 * at build time), so even a first Ctrl+P prints it; elsewhere it loads, with
 * the processor, when a handout is printed or a citation asked for, not with
 * the first view.
 */
export function handoutCitationQueryOptions(interview: Interview) {
  return queryOptions({
    queryKey: ['handout-citation', interview.id],
    queryFn: () => formatHandoutCitation(interview),
    staleTime: Infinity,
    gcTime: Infinity,
  });
}
