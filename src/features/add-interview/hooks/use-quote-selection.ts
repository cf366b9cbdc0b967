import { useCallback, useEffect, useState, type RefObject } from 'react';
import { snapToWords } from '../../../interview/text-fragment';
import { followSelection } from '../../../lib/follow-selection';

/** Words selected in one answer paragraph of the review, widened to whole words. */
export type QuoteSelection = { blockId: string; text: string };

/** Marks an answer paragraph whose words can be selected as a key quote (its value: the block id). */
export const QUOTE_BLOCK_ATTRIBUTE = 'data-quote-block';
/** Marks the button that marks the selection, so pressing it keeps the selection. */
export const QUOTE_MENU_ATTRIBUTE = 'data-quote-menu';

/** Characters of `paragraph` before a DOM position inside it. */
function offsetIn(paragraph: HTMLElement, node: Node, offset: number): number {
  const before = document.createRange();
  before.selectNodeContents(paragraph);
  before.setEnd(node, offset);
  return before.toString().length;
}

function readSelection(root: HTMLElement): QuoteSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  const startNode = range.startContainer;
  const startElement = startNode instanceof Element ? startNode : startNode.parentElement;
  const paragraph = startElement?.closest<HTMLElement>(`[${QUOTE_BLOCK_ATTRIBUTE}]`);
  const blockId = paragraph?.getAttribute(QUOTE_BLOCK_ATTRIBUTE);
  if (!paragraph || !blockId || !root.contains(paragraph)) return null;
  // A quote lies in one paragraph: a selection running on is cut at its end.
  const text = paragraph.textContent ?? '';
  const from = offsetIn(paragraph, startNode, range.startOffset);
  const to = paragraph.contains(range.endContainer)
    ? offsetIn(paragraph, range.endContainer, range.endOffset)
    : text.length;
  const span = snapToWords(text, from, to);
  if (span.end - span.start < 2) return null;
  return { blockId, text: text.slice(span.start, span.end) };
}

/**
 * Follows the text selected (by mouse, finger or keyboard) in the answer
 * paragraphs under `root`. While a pointer is still selecting nothing is
 * offered, so the button never appears under a dragging finger; pressing the
 * button itself keeps the selection it acts on.
 */
export function useQuoteSelection(root: RefObject<HTMLElement | null>) {
  const [selection, setSelection] = useState<QuoteSelection | null>(null);

  useEffect(
    () =>
      followSelection(QUOTE_MENU_ATTRIBUTE, () => {
        if (!root.current) return;
        const next = readSelection(root.current);
        const inMenu = document.activeElement?.closest(`[${QUOTE_MENU_ATTRIBUTE}]`);
        if (next || !inMenu) setSelection(next);
      }),
    [root],
  );

  // The same function at each render: the editor's paragraph cards, drawn again only when their
  // own props change, take it.
  const clear = useCallback(() => {
    document.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);
  return { selection, clear };
}
