import type { Interview, Section } from './schema';

// A common figure for adult silent reading of non-fiction.
const WORDS_PER_MINUTE = 230;

/** The number of words in a text, counting runs of letters or digits joined by apostrophes or hyphens as one. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

function wordsIn(paragraphs: readonly string[]): number {
  return paragraphs.reduce((sum, paragraph) => sum + countWords(paragraph), 0);
}

/**
 * The words of each part a reader reads: the intro, each section's questions and answers, and
 * each answer on its own (with its section), which discussion mode may hide.
 */
export type WordCounts = {
  intro: number;
  sections: ReadonlyMap<string, number>;
  answers: ReadonlyMap<string, { sectionId: string; words: number }>;
};

/** Counts the words of an interview once, by part, so any choice of sections is a sum. */
export function wordCounts(interview: Interview): WordCounts {
  return {
    intro: wordsIn(interview.intro),
    sections: new Map(
      interview.sections.map((section: Section) => [
        section.id,
        wordsIn(section.questions.flatMap((q) => [...q.question, ...q.answer])),
      ]),
    ),
    answers: new Map(
      interview.sections.flatMap((section) =>
        section.questions.map((q) => [q.id, { sectionId: section.id, words: wordsIn(q.answer) }]),
      ),
    ),
  };
}

/**
 * Whole minutes a reader needs, at least one: for the whole interview, or
 * for the intro and the given sections (a lesson showing some of them),
 * less the answers hidden (discussion mode, until each is revealed).
 */
export function readingMinutes(
  counts: WordCounts,
  sectionIds?: Iterable<string>,
  answerHidden: (questionId: string) => boolean = () => false,
): number {
  const chosen = new Set(sectionIds ?? counts.sections.keys());
  let words = counts.intro;
  for (const id of chosen) words += counts.sections.get(id) ?? 0;
  for (const [questionId, answer] of counts.answers)
    if (chosen.has(answer.sectionId) && answerHidden(questionId)) words -= answer.words;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
