import { useState } from 'react';
import { NavigationType, useNavigationType } from 'react-router-dom';
import { usePageLocation } from './use-hydrated';

/**
 * How the key of a history entry the browser added for a typed fragment begins: the router's
 * popstate listener gives it (src/app/unchanged-address-steps.ts), as React Router would key it
 * 'default', as the visit's first entry.
 */
export const TYPED_ENTRY_KEY = 'typed-';

/** A navigation the reader made: following a link, typing an address, or going back or forward. */
export type Navigation = { id: string; historyStep: boolean };

/**
 * The current navigation. It changes whenever the reader goes somewhere, even
 * to the same URL, but not when the app only rewrites the URL in place (a
 * search query committed with `replace`), which must not move the view.
 */
export function useLastNavigation(): Navigation {
  const location = usePageLocation();
  const type = useNavigationType();
  const id = `${location.key}${location.pathname}${location.hash}`;
  // A fragment typed into the address bar is a link, not a history step (its entry's key, or
  // 'default' where it has none yet); a step back to the visit's first entry, also 'default', is
  // one (taken for a link, it landed on the first page's target, a section's heading screens
  // below where the reader was).
  const historyStep =
    type === NavigationType.Pop &&
    (location.key === 'default' ? isVisitsFirstEntry() : !location.key.startsWith(TYPED_ENTRY_KEY));
  const [navigation, setNavigation] = useState<Navigation>({ id, historyStep });
  if (navigation.id !== id && type !== NavigationType.Replace) {
    setNavigation({ id, historyStep });
  }
  return navigation;
}

/**
 * Whether the history entry shown is the one the visit began on: React Router marks it (its
 * index, 0, in the entry's state) as it starts; an entry the browser added for a fragment
 * typed into the address bar has no state.
 */
function isVisitsFirstEntry(): boolean {
  if (typeof window === 'undefined') return false;
  const state: unknown = window.history.state;
  return typeof state === 'object' && state !== null && 'idx' in state && state.idx === 0;
}
