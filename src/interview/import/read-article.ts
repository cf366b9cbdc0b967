import { findDateIn, parseDateLine } from './dates';
import { airedDate } from './aired-date';
import type { Block, Draft, DraftPerson } from './draft';
import type { Romanize } from '../slug';
import { interviewIdFor, intervieweeName, shortLabel } from './labels';
import { readHeader, readTrailing } from './header';
import { closingBio } from './closing-bio';
import { guessLanguage, UNDETERMINED } from './language';
import { authorAsked } from './author-asked';
import { proposeKeyQuotes } from './key-quotes';
import { findNoise } from './noise';
import { splitParagraphs, type SourceParagraph } from './paragraphs';
import { findPublicationName, resolvePeople, type SidedPerson } from './people';
import { mastheadName } from './masthead-name';
import { copyrightHolder, newsletterName } from './publication';
import { detectSpeakers } from './speakers';
import { taggedNames } from './tagged-name';
import { introducedHost } from './host-introduction';
import { archiveRecord } from './record-fields';
import { parseStructure, type Role, type TurnOf } from './structure';
import { UNKNOWN_PUBLICATION, UNNAMED_INTERVIEWEE, UNNAMED_INTERVIEWER } from '../placeholders';
import { withoutTrackingParams } from './source-address';
import { dateWithCounts } from './page-meta';

/**
 * What a saved page's metadata says of its article (extract-article.ts, checked there): the
 * publication (og:site_name, else its JSON-LD's publisher), the article's address (its canonical
 * link, else og:url) and the date it was published (article:published_time, else JSON-LD's
 * datePublished). They come before what the importer guesses from the text, and after what
 * whoever imports says. The author its JSON-LD names, a person, is the interviewer only where the
 * text names none (no byline, no host introducing themself).
 */
export type PageFacts = { publication?: string; url?: string; published?: string; author?: string };

/** Where the report says a date taken from a page's metadata came from. */
export const FROM_PAGE_METADATA = 'the page’s metadata';

/** Facts the text may not hold, given by whoever imports it. */
export type ImportOptions = {
  id?: string;
  published?: string;
  publication?: string;
  url?: string;
  language?: string;
  /** The saved page's own metadata, under the options above. */
  page?: PageFacts;
  /** Puts names in other scripts into the interview's id (see slug.ts); without it they are left out. */
  romanize?: Romanize;
};

/** The longest article accepted, in characters: a long interview is a few hundred thousand. */
export const MAX_ARTICLE_CHARS = 2_000_000;

export const NO_INTERVIEW =
  'no questions and answers found. The importer looks for speaker labels ("Q:" and "A:", ' +
  '"Question:"/"Answer:", or names such as "Maiko:" used at least twice), numbered questions ' +
  '("1. What …?"), dash turns ("— …"), or questions as paragraphs of their own ending with "?", ' +
  'each followed by an answer.';

export type ReadOutcome =
  | {
      ok: true;
      draft: Draft;
      /** The line the date was read from, for the report. */
      publishedFrom: string | undefined;
      /** Whether any question was found: without one the draft is all intro. */
      found: boolean;
    }
  | { ok: false; error: string };

/** Text with NUL bytes, or more than 1% control or undecodable characters, is not an article. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65_536);
  let suspicious = 0;
  for (let i = 0; i < sample.length; i += 1) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if (code < 9 || (code > 13 && code < 32) || code === 0xfffd) suspicious += 1;
  }
  return suspicious / Math.max(sample.length, 1) > 0.01;
}

function blockOf(p: SourceParagraph, role: Role | undefined, turn: TurnOf | undefined): Block {
  const base = { id: `p${p.index}`, text: p.text, line: p.line };
  if (!role) return { ...base, role: 'dropped', reason: 'not placed (please report this)' };
  switch (role.kind) {
    case 'noise':
      return { ...base, role: 'dropped', reason: role.reason };
    case 'title':
      return { ...base, role: 'meta', use: 'title' };
    case 'image':
      return { ...base, role: 'meta', use: 'photo' };
    case 'byline':
      return { ...base, role: 'meta', use: 'byline' };
    case 'bio':
      return { ...base, role: 'meta', use: 'bio' };
    case 'intro':
      return { ...base, role: 'intro' };
    case 'heading':
      return { ...base, role: 'heading', label: shortLabel(p.text) };
    case 'question':
    case 'answer': {
      const words = turn?.text ?? p.text;
      return {
        ...base,
        text: words,
        ...(words !== p.text ? { source: p.text } : {}),
        role: role.kind,
        ...(turn ? { speaker: turn.speaker } : {}),
        ...(role.kind === 'question' && turn?.opens ? { opens: true } : {}),
      };
    }
  }
}

/**
 * Settles what the format cannot hold, keeping every word in source order: a
 * question with no answer joins what follows (the next question, or a heading
 * between them), a heading with no question under it is dropped (listed, to
 * restore), and questions left unanswered at the end join the last answer.
 */
function settle(blocks: Block[]): void {
  const body = blocks.filter(
    (b) => b.role === 'heading' || b.role === 'question' || b.role === 'answer',
  );
  let unanswered = false;
  body.forEach((block, i) => {
    if (block.role === 'heading') {
      if (unanswered) {
        block.role = 'question';
      } else if (body[i + 1]?.role !== 'question') {
        block.role = 'dropped';
        block.reason = 'heading with no question under it';
        block.restoreAs = 'heading';
      }
      return;
    }
    if (block.role === 'question') {
      if (unanswered) delete block.opens;
      unanswered = true;
    } else {
      unanswered = false;
    }
  });
  let lastAnswer = -1;
  body.forEach((b, i) => {
    if (b.role === 'answer') lastAnswer = i;
  });
  // The turn's answerer: where a second speaker answers last ("Helen Garside: If I may add …"),
  // the one whose answer the words after it join, else they would carry both labels.
  let turnStart = lastAnswer;
  while (body[turnStart - 1]?.role === 'answer') turnStart -= 1;
  const answerer = body[turnStart]?.speaker;
  for (const block of body.slice(lastAnswer + 1)) {
    // A heading over them joins too ("I never planned any of it", a transcript's untagged line):
    // an answer under a heading with no question would refuse the page.
    if (lastAnswer < 0 || (block.role !== 'question' && block.role !== 'heading')) continue;
    block.role = 'answer';
    delete block.opens;
    delete block.label;
    // Another speaker's words (a host's sign-off) keep their label in the answer: "Adam: …".
    if (block.speaker !== answerer && block.source !== undefined) {
      block.text = block.source;
      delete block.source;
    }
    if (answerer !== undefined) block.speaker = answerer;
  }
}

function fallbackTitle(people: readonly DraftPerson[]): string {
  const name = intervieweeName(people);
  return name ? `Interview with ${name}` : 'Interview';
}

/** A draft in which nothing could be decided: the first line is the title, the rest intro. */
function undecided(
  paragraphs: readonly SourceParagraph[],
  noise: ReadonlyMap<number, string>,
  options: ImportOptions,
): Draft {
  let titled = false;
  const blocks: Block[] = paragraphs.map((p) => {
    const base = { id: `p${p.index}`, text: p.text, line: p.line };
    const reason = noise.get(p.index);
    if (reason) return { ...base, role: 'dropped', reason };
    if (!titled) {
      titled = true;
      return { ...base, role: 'meta', use: 'title' };
    }
    return { ...base, role: 'intro' };
  });
  const title = blocks.find((b) => b.use === 'title')?.text ?? 'Interview';
  return {
    version: 1,
    meta: {
      id: options.id ?? interviewIdFor('', options.published, title, options.romanize),
      ...(options.id === undefined ? { idSuggested: true as const } : {}),
      title,
      language:
        options.language ?? guessLanguage(paragraphs.map((p) => p.text).join('\n')) ?? UNDETERMINED,
      ...(options.published ? { published: options.published } : {}),
      publication: options.publication ?? UNKNOWN_PUBLICATION,
      ...(options.url ? { url: options.url } : {}),
      byline: [],
    },
    people: [
      {
        key: '#interviewer',
        side: 'interviewer',
        name: options.publication ?? UNNAMED_INTERVIEWER,
        label: 'Q',
      },
      { key: '#interviewee', side: 'interviewee', name: UNNAMED_INTERVIEWEE, label: 'A' },
    ],
    blocks,
    keyQuotes: [],
    notes: [
      'No questions and answers were recognised, so every paragraph is intro. Mark each question and answer (keys Q and A).',
    ],
  };
}

/** Reads the raw text of a published Q&A interview into a draft to check and correct. */
export function readArticle(source: string, given: ImportOptions = {}): ReadOutcome {
  // What is stated wins over the page (exactOptionalPropertyTypes: a field stated is a value).
  // The page's own address loses what sites add to a link they pass on (source-address.ts).
  const { page, ...stated } = given;
  const { author: pageAuthor, ...pageOptions } = page ?? {};
  const options: ImportOptions = {
    ...pageOptions,
    ...(page?.url === undefined ? {} : { url: withoutTrackingParams(page.url) }),
    ...stated,
  };
  if (source.length > MAX_ARTICLE_CHARS) {
    return {
      ok: false,
      error: `the article is longer than ${MAX_ARTICLE_CHARS.toLocaleString('en')} characters`,
    };
  }
  if (source.trim() === '') return { ok: false, error: 'the article is empty' };
  if (looksBinary(source))
    return { ok: false, error: 'the file is not text (it holds binary data)' };

  const paragraphs = splitParagraphs(source);
  const noise = findNoise(paragraphs);
  const { speakers, labelled } = detectSpeakers(paragraphs.filter((p) => !noise.has(p.index)));
  const structure = parseStructure(paragraphs, noise, speakers, labelled);
  if (!structure) {
    const draft = undecided(paragraphs, noise, options);
    if (!draft.blocks.some((b) => b.role !== 'dropped'))
      return {
        ok: false,
        error: 'the text holds nothing but page noise (menus, dates, sharing links)',
      };
    return { ok: true, draft, publishedFrom: undefined, found: false };
  }
  const { roles, warnings } = structure;

  const header = readHeader(structure.header, roles, structure.asker, { paragraphs, noise });
  const authors = readTrailing(structure.trailing, roles, header.authors);
  closingBio(paragraphs, roles, authors);
  const intro = header.intro;
  const corpus = [header.title ?? '', ...intro, header.image?.caption ?? ''].join('\n');

  const bylineName = authors.length === 1 ? authors[0]?.name : undefined;
  const named = options.publication ?? findPublicationName(structure, speakers, corpus, intro);
  // Else the site's copyright line in its footer ("© 2024 Some Gazette"): the publisher, not
  // necessarily who asked (a syndicated interview), so no interviewer's name.
  const lines = paragraphs.map((p) => p.text);
  const publication =
    named ?? newsletterName(lines) ?? copyrightHolder(lines) ?? mastheadName(paragraphs, noise);
  if (!publication) warnings.push(`no publication name found: set to "${UNKNOWN_PUBLICATION}"`);
  // A post whose author answers a challenge's or readers' questions ("Ten Questions About My
  // Writing, Answered", "My answers to the Proust questionnaire"): the author is the guest.
  const selfAnswered =
    bylineName !== undefined &&
    /\b(?:my|i)\b/iu.test(header.title ?? '') &&
    /\banswer(?:s|ed|ing)?\b|questionnaire|challenge|\btag\b|ask me anything/iu.test(
      header.title ?? '',
    )
      ? bylineName
      : authorAsked(intro, lines);
  const article = paragraphs
    .filter((p) => !noise.has(p.index))
    .map((p) => p.text)
    .join('\n');
  const archive = archiveRecord(paragraphs.map((p) => p.text));
  const resolved: ReadonlyMap<string, SidedPerson> = resolvePeople({
    structure,
    speakers,
    corpus,
    // A headline just above the first question reads as its section's heading, and may
    // be where the guest is named ("Tanti auguri a Davide Ferrando").
    title: `${header.title ?? ''}\n${structure.sections[0]?.heading ?? ''}`,
    intro: intro.join('\n'),
    // A podcast host naming themself in the welcome ("I'm Owen Pryce from Castwave") asks.
    interviewerName:
      (selfAnswered ? undefined : bylineName) ??
      introducedHost(intro.join('\n')) ??
      // The page's author ahead of the publication standing in for one (a person asked).
      (selfAnswered ? undefined : pageAuthor) ??
      named ??
      UNNAMED_INTERVIEWER,
    ...(selfAnswered ? { selfAnswered } : {}),
    article,
    tags: taggedNames(paragraphs.map((p) => p.text)),
    recordHolder: archive?.holder.name,
  });
  if (
    [...resolved.values()].some((p) => p.side === 'interviewee' && p.name === UNNAMED_INTERVIEWEE)
  )
    warnings.push(`no interviewee name found: named "${UNNAMED_INTERVIEWEE}"`);
  const people: DraftPerson[] = [...resolved].map(([key, p]) => ({
    key,
    side: p.side,
    name: p.name,
    label: p.label,
    ...(p.role ? { role: p.role } : {}),
  }));

  // A line that is only a date, else a date inside a header line (a dateline).
  // A date line may carry the post's counts ("14 พ.ย. 2561 10:25 น. | เข้าชม 3,214").
  const dateOf = (text: string) => parseDateLine(text) ?? dateWithCounts(text);
  const dateLine = paragraphs.find((p) => noise.get(p.index) === 'date line' && dateOf(p.text));
  // Else an archive record's "Release Date: 25/10/2013", a field on its line.
  const released = archive?.released
    ? paragraphs.find((p) => archive.fields.includes(p.index) && noise.get(p.index) === 'date line')
    : undefined;
  const dateIn = (text: string) => findDateIn(text) ?? airedDate(text);
  const dateline = structure.header.find((p) => dateIn(p.text));
  const published =
    options.published ??
    (dateLine
      ? dateOf(dateLine.text)
      : released
        ? archive?.released
        : dateline
          ? dateIn(dateline.text)
          : undefined);
  if (!published) warnings.push('no publication date found: set it');
  const publishedFrom =
    stated.published !== undefined
      ? '--date'
      : options.published
        ? FROM_PAGE_METADATA
        : (dateLine ?? released ?? dateline)?.text;

  const blocks = paragraphs.map((p) =>
    blockOf(p, roles.get(p.index), structure.turnOf.get(p.index)),
  );
  settle(blocks);
  for (const b of blocks)
    if (b.reason?.startsWith('not placed'))
      warnings.push(`line ${b.line ?? 0}: not placed anywhere (please report this): "${b.text}"`);

  const title = header.title ?? fallbackTitle(people);
  if (!header.title) warnings.push(`no headline found: titled "${title}"`);

  // Key quotes the headline points at, in the answer paragraph that holds them.
  const answersByTurn: Block[][] = [];
  for (const b of blocks) {
    if (
      b.role === 'question' &&
      (b.opens || answersByTurn.length === 0 || (answersByTurn.at(-1)?.length ?? 0) > 0)
    )
      answersByTurn.push([]);
    if (b.role === 'answer') answersByTurn.at(-1)?.push(b);
  }
  const keyQuotes = proposeKeyQuotes(
    title,
    answersByTurn.map((turn) => turn.map((b) => b.text)),
  ).flatMap((p) => {
    const block = answersByTurn[p.questionIndex]?.find((b) => b.text.includes(p.text));
    return block ? [{ blockId: block.id, text: p.text }] : [];
  });

  return {
    ok: true,
    found: true,
    publishedFrom,
    draft: {
      version: 1,
      meta: {
        id:
          options.id ??
          interviewIdFor(intervieweeName(people) ?? '', published, title, options.romanize),
        ...(options.id === undefined ? { idSuggested: true as const } : {}),
        title,
        language: options.language ?? guessLanguage(article) ?? UNDETERMINED,
        ...(published ? { published } : {}),
        publication: publication ?? UNKNOWN_PUBLICATION,
        ...(options.url ? { url: options.url } : {}),
        ...(header.image ? { image: header.image } : {}),
        byline: authors,
      },
      people,
      blocks,
      keyQuotes,
      notes: warnings,
    },
  };
}
