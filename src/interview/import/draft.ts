// An interview being imported, as its source paragraphs ("blocks"), each with
// the role it plays. Every paragraph of the source stays a block: it is in the
// interview, or dropped and listed (and can be restored), so nothing is lost.
// The importer makes a draft; a person corrects it (edit-draft.ts); the
// interview is always built from it (build-interview.ts).

import * as z from 'zod/mini';

// The types come from the schema, which also checks a draft read back from
// storage or a file: a draft saved by an older or broken page must not break this one.
// It uses only the checks the interview format uses (literal lists, not
// z.enum or z.boolean; z.int, not z.number): zod's code is shared with the
// library's first view, which would otherwise grow by the extra checks.

/** What a paragraph is in the interview. */
const role = z.literal(['meta', 'intro', 'heading', 'question', 'answer', 'dropped']);

const block = z.object({
  /** Stable id: `p<n>` for the source's paragraph n, `b<n>` for one made by splitting or adding. */
  id: z.string(),
  /** The words used: a speaker label or a dash taken off. */
  text: z.string(),
  /** The paragraph as the source wrote it, when that differs from `text`. */
  source: z.optional(z.string()),
  /** First line in the source (1-based), for the command line's report. */
  line: z.optional(z.int()),
  role,
  /** For `meta`: which detail of the interview it gave. */
  use: z.optional(z.literal(['title', 'photo', 'byline', 'bio'])),
  /** For `dropped`: why. */
  reason: z.optional(z.string()),
  /** The role it had before it was dropped, to restore it. */
  restoreAs: z.optional(z.literal(['intro', 'heading', 'question', 'answer'])),
  /** For questions and answers: the person speaking (a key of `Draft.people`). */
  speaker: z.optional(z.string()),
  /** For a question: it opens a new exchange even right after another question. */
  opens: z.optional(z.literal([true, false])),
  /** For a heading: the short topic label (else made from the heading). */
  label: z.optional(z.string()),
  /** For a heading: its section's id, when the interview it came from had one (kept as it was). */
  sectionId: z.optional(z.string()),
  /** For a question's first paragraph: the question's id in the interview it came from (kept as it was). */
  questionId: z.optional(z.string()),
});

const person = z.object({
  key: z.string(),
  side: z.literal(['interviewer', 'interviewee']),
  name: z.string(),
  label: z.string(),
  role: z.optional(z.string()),
  /** The id the interview it came from gave this person (kept as it was). */
  id: z.optional(z.string()),
});

export const draftSchema = z.object({
  version: z.literal(1),
  meta: z.object({
    id: z.string(),
    /**
     * Set while the id is the one the importer suggests (not edited by hand): it is then made
     * again from the guest's name, the title and the year as they are edited (draftId).
     */
    idSuggested: z.optional(z.literal([true])),
    title: z.string(),
    standfirst: z.optional(z.string()),
    language: z.string(),
    published: z.optional(z.string()),
    publication: z.string(),
    url: z.optional(z.string()),
    image: z.optional(
      z.object({
        src: z.optional(z.string()),
        alt: z.optional(z.string()),
        width: z.optional(z.int()),
        height: z.optional(z.int()),
        caption: z.string(),
        credit: z.optional(z.string()),
      }),
    ),
    byline: z.array(z.object({ name: z.string(), bio: z.optional(z.string()) })),
    canonicalUrl: z.optional(z.string()),
    tags: z.optional(z.array(z.string())),
    corrections: z.optional(z.array(z.object({ date: z.string(), text: z.string() }))),
  }),
  people: z.array(person),
  blocks: z.array(block),
  keyQuotes: z.array(
    z.object({
      blockId: z.string(),
      text: z.string(),
      note: z.optional(z.string()),
      /** The id the interview it came from gave it (kept as it was). */
      id: z.optional(z.string()),
    }),
  ),
  /** What the importer could not decide, in words for the person checking. */
  notes: z.array(z.string()),
  /** Set when the draft edits an interview already kept on this device. */
  keptId: z.optional(z.string()),
  /**
   * Every question id of the interview the draft came from: none is given to another question,
   * even once its paragraph is gone (joined into another).
   */
  questionIds: z.optional(z.array(z.string())),
});

export type BlockRole = z.infer<typeof role>;
export type Block = z.infer<typeof block>;
export type DraftPerson = z.infer<typeof person>;
export type Draft = z.infer<typeof draftSchema>;
export type DraftMeta = Draft['meta'];
export type DraftQuote = Draft['keyQuotes'][number];

/** The roles a person can give a paragraph, in the order the page offers them. */
export const ASSIGNABLE_ROLES = ['intro', 'heading', 'question', 'answer', 'dropped'] as const;

/** A draft, if the data is one. */
export function parseDraft(data: unknown): Draft | undefined {
  const result = draftSchema.safeParse(data);
  return result.success ? result.data : undefined;
}
