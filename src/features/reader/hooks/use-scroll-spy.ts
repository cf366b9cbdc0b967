import { useEffect, useState } from 'react';

// The reading line: a thin band a quarter of the way down the viewport. The
// block crossing it is the one being read, however long the answer.
const READING_LINE = '-25% 0px -74% 0px';

/**
 * The id of the block being read, among the elements with the given ids
 * (whole question-and-answer blocks, not just headings). `ids` must keep its
 * identity between renders.
 */
export function useScrollSpy(ids: readonly string[]): string | undefined {
  const [current, setCurrent] = useState<string>();

  useEffect(() => {
    const crossing = new Set<string>();
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) crossing.add(entry.target.id);
          else crossing.delete(entry.target.id);
        }
        const first = ids.find((id) => crossing.has(id));
        if (first !== undefined) {
          setCurrent(first);
          return;
        }
        // Between blocks the last one read stays current, unless the reader is
        // back above the first block.
        const top = ids[0] === undefined ? null : document.getElementById(ids[0]);
        if (top && top.getBoundingClientRect().top > window.innerHeight / 4) setCurrent(undefined);
      },
      { rootMargin: READING_LINE },
    );
    for (const id of ids) {
      const element = document.getElementById(id);
      if (element) observer.observe(element);
    }
    return () => observer.disconnect();
  }, [ids]);

  return current;
}
