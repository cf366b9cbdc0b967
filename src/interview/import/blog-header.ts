// A blog's header over its dated post: the blog's name and the lines a theme sets under it (a
// tagline, an epigraph and its author, a description), then the post's date and its title.
import type { SourceParagraph } from './paragraphs';
import { endsQuestion, isHeadingLike } from './structure';

/**
 * The header's lines, on a page Blogger's footer marks (`marked`): the first line not dropped is
 * the blog's name (six words at most, closing no sentence), one to three lines under it (none
 * asking, none over 150 characters), then a line already dropped as a date line, then the post's
 * title (a heading) — "Τα νέα του σχολείου μας" / "Μια ματιά …" / "Τρίτη 12 Ιουνίου 2018" /
 * "Συνέντευξη με …", or a Romanian circle's name, its epigraph, the epigraph's author and its
 * description over "vineri, 27 aprilie 2007". A news page's headline and standfirst over its date
 * stay: its first paragraph, under the date, is no title.
 */
export function blogHeaderOverPost(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, string>,
  marked: boolean,
): number[] {
  if (!marked) return [];
  const top = paragraphs.findIndex((p) => !noise.has(p.index));
  const name = paragraphs[top]?.text ?? '';
  if (top < 0 || name.split(' ').length > 6 || /[.!?:;]$/u.test(name)) return [];
  for (let date = top + 2; date <= top + 4; date += 1) {
    const at = paragraphs[date];
    if (!at || noise.get(at.index) !== 'date line') continue;
    const under = paragraphs.slice(top + 1, date);
    const title = paragraphs[date + 1]?.text ?? '';
    const header = under.every(
      (p) => !noise.has(p.index) && p.text.length <= 150 && !endsQuestion(p.text),
    );
    return header && isHeadingLike(title) && !endsQuestion(title)
      ? paragraphs.slice(top, date).map((p) => p.index)
      : [];
  }
  return [];
}
