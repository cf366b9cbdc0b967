import { useEffect, type RefObject } from 'react';
import { onScrollFrame } from '../../../lib/on-scroll-frame';

/** How far through an element the reader has scrolled: 0 with its top at the screen's top, 1 with its end in view. */
export function readingProgress(top: number, height: number, viewport: number): number {
  const scrollable = height - viewport;
  if (scrollable <= 0) return top < 0 ? 1 : 0;
  return Math.min(1, Math.max(0, -top / scrollable));
}

/**
 * Shows the reading progress through `column` on the progress bar: its
 * `--progress` (0 to 1, for a transform) and `aria-valuenow` (a percentage).
 * Written to the elements on scroll, at most once a frame, without
 * re-rendering the reader.
 */
export function useReadingProgress(
  column: RefObject<HTMLElement | null>,
  bar: RefObject<HTMLElement | null>,
) {
  useEffect(() => {
    const update = () => {
      const box = column.current?.getBoundingClientRect();
      if (!box) return;
      const progress = readingProgress(box.top, box.height, window.innerHeight);
      bar.current?.style.setProperty('--progress', String(progress));
      bar.current?.setAttribute('aria-valuenow', String(Math.round(progress * 100)));
    };
    update();
    return onScrollFrame(update);
  }, [column, bar]);
}
