import { useEffect, useState } from 'react';

/** Where the service worker's lifecycle stands, as the page needs to say it. */
export type UpdateState =
  /** Nothing to say: no new version, or none yet. */
  | 'idle'
  /** A new version is installed and waits for the reader to accept it. */
  | 'available'
  /** Another tab took the new version: this page still runs the old one. */
  | 'taken-elsewhere';

/**
 * Registers the service worker once the page has loaded (built sites only:
 * the dev server has none), and reports a new version instead of applying
 * it: the reader decides when to reload, so nobody loses their place.
 * `update()` activates the waiting version and reloads this tab.
 */
export function useServiceWorker() {
  const [state, setState] = useState<UpdateState>('idle');
  // "Not now" holds for this page: the worker may announce itself again.
  const [dismissed, setDismissed] = useState<UpdateState>('idle');
  const [update, setUpdate] = useState<(() => void) | undefined>();

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
    let cancelled = false;
    let accepted = false;
    // A new version that takes charge of this page while it was running one
    // came from another tab: say so, do not reload under the reader.
    // (The first version taking charge of the page that installed it is no news.)
    let controller = navigator.serviceWorker.controller;
    const onControllerChange = () => {
      if (controller !== null && !accepted) setState('taken-elsewhere');
      controller = navigator.serviceWorker.controller;
    };
    navigator.serviceWorker.addEventListener('controllerchange', onControllerChange);
    const register = async () => {
      // Loaded on demand: registration is not part of the first view's bytes.
      const { registerSW } = await import('virtual:pwa-register');
      if (cancelled) return;
      const updateServiceWorker = registerSW({
        onNeedRefresh: () => setState('available'),
        // The new version took control: reload only the tab that asked for it.
        onNeedReload: () => {
          if (accepted) window.location.reload();
          else setState('taken-elsewhere');
        },
      });
      setUpdate(() => () => {
        accepted = true;
        void updateServiceWorker(true);
      });
    };
    if (document.readyState === 'complete') void register();
    else window.addEventListener('load', () => void register(), { once: true });
    return () => {
      cancelled = true;
      navigator.serviceWorker.removeEventListener('controllerchange', onControllerChange);
    };
  }, []);

  return {
    state: state === dismissed ? 'idle' : state,
    update,
    dismiss: () => setDismissed(state),
  };
}
