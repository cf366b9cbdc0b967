// The publication a page's masthead names, where nothing else on the page does: its first line,
// already dropped as furniture, when the page vouches that it is the site's name and no menu word
// or person's name (which a first line also is: "Home", "Nora Whitfield").
import { isMenuWord } from './furniture';
import type { NoiseReason } from './noise';
import { BLOGGER_MARK } from './noise';
import type { SourceParagraph } from './paragraphs';

// A coined word, a capital or a digit inside it: "Regió7", "SemprEQ", "AulaNews".
const COINED = /^\p{Lu}\p{Ll}+[\p{Lu}\d][\p{L}\d]*$/u;
// An acronym: "NOS".
const ACRONYM = /^\p{Lu}{2,5}$/u;
// A blog's name: six words at most, closing no sentence.
const BLOG_NAME = /^\p{L}[^.!?:;|]{1,39}$/u;

/**
 * The first line as the publication: a coined word the page says again ("Regió7" in the
 * standfirst), an acronym over a menu of three one-word lines ("NOS" / "Nieuws" / "Sport" / …),
 * or, on a page Blogger's footer marks, the blog's name over the post's date line.
 */
export function mastheadName(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
): string | undefined {
  const [top] = paragraphs;
  if (!top || noise.get(top.index) !== 'page furniture' || isMenuWord(top.text)) return undefined;
  const name = top.text;
  const dropped = (i: number) => noise.has(paragraphs[i]?.index ?? -1);
  if (COINED.test(name)) {
    const again = new RegExp(`(?<![\\p{L}\\d])${name}(?![\\p{L}\\d])`, 'u');
    return paragraphs.slice(1).some((p) => again.test(p.text)) ? name : undefined;
  }
  if (ACRONYM.test(name))
    return [1, 2, 3].every((i) => dropped(i) && !/\s/u.test(paragraphs[i]?.text ?? ''))
      ? name
      : undefined;
  const blog =
    BLOG_NAME.test(name) &&
    name.split(' ').length <= 6 &&
    [1, 2, 3, 4].some((i) => noise.get(paragraphs[i]?.index ?? -1) === 'date line') &&
    paragraphs.some((p) => BLOGGER_MARK.test(p.text));
  return blog ? name : undefined;
}
