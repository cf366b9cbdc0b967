import { escapeRegExp } from './escape-regexp';
import type { NoiseReason } from './noise';
import type { SourceParagraph } from './paragraphs';

// A site's, blog's or magazine's name: two to four capitalised words, no digits ("Bench Notes",
// "Procurement Today Magazine", "Diario del Atlántico"); one word may be a rubric ("Müsahibə").
const NAME =
  /^\p{Lu}[\p{L}’'&.-]*(?:\s+(?:\p{Lu}[\p{L}’'&.-]*|of|the|and|for|on|de|del|la|el|y|di|du|des)){1,3}$/u;
// A section word under it: "Blog", "Sociedad".
const SECTION = /^\p{Lu}\p{Ll}{1,14}$/u;
// The headline: four to sixteen words, a capital or a quote first; it closes no sentence, unless
// it is all one quotation.
const HEADLINE = /^[\p{Lu}"“«„‘'\d]/u;
const MENU = /^\p{Lu}[\p{L}&]*(?:(?:\s*[|·•/]\s*|\s+)\p{Lu}[\p{L}&]*){2,}$/u;
const SHARE =
  /\b(?:share|facebook|twitter|email|e-mail|whatsapp|linkedin|print|tweet|pinterest|reddit)\b/iu;
const QUOTED = /^["“«„].{10,}["”»“]$/u;

/**
 * A site's name on the first line above the real headline, a section word between or the page a
 * WordPress blog's: "Bench Notes" / "Science questions from 10 year olds part 2 #IASUK", "Found
 * Storytellers" / "Episode 103b – Martin Pell – Podcasting". The name is furniture; the headline
 * titles the page. Not where the headline closes a sentence (a short headline over its
 * standfirst, "Talking Tariffs" / "The minister on ports."), nor over a role ("Science Writer,
 * Hollis Medical News"), nor where a word of the first line comes back on the page (a guest's
 * name, said again in the headline or the lead).
 */
export function siteNameAbove(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, NoiseReason>,
): number[] {
  const kept = paragraphs.filter((p) => !noise.has(p.index));
  const [top, second, third] = kept;
  if (!top || !second || !NAME.test(top.text) || top.text.length > 40) return [];
  const section = SECTION.test(second.text) ? second : undefined;
  const headline = section ? third : second;
  // A news page sets its headline over a standfirst just so ("Winter Is Coming" / "The grid
  // operator on the cold months ahead"): only a section word between, or WordPress's sharing
  // lines (a blog's or a podcast's site title), say the first line is the site's.
  const wordpress =
    paragraphs.some((p) => /^share this:?$/iu.test(p.text)) &&
    paragraphs.some((p) => /^like this:?$/iu.test(p.text));
  // A menu dropped between them, every word a capitalised link ("Home About Readings Contact"):
  // a site's masthead over its menu, as sharing buttons ("Facebook Twitter Email") are not.
  const menu = paragraphs
    .slice(paragraphs.indexOf(top) + 1, headline ? paragraphs.indexOf(headline) : 0)
    .some(
      (p) => noise.get(p.index) === 'page furniture' && MENU.test(p.text) && !SHARE.test(p.text),
    );
  if (!headline || !(section || wordpress || menu)) return [];
  const words = headline.text.split(/\s+/u).length;
  const nameWords = top.text.split(/\s+/u).length;
  const closes = /[.!?;:,…]$/u.test(headline.text) && !QUOTED.test(headline.text);
  // A role and where it is held, under a person's name: "Science Writer, Hollis Medical News".
  const role = /^[^,:–—]{3,40}, [^,:–—]{3,60}$/u.test(headline.text);
  if (
    !HEADLINE.test(headline.text) ||
    words < 4 ||
    words > 16 ||
    words < nameWords + 2 ||
    headline.text.length > 140 ||
    closes ||
    role
  )
    return [];
  // Any of its words of four letters or more, as a word: "Dana" of "Dana Whitcombe-Ross".
  const rest = kept
    .slice(1)
    .map((p) => p.text)
    .join('\n');
  const again = top.text
    .split(/\s+/u)
    .filter((w) => w.length >= 4)
    .some((w) => new RegExp(`(?<!\\p{L})${escapeRegExp(w)}(?!\\p{L})`, 'u').test(rest));
  if (again) return [];
  return section ? [top.index, section.index] : [top.index];
}
