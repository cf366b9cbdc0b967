import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import { SLUG_PATTERN } from '../../../interview/fields';
import { publishedIdFile, publishedIdFiles } from '../../../interview/library-files';
import { parseLibrarySummary, parsePublishedIds } from '../../../interview/parse';
import { fetchParsed } from '../../../lib/fetch-json';
import { listKept, loadDraft } from '../../../lib/kept-interviews';

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
    queryFn: ({ signal }) =>
      fetchParsed(dataUrls.publishedIds(file), 'The published ids', parsePublishedIds, signal),
    staleTime: 60_000,
  });
}

/**
 * Whether an interview with this id is published on this site: read in the one file of the
 * published ids that would list it (about 200 ids whatever the library's size; the summary says
 * how many files there are), not by asking for interviews/<id>.json, which for every new id
 * typed was a 404 in the console.
 */
export function publishedQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['published', id],
    queryFn: async ({ client }) => {
      if (!SLUG_PATTERN.test(id)) return false;
      // The library's summary, under the library's own key: one fetch for both pages.
      const summary = await client.fetchQuery({
        queryKey: ['library', 'summary'],
        queryFn: () => fetchParsed(dataUrls.librarySummary(), 'The library', parseLibrarySummary),
      });
      const file = publishedIdFile(id, publishedIdFiles(summary.total));
      return (await client.fetchQuery(publishedIdsQueryOptions(file))).ids.includes(id);
    },
    retry: false,
    staleTime: 60_000,
  });
}
