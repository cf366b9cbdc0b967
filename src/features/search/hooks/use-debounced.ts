import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `delay` ms (at once when it becomes empty). */
export function useDebounced<T>(value: T, delay: number, immediate = false): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (immediate) return;
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay, immediate]);
  return immediate ? value : settled;
}
