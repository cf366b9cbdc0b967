import { useEffect, useRef } from 'react';
import { useHydrated } from '../../../hooks/use-hydrated';
import { landOn, scrollMotion } from '../../../lib/landing';
import type { SearchScope } from '../../../interview/search-units';
import { CURRENT_MATCH_ID } from '../reader-view';
import { useReaderParams } from './use-reader-params';

/**
 * Brings the current search match into view whenever the query, where it
 * looks or the current match changes, as find-as-you-type does, once the matches are known (the
 * stemmer may still be loading). On the page load a link's own target, if it
 * has one, comes first.
 */
export function useScrollToMatch(
  query: string,
  scope: SearchScope,
  current: number,
  found: boolean,
  linkHasTarget: boolean,
) {
  // The query a link with a target of its own came with: its first match does
  // not take the scroll. A prerendered page hydrates without its query (see
  // usePageLocation), so it is read from the address once hydrated; the
  // (deferred) query may still be empty then.
  const urlQuery = useReaderParams().q;
  const hydrated = useHydrated();
  const landing = useRef<string | null | undefined>(undefined);
  useEffect(() => {
    if (!hydrated) return;
    if (landing.current === undefined) landing.current = linkHasTarget ? urlQuery : null;
    if (landing.current !== null && query !== '' && query !== landing.current) {
      landing.current = null;
    }
    if (!found || query.trim() === '') return;
    if (landing.current !== null) {
      landing.current = null;
      return;
    }
    // landOn: on a long interview it jumps past questions not laid out yet.
    landOn(document, CURRENT_MATCH_ID, scrollMotion(), 'center');
    // The landing query is read once, on the first run after hydration.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hydrated, query, scope, current, found]);
}
