import type { Interview, Question } from './schema';
import { eachSentence } from './sentences';
import { textRuns } from './text-runs';

/** A question as the index lists it. */
export type OutlineQuestion = {
  id: string;
  sectionId: string;
  /** 1-based position in the whole interview. */
  number: number;
  /** What the index shows: the question's first sentence that asks something. */
  title: string;
};

/** A topic section as the index lists it. */
export type OutlineSection = {
  id: string;
  label: string;
  heading: string;
  questions: OutlineQuestion[];
};

/**
 * The most characters of a question the index shows. A question that never
 * ends a sentence (no full stop in 20,000 characters) is cut short there,
 * after a word where it can be, and ends with "…": the question itself is
 * shown whole in the text.
 */
export const TITLE_LENGTH = 200;

/**
 * The sentence that stands for a question in the index: the first one that
 * asks, else the first one. Read sentence by sentence and no further than
 * that: every question of an interview is titled in the reader's first render
 * (2,000 in `npm run bench`'s long interview), where segmenting each question
 * whole was most of its model's time.
 */
export function questionTitle(question: Question): string {
  let first: string | undefined;
  for (const paragraph of question.question) {
    for (const sentence of eachSentence(paragraph)) {
      if (sentence.endsWith('?')) return shortened(sentence);
      first ??= sentence;
    }
  }
  return shortened(first ?? '');
}

/** A title as the index shows it: whole up to TITLE_LENGTH, else cut after a word with "…". */
function shortened(title: string): string {
  if (title.length <= TITLE_LENGTH) return title;
  return `${textRuns(title, 0, title.length, TITLE_LENGTH - 1)[0]?.trimEnd()}…`;
}

/** The interview's sections and questions, in order, as the question index shows them. */
export function buildOutline(interview: Interview): OutlineSection[] {
  let number = 0;
  return interview.sections.map((section) => ({
    id: section.id,
    label: section.label,
    heading: section.heading,
    questions: section.questions.map((question) => ({
      id: question.id,
      sectionId: section.id,
      number: (number += 1),
      title: questionTitle(question),
    })),
  }));
}
