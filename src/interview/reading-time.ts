import type { Interview } from './schema';

// A common figure for adult silent reading of non-fiction.
const WORDS_PER_MINUTE = 230;

/** The number of words in a text, counting runs of letters or digits joined by apostrophes or hyphens as one. */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Every paragraph a reader reads, in reading order. */
function readableText(interview: Interview): string[] {
  return [
    ...interview.intro,
    ...interview.sections.flatMap((section) =>
      section.questions.flatMap((q) => [...q.question, ...q.answer]),
    ),
  ];
}

/** Whole minutes a reader needs for the interview, at least one. */
export function readingMinutes(interview: Interview): number {
  const words = readableText(interview).reduce((sum, paragraph) => sum + countWords(paragraph), 0);
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
