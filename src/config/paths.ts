import { FACETS, facetKey, type Facet } from '../interview/facets';
import { libraryFiles, type LibraryOrder } from '../interview/library-layout';
import {
  DEFAULT_LIBRARY_QUERY,
  LIBRARY_SORTS,
  type LibraryQuery,
  type LibrarySort,
} from '../interview/library-query';
import { SEARCH_SCOPES, type SearchScope } from '../interview/search-units';
import { encodeTextDirective, type TextDirective } from '../interview/text-fragment';

// Every URL the app links to or fetches is built here: links are a public
// contract (see "Links" in the README), so nothing else concatenates paths.

/** Route patterns for the router. */
export const routePatterns = {
  library: '/',
  reader: '/i/:interviewId/:sectionId?',
} as const;

/** What a reader URL's search parameters ask for (see "Links" in the README). */
export type ReaderParams = {
  /** Search query (`?q=`). */
  q: string;
  /** Where the search looks (`?in=questions` or `?in=answers`; everywhere when absent). */
  scope: SearchScope;
  /** Passages to mark (`?quote=`, repeatable), each a text directive still in its URL form. */
  quotes: string[];
  /** Lesson view: only these sections, in this order (`?sections=a,b`). */
  sections: string[] | undefined;
  /** Discussion mode hides answers until revealed (`?mode=discuss`). */
  mode: 'read' | 'discuss';
};

/** No parameters: the plain reader. */
export const NO_PARAMS: ReaderParams = {
  q: '',
  scope: 'all',
  quotes: [],
  sections: undefined,
  mode: 'read',
};

function parseScope(raw: string): SearchScope {
  return SEARCH_SCOPES.find((scope) => scope !== 'all' && scope === raw) ?? 'all';
}

function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, '%20'));
  } catch {
    return raw;
  }
}

/**
 * Reads a reader URL's search string. `quote` values stay percent-encoded:
 * their commas and hyphens are the directive's syntax, and their encoded
 * twins are text, so URLSearchParams (which decodes both alike) cannot read them.
 */
export function parseReaderSearch(search: string): ReaderParams {
  const params: ReaderParams = { ...NO_PARAMS, quotes: [] };
  for (const pair of search.replace(/^\?/, '').split('&')) {
    const at = pair.indexOf('=');
    const key = decodeParam(at < 0 ? pair : pair.slice(0, at));
    const raw = at < 0 ? '' : pair.slice(at + 1);
    if (key === 'q') params.q = decodeParam(raw);
    else if (key === 'in') params.scope = parseScope(decodeParam(raw));
    else if (key === 'quote' && raw !== '') params.quotes.push(raw);
    else if (key === 'sections')
      params.sections = decodeParam(raw)
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean);
    else if (key === 'mode') params.mode = raw === 'discuss' ? 'discuss' : 'read';
  }
  return params;
}

/**
 * A directive's URL form made readable where that changes nothing: spaces as
 * `+` (which `quote` reads as a space, a literal `+` being `%2B`) and hyphens
 * inside a term as they are (only a hyphen at a term's start or end is syntax).
 * `A%2020%2Dton%20tanker` becomes `A+20-ton+tanker`.
 */
export function readableDirective(encoded: string): string {
  return encoded
    .split(',')
    .map((term) => term.replace(/(?<=.)%2D(?=.)/g, '-').replace(/%20/g, '+'))
    .join(',');
}

/** A query value percent-encoded for a URL, spaces as `+`, as forms and people write them. */
function queryValue(text: string): string {
  return encodeURIComponent(text).replace(/%20/g, '+');
}

/** The search string for reader parameters ('' for none), in a stable order. */
export function readerSearch(params: Partial<ReaderParams>): string {
  const parts = [
    ...(params.q ? [`q=${queryValue(params.q)}`] : []),
    ...(params.scope && params.scope !== 'all' ? [`in=${params.scope}`] : []),
    ...(params.sections ? [`sections=${params.sections.map(encodeURIComponent).join(',')}`] : []),
    ...(params.mode === 'discuss' ? ['mode=discuss'] : []),
    ...(params.quotes ?? []).map((quote) => `quote=${quote}`),
  ];
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A library URL parameter that was not understood, and so not applied. */
export type IgnoredParam = { name: 'sort' | 'page'; value: string };

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
  return { query: { filters, sort, page }, ignored };
}

/** The search string of a library view ('' for the whole library), in a stable order. */
export function librarySearch(query: Partial<LibraryQuery>): string {
  const params = new URLSearchParams();
  for (const facet of FACETS) {
    const value = query.filters?.[facet];
    if (value !== undefined) params.set(facet, value);
  }
  if (query.sort !== undefined && query.sort !== DEFAULT_LIBRARY_QUERY.sort)
    params.set('sort', query.sort);
  if (query.page !== undefined && query.page !== 1) params.set('page', String(query.page));
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** Links inside the app, relative to the router's basename. */
export const paths = {
  /** The library: all of it, or filtered, sorted and paged. */
  library: (query: Partial<LibraryQuery> = {}) => `/${librarySearch(query)}`,
  interview: (interviewId: string, params: Partial<ReaderParams> = {}) =>
    `/i/${encodeURIComponent(interviewId)}${readerSearch(params)}`,
  section: (interviewId: string, sectionId: string, params: Partial<ReaderParams> = {}) =>
    `/i/${encodeURIComponent(interviewId)}/${encodeURIComponent(sectionId)}${readerSearch(params)}`,
  /** A question or key quote: its section's page, scrolled to the anchor. */
  anchor: (
    interviewId: string,
    sectionId: string,
    anchorId: string,
    params: Partial<ReaderParams> = {},
  ) => `${paths.section(interviewId, sectionId, params)}#${encodeURIComponent(anchorId)}`,
  /** Any reader view: the interview or one section, with parameters and a fragment. */
  reader: (
    interviewId: string,
    sectionId: string | undefined,
    params: Partial<ReaderParams>,
    hash = '',
  ) =>
    `${sectionId === undefined ? paths.interview(interviewId, params) : paths.section(interviewId, sectionId, params)}${hash}`,
  /** A passage: its section's page with the passage as a text directive (see text-fragment.ts). */
  passage: (interviewId: string, sectionId: string, directive: TextDirective) =>
    paths.section(interviewId, sectionId, {
      quotes: [readableDirective(encodeTextDirective(directive))],
    }),
};

/** A link as a full URL, to copy and paste elsewhere. */
export function absoluteUrl(
  path: string,
  origin: string = window.location.origin,
  baseUrl: string = import.meta.env.BASE_URL,
): string {
  return new URL(`${routerBasename(baseUrl)}${path}`, origin).href;
}

/** The site's base path without its trailing slash ('' at the root), as the router's basename wants it. */
export function routerBasename(baseUrl: string = import.meta.env.BASE_URL): string {
  return baseUrl.replace(/\/+$/, '');
}

/** Data files, below the site's base path. */
export const dataUrls = {
  librarySummary: (baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}${libraryFiles.summary()}`,
  libraryShard: (order: LibraryOrder, shard: number, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}${libraryFiles.shard(order, shard)}`,
  facetList: (facet: Facet, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}${libraryFiles.facetList(facet)}`,
  facetPostings: (facet: Facet, key: string, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}${libraryFiles.facetPostings(facet, key)}`,
  interview: (interviewId: string, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}interviews/${encodeURIComponent(interviewId)}.json`,
  /** An interview's photo: its https URL, or its file below the interviews folder. */
  image: (src: string, baseUrl: string = import.meta.env.BASE_URL) =>
    src.startsWith('https://') ? src : `${baseUrl}interviews/${src}`,
};
