import type { ExcerptPart } from '../search-hits';

/** A search excerpt as text with its matches marked, in the reader's search colour. */
export function ExcerptText({ parts }: { parts: readonly ExcerptPart[] }) {
  return parts.map((part, i) =>
    part.marked ? (
      <mark
        key={i}
        className="rounded-sm bg-sky-200 text-stone-950 dark:bg-sky-400/40 dark:text-white"
      >
        {part.text}
      </mark>
    ) : (
      <span key={i}>{part.text}</span>
    ),
  );
}
