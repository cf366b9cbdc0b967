import type { CatalogueEntry } from '../interview/catalogue';
import { facetValuesOf } from '../interview/facet-values';
import { FACETS } from '../interview/facets';
import type { Interview } from '../interview/schema';

/**
 * What the library's search index knows of an interview besides its text,
 * read by Pagefind from the prerendered page (scripts/lib/vite-search-index.ts):
 * its id, title, publication and date to show with a result, and its topics,
 * interviewees, publication and year as filters, by the same keys as the
 * library's filters (its entry's, which the library wrote). Never shown.
 *
 * The prerender writes it after #root, outside the app's tree: the browser
 * neither renders nor hydrates it, and needs none of this code. Pagefind
 * takes filters and metadata from anywhere on a page, outside its
 * `data-pagefind-body` and inside a `data-pagefind-ignore` (whose default,
 * `index`, keeps only the text out of the index).
 */
export function SearchIndexFields({
  interview,
  entry,
}: {
  interview: Interview;
  /** The interview's entry in the library, with the keys it gave (else each label's facetKey). */
  entry?: CatalogueEntry | undefined;
}) {
  const values = facetValuesOf(
    entry ?? {
      topics: interview.sections.map((section) => section.label),
      interviewees: interview.people.interviewees,
      publication: interview.source.publication,
      published: interview.published,
    },
  );
  return (
    // `index`, written out: the text stays out of the index, the fields in.
    <div hidden data-pagefind-ignore="index">
      <span data-pagefind-meta="id">{interview.id}</span>
      <span data-pagefind-meta="title">{interview.title}</span>
      <span data-pagefind-meta="publication">{interview.source.publication}</span>
      {interview.published && <span data-pagefind-meta="published">{interview.published}</span>}
      {FACETS.flatMap((facet) =>
        values[facet].map(({ key }) => (
          <span key={`${facet}:${key}`} data-pagefind-filter={facet}>
            {key}
          </span>
        )),
      )}
    </div>
  );
}
