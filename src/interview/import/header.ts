import { datedHeadline } from './dated-headline';
import { LIMITS } from '../limits';
import { CAPTION } from './captions';
import { parseDateLine } from './dates';
import { isMenuWord } from './furniture';
import { interviewCredit, isNameLine } from './names';
import { withoutDateAfterBar } from './page-meta';
import type { SourceParagraph } from './paragraphs';
import { displayLabel } from './speakers';
import { BYLINE, SWAHILI_BYLINE, headlineUnder, type Page } from './site-name';
import { isHeadingLike, type Role } from './structure';
import { archiveRecord } from './record-fields';
import { caselessHeadline } from './caseless-headline';
import { caselessByline } from './caseless-byline';

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

// What may stand between a byline's name and its date: "By Tomas Reilly, May 17, 2023",
// "By Tomas Reilly · 17 May 2023", "By Tomas Reilly on 17 May 2023".
const BEFORE_DATE = /^(?:[,·•|–—-]\s*)?(?:on\s+)?/u;

/**
 * A "By …" line without the date after its name: the shortest name (a word or more) whose rest
 * is a date, read whole ("By Tomas Reilly and the crew of 2023" keeps its words).
 */
function withoutDateAfterName(text: string): string {
  if (text.length > 160 || !BYLINE.test(text)) return text;
  const words = text.split(' ');
  for (let k = 2; k < words.length; k += 1) {
    const rest = words.slice(k).join(' ').replace(BEFORE_DATE, '');
    if (!parseDateLine(rest)) continue;
    const name = words.slice(0, k).join(' ');
    // A comma or stop after the name is the separator's ("By Tomas Reilly, May 17, 2023").
    return ',·•|–—-'.includes(name.at(-1) ?? '') ? name.slice(0, -1).trimEnd() : name;
  }
  return text;
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
  // A press conference's record titled by its day ("… BPK vom 06. Dezember 2021").
  const dated = datedHeadline(
    paragraphs.map((p) => p.text),
    first,
  );
  const kindLine = paragraphs[dated?.kind ?? -1];
  if (kindLine) {
    roles.set(kindLine.index, { kind: 'noise', reason: 'page furniture' });
    first += 1;
  }
  const { headline, site } = headlineUnder(paragraphs, first, page);
  // A transcript archive names the event under its record ("Press Conference, …"): the headline.
  const event = page && archiveRecord(page.paragraphs.map((p) => p.text))?.event;
  const eventAt = paragraphs.findIndex((p) => p.index === event);
  for (const at of site) {
    const p = paragraphs[at];
    if (p) roles.set(p.index, { kind: 'noise', reason: 'page furniture' });
  }
  if (site.length > 0) first += 1;
  const titleAt =
    eventAt >= 0
      ? eventAt
      : (dated?.at ??
        headline ??
        caselessHeadline(paragraphs, first, (p) => roles.get(p.index)?.kind === 'noise'));
  paragraphs.forEach((p, i) => {
    if (i < first || roles.get(p.index)?.kind === 'noise') return;
    const caption = CAPTION.exec(p.text);
    // A byline may carry its date after a bar: "Por Laura Quintero | Publicado el …", or after
    // the name: "By Tomas Reilly 17 May 2023" (the date is read as the page's date).
    const byline = BYLINE.exec(
      withoutDateAfterName(withoutDateAfterBar(p.text.replace(SWAHILI_BYLINE, 'By '))),
    );
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
    } else if (caselessByline(p.text) !== undefined) {
      header.authors.push({ name: caselessByline(p.text) ?? '' });
      roles.set(p.index, { kind: 'byline' });
    } else if (byline?.[1] && byline[1].split(/\s*(?:,|\band\b|&)\s*/u).every(isNameLine)) {
      // A name in capitals ("NA DAUDI MWAKALINGA") as a person writes it, as labels are.
      header.authors.push(
        ...byline[1].split(/\s*(?:,|\band\b|&)\s*/u).map((name) => ({ name: displayLabel(name) })),
      );
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
