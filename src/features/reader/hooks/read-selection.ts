// Loaded on the first selection (use-passage-selection.ts): a first view does not need it.
import { joinedOffset } from '../../../interview/passages';
import { snapToWords } from '../../../interview/text-fragment';

/** Text the reader selected inside one answer, as a range of the answer's joined text. */
export type PassageSelection = {
  questionId: string;
  start: number;
  end: number;
  /** The paragraph the selection ends in, where its menu appears, and where in it. */
  paragraph: number;
  top: number;
  left: number;
};

function answerParagraphs(root: HTMLElement, questionId: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(`[data-answer="${CSS.escape(questionId)}"]`)];
}

/** Characters of `paragraph` before a DOM position inside it. */
function offsetIn(paragraph: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(paragraph);
  before.setEnd(node, offset);
  return before.toString().length;
}

export function readSelection(
  root: HTMLElement,
  answers: ReadonlyMap<string, readonly string[]>,
): PassageSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const start = range.startContainer.parentElement?.closest<HTMLElement>('[data-answer]');
  const questionId = start?.dataset.answer;
  const paragraphs = questionId === undefined ? undefined : answers.get(questionId);
  if (!start || !questionId || !paragraphs || !root.contains(start)) return null;
  // A triple click ends the range at the start of the next block: keep only this answer's paragraphs.
  const touched = answerParagraphs(root, questionId).filter((p) => range.intersectsNode(p));
  const last = touched.at(-1);
  if (!last) return null;
  const index = (p: HTMLElement) => Number(p.dataset.paragraph ?? 0);
  const endsInside = last.contains(range.endContainer);
  const from = joinedOffset(
    paragraphs,
    index(start),
    offsetIn(start, range.startContainer, range.startOffset),
  );
  const to = joinedOffset(
    paragraphs,
    index(last),
    endsInside
      ? offsetIn(last, range.endContainer, range.endOffset)
      : (paragraphs[index(last)] ?? '').length,
  );
  const span = snapToWords(paragraphs.join('\n'), from, to);
  if (span.end <= span.start) return null;
  const wrapper = last.parentElement?.getBoundingClientRect();
  const rects = [...range.getClientRects()].filter(
    (r) => r.width > 0 && last.getBoundingClientRect().bottom >= r.bottom - 1,
  );
  const end = rects.at(-1) ?? last.getBoundingClientRect();
  return {
    questionId,
    ...span,
    paragraph: index(last),
    top: end.bottom - (wrapper?.top ?? 0) + 6,
    left: Math.max(0, end.left - (wrapper?.left ?? 0)),
  };
}
