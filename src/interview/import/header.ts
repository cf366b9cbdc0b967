import { escapeRegExp } from './escape-regexp';
import { LIMITS } from '../fields';
import { CAPTION } from './captions';
import { isMenuWord } from './furniture';
import { interviewCredit, isNameLine } from './names';
import type { NoiseReason } from './noise';
import { findDateIn } from './dates';
import { withoutDateAfterBar } from './page-meta';
import type { SourceParagraph } from './paragraphs';
import { isHeadingLike, type Role } from './structure';

// "By …" and its forms in the languages interviews reach us in.
const BYLINE =
  /^(?:by|written by|interview by|interviewed by|words by|interview:|автор:?|беседовала?:?|беседу вела?:?|беседовали:?|текст:|розмовляла?:?|muallif:?|por|par|propos recueillis par|von|di|intervista di|entrevista de)\s+(.{3,120})$/iu;

/** What the paragraphs before the first question hold. */
export type Header = {
  title: string | undefined;
  image: { caption: string; credit?: string } | undefined;
  authors: { name: string; bio?: string }[];
  intro: string[];
};

// A series' number before the headline, "Interview #138: ", "Podcast Episode #12 – ": the
// site's count, not the headline's words ("Room 101: …" has no "#" and is kept).
const SERIES_NUMBER = /^(?:\p{Lu}[\p{L}&.]*\s+){1,2}#\s?\d+[a-z]?\s*[:–—|-]\s+(?=\S)/u;

/** The whole page, for what the header's lines are beside: its lines and those dropped as noise. */
export type Page = {
  paragraphs: readonly SourceParagraph[];
  noise: ReadonlyMap<number, NoiseReason>;
};

// A headline starts with a capital (or a quote); a page cut mid-sentence does not. It may end
// with a quote, and blogs put a full stop after it ('Toni, …: "siempre quiero ganar".').
function isTitleLine(text: string): boolean {
  return (
    text.length <= 250 &&
    !/^\p{Ll}/u.test(text) &&
    (isHeadingLike(text) || /[”"’»“‘›?]\.?$/u.test(text))
  );
}

// A role and where it is held: "Science Writer, Hollis Medical News".
const ROLE = /^[^,:–—]{3,40}, [^,:–—]{3,60}$/u;

const wordCount = (text: string) => text.split(/\s+/u).length;

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
      words < Math.max(4, wordCount(top.text) + 2) ||
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
  /\s+(?:News|Blog|Magazine|Online|Times|Journal|Gazette|Herald|Post|Review|Weekly|Digest|Today)$/u;

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
function headlineUnderNone(
  paragraphs: readonly SourceParagraph[],
  first: number,
): number | undefined {
  const top = paragraphs[first];
  if (!top) return undefined;
  if (isTitleLine(top.text)) return first;
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

/** Title, photo caption, byline and intro from the paragraphs before the first question. */
export function readHeader(
  paragraphs: readonly SourceParagraph[],
  roles: Map<number, Role>,
  asker?: string,
  page?: Page,
): Header {
  const header: Header = { title: undefined, image: undefined, authors: [], intro: [] };
  // A site's section ("News", "Insights") printed above the headline is not the headline.
  const section =
    paragraphs.length >= 2 &&
    isMenuWord(paragraphs[0]?.text ?? '') &&
    isHeadingLike(paragraphs[1]?.text ?? '');
  let first = 0;
  if (section && paragraphs[0]) {
    roles.set(paragraphs[0].index, { kind: 'noise', reason: 'page furniture' });
    first = 1;
  }
  const headline = page ? headlineUnderSiteName(paragraphs, first, page) : undefined;
  const site = headline === undefined ? undefined : paragraphs[first];
  if (headline !== undefined && site) {
    roles.set(site.index, { kind: 'noise', reason: 'page furniture' });
    first += 1;
    // Between the site's name and the headline, a line that closes no sentence is the site's too:
    // its section's name ("Meetings Coverage and Press Releases"), its name again. A blurb there
    // ("Hivecast is a roundtable discussion about podcasting …") is intro.
    for (const p of paragraphs.slice(first, headline))
      if (isTitleLine(p.text) && !/[.!?…]["”’»]?$/u.test(p.text))
        roles.set(p.index, { kind: 'noise', reason: 'page furniture' });
  }
  const titleAt = headline ?? headlineUnderNone(paragraphs, first);
  paragraphs.forEach((p, i) => {
    if (i < first || roles.get(p.index)?.kind === 'noise') return;
    const caption = CAPTION.exec(p.text);
    // A byline may carry its date after a bar: "Por Laura Quintero | Publicado el …".
    const byline = BYLINE.exec(withoutDateAfterBar(p.text));
    if (i === titleAt) {
      header.title = p.text.replace(SERIES_NUMBER, '');
      roles.set(p.index, { kind: 'title' });
    } else if (!header.image && caption && p.text.length <= 300) {
      const before = caption[1]?.trim() ?? '';
      const credit = caption[2]?.trim() ?? '';
      header.image = before ? { caption: before, credit } : { caption: p.text };
      roles.set(p.index, { kind: 'image' });
    } else if (
      (isNameLine(p.text) && paragraphs[i + 1]?.text === 'Follow') ||
      // The interviewer's name alone, who labels the first question: the byline.
      (asker !== undefined && p.text === asker)
    ) {
      // Medium's author line over its "Follow" button, and the "·" between read time and date.
      header.authors.push({ name: p.text });
      roles.set(p.index, { kind: 'byline' });
    } else if (
      (p.text === 'Follow' && isNameLine(paragraphs[i - 1]?.text ?? '')) ||
      p.text === '·'
    ) {
      roles.set(p.index, { kind: 'noise', reason: 'page furniture' });
    } else if (byline?.[1] && byline[1].split(/\s*(?:,|\band\b|&)\s*/u).every(isNameLine)) {
      header.authors.push(...byline[1].split(/\s*(?:,|\band\b|&)\s*/u).map((name) => ({ name })));
      // With its date and time after a bar, the line is the page's metadata: the author read, it
      // goes to the report with the date lines, so the time's and date's words are not lost.
      const dated = withoutDateAfterBar(p.text) !== p.text;
      roles.set(p.index, dated ? { kind: 'noise', reason: 'date line' } : { kind: 'byline' });
    } else {
      header.intro.push(p.text);
      roles.set(p.index, { kind: 'intro' });
    }
  });
  return header;
}

/** The author's name and bio after the last answer; everything else there is page. */
export function readTrailing(
  paragraphs: readonly SourceParagraph[],
  roles: Map<number, Role>,
  headerAuthors: { name: string; bio?: string }[],
): { name: string; bio?: string }[] {
  const authors = [...headerAuthors];
  let current: { name: string; bio?: string } | undefined;
  const kept = paragraphs.filter((p) => roles.get(p.index)?.kind !== 'noise');
  for (const [i, p] of kept.entries()) {
    // "Die Fragen stellte Evi Seibert.": the interviewer, named after the last answer.
    const credited = interviewCredit(p.text);
    if (credited) {
      for (const name of credited)
        if (!authors.some((a) => a.name === name)) authors.push({ name });
      roles.set(p.index, { kind: 'byline' });
      current = undefined;
      continue;
    }
    const known = authors.find((a) => a.name === p.text);
    // A name with its bio, or printed twice, or the header's author: a footer's
    // "Conference Agenda" looks like a name too, but nothing about it follows.
    const next = kept[i + 1]?.text ?? '';
    const vouched =
      known !== undefined ||
      next === p.text ||
      (next.length >= 60 &&
        (next.startsWith(p.text.split(/\s+/)[0] ?? '') || /^(?:he|she|they)\b/iu.test(next)));
    if (isNameLine(p.text) && vouched && (!current || current.bio !== undefined || known)) {
      current = known ?? { name: p.text };
      if (!known) authors.push(current);
      roles.set(p.index, { kind: 'byline' });
      continue;
    }
    const firstName = current?.name.split(/\s+/)[0] ?? '';
    if (
      current &&
      current.bio === undefined &&
      (p.text.startsWith(firstName) || /^(?:he|she|they)\b/iu.test(p.text)) &&
      p.text.length >= 60 &&
      // Longer is not a bio (the format's limit): it is dropped as page, and reported.
      p.text.length <= LIMITS.noteLength
    ) {
      current.bio = p.text;
      roles.set(p.index, { kind: 'bio' });
      continue;
    }
    roles.set(p.index, { kind: 'noise', reason: 'after the article' });
  }
  return authors;
}
