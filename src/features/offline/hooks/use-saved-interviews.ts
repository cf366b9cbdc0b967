import { useEffect, useState } from 'react';
import { dataUrls } from '../../../config/paths';
import { parseInterview, parseJson } from '../../../interview/parse';
import { DATA_CACHE } from '../offline-caches';

/** An interview whose file this device keeps (read here before): it opens offline. */
export type SavedInterview = { id: string; title: string };

/** At most this many are listed: each is read and checked from the device. */
const MOST = 50;

/** The interviews this device keeps for reading offline, by title; none where nothing is kept. */
async function listSaved(): Promise<SavedInterview[]> {
  if (!('caches' in window)) return [];
  const cache = await caches.open(DATA_CACHE);
  // Every interview file lives at one address of the form dataUrls.interview gives.
  const [before = '', after = ''] = dataUrls.interview('\u0000').split('%00');
  const saved: SavedInterview[] = [];
  for (const request of (await cache.keys()).slice(0, 5 * MOST)) {
    const { pathname } = new URL(request.url);
    if (saved.length >= MOST || !pathname.startsWith(before) || !pathname.endsWith(after)) continue;
    const response = await cache.match(request);
    const json = parseJson((await response?.text()) ?? '');
    const interview = json.ok ? parseInterview(json.data) : undefined;
    if (interview?.ok) saved.push({ id: interview.data.id, title: interview.data.title });
  }
  return saved.sort((a, b) => a.title.localeCompare(b.title));
}

/** What this device keeps for reading offline (see listSaved); empty until read, or if unreadable. */
export function useSavedInterviews(): SavedInterview[] {
  const [saved, setSaved] = useState<SavedInterview[]>([]);
  useEffect(() => {
    let cancelled = false;
    listSaved()
      .then((list) => void (cancelled || setSaved(list)))
      .catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, []);
  return saved;
}
