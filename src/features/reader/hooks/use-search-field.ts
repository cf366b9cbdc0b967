import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { NavigationType, useLocation, useNavigationType } from 'react-router-dom';
import { useHydrated } from '../../../hooks/use-hydrated';

const SETTLE_MS = 250;

/**
 * The search field's text. While the reader types it is theirs, and the URL's
 * `?q=` follows once typing settles (so a search is a link, and the long
 * interview re-renders once, not on every keystroke). Any other navigation
 * (a link, back, forward) puts the URL's query back in the field.
 *
 * Text typed into a prerendered page's field before the app started is the
 * reader's too: it stays, and is searched. Attach `field` to the input.
 */
export function useSearchField(urlQuery: string, commit: (query: string) => void) {
  const field = useRef<HTMLInputElement>(null);
  // A prerendered page hydrates without its query (see usePageLocation): the
  // query that arrives right after counts as a navigation's.
  const hydrated = useHydrated();
  const { key: locationKey } = useLocation();
  const key = hydrated ? locationKey : 'prerendered';
  const navigationType = useNavigationType();
  const [text, setText] = useState(urlQuery);
  const [seenKey, setSeenKey] = useState(key);
  const [seenQuery, setSeenQuery] = useState(urlQuery);
  // Whether the reader typed in the field, or cleared it, before it hydrated.
  const [changedEarly, setChangedEarly] = useState(false);
  if (seenKey !== key) {
    setSeenKey(key);
    // The prerendered page's own address arriving is no navigation: what the
    // reader typed (or cleared) before or while the app started wins over its query (the
    // page hydrates with an empty field, its address without a query).
    const typedAtStart = seenKey === 'prerendered' && (text !== '' || changedEarly);
    // Our own commits replace the entry; anything else is a new query from outside.
    if (navigationType !== NavigationType.Replace && !typedAtStart && text !== urlQuery) {
      setText(urlQuery);
    }
  }
  // The field hydrates after the page (a deferred part, reader-lazy-parts.tsx), with the
  // query the page hydrated with: the address's query comes after the
  // address. A field the reader has not changed follows it.
  if (seenQuery !== urlQuery) {
    setSeenQuery(urlQuery);
    if (!changedEarly && text === seenQuery) setText(urlQuery);
  }

  // React 19 keeps what was typed into a field before hydration but does not
  // tell the component (it replays the change only behind a flag, see
  // facebook/react#33129), so the next render wrote the state's '' back over
  // the reader's letters. As the app starts, take the field's text: it differs
  // from the value the server wrote (its defaultValue) only if the reader typed,
  // or pressed Escape (the page's head script notes it): the field hydrates
  // after the page, and a query the address brought is cleared then.
  useLayoutEffect(() => {
    const input = field.current;
    const escaped = window.takeEarlyEscape?.() ?? false;
    if (input && (escaped || input.value !== input.defaultValue)) {
      setText(input.value);
      setChangedEarly(true);
    }
  }, []);

  useEffect(() => {
    if (text === urlQuery) return;
    const timer = window.setTimeout(() => commit(text), SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [text, urlQuery, commit]);

  return {
    field,
    text,
    setText,
    pending: text !== urlQuery,
    /** Commits now (Enter), instead of when typing settles. */
    flush: () => {
      if (text !== urlQuery) commit(text);
    },
  };
}
