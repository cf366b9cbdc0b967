import { useEffect } from 'react';
import { DATA_CACHE, PAGES_CACHE } from '../offline-caches';

/**
 * Keeps what the network answers for a URL, unless the cache has it; only an
 * answer `accepts` takes (and, as `cache.add`, only a successful one).
 */
async function keep(cacheName: string, url: string, accepts: (response: Response) => boolean) {
  const cache = await caches.open(cacheName);
  if (await cache.match(url, { ignoreSearch: true })) return;
  const response = await fetch(url);
  if (response.ok && accepts(response)) await cache.put(url, response);
}

const anyPage = () => true;

/**
 * A data file answered with an HTML page is a static host's fallback for a
 * missing file (index.html, status 200): kept, it would be given offline, and
 * the reader told the interview does not exist rather than that it is not
 * saved (the service worker refuses it too: scripts/lib/vite-pwa.ts).
 */
const isDataFile = (response: Response) =>
  !(response.headers.get('content-type') ?? '').includes('text/html');

/**
 * Keeps this page and the data files it shows on this device once a service
 * worker is active, so it reads offline: the page itself (the first page of
 * a visit loads before the worker can see it), and its data files (a
 * prerendered page holds its data, but the interview's other pages, read
 * offline, need the file). Failures are ignored: saving is a bonus.
 */
export function useKeepForOffline(dataUrls: readonly string[]) {
  const key = dataUrls.join('\n');
  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator) || !('caches' in window)) return;
    let cancelled = false;
    const page = window.location.pathname;
    void navigator.serviceWorker.ready
      .then(async () => {
        if (cancelled) return;
        await Promise.all([
          keep(PAGES_CACHE, page, anyPage),
          ...key
            .split('\n')
            .filter(Boolean)
            .map((url) => keep(DATA_CACHE, url, isDataFile)),
        ]);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [key]);
}
