import type { Interview } from './schema';
import type { PassageText } from './text-fragment';

// Answers are matched as one text, paragraphs joined by a line break (which
// matching folds to a space, as a browser treats a block boundary).
const JOIN = '\n';

/** Each answer as one text a passage can be found in, keyed by question id. */
export function answerTexts(interview: Interview): PassageText[] {
  return interview.sections.flatMap((s) =>
    s.questions.map((q) => ({ key: q.id, text: q.answer.join(JOIN) })),
  );
}

/** Paragraphs as one text a passage can be found in (a question's, as an answer's). */
export const joinedText = (paragraphs: readonly string[]) => paragraphs.join(JOIN);

/** A range within one paragraph. */
export type ParagraphRange = { paragraph: number; start: number; end: number };

/** A range of an answer's joined text, cut into the parts each paragraph holds. */
export function toParagraphRanges(
  paragraphs: readonly string[],
  start: number,
  end: number,
): ParagraphRange[] {
  const ranges: ParagraphRange[] = [];
  let offset = 0;
  paragraphs.forEach((text, paragraph) => {
    const from = Math.max(start - offset, 0);
    const to = Math.min(end - offset, text.length);
    if (from < to) ranges.push({ paragraph, start: from, end: to });
    offset += text.length + JOIN.length;
  });
  return ranges;
}

/** The offset in an answer's joined text of a position in one of its paragraphs. */
export function joinedOffset(
  paragraphs: readonly string[],
  paragraph: number,
  offset: number,
): number {
  return (
    paragraphs.slice(0, paragraph).reduce((sum, text) => sum + text.length + JOIN.length, 0) +
    offset
  );
}
