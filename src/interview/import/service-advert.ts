import type { SourceParagraph } from './paragraphs';

// A service's call to try it: "Try Rev and save time transcribing …", "Try Otter for free".
const TRY_SERVICE = /^Try \p{Lu}[\p{L}\d.]*(?: \p{Lu}[\p{L}\d.]*)? (?:and|for|free|now|today)\b/u;
// Its heading: a few capitalised words, no stop ("Transcribe Your Own Content").
const HEADING = /^\p{Lu}\p{L}*(?: \p{Lu}\p{L}*){1,5}$/u;

/**
 * A transcription or software service's advert on its own blog, set before the first question:
 * the "Try NAME and …" line and the heading just above it. After a question such a line is an
 * answer's ("Try Bergen and you will see."), and on the first line a headline's.
 */
export function serviceAdverts(paragraphs: readonly SourceParagraph[]): number[] {
  const firstAsk = paragraphs.findIndex((p) => /[?？؟][”"’')]*$/u.test(p.text));
  const before = firstAsk < 0 ? [] : paragraphs.slice(0, firstAsk);
  return before.flatMap((p, i) => {
    // The page's first line is its headline ("Try Harder for Gold: …"), never the advert.
    if (i === 0 || !TRY_SERVICE.test(p.text)) return [];
    const heading = before[i - 1];
    return heading && HEADING.test(heading.text) ? [heading.index, p.index] : [p.index];
  });
}
