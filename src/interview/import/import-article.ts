import { parseInterview } from '../parse';
import type { Problem } from '../problems';
import type { Interview } from '../schema';
import { slugify, uniqueSlug } from '../slug';
import { findDateIn, parseDateLine } from './dates';
import { readHeader, readTrailing } from './header';
import { keyQuoteSlug, proposeKeyQuotes } from './key-quotes';
import { findPublicationName, resolvePeople, type SidedPerson } from './people';
import { buildSections } from './sections';
import { findNoise, type NoiseReason } from './noise';
import { splitParagraphs } from './paragraphs';
import { detectSpeakers } from './speakers';
import { parseStructure } from './structure';

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

  const bylineName = authors.length === 1 ? authors[0]?.name : undefined;
  const publication =
    options.publication ?? findPublicationName(structure, speakers, corpus, intro);
  if (!publication) {
    warnings.push('no publication name found: set to "Unknown publication" (use --publication)');
  }
  const people = resolvePeople({
    structure,
    speakers,
    corpus,
    title: header.title ?? '',
    intro: intro.join('\n'),
    interviewerName: bylineName ?? publication ?? 'Interviewer',
  });

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

function fallbackTitle(people: ReadonlyMap<string, SidedPerson>): string {
  const interviewee = [...people.values()].find((p) => p.side === 'interviewee');
  return interviewee && interviewee.name !== 'Interviewee'
    ? `Interview with ${interviewee.name}`
    : 'Interview';
}
