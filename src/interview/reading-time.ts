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

/** The words of each part a reader reads: the intro, and each section's questions and answers. */
export type WordCounts = { intro: number; sections: ReadonlyMap<string, number> };

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
  };
}

/**
 * Whole minutes a reader needs, at least one: for the whole interview, or
 * for the intro and the given sections (a lesson showing some of them).
 */
export function readingMinutes(counts: WordCounts, sectionIds?: Iterable<string>): number {
  let words = counts.intro;
  for (const id of sectionIds ?? counts.sections.keys()) words += counts.sections.get(id) ?? 0;
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
