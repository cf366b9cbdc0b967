import { useEffect } from 'react';
import { isFileAnswer } from '../../../lib/file-answer';
import { DATA_CACHE, PAGES_CACHE } from '../offline-caches';

/** Keeps what the network answers for a URL, unless the cache has it, if `accepts` takes it. */
async function keep(cacheName: string, url: string, accepts: (response: Response) => boolean) {
  const cache = await caches.open(cacheName);
  if (await cache.match(url, { ignoreSearch: true })) return;
  const response = await fetch(url);
  if (accepts(response)) await cache.put(url, response);
}

const succeeded = (response: Response) => response.ok;

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
          keep(PAGES_CACHE, page, succeeded),
          ...key
            .split('\n')
            .filter(Boolean)
            .map((url) => keep(DATA_CACHE, url, isFileAnswer)),
        ]);
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [key]);
}
