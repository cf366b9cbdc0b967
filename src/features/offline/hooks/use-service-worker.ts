import { useEffect, useState } from 'react';

/** Where the service worker's lifecycle stands, as the page needs to say it. */
export type UpdateState =
  /** Nothing to say: no new version, or none yet. */
  | 'idle'
  /** A new version is installed and waits for the reader to accept it. */
  | 'available'
  /** The reader accepted it: this page reloads as soon as the new version is in charge. */
  | 'updating'
  /** Another tab took the new version: this page still runs the old one. */
  | 'taken-elsewhere';

/**
 * How long a page that asked for the new version waits for it to take charge
 * before it reloads anyway. Chromium activates a worker that called
 * skipWaiting() only once the old worker has no fetch in flight, and it
 * checks again only on a few occasions: with another tab loading at the
 * click it missed that moment in 8 of 10 tries and kept the new worker
 * waiting for its five-minute limit (asking it again changed nothing). A
 * navigation makes it check: reloaded after this wait, every such page came
 * back under the new worker. Activation normally takes 1.3-2.9 s here
 * (Chromium waits 1 s before it dispatches `activate`).
 */
const TAKE_CHARGE_WAIT_MS = 3000;

/**
 * Registers the service worker once the page has loaded (built sites only:
 * the dev server has none), and reports a new version instead of applying
 * it: the reader decides when to reload, so nobody loses their place.
 * `update()` activates the waiting version and reloads this tab, always:
 * when the new version takes charge, or after TAKE_CHARGE_WAIT_MS.
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
    const reload = () => window.location.reload();
    // A new version that takes charge of this page while it was running one
    // came from another tab: say so, do not reload under the reader.
    // (The first version taking charge of the page that installed it is no news.)
    // In the tab that asked for it, reload: Workbox's own reload (its
    // `controlling` event) skips a tab that had no worker when it opened.
    let controller = navigator.serviceWorker.controller;
    const onControllerChange = () => {
      if (accepted) reload();
      else if (controller !== null) setState('taken-elsewhere');
      controller = navigator.serviceWorker.controller;
    };
    navigator.serviceWorker.addEventListener('controllerchange', onControllerChange);
    const register = async () => {
      // Loaded on demand: registration is not part of the first view's bytes.
      const { registerSW } = await import('virtual:pwa-register');
      if (cancelled) return;
      let registration: ServiceWorkerRegistration | undefined;
      const updateServiceWorker = registerSW({
        onNeedRefresh: () => setState('available'),
        onRegisteredSW: (_url, registered) => {
          registration = registered;
        },
        // The new version took charge (this tab reloads on controllerchange).
        onNeedReload: () => {
          if (!accepted) setState('taken-elsewhere');
        },
      });
      setUpdate(() => () => {
        accepted = true;
        setState('updating');
        // Taken in another tab meanwhile: nothing waits any more.
        if (registration && !registration.waiting) {
          reload();
          return;
        }
        void updateServiceWorker(true);
        window.setTimeout(reload, TAKE_CHARGE_WAIT_MS);
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
