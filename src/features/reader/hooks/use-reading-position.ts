import { useMemo } from 'react';
import type { Section } from '../../../interview/schema';
import { useScrollSpy } from './use-scroll-spy';

/** Where the reader is: what the phone's bar names, and the question the index marks. */
export type ReadingPosition = {
  /** The question being read, as the question index marks it. */
  questionId: string | undefined;
  /** The section being read and the question's number among those shown, for the bar. */
  reading: { sectionLabel: string; questionNumber: number | undefined } | undefined;
};

/**
 * The section and question being read, among those shown (`sections`, with
 * `sectionOf` giving each question's section). While a section's heading is
 * being read, its first question counts.
 */
export function useReadingPosition(
  sections: readonly Section[],
  sectionOf: ReadonlyMap<string, string>,
): ReadingPosition {
  const questionIds = useMemo(
    () => sections.flatMap((s) => s.questions.map((q) => q.id)),
    [sections],
  );
  const { sectionId, questionId: spied } = useScrollSpy(sections);
  return useMemo(() => {
    const section = sections.find((s) => s.id === sectionId);
    if (!section) return { questionId: spied, reading: undefined };
    const question =
      spied !== undefined && sectionOf.get(spied) === section.id ? spied : section.questions[0]?.id;
    // The index marks the question the bar names: on a section's heading (a section link on a
    // phone), the bar said "Question 3 of 5" and the index marked none.
    return {
      questionId: question,
      reading: {
        sectionLabel: section.label,
        questionNumber: question === undefined ? undefined : questionIds.indexOf(question) + 1,
      },
    };
  }, [sections, sectionId, spied, sectionOf, questionIds]);
}
