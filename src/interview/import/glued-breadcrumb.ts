import type { SourceParagraph } from './paragraphs';

// Where a breadcrumb's links and the page's title are copied without spaces between them, one
// word runs into the next: a lower-case letter straight before a capital ("BlogTranscripts").
const GLUED = /\p{Ll}\p{Lu}/gu;

/**
 * A breadcrumb copied as one run of words, the page's title at its end: "RevBlogTranscripts
 * Sports Press Conference TranscriptsLars Erik Haugland Post Match …" under that title. Two
 * joins or more before the title, and the title glued to the last item. Among the page's first
 * ten lines only, where a breadcrumb stands (and a long page is not compared line by line).
 */
export function gluedBreadcrumbs(paragraphs: readonly SourceParagraph[]): number[] {
  const top = paragraphs.slice(0, 10);
  return top.flatMap((p) => {
    const title = top.find(
      (q) =>
        q !== p && q.text.length >= 20 && p.text.length > q.text.length && p.text.endsWith(q.text),
    );
    if (!title) return [];
    const before = p.text.slice(0, -title.text.length);
    const joins = `${before}${title.text.charAt(0)}`.match(GLUED)?.length ?? 0;
    return /\p{L}$/u.test(before) && joins >= 2 ? [p.index] : [];
  });
}
