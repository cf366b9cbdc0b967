import { useCallback, useState } from 'react';

function without(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  next.delete(id);
  return next;
}

/**
 * Which topic sections are open. All start open; the reader may collapse
 * them. A navigation whose target lies in a collapsed section (a deep link, an
 * index entry) opens that section again.
 */
export function useSectionDisclosure(
  sectionIds: readonly string[],
  targetSectionId: string | undefined,
  navigationId: string,
) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const [seenNavigation, setSeenNavigation] = useState(navigationId);
  // Adjusting state to a new navigation during render, as React recommends,
  // rather than in an effect that would first paint the section closed.
  if (seenNavigation !== navigationId) {
    setSeenNavigation(navigationId);
    if (targetSectionId !== undefined && collapsed.has(targetSectionId)) {
      setCollapsed(without(collapsed, targetSectionId));
    }
  }
  // Stable, so listeners subscribed with it need not resubscribe on every render.
  const expandAll = useCallback(() => setCollapsed(new Set()), []);
  return {
    isOpen: (sectionId: string) => !collapsed.has(sectionId),
    setOpen: (sectionId: string, open: boolean) =>
      setCollapsed((current) =>
        open ? without(current, sectionId) : new Set([...current, sectionId]),
      ),
    expandAll,
    collapseAll: () => setCollapsed(new Set(sectionIds)),
  };
}
