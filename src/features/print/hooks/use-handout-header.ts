import { startTransition, useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { HandoutHeader } from '../components/handout-header';

const loadHeader = () =>
  import('../components/handout-header').then((module) => module.HandoutHeader);

/**
 * The handout's header (source, citation, QR code), which only paper shows.
 * Its code (8 KB gz with the QR encoder) loads once the page has been idle
 * after it became interactive (at the latest 2 s on), not with it; "Print
 * handout" loads it at once and puts it on the page (`show`) before printing.
 */
export function useHandoutHeader(hydrated: boolean) {
  const [Header, setHeader] = useState<typeof HandoutHeader>();
  const show = useCallback(
    () =>
      loadHeader().then(
        (loaded) => flushSync(() => setHeader(() => loaded)),
        () => undefined, // Offline: printed without it.
      ),
    [],
  );
  useEffect(() => {
    if (!hydrated) return;
    // Loaded ahead, nothing waits for it: it renders in a transition, in
    // slices between which the page answers a tap, rather than as show()
    // renders it (flushSync: the QR code and the query client in one task).
    const load = () =>
      void loadHeader().then(
        (loaded) => startTransition(() => setHeader(() => loaded)),
        () => undefined,
      );
    if ('requestIdleCallback' in window) {
      const idle = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(idle);
    }
    // Safari has no idle callbacks: a moment after hydration there.
    const timer = setTimeout(load, 1000);
    return () => clearTimeout(timer);
  }, [hydrated]);
  return { Header, show };
}
