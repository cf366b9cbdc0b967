import type { Interview, Question } from './schema';
import { sentences } from './sentences';
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

/** The sentence that stands for a question in the index: the first one that asks, else the first one. */
export function questionTitle(question: Question): string {
  const all = question.question.flatMap(sentences);
  const title = all.find((sentence) => sentence.endsWith('?')) ?? all[0] ?? '';
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
