// An interview being imported, as its source paragraphs ("blocks"), each with
// the role it plays. Every paragraph of the source stays a block: it is in the
// interview, or dropped and listed (and can be restored), so nothing is lost.
// The importer makes a draft; a person corrects it (edit-draft.ts); the
// interview is always built from it (build-interview.ts).

/** What a paragraph is in the interview. */
export type BlockRole = 'meta' | 'intro' | 'heading' | 'question' | 'answer' | 'dropped';

/** What a `meta` paragraph gave the interview's details. */
export type MetaUse = 'title' | 'photo' | 'byline' | 'bio';

export type Block = {
  /** Stable id: `p<n>` for the source's paragraph n, `b<n>` for one made by splitting or adding. */
  id: string;
  /** The words used: a speaker label or a dash taken off. */
  text: string;
  /** The paragraph as the source wrote it, when that differs from `text`. */
  source?: string;
  /** First line in the source (1-based), for the command line's report. */
  line?: number;
  role: BlockRole;
  /** For `meta`: which detail it gave. */
  use?: MetaUse;
  /** For `dropped`: why. */
  reason?: string;
  /** The role it had before it was dropped, to restore it. */
  restoreAs?: Exclude<BlockRole, 'dropped'>;
  /** For questions and answers: the person speaking (a key of `Draft.people`). */
  speaker?: string;
  /** For a question: it opens a new exchange even right after another question. */
  opens?: boolean;
  /** For a heading: the short topic label (else made from the heading). */
  label?: string;
};

export type DraftPerson = {
  key: string;
  side: 'interviewer' | 'interviewee';
  name: string;
  label: string;
  role?: string;
};

/** A key quote: words of one answer paragraph. */
export type DraftQuote = { blockId: string; text: string };

export type DraftMeta = {
  id: string;
  title: string;
  standfirst?: string;
  language: string;
  published?: string;
  publication: string;
  url?: string;
  image?: { caption: string; credit?: string };
  byline: { name: string; bio?: string }[];
};

export type Draft = {
  version: 1;
  meta: DraftMeta;
  people: DraftPerson[];
  blocks: Block[];
  keyQuotes: DraftQuote[];
  /** What the importer could not decide, in words for the person checking. */
  notes: string[];
  /** Set when the draft edits an interview already kept on this device. */
  keptId?: string;
};

/** The roles a person can give a paragraph, in the order the page offers them. */
export const ASSIGNABLE_ROLES = ['intro', 'heading', 'question', 'answer', 'dropped'] as const;
