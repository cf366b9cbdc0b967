import { useCallback, useState } from 'react';

function without(set: ReadonlySet<string>, ids: readonly string[]): ReadonlySet<string> {
  const next = new Set(set);
  for (const id of ids) next.delete(id);
  return next;
}

/** Sections to open whenever `key` changes: a navigation's target, sections holding search matches. */
export type OpenRequest = { key: string; sectionIds: readonly string[] };

/**
 * Which topic sections are open. All start open; the reader may collapse
 * them. Each new request (a deep link, an index entry, a search) opens the
 * sections it needs, even ones the reader had collapsed. Each source of
 * requests is its own entry with its own key, so a new request of one (a
 * search's matches) does not reopen what another asked for earlier (the
 * navigation's target, which the reader may have collapsed since).
 */
export function useSectionDisclosure(
  sectionIds: readonly string[],
  requests: readonly OpenRequest[],
) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const keys = requests.map((request) => request.key);
  const [seenKeys, setSeenKeys] = useState(keys);
  // Adjusting state to a new request during render, as React recommends,
  // rather than in an effect that would first paint the section closed.
  const fresh = requests.filter((request, i) => seenKeys[i] !== request.key);
  if (fresh.length > 0) {
    setSeenKeys(keys);
    const toOpen = fresh.flatMap((request) => request.sectionIds);
    if (toOpen.some((id) => collapsed.has(id))) setCollapsed(without(collapsed, toOpen));
  }
  // Stable, so listeners subscribed with it need not resubscribe on every render.
  const expandAll = useCallback(() => setCollapsed(new Set()), []);
  return {
    isOpen: (sectionId: string) => !collapsed.has(sectionId),
    setOpen: (sectionId: string, open: boolean) =>
      setCollapsed((current) =>
        open ? without(current, [sectionId]) : new Set([...current, sectionId]),
      ),
    expandAll,
    collapseAll: () => setCollapsed(new Set(sectionIds)),
  };
}
