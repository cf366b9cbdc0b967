import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import { SLUG_PATTERN } from '../../../interview/fields';
import { fetchJson } from '../../../lib/fetch-json';
import { listKept, loadDraft } from '../../../lib/kept-interviews';
import { NotFoundError } from '../../../lib/load-errors';

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

/** Whether an interview with this id is published on this site (its file is served). */
export function publishedQueryOptions(id: string) {
  return queryOptions({
    queryKey: ['published', id],
    queryFn: async ({ signal }) => {
      if (!SLUG_PATTERN.test(id)) return false;
      try {
        await fetchJson(dataUrls.interview(id), 'The interview', signal);
        return true;
      } catch (error) {
        if (error instanceof NotFoundError) return false;
        throw error;
      }
    },
    retry: false,
    staleTime: 60_000,
  });
}
