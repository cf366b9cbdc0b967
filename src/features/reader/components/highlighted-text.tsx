import { toChunks, type MarkRange } from '../../../interview/highlight';

const markStyles: Record<string, string> = {
  'key-quote':
    'rounded-sm bg-amber-200/80 px-0.5 text-inherit dark:bg-amber-400/25 dark:text-amber-50',
  passage:
    'bg-emerald-200 text-inherit underline decoration-emerald-700 decoration-2 underline-offset-4 dark:bg-emerald-500/30 dark:text-emerald-50 dark:decoration-emerald-300',
  search: 'bg-sky-200 text-stone-950 dark:bg-sky-400/40 dark:text-white',
  'search-current':
    'bg-sky-700 text-white outline-2 outline-offset-1 outline-sky-700 dark:bg-sky-300 dark:text-stone-950 dark:outline-sky-300',
};

// Where marks overlap, the one most needed right now shows.
const PRIORITY = ['search-current', 'search', 'passage', 'key-quote'];

// A link's own target first, then a key quote, then the search.
const ID_PRIORITY = ['passage', 'key-quote', 'search-current'];

function strongest(marks: readonly MarkRange[]): string {
  return PRIORITY.find((kind) => marks.some((mark) => mark.kind === kind)) ?? '';
}

/** A paragraph's text with its ranges wrapped in <mark>; text only, never HTML. */
export function HighlightedText({ text, ranges }: { text: string; ranges: readonly MarkRange[] }) {
  if (ranges.length === 0) return text;
  return toChunks(text.length, ranges).map((chunk) => {
    const piece = text.slice(chunk.start, chunk.end);
    if (chunk.marks.length === 0) return <span key={chunk.start}>{piece}</span>;
    // A range with an id is named where it starts, so links can point at it.
    // One element has one id: the most urgent takes the mark, others an anchor inside it.
    const [first, ...more] = chunk.marks
      .filter((mark) => mark.id !== undefined && mark.start === chunk.start)
      .sort((a, b) => ID_PRIORITY.indexOf(a.kind) - ID_PRIORITY.indexOf(b.kind))
      .map((mark) => mark.id ?? '');
    return (
      <mark
        key={chunk.start}
        id={first}
        data-kind={chunk.marks.map((mark) => mark.kind).join(' ')}
        className={`scroll-mt-28 lg:scroll-mt-24 ${markStyles[strongest(chunk.marks)] ?? ''}`}
      >
        {more.map((id) => (
          <span key={id} id={id} className="scroll-mt-28 lg:scroll-mt-24" />
        ))}
        {piece}
      </mark>
    );
  });
}
