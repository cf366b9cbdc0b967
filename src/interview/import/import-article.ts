import type { Problem } from '../problems';
import type { Interview } from '../schema';
import { buildInterview } from './build-interview';
import { NO_INTERVIEW, readArticle, type ImportOptions } from './read-article';

export { MAX_ARTICLE_CHARS, type ImportOptions } from './read-article';

/** A line left out of the interview as page noise, and why. */
export type DroppedParagraph = {
  line: number;
  text: string;
  reason: string;
};

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

/** The command line's way to settle what a note says is missing. */
function commandLineHint(note: string): string {
  if (note.startsWith('no publication name found')) return `${note} (use --publication)`;
  if (note.startsWith('no publication date found')) return `${note} with --date YYYY-MM-DD`;
  return note;
}

/**
 * Turns the raw text of a published Q&A interview into an interview in the
 * format, with a report: the command line's importer. The page reads the same
 * draft (readArticle) and lets a person correct it before it is built.
 */
export function importArticle(source: string, options: ImportOptions = {}): ImportOutcome {
  const read = readArticle(source, options);
  if (!read.ok) return read;
  if (!read.found) return { ok: false, error: NO_INTERVIEW };
  const { draft } = read;
  const built = buildInterview(draft, options.romanize);
  if (!built.interview) {
    return {
      ok: false,
      error: 'the interview found in the article is not valid',
      problems: built.problems,
    };
  }
  const dropped = draft.blocks
    .filter((b) => b.role === 'dropped')
    .map((b) => ({ line: b.line ?? 0, text: b.text, reason: b.reason ?? 'page furniture' }));
  return {
    ok: true,
    interview: built.interview,
    report: {
      paragraphs: draft.blocks.length,
      kept: draft.blocks.length - dropped.length,
      dropped,
      publishedFrom: read.publishedFrom,
      keyQuotes: draft.keyQuotes.map((k) => k.text),
      warnings: [...draft.notes, ...new Set(built.notes)].map(commandLineHint),
    },
  };
}
