import { anchorIndex, type Anchor } from '../../interview/anchors';
import { passagesByParagraph, type MarkRange } from '../../interview/highlight';
import { buildOutline, type OutlineSection } from '../../interview/outline';
import { answerTexts } from '../../interview/passages';
import type { Interview, KeyQuote, Person, Question } from '../../interview/schema';
import type { PassageText } from '../../interview/text-fragment';

/** A speaker and which side of the interview they are on. */
export type Speaker = Person & { side: 'interviewer' | 'interviewee' };

/** Everything the reader derives from an interview once, not on every render. */
export type ReaderModel = {
  outline: OutlineSection[];
  anchors: Map<string, Anchor>;
  questionIds: string[];
  /** 1-based position of each question in the whole interview. */
  questionNumbers: Map<string, number>;
  speakers: Map<string, Speaker>;
  /** Key-quote ranges per question id, per answer paragraph. */
  keyQuoteRanges: Map<string, MarkRange[][]>;
  sectionOfQuestion: Map<string, string>;
  questions: Map<string, Question>;
  /** Each answer as one text, kept so passages are looked for in texts folded once. */
  answerTexts: PassageText[];
};

/** Builds the reader's view of an interview. */
export function buildReaderModel(interview: Interview): ReaderModel {
  const outline = buildOutline(interview);
  const quotesByQuestion = new Map<string, KeyQuote[]>();
  for (const quote of interview.keyQuotes) {
    const quotes = quotesByQuestion.get(quote.questionId);
    if (quotes) quotes.push(quote);
    else quotesByQuestion.set(quote.questionId, [quote]);
  }
  const questions = interview.sections.flatMap((section) =>
    section.questions.map((question) => ({ question, sectionId: section.id })),
  );
  return {
    outline,
    anchors: anchorIndex(interview),
    questionIds: questions.map(({ question }) => question.id),
    questionNumbers: new Map(outline.flatMap((s) => s.questions.map((q) => [q.id, q.number]))),
    speakers: new Map<string, Speaker>([
      ...interview.people.interviewers.map((p): [string, Speaker] => [
        p.id,
        { ...p, side: 'interviewer' },
      ]),
      ...interview.people.interviewees.map((p): [string, Speaker] => [
        p.id,
        { ...p, side: 'interviewee' },
      ]),
    ]),
    keyQuoteRanges: new Map(
      questions.map(({ question }) => [
        question.id,
        passagesByParagraph(question.answer, quotesByQuestion.get(question.id) ?? [], 'key-quote'),
      ]),
    ),
    sectionOfQuestion: new Map(
      questions.map(({ question, sectionId }) => [question.id, sectionId]),
    ),
    questions: new Map(questions.map(({ question }) => [question.id, question])),
    answerTexts: answerTexts(interview),
  };
}
