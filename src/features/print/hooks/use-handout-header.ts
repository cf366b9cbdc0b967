import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { HandoutHeader } from '../components/handout-header';

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
      import('../components/handout-header').then(
        (module) => flushSync(() => setHeader(() => module.HandoutHeader)),
        () => undefined, // Offline: printed without it.
      ),
    [],
  );
  useEffect(() => {
    if (!hydrated) return;
    const load = () => void show();
    if ('requestIdleCallback' in window) {
      const idle = requestIdleCallback(load, { timeout: 2000 });
      return () => cancelIdleCallback(idle);
    }
    // Safari has no idle callbacks: a moment after hydration there.
    const timer = setTimeout(load, 1000);
    return () => clearTimeout(timer);
  }, [hydrated, show]);
  return { Header, show };
}
