import { toChunks, type MarkRange } from '../../../interview/highlight';

const markStyles: Record<string, string> = {
  'key-quote':
    'rounded-sm bg-amber-200/80 px-0.5 text-inherit decoration-amber-600 dark:bg-amber-400/25 dark:text-amber-50',
};

/** A paragraph's text with its ranges wrapped in <mark>; text only, never HTML. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly MarkRange[] }) {
  if (ranges.length === 0) return text;
  return toChunks(text.length, ranges).map((chunk) => {
    const piece = text.slice(chunk.start, chunk.end);
    if (chunk.marks.length === 0) return <span key={chunk.start}>{piece}</span>;
    // The element that starts a range with an id carries it, so links can point at it.
    const anchor = chunk.marks.find((mark) => mark.id !== undefined && mark.start === chunk.start);
    return (
      <mark
        key={chunk.start}
        id={anchor?.id}
        tabIndex={anchor ? -1 : undefined}
        data-kind={chunk.marks.map((mark) => mark.kind).join(' ')}
        className={`scroll-mt-20 ${chunk.marks.map((mark) => markStyles[mark.kind] ?? '').join(' ')}`}
      >
        {piece}
      </mark>
    );
  });
}
