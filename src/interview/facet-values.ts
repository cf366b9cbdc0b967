import type { CatalogueEntry } from './catalogue';
import { facetKey, type Facet } from './facets';
import { isPlaceholder } from './placeholders';

// Apart from facets.ts, which every page's first view loads (its keys build
// the library's links): only the build and the library's files need this.

/** What an interview's facets are read from: its catalogue entry, or the same fields of the interview. */
export type FacetSource = Pick<CatalogueEntry, 'topics' | 'publication' | 'published'> & {
  interviewees: readonly { name: string }[];
};

/** The facet values of one interview, each once (two topics with one key count once). */
export function facetValuesOf(entry: FacetSource): Record<Facet, { key: string; label: string }[]> {
  const unique = (labels: string[]) => {
    const byKey = new Map<string, string>();
    for (const label of labels) {
      const key = facetKey(label);
      if (!byKey.has(key)) byKey.set(key, label);
    }
    return [...byKey].map(([key, label]) => ({ key, label }));
  };
  const named = (facet: 'person' | 'publication', labels: string[]) =>
    unique(labels.filter((label) => !isPlaceholder(facet, label)));
  return {
    topic: unique(entry.topics),
    person: named(
      'person',
      entry.interviewees.map((person) => person.name),
    ),
    publication: named('publication', [entry.publication]),
    year: unique(entry.published === undefined ? [] : [entry.published.slice(0, 4)]),
  };
}
