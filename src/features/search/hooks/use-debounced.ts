import { useEffect, useState } from 'react';

/**
 * The value once it has stopped changing for `delay` ms, `initial` until
 * then (the value itself unless told); at once while `immediate` (then the
 * value it settles from later is this one, not an older one).
 */
export function useDebounced<T>(value: T, delay: number, immediate = false, initial = value): T {
  const [settled, setSettled] = useState(initial);
  // Derived during render, as React allows for a component's own state.
  if (immediate && !Object.is(settled, value)) setSettled(value);
  useEffect(() => {
    if (immediate) return;
    const timer = window.setTimeout(() => setSettled(value), delay);
    return () => window.clearTimeout(timer);
  }, [value, delay, immediate]);
  return immediate ? value : settled;
}
