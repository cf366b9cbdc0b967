import { useState } from 'react';
import { isPrerenderedPage } from '../../../hooks/use-hydrated';
import { isPageLoadPending } from '../../../hooks/use-reveal-on-navigate';
import { textDirectivesOf } from '../../../interview/text-fragment';
import { loadAddress } from '../../../lib/landing';

/**
 * The text directives (`#:~:text=`, Chrome's "Copy link to highlight") of the
 * address this page was loaded from, for the reader to find, mark and land on
 * itself, as a `quote`'s passage: only on a page the app rendered here rather
 * than hydrated (an interview kept on this device, answered by the site's
 * 404.html and read from the device's storage). The browser looks for the
 * words once the page has loaded, and on a slow phone that came before the
 * app had the interview's text: it gave up, with no way to ask it again.
 * A built page has its words from the first paint: the browser finds them
 * itself, as before (none here). Only for the reader the page load shows,
 * until the reader goes somewhere else (`navigationId` changes).
 */
export function useOwnTextFragment(navigationId: string): readonly string[] {
  const [atLoad] = useState(() =>
    isPageLoadPending() && !isPrerenderedPage() ? textDirectivesOf(loadAddress()) : [],
  );
  const [loadNavigation] = useState(navigationId);
  return navigationId === loadNavigation ? atLoad : NONE;
}

const NONE: readonly string[] = [];
