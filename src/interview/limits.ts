// In a module of their own, without zod: the importer (in a worker of its
// own on the Add page) reads them and needs none of the schema's code.

/**
 * The format's limits: far beyond any real interview, they keep a hostile or
 * broken file from freezing the reader. Documented in the README.
 */
export const LIMITS = {
  /** Characters in one paragraph (intro, question, answer) or key quote: some 15,000 words. */
  textLength: 100_000,
  /** Characters in a name, a speaker tag, a topic label, the publication or a tag. */
  nameLength: 200,
  /** Characters in the title, a section heading, a person's role or the photo's credit. */
  headingLength: 1_000,
  /**
   * Characters in the standfirst, an author's bio, the photo's caption and
   * text alternative, a key quote's note or a correction. These fields, unlike
   * paragraphs, are rendered as one text node each, so they must stay far
   * below the 65,536 characters at which the browser's HTML parser cuts one
   * (see text-runs.ts).
   */
  noteLength: 5_000,
  /** Characters in a whole interview file. */
  fileLength: 25_000_000,
  /** Questions in the whole interview (and sections, as each holds one at least). */
  questions: 5_000,
  /** Paragraphs of one question, one answer, or the intro. */
  paragraphs: 1_000,
  keyQuotes: 1_000,
  /** Interviewers, interviewees, authors, tags and corrections, each. */
  listItems: 100,
} as const;
