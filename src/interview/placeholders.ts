import { facetKey } from './facets';

/**
 * What the importer writes where an article did not say: the Add page's notes
 * ask the teacher to replace them, but an interview may be kept (or published)
 * with them. They name nobody, so the library never lists them as a person or
 * a publication to filter by (facet-values.ts).
 */
export const UNKNOWN_PUBLICATION = 'Unknown publication';
/** The name of a guest the article does not name. */
export const UNNAMED_INTERVIEWEE = 'Interviewee';
/** The name of an interviewer the article does not name (nor its publication). */
export const UNNAMED_INTERVIEWER = 'Interviewer';

/**
 * The publication's name, unless it is the importer's "Unknown publication", which names none:
 * shown, it reads as a newspaper's name (under the reader's title, on cards, in the page's
 * Article data); left out, the place says nothing, as a citation does.
 */
export function publicationName(publication: string): string | undefined {
  return isPlaceholder('publication', publication) ? undefined : publication;
}

/**
 * Whether a person's or publication's name is the importer's placeholder for
 * one it did not find, in any case: it names nobody, so it is no value to
 * filter by and no link.
 */
export function isPlaceholder(facet: 'person' | 'publication', label: string): boolean {
  return (
    facetKey(label) === facetKey(facet === 'person' ? UNNAMED_INTERVIEWEE : UNKNOWN_PUBLICATION)
  );
}
