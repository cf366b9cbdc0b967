import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

/**
 * Whether the page has been printed: false until the first print, true from
 * then on. Client only (a part shown after hydration). A print from the browser's menu or window.print() fires
 * `beforeprint`; an emulated print medium only matches `print`. The change
 * is rendered at once (flushSync), before the browser lays the page out for
 * paper, so what only paper shows can be made then rather than on every load.
 */
export function usePrinted(): boolean {
  // Already printing when this mounts (it loads after hydration): printed.
  const [printed, setPrinted] = useState(() => window.matchMedia('print').matches);
  useEffect(() => {
    if (printed) return;
    const media = window.matchMedia('print');
    const print = () => flushSync(() => setPrinted(true));
    const onMediaChange = () => {
      if (media.matches) print();
    };
    window.addEventListener('beforeprint', print);
    media.addEventListener('change', onMediaChange);
    return () => {
      window.removeEventListener('beforeprint', print);
      media.removeEventListener('change', onMediaChange);
    };
  }, [printed]);
  return printed;
}
