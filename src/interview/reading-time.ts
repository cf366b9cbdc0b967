import type { Interview } from './schema';

// A common figure for adult silent reading of non-fiction.
const WORDS_PER_MINUTE = 230;

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The number of words in a text, counting runs of letters or digits joined by apostrophes,
 * hyphens or full stops as one ("Kyiv’s", "2.5-tonne"): as many as the Unicode pattern
 * `[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*` matches. Counted character by character, with no
 * array of matches: the reader counts a whole interview as it hydrates, and on the
 * 2,000-question interview `text.match(…).length` was most of hydration's longest task
 * (docs/measurements.md, session 32).
 */
export function countWords(text: string): number {
  let words = 0;
  // 0 between words, 1 in a word, 2 on a joiner right after a word.
  let state = 0;
  for (let i = 0; i < text.length;) {
    const code = text.codePointAt(i) ?? 0;
    i += code > 0xffff ? 2 : 1;
    const lower = code | 32;
    if (
      code < 128
        ? (code >= 48 && code <= 57) || (lower >= 97 && lower <= 122)
        : LETTER_OR_DIGIT.test(String.fromCodePoint(code))
    ) {
      if (state === 0) words += 1;
      state = 1;
    } else {
      state = state === 1 && (code === 39 || code === 0x2019 || code === 45 || code === 46) ? 2 : 0;
    }
  }
  return words;
}

// Paragraphs joined by a space: no word runs across one.
const wordsIn = (paragraphs: readonly string[]) => countWords(paragraphs.join(' '));

/**
 * The words of each part a reader reads: the intro, each section's questions and answers, and
 * each answer on its own (with its section), which discussion mode may hide.
 */
export type WordCounts = {
  intro: number;
  sections: ReadonlyMap<string, number>;
  answers: ReadonlyMap<string, { sectionId: string; words: number }>;
};

/** Counts the words of an interview once, by part, so any choice of sections is a sum (each paragraph counted once). */
export function wordCounts(interview: Interview): WordCounts {
  const sections = new Map<string, number>();
  const answers = new Map<string, { sectionId: string; words: number }>();
  for (const section of interview.sections) {
    let words = 0;
    for (const question of section.questions) {
      const answer = wordsIn(question.answer);
      answers.set(question.id, { sectionId: section.id, words: answer });
      words += wordsIn(question.question) + answer;
    }
    sections.set(section.id, words);
  }
  return { intro: wordsIn(interview.intro), sections, answers };
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
