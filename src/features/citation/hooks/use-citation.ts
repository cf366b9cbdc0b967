import { useCallback, useRef, useState, type SyntheticEvent } from 'react';
import type { Interview } from '../../../interview/schema';
import { loadQueryClient } from '../../../lib/load-query-client';
import type { CiteTarget } from '../components/citation-dialog';

/**
 * The reader's citation dialog: what it cites (null while closed), and the
 * loading of its code and CSL processor, which no first view loads. A hand on
 * its way to a Cite button (pointer over it, focus, a finger down: pass
 * `preload` to those events of an element around the buttons, which carry
 * `data-cite`) starts loading them, so the dialog opens with its citations.
 */
export function useCitation(interview: Interview) {
  const [citing, setCiting] = useState<CiteTarget | null>(null);
  // The handout's citation, with the CSL processor the citation dialog shares.
  const loadHandoutCitation = useCallback(
    () =>
      Promise.all([import('../../print/api/get-handout-citation'), loadQueryClient()])
        .then(([module, queryClient]) =>
          queryClient.ensureQueryData(module.handoutCitationQueryOptions(interview)),
        )
        .catch(() => undefined),
    [interview],
  );
  // The CSL processor starts loading with the dialog's code, not after it;
  // the handout's citation comes with it, for a print from the browser's menu.
  const open = useCallback(
    (target: CiteTarget) => {
      void loadHandoutCitation();
      setCiting(target);
    },
    [loadHandoutCitation],
  );
  const preloaded = useRef(false);
  const preload = useCallback((event: SyntheticEvent) => {
    if (preloaded.current) return;
    if (!(event.target instanceof Element) || !event.target.closest('[data-cite]')) return;
    preloaded.current = true;
    void Promise.all([
      import('../components/citation-dialog'),
      import('../components/citation-list'),
      Promise.all([import('../api/get-citation-engine'), loadQueryClient()]).then(
        ([module, queryClient]) => queryClient.prefetchQuery(module.citationEngineQueryOptions()),
      ),
    ]).catch(() => {
      // Offline: tried again with the next intent, or when the dialog opens.
      preloaded.current = false;
    });
  }, []);
  const close = useCallback(() => setCiting(null), []);
  return { citing, open, close, preload, loadHandoutCitation };
}
