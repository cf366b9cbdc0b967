import { queryOptions } from '@tanstack/react-query';
import { dataUrls } from '../../../config/paths';
import { isPrerenderedPage } from '../../../hooks/use-hydrated';
import { isPageLoadPending } from '../../../hooks/use-reveal-on-navigate';
import { SLUG_PATTERN } from '../../../interview/slug-pattern';
import type { Interview } from '../../../interview/schema';
import { NotFoundError } from '../../../lib/load-errors';

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
  const { loadInterview } = await import('./load-interview');
  // The interview of a page the site did not build for its address (404.html) is looked for on
  // this device first; one opened from there in-app is looked for on the site first, as before.
  const loaded = await loadInterview(
    interviewId,
    dataUrls.interview(interviewId),
    what,
    signal,
    // (In a browser: the prerender renders every page outside one, from the site's files.)
    typeof document !== 'undefined' && !isPrerenderedPage() && isPageLoadPending(),
  );
  if (loaded.fromThisDevice) fromThisDevice.add(loaded.interview);
  return loaded.interview;
}

/** One interview, validated. */
export function interviewQueryOptions(interviewId: string) {
  return queryOptions({
    queryKey: ['interview', interviewId],
    queryFn: ({ signal }) => getInterview(interviewId, signal),
  });
}
