import { useEffect, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import { useHydrated } from '../../../hooks/use-hydrated';

const SETTLE_MS = 250;

/**
 * The search field's text. While the reader types it is theirs, and the URL's
 * `?q=` follows once typing settles (so a search is a link, and the long
 * interview re-renders once, not on every keystroke). Any other navigation
 * (a link, back, forward) puts the URL's query back in the field.
 */
export function useSearchField(urlQuery: string, commit: (query: string) => void) {
  // A prerendered page hydrates without its query (see usePageLocation): the
  // query that arrives right after counts as a navigation's.
  const hydrated = useHydrated();
  const { key: locationKey } = useLocation();
  const key = hydrated ? locationKey : 'prerendered';
  const navigationType = useNavigationType();
  const [text, setText] = useState(urlQuery);
  const [seenKey, setSeenKey] = useState(key);
  if (seenKey !== key) {
    setSeenKey(key);
    // Our own commits replace the entry; anything else is a new query from outside.
    if (navigationType !== NavigationType.Replace && text !== urlQuery) setText(urlQuery);
  }

  useEffect(() => {
    if (text === urlQuery) return;
    const timer = window.setTimeout(() => commit(text), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [text, urlQuery, commit]);

  return {
    text,
    setText,
    pending: text !== urlQuery,
    /** Commits now (Enter), instead of when typing settles. */
    flush: () => {
      if (text !== urlQuery) commit(text);
    },
  };
}
