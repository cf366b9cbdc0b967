import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import { SLUG_PATTERN } from '../../../interview/slug-pattern';
import type { Interview } from '../../../interview/schema';
import { InvalidDataError, NetworkError, NotFoundError } from '../../../lib/load-errors';

// The interviews this page read from this device's storage rather than from
// the site: known by the object the query returned, so nothing is kept in sync.
const fromThisDevice = new WeakSet<Interview>();

/** Whether the reader shows an interview kept on this device (not published on the site). */
export function isFromThisDevice(interview: Interview): boolean {
  return fromThisDevice.has(interview);
}

async function getInterview(interviewId: string, signal: AbortSignal) {
  // An id from the address bar is shown cut short: it may be a megabyte long.
  const shown = interviewId.length > 80 ? `${interviewId.slice(0, 80)}…` : interviewId;
  const what = `The interview “${shown}”`;
  // Anything but a slug cannot name an interview file; do not ask the server.
  if (interviewId.length > 80 || !SLUG_PATTERN.test(interviewId)) throw new NotFoundError(what);
  const url = dataUrls.interview(interviewId);
  // Fetching and validating load with the first file fetched: a prerendered
  // page holds its data and needs neither. The same reading as
  // `interview:check`, so both accept exactly the same files.
  const [{ fetchText }, { readInterview }] = await Promise.all([
    import('../../../lib/fetch-json'),
    import('../../../interview/parse'),
  ]);
  let text: string;
  try {
    text = await fetchText(url, what, signal);
  } catch (error) {
    // Not published (or offline): it may be kept on this device. Loaded only
    // then: the first view of a published interview does not need storage.
    if (error instanceof NotFoundError || error instanceof NetworkError) {
      const { getKept } = await import('../../add-interview/on-demand');
      const kept = await getKept(interviewId).catch(() => undefined);
      if (kept) {
        fromThisDevice.add(kept);
        return kept;
      }
    }
    throw error;
  }
  const result = readInterview(text);
  if (!result.ok) throw new InvalidDataError(url, result.problems);
  if (result.data.id !== interviewId) {
    throw new InvalidDataError(url, [
      { path: '$.id', message: `is "${result.data.id}" but the file is named ${interviewId}.json` },
    ]);
  }
  return result.data;
}

/** One interview, validated. */
export function interviewQueryOptions(interviewId: string) {
  return queryOptions({
    queryKey: ['interview', interviewId],
    queryFn: ({ signal }) => getInterview(interviewId, signal),
  });
}
