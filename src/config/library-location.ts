import { FACETS, facetKey } from '../interview/facets';
import {
  DEFAULT_LIBRARY_QUERY,
  LIBRARY_SORTS,
  type LibraryQuery,
  type LibrarySort,
} from '../interview/library-query';
import type { IgnoredParam } from './paths';

// Reading a library URL back (its links are built in paths.ts): only the
// library's code needs it, so it stays out of every other page's first view.

function isSort(value: string): value is LibrarySort {
  return LIBRARY_SORTS.some((sort) => sort === value);
}

/**
 * Reads a library URL's search string (see "Links" in the README). Facet
 * values are read as keys, so `?topic=Middle Corridor` means
 * `?topic=middle-corridor`; an order or page that cannot be read is ignored
 * and reported, and other parameters are left alone.
 */
export function parseLibrarySearch(search: string): {
  query: LibraryQuery;
  ignored: IgnoredParam[];
} {
  const params = new URLSearchParams(search);
  const q = params.get('q') ?? '';
  const filters: LibraryQuery['filters'] = {};
  for (const facet of FACETS) {
    const value = params.get(facet)?.trim();
    if (value) filters[facet] = facetKey(value);
  }
  const ignored: IgnoredParam[] = [];
  let sort = DEFAULT_LIBRARY_QUERY.sort;
  const sortParam = params.get('sort');
  if (sortParam !== null && isSort(sortParam)) sort = sortParam;
  else if (sortParam !== null) ignored.push({ name: 'sort', value: sortParam });
  let page = DEFAULT_LIBRARY_QUERY.page;
  const pageParam = params.get('page');
  if (pageParam !== null && /^[1-9]\d{0,8}$/.test(pageParam)) page = Number(pageParam);
  else if (pageParam !== null) ignored.push({ name: 'page', value: pageParam });
  return { query: { q, filters, sort, page }, ignored };
}

function decodeSegment(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/**
 * Reads a library URL: its path (see libraryPath; relative to the router's
 * basename) and its search string (see parseLibrarySearch). What the path
 * says holds over the same parameter in the search string.
 */
export function parseLibraryLocation(
  pathname: string,
  search: string,
): ReturnType<typeof parseLibrarySearch> {
  const parsed = parseLibrarySearch(search);
  const segments = pathname.split('/').filter(Boolean).map(decodeSegment);
  const [first, value, ...rest] = segments;
  const facet = FACETS.find((name) => name === first);
  const pageSegments = facet && value !== undefined ? rest : segments;
  const filters =
    facet && value ? { ...parsed.query.filters, [facet]: facetKey(value) } : parsed.query.filters;
  let { page } = parsed.query;
  const ignored = [...parsed.ignored];
  if (pageSegments[0] === 'page' && pageSegments[1] !== undefined) {
    const raw = pageSegments[1];
    if (/^[1-9]\d{0,8}$/.test(raw)) page = Number(raw);
    else ignored.push({ name: 'page', value: raw });
  }
  return { query: { ...parsed.query, filters, page }, ignored };
}
