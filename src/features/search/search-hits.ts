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
};

/** The parts of a Pagefind result this app reads (validated in api/pagefind.ts). */
export type PagefindResultData = {
  meta: Record<string, string>;
  excerpt: string;
  anchors: { id: string; location: number }[];
  sub_results: {
    title: string;
    excerpt: string;
    anchor?: { id: string; location: number } | undefined;
    weighted_locations: { weight: number }[];
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

  const hits = data.sub_results
    .map((sub, order) => {
      const id = sub.anchor?.id ?? '';
      const sectionId = sectionOf.get(id);
      const questionId = QUESTION_HEADING.exec(id)?.[1];
      const excerpt = excerptParts(sub.excerpt);
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
          label: oneLine(sub.title),
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

  return {
    interviewId,
    title: data.meta.title ?? interviewId,
    publication: data.meta.publication,
    published: data.meta.published,
    path: paths.interview(interviewId, params),
    hits,
  };
}
