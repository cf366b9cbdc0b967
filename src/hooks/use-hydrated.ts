import { startTransition, useEffect, useLayoutEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation, type Location } from 'react-router-dom';

// Whether a component that mounts now renders for hydration (the server's
// markup must come out again) or as an app already running. False on the
// server, and in the browser from startHydrating() until the hydrated page's
// first effects; true in any other render in a browser. `inUse`: the reader
// has clicked or pressed a key since the page began to hydrate. `prerendered`:
// the page hydrates HTML built for its address (startHydrating was called).
const page = { hydrated: typeof document !== 'undefined', inUse: false, prerendered: false };

// The components whose render after hydration has not come yet, each with
// the update that brings it.
const waiting = new Set<() => void>();

// A click or key's handlers act on the page as rendered: until the render
// after hydration has come, on its path alone (no search, no fragment). A
// Cite pressed as the app started cited a lesson link without its lesson,
// and a question index link there left the lesson. The first click or key
// brings that render at once, before the handlers run; from then on it is
// no transition (see useHydrated).
const USE_EVENTS = ['click', 'keydown'] as const;
function inUse() {
  page.inUse = true;
  if (waiting.size > 0) flushSync(() => waiting.forEach((show) => show()));
}

/** Called before React hydrates prerendered HTML (main.tsx). */
export function startHydrating() {
  page.hydrated = false;
  page.prerendered = true;
  // Capture on the document: before React's own listeners, on the root.
  for (const type of USE_EVENTS)
    document.addEventListener(type, inUse, { capture: true, once: true });
}

/**
 * Whether this page was built for its address and hydrated, rather than
 * rendered here from nothing: the site's 404.html for an address the build
 * did not know (an interview kept on this device), add.html, the development
 * server. A page rendered here shows its text only once the app has it.
 */
export const isPrerenderedPage = () => page.prerendered;

/**
 * False on the server and while React hydrates prerendered HTML; true from
 * the render after hydration (and at once in a client-only render).
 *
 * That render is a transition, in slices between which the page answers a
 * tap: the components that ask (the reader among them) render again with
 * the page's whole address. useSyncExternalStore would do it in one long,
 * synchronous task. A click or key before it has come brings it at once
 * (see inUse): a click React hydrates the page for, too. A part that
 * hydrates later than the page (a deferred part) starts at true: what it
 * renders must not depend on this.
 */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(page.hydrated);
  // In the commit itself: a click may come before the effects below run.
  useLayoutEffect(() => {
    if (hydrated) return;
    const show = () => setHydrated(true);
    // A click that React hydrated the page for, at once, runs its handlers
    // right after this commit: the render comes first (an update in a layout
    // effect is rendered synchronously). Once, only for a page in use.
    if (page.inUse) {
      // eslint-disable-next-line react-hooks/set-state-in-effect
      setHydrated(true);
      return;
    }
    waiting.add(show);
    return () => void waiting.delete(show);
  }, [hydrated]);
  useEffect(() => {
    if (hydrated) return;
    page.hydrated = true;
    startTransition(() => setHydrated(true));
  }, [hydrated]);
  return hydrated;
}

/**
 * The location as far as the page may show it yet. A prerendered page is
 * built for its path alone: while it hydrates, the app renders it for the
 * path alone too (no search, no fragment), so the markup matches; the search
 * parameters and the fragment apply in the render right after.
 */
export function usePageLocation(): Location {
  const location = useLocation();
  const hydrated = useHydrated();
  return hydrated ? location : { ...location, search: '', hash: '' };
}
