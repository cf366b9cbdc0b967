import type { SourceParagraph } from './paragraphs';

// A Japanese page's pull quote: a guest's sentence in corner brackets, perhaps with whose it is
// after it ("「選手の人間味を伝えること、…少なくありません」(松岡さん)"), set between the
// paragraphs of a dialogue whose answer says it in full. The Latin pull-quote rule (noise.ts)
// looks for curly quotes only.
const QUOTE = /^[「『]([^「」『』]{20,300})[」』](?:[(（][^()（）]{1,20}[)）])?$/u;

/** The pull quotes' paragraph indexes: each said in full by another paragraph near it. */
export function japanesePullQuotes(paragraphs: readonly SourceParagraph[]): number[] {
  return paragraphs.flatMap((p, i) => {
    const quote = QUOTE.exec(p.text)?.[1];
    if (!quote) return [];
    const near = paragraphs.slice(Math.max(0, i - 9), i + 10);
    return near.some((o) => o !== p && o.text.includes(quote)) ? [p.index] : [];
  });
}
