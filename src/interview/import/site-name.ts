// A site's name over the page's headline. The first line a page copied from a site often gives
// is the site's, blog's or magazine's name, not the headline; where the page vouches for that (a
// section word or a menu beside it, a WordPress page, the same words again), the name is
// furniture and the heading-like line under it titles the page. Read twice, as each voucher is
// known: findNoise drops a name over a section word, on a WordPress page or over a dropped menu
// (siteNameAbove, before the questions are found); readHeader, once the header's lines and all
// the page's noise are known, takes the headline under a name that other furniture, a menu's
// items above it or its words again vouch for, or under a first line that is no headline
// (headlineUnder).
import { CAPTION } from './captions';
import { findDateIn, parseDateLine } from './dates';
import { escapeRegExp } from './escape-regexp';
import { isNameLine } from './names';
import type { NoiseReason } from './noise';
import { dateWithCounts } from './page-meta';
import type { SourceParagraph } from './paragraphs';
import { isHeadingLike } from './structure';
import { quotedUnderSection } from './quoted-headline';

// "By …" and its forms in the languages interviews reach us in.
export const BYLINE =
  /^(?:by|written by|interview by|interviewed by|words by|interview:|автор:?|беседовала?:?|беседу вела?:?|беседовали:?|текст:|розмовляла?:?|muallif:?|por|par|propos recueillis par|von|di|intervista di|entrevista de)\s+(.{3,120})$/iu;

// A Swahili byline ("na": by), over a name in capitals: "NA DAUDI MWAKALINGA". (Not "Na" in
// title case, a Czech or Polish sentence's "on": "Na Slovensku".)
export const SWAHILI_BYLINE = /^NA (?=\p{Lu}{2,} \p{Lu}{2,})/u;

/** The whole page, for what the header's lines are beside: its lines and those dropped as noise. */
export type Page = {
  paragraphs: readonly SourceParagraph[];
  noise: ReadonlyMap<number, NoiseReason>;
};

// A headline starts with a capital (or a quote); a page cut mid-sentence does not. It may end
// with a quote, and blogs put a full stop after it ('Toni, …: "siempre quiero ganar".').
export function isTitleLine(text: string): boolean {
  return (
    text.length <= 250 &&
    !/^\p{Ll}/u.test(text) &&
    // A magazine's headline may run to eighteen words: a quote, then whose it is ("“Let’s Make
    // Some Music For The Sheer Fun Of It…” Everything But The Girl Interviewed").
    (isHeadingLike(text, /^["“«„‘]/u.test(text) ? 18 : 14) || /[”"’»“‘›?]\.?$/u.test(text))
  );
}

// A role and where it is held: "Science Writer, Hollis Medical News".
const ROLE = /^[^,:–—]{3,40}, [^,:–—]{3,60}$/u;

const wordCount = (text: string) => text.split(/\s+/u).length;

// A headline says more than the name over it: four words or more, two more than the name's.
const longerThanName = (name: string, line: string) =>
  wordCount(line) >= Math.max(4, wordCount(name) + 2);

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
  // A menu's item printed again under the menu, over a section word: a magazine's masthead on its
  // station's site ("Desert Companion" / "Politics" under a menu holding "Desert Companion"),
  // whatever the headline's length ("Practically speaking").
  const repeated = paragraphs
    .slice(0, paragraphs.indexOf(top))
    .some((p) => noise.has(p.index) && p.text === top.text);
  if (section && repeated && headline && isTitleLine(headline.text))
    return [top.index, section.index];
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
  const closes = /[.!?;:,…]$/u.test(headline.text) && !QUOTED.test(headline.text);
  // A role and where it is held, under a person's name: "Science Writer, Hollis Medical News".
  const role = ROLE.test(headline.text);
  if (
    !HEADLINE.test(headline.text) ||
    !longerThanName(top.text, headline.text) ||
    wordCount(headline.text) > 16 ||
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

/**
 * The page's headline a little under a site's name or a menu's last item, which the header's first
 * line then is: "Columbia Daily Ledger" / (a menu) / "Q&A: New research chief says …", "Club Shop"
 * (the last of a menu, one item a line) / "Interview with Harry Weston – …", "Humans Of Code" (said
 * again at the foot) / "From a Support Engineer at Microsoft to …". The headline is the
 * longest heading-like line of four words or more (two more than the name's) in the next three,
 * before any byline; the first line is the site's only where the page says so: a menu or other furniture
 * beside it, or the same words again elsewhere. A short headline over its standfirst ("Winter Is
 * Coming" / "The grid operator on the cold months ahead") has none of those. Returns where the
 * headline is among the header's paragraphs.
 */
function headlineUnderSiteName(
  paragraphs: readonly SourceParagraph[],
  first: number,
  page: Page,
): number | undefined {
  const top = paragraphs[first];
  if (
    !top ||
    !isTitleLine(top.text) ||
    wordCount(top.text) > 4 ||
    top.text.length > 40 ||
    // A question, a sentence or all one quotation is the page's own headline ("«Я люблю театр»");
    // a name ending on a quoted name is a site's ("Театр «Золотой петушок»").
    /[?.]$|^["“„«‘'‹]/u.test(top.text)
  )
    return undefined;
  // A headline over its date ("Nearly flawless evening" / "Wednesday, March 12, 2025") is the
  // page's own.
  if (page.noise.get(top.index + 1) === 'date line' && !publicationAgain(top, page))
    return undefined;
  // A person's name over a role and where it is held: "Dana Whitcombe-Ross" / "Science Writer,
  // Hollis Medical News", a profile's head.
  if (ROLE.test(paragraphs[first + 1]?.text ?? '')) return undefined;
  let best: number | undefined;
  for (let at = first + 1; at <= first + 3; at += 1) {
    const line = paragraphs[at];
    if (!line || BYLINE.test(line.text)) break;
    const words = wordCount(line.text);
    if (
      !isTitleLine(line.text) ||
      !longerThanName(top.text, line.text) ||
      CAPTION.test(line.text) ||
      isNameLine(line.text) ||
      ROLE.test(line.text)
    )
      continue;
    // The longest: a blog's tagline may come between its name and the post's title.
    if (best === undefined || words > wordCount(paragraphs[best]?.text ?? '')) best = at;
  }
  const headline = best === undefined ? undefined : paragraphs[best];
  return headline && isSiteName(top, headline, page) ? best : undefined;
}

// A word that ends a publication's name: "Daily Easel News", "Tracker Blog".
const PUBLICATION_WORD =
  /(?<!\s)\s+(?:News|Blog|Magazine|Online|Times|Journal|Gazette|Herald|Post|Review|Weekly|Digest|Today)$/u;

/**
 * A publication's name whose other words the page says again: "Daily Easel News" over "a Daily
 * Easel artist". A headline ending on such a word ("Good News") is said again as a whole, if at all.
 */
function publicationAgain(top: SourceParagraph, page: Page): boolean {
  const stem = top.text.replace(PUBLICATION_WORD, '');
  if (stem === top.text || !/\p{L}{4}/u.test(stem)) return false;
  const again = new RegExp(
    `(?<![\\p{L}\\d])${escapeRegExp(stem)}(?!\\s*${escapeRegExp(top.text.slice(stem.length).trim())})(?![\\p{L}\\d])`,
    'u',
  );
  return page.paragraphs.some((p) => p.index !== top.index && again.test(p.text));
}

function isSiteName(top: SourceParagraph, headline: SourceParagraph, page: Page): boolean {
  const furniture = (index: number) => {
    const reason = page.noise.get(index);
    // A bar or a rule beside a date is no menu.
    const text = page.paragraphs.find((p) => p.index === index)?.text ?? '';
    // Nor is a share row, which a headline sets over its deck ("Share" / "Tweet").
    return (
      reason !== undefined &&
      reason !== 'date line' &&
      /\p{L}/u.test(text) &&
      !/^(?:share|tweet|pin|e-?mail|print|facebook|twitter|x|linkedin|whatsapp|telegram)\b/iu.test(
        text,
      )
    );
  };
  // Furniture between the name and the headline: a menu, a language switcher.
  for (let i = top.index + 1; i < headline.index; i += 1) if (furniture(i)) return true;
  // A menu's items one a line just above, each as short as this last one.
  const above = [top.index - 1, top.index - 2].map((i) =>
    page.paragraphs.find((p) => p.index === i),
  );
  if (above.every((p) => p && furniture(p.index) && wordCount(p.text) <= 3)) return true;
  if (publicationAgain(top, page)) return true;
  // The same words again on the page, outside the headline: a line of their own ("Hivecast" /
  // blurb / "Hivecast"), or furniture, a footer's "Read articles from …". Not inside the text:
  // a headline picks up its words ("Winter Light" / deck / "Winter Light is the name of her
  // new show …"), and a profile's headline is the guest's name ("Jane Doe" / "Jane Doe has …").
  const again = new RegExp(`(?<![\\p{L}\\d])${escapeRegExp(top.text)}(?![\\p{L}\\d])`, 'u');
  return page.paragraphs.some(
    (p) =>
      p.index !== top.index &&
      p.index !== headline.index &&
      (p.text === top.text || page.noise.has(p.index)) &&
      again.test(p.text),
  );
}

/**
 * Where the headline is: the header's first line if it is one, else a headline of four words or
 * more in the next two, before any byline, under a short first line that is none (a blog's name in
 * lower case, "popkram" / "100 Interview Questions for Software Developers"). A lead's sentence is
 * no headline.
 */
// Thai has no capitals and sets spaces only between phrases, so its headline is longer than a
// heading line in such a script (isHeadingLike's 20 characters): a line of Thai of up to 14
// phrases closing no sentence, the page's date right under it ("14 พ.ย. 2561 10:25 น. | เข้าชม …").
function isThaiHeadline(text: string, under: string | undefined): boolean {
  return (
    /^\p{Script=Thai}/u.test(text) &&
    text.length <= 120 &&
    wordCount(text) <= 14 &&
    !/[.!?…:]["”’»]?$/u.test(text) &&
    under !== undefined &&
    (parseDateLine(under) ?? dateWithCounts(under)) !== undefined
  );
}

function headlineUnderNone(
  paragraphs: readonly SourceParagraph[],
  first: number,
  page: Page | undefined,
): number | undefined {
  const top = paragraphs[first];
  if (!top) return undefined;
  if (isTitleLine(top.text) || isTaggedIssueTitle(top.text)) return first;
  // The line under it in the page, where a date line is, though furniture.
  const under = page?.paragraphs.find((p) => p.index > top.index) ?? paragraphs[first + 1];
  if (isThaiHeadline(top.text, under?.text)) return first;
  // Over the headline: a short line (a blog's name), a date ("Publié : 30 juin 2014") or a kicker
  // ("[제14회 한빛창작문학상] 소설 부문 당선자 인터뷰", "فريق من الوزراء في حوار خيالي:"). A long first line
  // is a headline the heading test refused ("Ferrando abre o livro: arbitragem, o capitão, …"),
  // over a caption: no other line is the headline then.
  const over =
    wordCount(top.text) <= 3 ||
    findDateIn(top.text) !== undefined ||
    (/^[[【]/u.test(top.text) && wordCount(top.text) <= 8) ||
    /:$/u.test(top.text);
  if (!over) return undefined;
  for (let at = first + 1; at <= first + 2; at += 1) {
    const line = paragraphs[at];
    if (!line || BYLINE.test(line.text)) return undefined;
    if (
      isTitleLine(line.text) &&
      wordCount(line.text) >= 4 &&
      !CAPTION.test(line.text) &&
      !ROLE.test(line.text) &&
      // A credit to a handle: "Full English translations by hanbyeol".
      !/\bby [\p{Ll}\d_.@]+$/u.test(line.text)
    )
      return at;
  }
  return undefined;
}

// A fan blog's post title, its tag before it and the issue it translates after it: "[TRANSLATIONS]
// Magazine: Mizuhara Kaito – Only Star (2009.07)". Both, or it may be a kicker over the headline.
const TAG = /^\[[^\][]{1,30}\]\s*/u;
const ISSUE = / ?\([\d./-]{4,10}\)$/u;

/** A post's title without its tag and issue, if it has them. */
export function withoutTagAndIssue(text: string): string {
  return text.replace(TAG, '').replace(ISSUE, '');
}

function isTaggedIssueTitle(text: string): boolean {
  return TAG.test(text) && ISSUE.test(text) && isTitleLine(withoutTagAndIssue(text));
}

/**
 * Where the headline is among the header's paragraphs from `first` on, and the lines over it that
 * are the site's (its name, then its section's name or the name again between: a line closing no
 * sentence; a blurb there, "Hivecast is a roundtable discussion about podcasting …", is intro).
 */
export function headlineUnder(
  paragraphs: readonly SourceParagraph[],
  first: number,
  page: Page | undefined,
): { headline: number | undefined; site: number[] } {
  const quoted = quotedUnderSection(paragraphs, first, page);
  if (quoted !== undefined) return { headline: quoted, site: [first] };
  const headline = page ? headlineUnderSiteName(paragraphs, first, page) : undefined;
  if (headline === undefined)
    return { headline: headlineUnderNone(paragraphs, first, page), site: [] };
  const between = paragraphs
    .slice(first + 1, headline)
    .filter((p) => isTitleLine(p.text) && !/[.!?…]["”’»]?$/u.test(p.text));
  return { headline, site: [first, ...between.map((p) => paragraphs.indexOf(p))] };
}
