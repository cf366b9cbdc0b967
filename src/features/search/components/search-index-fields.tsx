import { FACETS, facetValuesOf } from '../../../interview/facets';
import type { Interview } from '../../../interview/schema';

const AS_SERVED = { __html: '' };

/**
 * What the library's search index knows of an interview besides its text,
 * read by Pagefind from the prerendered page (scripts/lib/vite-search-index.ts):
 * its id, title, publication and date to show with a result, and its topics,
 * interviewees, publication and year as filters, by the same keys as the
 * library's filters. Never shown.
 */
export function SearchIndexFields({ interview }: { interview: Interview }) {
  // Only the prerendered page is indexed: the browser keeps the fields the
  // server wrote (React leaves an element's server children alone when it
  // hydrates one set by innerHTML) and needs none of this code.
  if (!import.meta.env.SSR) {
    return (
      <div
        key={interview.id}
        hidden
        data-pagefind-ignore
        suppressHydrationWarning
        // Never text: an empty string, so that React keeps what the server wrote.
        // eslint-disable-next-line no-restricted-syntax
        dangerouslySetInnerHTML={AS_SERVED}
      />
    );
  }
  const values = facetValuesOf({
    topics: interview.sections.map((section) => section.label),
    interviewees: interview.people.interviewees,
    publication: interview.source.publication,
    published: interview.published,
  });
  return (
    <div hidden data-pagefind-ignore>
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
