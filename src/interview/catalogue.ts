import * as z from 'zod/mini';
import { isoDate, languageTag, schemaVersion, slug, text } from './fields';
import { pathText } from './problems';
import { readingMinutes } from './reading-time';
import type { Interview } from './schema';

const count = z.int().check(z.minimum(1, 'must be a whole number of at least 1'));

const catalogueEntry = z.strictObject({
  id: slug,
  title: text,
  interviewees: z.array(z.strictObject({ name: text, role: z.optional(text) })),
  published: z.optional(isoDate),
  publication: text,
  language: languageTag,
  topics: z.array(text),
  questionCount: count,
  readingMinutes: count,
});

/** The library's list of interviews: a summary of each, generated from the interview files. */
export const catalogueSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion,
    interviews: z.array(catalogueEntry),
  })
  .check(
    z.superRefine((catalogue, ctx) => {
      const seen = new Map<string, number>();
      catalogue.interviews.forEach((entry, i) => {
        const first = seen.get(entry.id);
        if (first === undefined) {
          seen.set(entry.id, i);
          return;
        }
        ctx.issues.push({
          code: 'custom',
          input: entry.id,
          path: ['interviews', i, 'id'],
          message: `duplicate id "${entry.id}" (already used at ${pathText(['interviews', first, 'id'])})`,
        });
      });
    }),
  );

export type Catalogue = z.infer<typeof catalogueSchema>;
export type CatalogueEntry = z.infer<typeof catalogueEntry>;

/** The catalogue summary of one interview. */
function catalogueEntryFor(interview: Interview): CatalogueEntry {
  return {
    id: interview.id,
    title: interview.title,
    interviewees: interview.people.interviewees.map(({ name, role }) =>
      role === undefined ? { name } : { name, role },
    ),
    ...(interview.published === undefined ? {} : { published: interview.published }),
    publication: interview.source.publication,
    language: interview.language,
    topics: interview.sections.map((section) => section.label),
    questionCount: interview.sections.reduce((sum, s) => sum + s.questions.length, 0),
    readingMinutes: readingMinutes(interview),
  };
}

/** A catalogue of the given interviews, newest first, undated ones last. */
export function buildCatalogue(interviews: readonly Interview[]): Catalogue {
  const entries = interviews.map(catalogueEntryFor);
  entries.sort(
    (a, b) =>
      (b.published ?? '').localeCompare(a.published ?? '') || a.title.localeCompare(b.title),
  );
  return { schemaVersion: 1, interviews: entries };
}
