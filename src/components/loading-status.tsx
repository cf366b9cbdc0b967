import { useEffect, useState } from 'react';
import { useOnline } from '../features/offline/hooks/use-online';

// After this long a load is slow enough to say so and offer to start again.
const SLOW_AFTER_MS = 5_000;

/** How long until a load that began at `since` (a `performance.now()` time) is slow. */
const slowSince = (since: number) => SLOW_AFTER_MS - (performance.now() - since);

/**
 * True once `SLOW_AFTER_MS` have passed since `since` (a `performance.now()` time), or since the
 * component appeared; and whether the browser says it is online, read from the browser as it
 * changes (useOnline; true until the page runs: the server and hydration render it so).
 */
function useSlow(since?: number): [slow: boolean, online: boolean] {
  const [slow, setSlow] = useState(() => since !== undefined && slowSince(since) <= 0);
  const online = useOnline();
  useEffect(() => {
    const left = since === undefined ? SLOW_AFTER_MS : slowSince(since);
    const timer = setTimeout(() => setSlow(true), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [since]);
  return [slow, online];
}

/**
 * "Loading…", and a few seconds after it appeared (or after `since`) why it is slow, with a
 * button to try again: a request that hangs must not leave only "Loading…". Offline it is not
 * the server that is slow: the words follow the network.
 */
export function LoadingStatus({ className = '', since }: { className?: string; since?: number }) {
  const [slow, online] = useSlow(since);
  return (
    <span role="status" className={className}>
      {slow ? (
        <>
          Still loading: {online ? 'the network or the server is slow' : 'this device is offline'}.{' '}
          <button
            type="button"
            onClick={() => window.location.reload()}
            className="min-h-11 rounded-md px-2 font-medium underline underline-offset-2"
          >
            Try again
          </button>
        </>
      ) : (
        'Loading…'
      )}
    </span>
  );
}
