import { useEffect, useRef } from 'react';

type Options = {
  /**
   * Also try every this many milliseconds: a network that is connected but
   * reaches nothing (a classroom's wifi) never says it is back online.
   */
  pollMs?: number;
};

/**
 * A try that fails this soon after the 'online' event is tried again after
 * RETRY_SOON_MS, not at the next poll: the network is often not usable yet
 * when the event comes (in Chromium, the first try failed 1 run in 3; the
 * library's search then waited 3 s more before it tried again).
 */
const JUST_BACK_MS = 5_000;
const RETRY_SOON_MS = 1_000;

/**
 * Calls `onReconnect` when the network comes back, while `waiting`: what
 * failed or came out partial for want of a network runs again by itself.
 */
export function useOnReconnect(waiting: boolean, onReconnect: () => void, options: Options = {}) {
  const latest = useRef(onReconnect);
  const backOnline = useRef(-Infinity);
  useEffect(() => {
    latest.current = onReconnect;
  });
  const { pollMs } = options;
  useEffect(() => {
    if (!waiting) return;
    const retry = () => latest.current();
    const onOnline = () => {
      backOnline.current = performance.now();
      retry();
    };
    window.addEventListener('online', onOnline);
    const justBack = navigator.onLine && performance.now() - backOnline.current < JUST_BACK_MS;
    const soon = justBack ? window.setTimeout(retry, RETRY_SOON_MS) : undefined;
    const timer = pollMs === undefined ? undefined : window.setInterval(retry, pollMs);
    return () => {
      window.removeEventListener('online', onOnline);
      window.clearTimeout(soon);
      window.clearInterval(timer);
    };
  }, [waiting, pollMs]);
}
