import { useEffect, useState, type RefObject } from 'react';
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

/** Marks the element that holds the selection menu, so focus inside it keeps the selection. */
export const SELECTION_MENU_ATTRIBUTE = 'data-selection-menu';

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

function readSelection(
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

/**
 * Follows the reader's text selection (mouse, touch or keyboard) inside the
 * answers under `root`. Focus moving into the selection's menu keeps it, so
 * keyboard users can reach the menu.
 */
export function usePassageSelection(
  root: RefObject<HTMLElement | null>,
  answers: ReadonlyMap<string, readonly string[]>,
) {
  const [selection, setSelection] = useState<PassageSelection | null>(null);

  useEffect(() => {
    // While a mouse or finger is still selecting, a menu under the pointer
    // would catch the drag: it appears once the pointer is up.
    let pointerDown = false;
    const update = () => {
      if (!root.current || pointerDown) return;
      const next = readSelection(root.current, answers);
      const inMenu = document.activeElement?.closest(`[${SELECTION_MENU_ATTRIBUTE}]`);
      if (next || !inMenu) setSelection(next);
    };
    const onPointerDown = (event: PointerEvent) => {
      if (!(
        event.target instanceof Element && event.target.closest(`[${SELECTION_MENU_ATTRIBUTE}]`)
      )) {
        pointerDown = true;
      }
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      update();
    };
    document.addEventListener('selectionchange', update);
    document.addEventListener('pointerdown', onPointerDown, true);
    document.addEventListener('pointerup', onPointerUp, true);
    document.addEventListener('pointercancel', onPointerUp, true);
    return () => {
      document.removeEventListener('selectionchange', update);
      document.removeEventListener('pointerdown', onPointerDown, true);
      document.removeEventListener('pointerup', onPointerUp, true);
      document.removeEventListener('pointercancel', onPointerUp, true);
    };
  }, [root, answers]);

  return { selection, clear: () => setSelection(null) };
}
