import { parseInterview } from '../parse';
import type { Problem } from '../problems';
import type { Interview, Person } from '../schema';
import { slugify, uniqueSlug } from '../slug';
import { findDateIn, parseDateLine } from './dates';
import { keyQuoteSlug, proposeKeyQuotes } from './key-quotes';
import {
  expandAcronym,
  findFullName,
  findInterviewee,
  findPublication,
  findRole,
  isNameLine,
} from './names';
import { findNoise, type NoiseReason } from './noise';
import { splitParagraphs, type SourceParagraph } from './paragraphs';
import { displayLabel, detectSpeakers } from './speakers';
import {
  INTERVIEWEE,
  INTERVIEWER,
  isHeadingLike,
  parseStructure,
  type DraftSection,
  type Role,
} from './structure';

/** Facts the text may not hold, given by whoever imports it. */
export type ImportOptions = {
  id?: string;
  published?: string;
  publication?: string;
  url?: string;
  language?: string;
};

/** A line left out of the interview as page noise, and why. */
export type DroppedParagraph = { line: number; endLine: number; text: string; reason: NoiseReason };

/** What the importer did, for a person to check in seconds. */
export type ImportReport = {
  paragraphs: number;
  kept: number;
  dropped: DroppedParagraph[];
  publishedFrom: string | undefined;
  keyQuotes: string[];
  warnings: string[];
};

export type ImportOutcome =
  | { ok: true; interview: Interview; report: ImportReport }
  | { ok: false; error: string; problems?: Problem[] };

/** The longest article accepted, in characters: a long interview is a few hundred thousand. */
export const MAX_ARTICLE_CHARS = 2_000_000;

const NO_INTERVIEW =
  'no questions and answers found. The importer looks for speaker labels ("Q:" and "A:", ' +
  '"Question:"/"Answer:", or names such as "Maiko:" used at least twice), numbered questions ' +
  '("1. What …?"), or questions as paragraphs of their own ending with "?", each followed by an answer.';

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

const CAPTION =
  /^(.*?)[\s;,.|–—(-]*\b(?:images?|photos?|photograph|picture|pic|illustration|credit|photo credit)s?\s*(?:by\s+|:\s*)(.+?)\)?$/iu;
const BYLINE = /^(?:by|written by|interview by|interviewed by|words by)\s+(.{3,120})$/iu;

/** The short topic label of a heading: "Trade and Economic Prospects in Central Asia" → "Trade". */
function shortLabel(heading: string): string {
  const core = heading.replace(/^(?:on|about|the|a|an)\s+/iu, '');
  const first = core.split(/\s+(?:and|&|vs\.?|versus)\s+|\s*[:–—]\s+|,\s+/u)[0] ?? core;
  const words = first.split(/\s+/);
  const label = (words.length > 4 ? words.slice(0, 3) : words).join(' ');
  return label.charAt(0).toUpperCase() + label.slice(1);
}

/** Turns the raw text of a published Q&A interview into an interview in the format, with a report. */
export function importArticle(source: string, options: ImportOptions = {}): ImportOutcome {
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
  if (!structure) return { ok: false, error: NO_INTERVIEW };
  const { roles, warnings } = structure;

  const header = readHeader(structure.header, roles);
  const authors = readTrailing(structure.trailing, roles, header.authors);
  const intro = header.intro;
  const corpus = [header.title ?? '', ...intro, header.image?.caption ?? ''].join('\n');

  // People: every speaker found, with the full name and role the title and intro give.
  const bylineName = authors.length === 1 ? authors[0]?.name : undefined;
  const interviewerLabels = [...structure.sides].filter(([, side]) => side === 'interviewer');
  const publication =
    options.publication ??
    interviewerLabels
      .map(([key]) => expandAcronym(speakers.get(key)?.label ?? '', corpus))
      .find(Boolean) ??
    findPublication(intro.join('\n'));
  if (!publication)
    warnings.push('no publication name found: set to "Unknown publication" (use --publication)');

  const taken = new Set<string>();
  const people = new Map<string, Person & { side: 'interviewer' | 'interviewee' }>();
  const used = new Set(
    structure.sections.flatMap((s) =>
      s.questions.flatMap((q) => [q.askedBy, q.answeredBy ?? INTERVIEWEE]),
    ),
  );
  for (const key of used) {
    const group = speakers.get(key);
    const side =
      key === INTERVIEWER
        ? 'interviewer'
        : key === INTERVIEWEE
          ? 'interviewee'
          : (structure.sides.get(key) ?? 'interviewee');
    const generic = !group || group.kind !== 'name';
    const name = generic
      ? side === 'interviewer'
        ? (bylineName ?? publication ?? 'Interviewer')
        : (findInterviewee(header.title ?? '', intro.join('\n')) ?? 'Interviewee')
      : (findFullName(group.label, corpus) ??
        expandAcronym(group.label, corpus) ??
        displayLabel(group.label));
    const label = group
      ? displayLabel(group.label)
      : generic && side === 'interviewee'
        ? (name.split(' ').at(-1) ?? name)
        : name;
    const role = findRole(name, corpus);
    const id = uniqueSlug(name, taken, side);
    people.set(key, { id, name, label, side, ...(role ? { role } : {}) });
  }

  // A line that is only a date, else a date inside a header line (a dateline).
  const dateLine = paragraphs.find(
    (p) => noise.get(p.index) === 'date line' && parseDateLine(p.text),
  );
  const dateline = structure.header.find((p) => findDateIn(p.text));
  const published =
    options.published ??
    (dateLine ? parseDateLine(dateLine.text) : dateline ? findDateIn(dateline.text) : undefined);
  if (!published) warnings.push('no publication date found: set it with --date YYYY-MM-DD');
  const publishedFrom = options.published ? '--date' : (dateLine ?? dateline)?.text;

  const sections = buildSections(structure.sections, people, warnings);
  const questions = sections.flatMap((s) => s.questions);
  const title = header.title ?? fallbackTitle(people);
  if (!header.title) warnings.push(`no headline found: titled "${title}"`);
  const proposals = proposeKeyQuotes(
    title,
    questions.map((q) => q.answer),
  );
  const quoteIds = new Set(questions.map((q) => q.id).concat(sections.map((s) => s.id)));
  const keyQuotes = proposals.map((p) => ({
    id: uniqueSlug(keyQuoteSlug(p.text), quoteIds, 'quote'),
    questionId: questions[p.questionIndex]?.id ?? '',
    text: p.text,
  }));

  const interviewee = [...people.values()].find((p) => p.side === 'interviewee');
  const id =
    options.id ??
    (slugify([interviewee?.name ?? '', published?.slice(0, 4) ?? ''].join(' ')) ||
      slugify(title) ||
      'interview');
  const interviewers = [...people.values()]
    .filter((p) => p.side === 'interviewer')
    .map(({ side: _, ...p }) => p);
  const interviewees = [...people.values()]
    .filter((p) => p.side === 'interviewee')
    .map(({ side: _, ...p }) => p);

  const draft = {
    $schema: '../interview.schema.json',
    schemaVersion: 1,
    id,
    title,
    language: options.language ?? 'en',
    ...(published ? { published } : {}),
    source: {
      publication: publication ?? 'Unknown publication',
      ...(options.url ? { url: options.url } : {}),
    },
    people: { interviewers, interviewees },
    ...(authors.length > 0 ? { byline: authors } : {}),
    ...(header.image ? { image: header.image } : {}),
    intro,
    sections,
    keyQuotes,
  };
  const checked = parseInterview(draft);
  if (!checked.ok) {
    return {
      ok: false,
      error: 'the interview found in the article is not valid',
      problems: checked.problems,
    };
  }

  const dropped = paragraphs
    .filter((p) => roles.get(p.index)?.kind === 'noise')
    .map((p) => {
      const role = roles.get(p.index);
      return {
        line: p.line,
        endLine: p.endLine,
        text: p.text,
        reason: role?.kind === 'noise' ? role.reason : 'page furniture',
      } as const;
    });
  const unplaced = paragraphs.filter((p) => !roles.has(p.index));
  for (const p of unplaced)
    warnings.push(`line ${p.line}: not placed anywhere (please report this): "${p.text}"`);
  return {
    ok: true,
    interview: checked.data,
    report: {
      paragraphs: paragraphs.length,
      kept: paragraphs.length - dropped.length,
      dropped,
      publishedFrom,
      keyQuotes: keyQuotes.map((k) => k.text),
      warnings,
    },
  };
}

function fallbackTitle(people: ReadonlyMap<string, Person & { side: string }>): string {
  const interviewee = [...people.values()].find((p) => p.side === 'interviewee');
  return interviewee && interviewee.name !== 'Interviewee'
    ? `Interview with ${interviewee.name}`
    : 'Interview';
}

type Header = {
  title: string | undefined;
  image: { caption: string; credit?: string } | undefined;
  authors: { name: string; bio?: string }[];
  intro: string[];
};

/** Title, photo caption, byline and intro from the paragraphs before the first question. */
function readHeader(paragraphs: readonly SourceParagraph[], roles: Map<number, Role>): Header {
  const header: Header = { title: undefined, image: undefined, authors: [], intro: [] };
  paragraphs.forEach((p, i) => {
    const caption = CAPTION.exec(p.text);
    const byline = BYLINE.exec(p.text);
    if (i === 0 && p.text.length <= 250 && (isHeadingLike(p.text) || /[”"’»?]$/u.test(p.text))) {
      header.title = p.text;
      roles.set(p.index, { kind: 'title' });
    } else if (!header.image && caption && p.text.length <= 300) {
      const before = caption[1]?.trim() ?? '';
      const credit = caption[2]?.trim() ?? '';
      header.image = before ? { caption: before, credit } : { caption: p.text };
      roles.set(p.index, { kind: 'image' });
    } else if (byline?.[1] && byline[1].split(/\s*(?:,|\band\b|&)\s*/u).every(isNameLine)) {
      header.authors.push(...byline[1].split(/\s*(?:,|\band\b|&)\s*/u).map((name) => ({ name })));
      roles.set(p.index, { kind: 'byline' });
    } else {
      header.intro.push(p.text);
      roles.set(p.index, { kind: 'intro' });
    }
  });
  return header;
}

/** The author's name and bio after the last answer; everything else there is page. */
function readTrailing(
  paragraphs: readonly SourceParagraph[],
  roles: Map<number, Role>,
  headerAuthors: { name: string; bio?: string }[],
): { name: string; bio?: string }[] {
  const authors = [...headerAuthors];
  let current: { name: string; bio?: string } | undefined;
  for (const p of paragraphs) {
    // Noise stays noise, the author's name printed twice included.
    if (roles.get(p.index)?.kind === 'noise') continue;
    const known = authors.find((a) => a.name === p.text);
    if (isNameLine(p.text) && (!current || current.bio !== undefined || known)) {
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
      p.text.length >= 60
    ) {
      current.bio = p.text;
      roles.set(p.index, { kind: 'bio' });
      continue;
    }
    roles.set(p.index, { kind: 'noise', reason: 'after the article' });
  }
  return authors;
}

type BuiltSection = Interview['sections'][number];

/** Sections with ids, labels and headings; questions numbered q1, q2, … across the interview. */
function buildSections(
  drafts: readonly DraftSection[],
  people: ReadonlyMap<string, Person>,
  warnings: string[],
): BuiltSection[] {
  const taken = new Set<string>();
  let number = 0;
  const questionsOf = (draft: DraftSection) =>
    draft.questions.map((q) => {
      number += 1;
      taken.add(`q${number}`);
      return {
        id: `q${number}`,
        askedBy: people.get(q.askedBy)?.id ?? '',
        question: q.question,
        answeredBy: people.get(q.answeredBy ?? INTERVIEWEE)?.id ?? '',
        answer: q.answer,
      };
    });
  const withQuestions = drafts.map((draft) => ({ draft, questions: questionsOf(draft) }));

  if (drafts.every((d) => d.heading === undefined)) {
    const all = withQuestions.flatMap((s) => s.questions);
    // Without headings: one section, or parts of five questions when there are many.
    const size = all.length <= 8 ? all.length : 5;
    const parts: BuiltSection[] = [];
    for (let start = 0; start < all.length; start += size) {
      const questions = all.slice(start, start + size);
      const label =
        all.length <= 8 ? 'Interview' : `Questions ${start + 1}–${start + questions.length}`;
      parts.push({ id: uniqueSlug(label, taken, 'part'), label, heading: label, questions });
    }
    return parts;
  }
  return withQuestions.map(({ draft, questions }) => {
    if (draft.heading === undefined)
      warnings.push('the questions before the first heading form a section "Opening questions"');
    const heading = draft.heading ?? 'Opening questions';
    const label = draft.heading === undefined ? 'Opening' : shortLabel(heading);
    return { id: uniqueSlug(label, taken, 'section'), label, heading, questions };
  });
}
