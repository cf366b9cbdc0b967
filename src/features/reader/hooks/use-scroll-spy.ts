import { useEffect, useState } from 'react';
import { onScrollFrame } from '../../../lib/on-scroll-frame';

// The reading line: a thin band a quarter of the way down the viewport. The
// block crossing it is the one being read, however long the answer.
const READING_LINE = '-25% 0px -74% 0px';

/** A section's id and its questions' ids, as the reader shows them. */
export type SpiedSection = { id: string; questions: readonly { id: string }[] };

/** The section and the question crossing the reading line (or last crossed). */
export type Spied = { sectionId: string | undefined; questionId: string | undefined };

/**
 * The section and question being read, among the elements with the given
 * sections' and questions' ids (whole sections and question-and-answer blocks,
 * not just headings). One observer watches the sections and only the questions
 * of the section being read: on a 2,000-question interview it has about 120
 * targets, not 2,020, and the browser checks each target at every frame.
 * Between blocks the last one read stays current, unless the reader is back
 * above the first section. `sections` must keep its identity between renders.
 */
export function useScrollSpy(sections: readonly SpiedSection[]): Spied {
  const [spied, setSpied] = useState<Spied>({ sectionId: undefined, questionId: undefined });

  useEffect(() => {
    const crossing = new Set<string>();
    let section: SpiedSection | undefined;
    let watched: Element[] = [];
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (entry.isIntersecting) crossing.add(entry.target.id);
          else crossing.delete(entry.target.id);
        }
        const next =
          sections.find((s) => crossing.has(s.id)) ?? (aboveFirst() ? undefined : section);
        if (next !== section) {
          for (const element of watched) {
            observer.unobserve(element);
            crossing.delete(element.id);
          }
          section = next;
          watched = elements(next?.questions ?? []);
          for (const element of watched) observer.observe(element);
          // Each question now watched is reported in the next frame: the position
          // changes then, section and question together.
          if (watched.length > 0) return;
        }
        const sectionId = section?.id;
        const questionId = section?.questions.find((q) => crossing.has(q.id))?.id;
        setSpied((previous) =>
          questionId !== undefined
            ? { sectionId, questionId }
            : previous.sectionId === sectionId
              ? previous
              : { sectionId, questionId: undefined },
        );
      },
      { rootMargin: READING_LINE },
    );
    const aboveFirst = () => {
      const first = sections[0] && document.getElementById(sections[0].id);
      return !first || first.getBoundingClientRect().top > window.innerHeight / 4;
    };
    for (const element of elements(sections)) observer.observe(element);
    return () => observer.disconnect();
  }, [sections]);

  const atEnd = useAtPageEnd();
  const last = sections.at(-1);
  // At the page's end the last question is being read, though it may never reach the reading
  // line: a link to a last question with a short answer lands there, and the bar and the index
  // named the question before it, under the one the link highlighted.
  return atEnd && last ? { sectionId: last.id, questionId: last.questions.at(-1)?.id } : spied;
}

/** Whether a page taller than the screen is scrolled to its end; checked once a frame while it scrolls. */
function useAtPageEnd(): boolean {
  const [atEnd, setAtEnd] = useState(false);
  useEffect(
    () =>
      onScrollFrame(() => {
        const end = document.documentElement.scrollHeight - window.innerHeight;
        setAtEnd(end > 0 && window.scrollY >= end - 1);
      }),
    [],
  );
  return atEnd;
}

function elements(blocks: readonly { id: string }[]): Element[] {
  return blocks.flatMap(({ id }) => document.getElementById(id) ?? []);
}
