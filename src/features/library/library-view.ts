import type { Facet } from '../../interview/facets';
import type { LibraryQuery, LibrarySort } from '../../interview/library-query';
import { formatCount } from '../../lib/format';
import type { ActiveFilter } from './api/get-library-page';

/** How each facet is named on the page. */
export const FACET_NAMES: Record<
  Facet,
  { one: string; many: string; heading: string; filter: string }
> = {
  topic: { one: 'topic', many: 'topics', heading: 'Topics', filter: 'Topic' },
  person: { one: 'person', many: 'people', heading: 'People', filter: 'Person' },
  publication: {
    one: 'publication',
    many: 'publications',
    heading: 'Publications',
    filter: 'Publication',
  },
  year: { one: 'year', many: 'years', heading: 'Years', filter: 'Year' },
};

/** The orders offered, as their links read. */
export const SORT_LABELS: Record<LibrarySort, string> = {
  newest: 'Newest first',
  oldest: 'Oldest first',
  title: 'Title A–Z',
};

/** The query with one facet set to a value (or cleared), back on page 1. */
export function withFilter(query: LibraryQuery, facet: Facet, key: string | undefined) {
  const filters = { ...query.filters };
  if (key === undefined) delete filters[facet];
  else filters[facet] = key;
  return { ...query, filters, page: 1 };
}

/** The query in another order, back on page 1. */
export function withSort(query: LibraryQuery, sort: LibrarySort): LibraryQuery {
  return { ...query, sort, page: 1 };
}

/** Whether the query narrows or reorders the library (a first visit shows it whole). */
export function isRefined(query: LibraryQuery): boolean {
  return (
    query.q !== '' ||
    Object.keys(query.filters).length > 0 ||
    query.sort !== 'newest' ||
    query.page !== 1
  );
}

/** A page link in the pager, or a gap between page numbers. */
export type PagerItem = { page: number } | { gap: 'before' | 'after' };

/**
 * The page numbers a pager shows: the first, the last, and the current one
 * with its neighbours, so any page is at most two steps from any other
 * shown; gaps stand for the pages left out.
 */
export function pagerItems(current: number, count: number): PagerItem[] {
  const shown = new Set([1, count, current - 1, current, current + 1]);
  const pages = [...shown].filter((p) => p >= 1 && p <= count).sort((a, b) => a - b);
  const items: PagerItem[] = [];
  pages.forEach((page, i) => {
    const previous = pages[i - 1];
    if (previous !== undefined && page - previous === 2) items.push({ page: previous + 1 });
    else if (previous !== undefined && page - previous > 2)
      items.push({ gap: page <= current ? 'before' : 'after' });
    items.push({ page });
  });
  return items;
}

/** The page title: what the list shows, then the site ("Energy · Interviews · Interview Reader"). */
export function libraryTitle(query: LibraryQuery, filters: readonly ActiveFilter[]): string {
  const parts = [
    ...(query.q.trim() === '' ? [] : [`“${query.q.trim()}”`]),
    ...filters.map((filter) => filter.label ?? filter.key),
    ...(query.page > 1 ? [`Page ${formatCount(query.page)}`] : []),
  ];
  return parts.length === 0
    ? 'Interview Reader'
    : [...parts, 'Interviews', 'Interview Reader'].join(' · ');
}

/**
 * What a library page shows read without JavaScript, which applies its path alone (a
 * filter's page, a page number): "the interviews with the person Viktor Maiko, newest first".
 */
export function shownWithoutScript(query: LibraryQuery, filters: readonly ActiveFilter[]): string {
  const which =
    filters.length === 0
      ? 'every interview'
      : `the interviews with ${filters
          .map(({ facet, key, label }) => `the ${FACET_NAMES[facet].one} ${label ?? key}`)
          .join(' and ')}`;
  const page = query.page > 1 ? `, page ${formatCount(query.page)}` : '';
  return `${which}, ${SORT_LABELS[query.sort].toLowerCase()}${page}`;
}
