import * as z from 'zod/mini';
import { isoDate, languageTag, slug, text } from './fields';
import { readingMinutes, wordCounts } from './reading-time';
import type { Interview } from './schema';

const count = z.int().check(z.minimum(1, 'must be a whole number of at least 1'));

/**
 * A facet value's key in links where the first view cannot make it from the label
 * (facet-values.ts): ASCII words and hyphens, at most 80 characters, as an id.
 */
const pathKey = slug;

/** The library's summary of one interview: enough to choose it from a list. */
export const catalogueEntrySchema = z.strictObject({
  id: slug,
  title: text,
  /** `key`: the person's key in links, where it is not facetKey(name) (a name in another script). */
  interviewees: z.array(
    z.strictObject({ name: text, role: z.optional(text), key: z.optional(pathKey) }),
  ),
  published: z.optional(isoDate),
  publication: text,
  /** The publication's key in links, where it is not facetKey(publication). */
  publicationKey: z.optional(pathKey),
  language: languageTag,
  topics: z.array(text),
  /**
   * Each topic's key in links, in the order of `topics`, where one is not facetKey(topic). A
   * topic without one here is linked by its facetKey.
   */
  topicKeys: z.optional(z.array(pathKey)),
  questionCount: count,
  readingMinutes: count,
});

export type CatalogueEntry = z.infer<typeof catalogueEntrySchema>;

/** The catalogue summary of one interview. */
export function catalogueEntryFor(interview: Interview): CatalogueEntry {
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
    readingMinutes: readingMinutes(wordCounts(interview)),
  };
}

// One collation for every machine, so generated files do not depend on where
// they were generated; numeric, so "Part 2" comes before "Part 10".
const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** A title as it is alphabetised: opening quotes and punctuation do not count. */
function titleSortKey(title: string): string {
  return title.replace(/^[^\p{L}\p{N}]+/u, '');
}

/** Code-unit order, the same everywhere (ISO dates and ids sort correctly by it). */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Alphabetical by title, then newest first, then by id: a total order. */
export function compareByTitle(a: CatalogueEntry, b: CatalogueEntry): number {
  return (
    collator.compare(titleSortKey(a.title), titleSortKey(b.title)) ||
    compareCodeUnits(b.published ?? '', a.published ?? '') ||
    compareCodeUnits(a.id, b.id)
  );
}

/** Newest first, undated interviews last; the same date alphabetically: a total order. */
export function compareByDate(a: CatalogueEntry, b: CatalogueEntry): number {
  const dated = Number(b.published !== undefined) - Number(a.published !== undefined);
  return dated || compareCodeUnits(b.published ?? '', a.published ?? '') || compareByTitle(a, b);
}

/** Labels alphabetically, for lists people scan by name. */
export function compareLabels(a: string, b: string): number {
  return collator.compare(a, b) || compareCodeUnits(a, b);
}
