import { useEffect, useRef } from 'react';

type Options = {
  /**
   * Also try every this many milliseconds: a network that is connected but
   * reaches nothing (a classroom's wifi) never says it is back online.
   */
  pollMs?: number;
};

/**
 * Calls `onReconnect` when the network comes back, while `waiting`: what
 * failed or came out partial for want of a network runs again by itself.
 */
export function useOnReconnect(waiting: boolean, onReconnect: () => void, options: Options = {}) {
  const latest = useRef(onReconnect);
  useEffect(() => {
    latest.current = onReconnect;
  });
  const { pollMs } = options;
  useEffect(() => {
    if (!waiting) return;
    const retry = () => latest.current();
    window.addEventListener('online', retry);
    const timer = pollMs === undefined ? undefined : window.setInterval(retry, pollMs);
    return () => {
      window.removeEventListener('online', retry);
      window.clearInterval(timer);
    };
  }, [waiting, pollMs]);
}
