import { useEffect, useState } from 'react';

// After this long a load is slow enough to say so and offer to start again.
const SLOW_AFTER_MS = 5_000;

/** True once `SLOW_AFTER_MS` have passed since the component appeared. */
function useSlow(): boolean {
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setSlow(true), SLOW_AFTER_MS);
    return () => clearTimeout(timer);
  }, []);
  return slow;
}

/**
 * "Loading…", and after a few seconds word that the server is slow with a
 * button to try again: a request that hangs must not leave only "Loading…".
 */
export function LoadingStatus({ className = '' }: { className?: string }) {
  const slow = useSlow();
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
