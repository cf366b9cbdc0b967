import type { ReactNode } from 'react';
import { nestMarks, toChunks, type MarkNode, type MarkRange } from '../../../interview/highlight';
import { textRuns } from '../../../interview/text-runs';
import { MARK_LAYERS, MARK_STYLES } from './mark-styles';

function render(text: string, nodes: readonly MarkNode[]): ReactNode[] {
  return nodes.map((node) =>
    node.mark ? (
      <mark
        key={node.start}
        // A range's id names its first part, so links can point at it.
        id={node.first ? node.mark.id : undefined}
        data-kind={node.mark.kind}
        className={MARK_STYLES[node.mark.kind]}
      >
        {render(text, node.children)}
      </mark>
    ) : (
      textRuns(text, node.start, node.end)
    ),
  );
}

/**
 * A paragraph's text with its ranges in <mark>s, nested so that each stays
 * one continuous run where it can (a shared passage across a key quote is
 * one underline, not boxes); text only, never HTML. A very long text is
 * rendered in runs the browser's HTML parser keeps whole (see textRuns).
 */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly MarkRange[] }) {
  if (ranges.length === 0) return textRuns(text);
  return render(text, nestMarks(toChunks(text.length, ranges), MARK_LAYERS));
}
