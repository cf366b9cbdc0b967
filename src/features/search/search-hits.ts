import { paths } from '../../config/paths';

// Pagefind answers with one result per interview page; each result has
// sub-results, one per heading of the page with matches below it (a section
// heading, a question). This module turns them into what the library shows:
// interviews, each with its best passages as deep links, opening with the
// search marked in place (`?q=`).

/** A part of an excerpt: plain text, or a match. */
export type ExcerptPart = { text: string; marked: boolean };

/** One place in an interview that matches: a question, a section or the introduction. */
export type SearchHit = {
  kind: 'question' | 'section' | 'introduction';
  /** The question's text, the section's heading, or "Introduction". */
  label: string;
  /** A link inside the app (router path) that opens the place with the words marked. */
  path: string;
  excerpt: ExcerptPart[];
};

/** One interview that matches, with its best places. */
export type InterviewHits = {
  interviewId: string;
  title: string;
  publication: string | undefined;
  published: string | undefined;
  path: string;
  hits: SearchHit[];
  /**
   * Where no place of its text matches (the words are in its title or its publication's name,
   * which the index holds too): the title and the publication with the words marked, so that
   * the result shows what it matched. Undefined where places match.
   */
  marked?: { title: ExcerptPart[]; publication: ExcerptPart[] | undefined } | undefined;
};

/** The parts of a Pagefind result this app reads (validated in api/pagefind.ts). */
export type PagefindResultData = {
  meta: Record<string, string>;
  excerpt: string;
  /** The page's text, `<` and `>` escaped: its words are what locations count. */
  raw_content?: string | undefined;
  anchors: {
    id: string;
    location: number;
    element?: string | undefined;
    text?: string | undefined;
  }[];
  sub_results: {
    title: string;
    excerpt: string;
    anchor?: { id: string; location: number } | undefined;
    weighted_locations: { weight: number; location?: number | undefined }[];
  }[];
};

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  '#39': "'",
  '#x27': "'",
};

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (whole, name: string) => {
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Pagefind's excerpt is the page's text with HTML special characters escaped
 * and `<mark>` around the matches. It is read here as text and marks, never
 * rendered as HTML: interview text is always shown as text.
 */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else {
      // No other tag is expected; should one come, its text stays and the tag goes.
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text !== '') parts.push({ text, marked });
    }
  }
  return parts;
}

/** A word as a search compares it: its letters and digits, folded (no case, no accents). */
function fold(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Scripts written without spaces between words: Pagefind finds words inside their runs. */
const UNSPACED_SCRIPT = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Thai}]/u;

/** Words (letters with their marks, and digits) and what lies between them. */
const WORDS_AND_BETWEEN = /([\p{L}\p{M}\p{N}]+)/u;

/** Each letter of a run with the marks on it (Thai "ลั", "ที่"); marks leading the run alone. */
const LETTERS = /\P{M}\p{M}*|\p{M}+/gu;

/** How many of `folded`'s letters from `at` make up one of `terms`, if one starts there. */
function termAt(folded: readonly string[], at: number, terms: readonly string[]): number {
  for (const term of terms) {
    let text = '';
    for (let end = at; end < folded.length && text.length < term.length; end += 1) {
      text += folded[end];
      if (text === term) return end - at + 1;
    }
  }
  return 0;
}

/**
 * A run of a script without spaces with the words typed inside it marked, each compared as the
 * search compares words, folded: a Thai vowel's mark off ("พลังงาน" is "พลงงาน"), a kana's voicing
 * too ("ガス" is "カス"). Its letters as they are.
 */
function markedInRun(run: string, terms: readonly string[]): ExcerptPart[] {
  const letters = run.match(LETTERS) ?? [];
  const folded = letters.map(fold);
  const parts: ExcerptPart[] = [];
  const add = (text: string, marked: boolean) => {
    const last = parts.at(-1);
    if (last && last.marked === marked) last.text += text;
    else parts.push({ text, marked });
  };
  for (let at = 0; at < letters.length;) {
    const length = termAt(folded, at, terms);
    add(letters.slice(at, at + Math.max(length, 1)).join(''), length > 0);
    at += Math.max(length, 1);
  }
  return parts;
}

/**
 * A line of text (a title, a publication's name) with the words typed marked: a word that
 * begins with one (folded, as the search compares them), and in a script written without
 * spaces, where a "word" is a whole line (王小明谈能源与和平), the words typed inside it.
 */
export function markedWords(text: string, query: string): ExcerptPart[] {
  const terms = query.split(/\s+/).map(fold).filter(Boolean);
  // Odd pieces are words; a run of a script without spaces is several, only those typed marked.
  // (An empty part shows nothing.)
  return text
    .split(WORDS_AND_BETWEEN)
    .flatMap((piece, i) =>
      i % 2 && UNSPACED_SCRIPT.test(piece)
        ? markedInRun(piece, terms)
        : [{ text: piece, marked: i % 2 === 1 && terms.some((t) => fold(piece).startsWith(t)) }],
    );
}

/** How many characters two words begin with alike. */
function sharedStart(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
}

/** Where Pagefind splits a page's text into the words its locations count. */
const WORD_SEPARATORS = /[^\S\uFEFF]+/;

/** Words an excerpt shows: Pagefind's own excerpts are 24 (api/pagefind.ts). */
const EXCERPT_WORDS = 24;

/** A word of an excerpt, marked: its punctuation before and after stays unmarked. */
function markedWord(word: string): ExcerptPart[] {
  const [, before = '', core = '', after = ''] =
    /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su.exec(word) ?? [];
  if (core === '') return [{ text: word, marked: false }];
  return [
    ...(before ? [{ text: before, marked: false }] : []),
    { text: core, marked: true },
    ...(after ? [{ text: after, marked: false }] : []),
  ];
}

/**
 * The excerpt of one place, from the page's words: the words its matches
 * are, and of those only the ones that begin with a word typed where any
 * does. Pagefind matches the word being typed by its stem's beginning and
 * centres its excerpt where most matches are: typed "modernizati", it showed
 * and marked "modernize" and cut off "modernization", typed "cons" it marked
 * "continues". A word typed whole still finds its other forms ("pipelines"
 * marks "Pipeline"). Undefined where the page's words cannot be counted as
 * Pagefind counts them (text without spaces, as Chinese, which it splits
 * at zero-width spaces): Pagefind's excerpt stands.
 */
function focusedExcerpt(
  data: PagefindResultData,
  words: readonly string[] | undefined,
  sub: PagefindResultData['sub_results'][number],
  query: string,
): ExcerptPart[] | undefined {
  const locations = sub.weighted_locations.flatMap(({ location }) =>
    location === undefined ? [] : [location],
  );
  if (words === undefined || locations.length === 0) return undefined;
  const terms = query.split(/\s+/).map(fold).filter(Boolean);
  if (terms.length === 0) return undefined;
  // Each match goes to the word typed it begins most alike; of a word's
  // matches, those that begin with it, if any do.
  const byTerm = new Map<string, number[]>();
  for (const location of new Set(locations)) {
    const word = fold(words[location] ?? '');
    const term = terms.reduce((best, t) =>
      sharedStart(word, t) > sharedStart(word, best) ? t : best,
    );
    byTerm.set(term, [...(byTerm.get(term) ?? []), location]);
  }
  const kept = new Set<number>();
  for (const [term, found] of byTerm) {
    const begun = found.filter((location) => fold(words[location] ?? '').startsWith(term));
    for (const location of begun.length > 0 ? begun : found) kept.add(location);
  }
  // The place's words: from its heading to the next heading Pagefind reads as a place's.
  const start = sub.anchor?.location ?? 0;
  const next = data.anchors
    .filter(
      (anchor) =>
        anchor.location > start &&
        /^h\d$/i.test(anchor.element ?? '') &&
        /\S/.test(anchor.text ?? ''),
    )
    .reduce((end, anchor) => Math.min(end, anchor.location), words.length);
  const end = Math.min(next, words.length);
  // The window with the most kept matches, a few words of context before the first.
  let from = start;
  let best = -1;
  const sorted = [...kept].sort((a, b) => a - b);
  for (const location of sorted) {
    const first = Math.max(start, Math.min(location - 4, end - EXCERPT_WORDS));
    const count = sorted.filter((l) => l >= first && l < first + EXCERPT_WORDS).length;
    if (count > best) {
      best = count;
      from = first;
    }
  }
  const parts: ExcerptPart[] = [];
  for (let i = from; i < Math.min(end, from + EXCERPT_WORDS); i += 1) {
    const word = decodeEntities(words[i] ?? '');
    if (i > from) parts.push({ text: ' ', marked: false });
    parts.push(...(kept.has(i) ? markedWord(word) : [{ text: word, marked: false }]));
  }
  // Neighbouring plain parts as one, as Pagefind's excerpts read.
  return parts.reduce<ExcerptPart[]>((joined, part) => {
    const last = joined.at(-1);
    if (last && !last.marked && !part.marked) last.text += part.text;
    else joined.push({ ...part });
    return joined;
  }, []);
}

/**
 * A section heading's title read once. Its <h2> holds the heading twice, in
 * the toggle the app uses and in a copy for pages without JavaScript
 * (interview-section.tsx), and Pagefind takes a heading's title from all of
 * its text, even the part it is told to ignore.
 */
function onceOnly(title: string): string {
  return /^(.+) \1$/su.exec(title)?.[1] ?? title;
}

const SECTION_HEADING = /^(.+)__heading$/;
const QUESTION_HEADING = /^(.+)__question$/;

function weight(sub: PagefindResultData['sub_results'][number]): number {
  return sub.weighted_locations.reduce((sum, location) => sum + location.weight, 0);
}

/** A label read as a line: whitespace runs as one space, trimmed. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The interview a Pagefind result stands for, with at most `maxHits` of its
 * places: the best matching ones, shown in the order they come in the
 * interview. Undefined for a result that is not an interview page.
 */
export function interviewHits(
  data: PagefindResultData,
  query: string,
  maxHits = 3,
): InterviewHits | undefined {
  const interviewId = data.meta.id;
  if (!interviewId) return undefined;
  const params = { q: query };

  // The section holding each heading, from the headings in page order.
  const sectionOf = new Map<string, string>();
  let section: string | undefined;
  for (const anchor of [...data.anchors].sort((a, b) => a.location - b.location)) {
    section = SECTION_HEADING.exec(anchor.id)?.[1] ?? section;
    if (section !== undefined) sectionOf.set(anchor.id, section);
  }

  // The page's words, split once for all its places; none where they cannot be
  // counted as Pagefind counts them (text without spaces, split at zero-width spaces).
  const content = data.raw_content;
  const words =
    content === undefined || content.includes('\u200B')
      ? undefined
      : content.split(WORD_SEPARATORS);
  const hits = data.sub_results
    .map((sub, order) => {
      const id = sub.anchor?.id ?? '';
      const sectionId = sectionOf.get(id);
      const questionId = QUESTION_HEADING.exec(id)?.[1];
      const excerpt = focusedExcerpt(data, words, sub, query) ?? excerptParts(sub.excerpt);
      let hit: SearchHit | undefined;
      if (questionId !== undefined && sectionId !== undefined)
        hit = {
          kind: 'question',
          label: oneLine(sub.title),
          path: paths.anchor(interviewId, sectionId, questionId, params),
          excerpt,
        };
      else if (SECTION_HEADING.test(id) && sectionId !== undefined)
        hit = {
          kind: 'section',
          label: onceOnly(oneLine(sub.title)),
          path: paths.section(interviewId, sectionId, params),
          excerpt,
        };
      else if (sub.anchor === undefined || sectionId === undefined)
        hit = {
          kind: 'introduction',
          label: 'Introduction',
          path: paths.interview(interviewId, params),
          excerpt,
        };
      return hit && { hit, order, weight: weight(sub) };
    })
    .filter((ranked) => ranked !== undefined)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .slice(0, maxHits)
    .sort((a, b) => a.order - b.order)
    .map(({ hit }) => hit);

  const title = data.meta.title ?? interviewId;
  const publication = data.meta.publication;
  return {
    interviewId,
    title,
    publication,
    published: data.meta.published,
    path: paths.interview(interviewId, params),
    hits,
    marked:
      hits.length === 0
        ? {
            title: markedWords(title, query),
            publication: publication === undefined ? undefined : markedWords(publication, query),
          }
        : undefined,
  };
}
