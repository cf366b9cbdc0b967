import { queryOptions } from '@tanstack/react-query';
import { SLUG_PATTERN } from '../../../interview/fields';
import { listKept, loadDraft } from '../../../lib/kept-interviews';
import { isPublishedOnSite, siteFiles } from '../../../lib/published-ids';

/** Every interview kept on this device. */
export function keptInterviewsQueryOptions() {
  return queryOptions({ queryKey: ['kept'], queryFn: listKept, retry: false });
}

/** The draft being corrected when the page was last left. */
export function savedDraftQueryOptions() {
  return queryOptions({
    queryKey: ['draft'],
    queryFn: async () => (await loadDraft()) ?? null,
    retry: false,
    // Read again each time the page opens: the editor saves to storage, not to this cache.
    gcTime: 0,
  });
}

/** One file of the published ids (library/ids/<n>.json). */
function publishedIdsQueryOptions(file: number) {
  return queryOptions({
    queryKey: ['library', 'published-ids', file],
    queryFn: ({ signal }) => siteFiles(signal).idsFile(file),
    staleTime: 60_000,
  });
}

/**
 * Whether an interview with this id is published on this site (isPublishedOnSite): typed into
 * the form, every new id asked for interviews/<id>.json was a 404 in the console.
 */
export function publishedQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['published', id],
    queryFn: ({ client }) =>
      SLUG_PATTERN.test(id) &&
      isPublishedOnSite(id, {
        // The library's summary, under the library's own key: one fetch for both pages.
        summary: () =>
          client.fetchQuery({
            queryKey: ['library', 'summary'],
            queryFn: () => siteFiles().summary(),
          }),
        idsFile: (file) => client.fetchQuery(publishedIdsQueryOptions(file)),
      }),
    retry: false,
    staleTime: 60_000,
  });
}
