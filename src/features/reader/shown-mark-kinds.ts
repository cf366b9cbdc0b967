import type { MarkRange } from '../../interview/highlight';
import { INTRO } from './reader-view';

/** The kinds of highlight, in the legend's order. */
export const MARK_KINDS = ['key-quote', 'passage', 'search', 'search-current'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

type ShownText = {
  /** The sections on show, each with its questions. */
  sections: readonly { questions: readonly { id: string }[] }[];
  /** Each question's key quotes, by answer paragraph. */
  keyQuoteRanges: ReadonlyMap<string, readonly (readonly MarkRange[])[]>;
  /** Search and passage marks by question id (or the intro's), then by paragraph key. */
  marks: ReadonlyMap<string, ReadonlyMap<string, readonly MarkRange[]>>;
  /** Whether a question's answer is on show (discussion mode hides them). */
  answerShown: (questionId: string) => boolean;
};

/**
 * The kinds of highlight the text on show has, in the legend's order: what
 * the legend names. Marks in a hidden answer (discussion mode) are not shown.
 * Derived from the marks rather than found in the page by a stylesheet's
 * `:has()`, which made every change of mark restyle the whole document.
 */
export function shownMarkKinds({
  sections,
  keyQuoteRanges,
  marks,
  answerShown,
}: ShownText): MarkKind[] {
  const found = new Set<string>();
  for (const ranges of marks.get(INTRO)?.values() ?? [])
    for (const range of ranges) found.add(range.kind);
  for (const section of sections)
    for (const { id } of section.questions) {
      const own = marks.get(id);
      const shown = answerShown(id);
      if (shown && keyQuoteRanges.get(id)?.some((ranges) => ranges.length > 0))
        found.add('key-quote');
      if (!own) continue;
      for (const [key, ranges] of own)
        if (shown || !key.startsWith('answer:')) for (const range of ranges) found.add(range.kind);
    }
  return MARK_KINDS.filter((kind) => found.has(kind));
}
