import type { Facet } from './facets';

/** How the library lists interviews. */
export const LIBRARY_SORTS = ['newest', 'oldest', 'title'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

/** Interviews per page of the library. */
export const LIBRARY_PAGE_SIZE = 20;

/** What a library URL asks for: words to search, filters (all must hold), an order and a page. */
export type LibraryQuery = {
  /** Words to search for across the interviews (''= browse). */
  q: string;
  filters: Partial<Record<Facet, string>>;
  sort: LibrarySort;
  /** 1-based. */
  page: number;
};

/** What picks a page of the library: all but the words searched for. */
export type LibraryPageQuery = Pick<LibraryQuery, 'filters' | 'sort' | 'page'>;

/** The whole library, newest first, first page. */
export const DEFAULT_LIBRARY_QUERY: LibraryQuery = { q: '', filters: {}, sort: 'newest', page: 1 };
