// A headline in a script without capitals (Arabic, Hebrew, Thai, Chinese, Korean): no capital
// sets it apart from a lead's sentence, and past twenty characters the heading test refuses it
// ("الراشد في حوار الوداع: لو كان القرار بيدي لرحلت قبل عامين"). The page's layout does: the
// first line kept, closing no sentence, over the lead (a date or byline line between), the lead
// saying one of its words again.

import type { SourceParagraph } from './paragraphs';

// A sentence's close, in quotes too: a lead's first sentence, not a headline.
const CLOSES = /[.!?;:,…。！？؟،、][”"’'»」』)]*$/u;
// Scripts written without spaces, where two characters make a word: "城市", "耐心".
const DENSE = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]{2,}$/u;

/** The words of four letters or more (two in Chinese or Japanese): "الراشد", "בישראל", "คำถาม". */
function words(text: string): Set<string> {
  const found = new Set<string>();
  for (const s of new Intl.Segmenter(undefined, { granularity: 'word' }).segment(text))
    if (s.isWordLike && (s.segment.length >= 4 || DENSE.test(s.segment))) found.add(s.segment);
  return found;
}

/**
 * Where the headline is, from `first` on: the first line kept, in a script without capitals, of
 * 100 characters and 16 words at most closing no sentence, over a lead twice as long that says
 * one of its words again; the lines between (a date, a byline) each shorter than it. A lead's sentence closes, or runs longer, or is the lead.
 */
export function caselessHeadline(
  paragraphs: readonly SourceParagraph[],
  first: number,
  dropped: (p: SourceParagraph) => boolean,
): number | undefined {
  const kept = paragraphs.slice(first).filter((p) => !dropped(p));
  const [top, ...rest] = kept;
  if (
    !top ||
    !/^\p{Lo}/u.test(top.text) ||
    top.text.length > 100 ||
    top.text.split(/\s+/u).length > 16 ||
    CLOSES.test(top.text)
  )
    return undefined;
  const at = rest.slice(0, 3).findIndex((p) => p.text.length >= 2 * top.text.length);
  const lead = rest[at];
  if (!lead || rest.slice(0, at).some((p) => p.text.length >= top.text.length)) return undefined;
  const again = words(lead.text);
  return [...words(top.text)].some((w) => again.has(w)) ? paragraphs.indexOf(top) : undefined;
}
