import { useEffect, useState } from 'react';

// After this long a load is slow enough to say so and offer to start again.
const SLOW_AFTER_MS = 5_000;

/** How long until a load that began at `since` (a `performance.now()` time) is slow. */
const slowSince = (since: number) => SLOW_AFTER_MS - (performance.now() - since);

/**
 * True once `SLOW_AFTER_MS` have passed since `since` (a `performance.now()` time), or since the
 * component appeared.
 */
function useSlow(since?: number): boolean {
  const [slow, setSlow] = useState(() => since !== undefined && slowSince(since) <= 0);
  useEffect(() => {
    const left = since === undefined ? SLOW_AFTER_MS : slowSince(since);
    const timer = setTimeout(() => setSlow(true), Math.max(0, left));
    return () => clearTimeout(timer);
  }, [since]);
  return slow;
}

/**
 * "Loading…", and a few seconds after it appeared (or after `since`) word that the server is
 * slow with a button to try again: a request that hangs must not leave only "Loading…".
 */
export function LoadingStatus({ className = '', since }: { className?: string; since?: number }) {
  const slow = useSlow(since);
  return (
    <span role="status" className={className}>
      {slow ? (
        <>
          Still loading: the server is slow to answer.{' '}
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
