import { useEffect, useState } from 'react';

/** Whether the page is scrolled further down than `distance` pixels (re-renders only when that changes). */
export function useScrolledPast(distance: number): boolean {
  const [past, setPast] = useState(false);
  useEffect(() => {
    const update = () => setPast(window.scrollY > distance);
    update();
    window.addEventListener('scroll', update, { passive: true });
    return () => window.removeEventListener('scroll', update);
  }, [distance]);
  return past;
}
