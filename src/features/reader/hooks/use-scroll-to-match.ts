import { useEffect, useRef } from 'react';
import { CURRENT_MATCH_ID } from '../reader-view';

/**
 * Brings the current search match into view whenever the query or the current
 * match changes, as find-as-you-type does. On the page load a link's own
 * target, if it has one, comes first.
 */
export function useScrollToMatch(query: string, current: number, linkHasTarget: boolean) {
  const firstRun = useRef(true);
  useEffect(() => {
    const skip = firstRun.current && linkHasTarget;
    firstRun.current = false;
    if (skip || query.trim() === '') return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    document
      .getElementById(CURRENT_MATCH_ID)
      ?.scrollIntoView({ block: 'center', behavior: reduced ? 'instant' : 'smooth' });
  }, [query, current, linkHasTarget]);
}
