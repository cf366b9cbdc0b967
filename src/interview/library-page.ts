import type { CatalogueEntry } from './catalogue';
import type { FacetPostings, LibraryOrder, LibrarySummary } from './library-files';
import { LIBRARY_PAGE_SIZE, type LibraryPageQuery } from './library-query';

// Which interviews a page of the library lists. Apart from library-query.ts,
// whose words every link to the library needs (src/config/paths.ts), so that
// only the library's page loads this.

/** Which interviews one page of the library shows, and which shard files hold them. */
export type LibraryPlan = {
  order: LibraryOrder;
  /** How many interviews match the filters. */
  matches: number;
  /** At least 1, so an empty result is "page 1 of 1". */
  pageCount: number;
  /** The page's interviews, as positions in `order`; empty for a page past the last. */
  positions: number[];
  /** The shard numbers (1-based, ascending) holding those positions. */
  shards: number[];
};

/** The values present in every list; each list ascending. Linear in their total length. */
export function intersectAscending(lists: readonly (readonly number[])[]): number[] {
  const [first, ...rest] = [...lists].sort((a, b) => a.length - b.length);
  if (first === undefined) return [];
  let result = [...first];
  for (const list of rest) {
    const kept: number[] = [];
    let j = 0;
    for (const value of result) {
      while (j < list.length && (list[j] ?? Infinity) < value) j += 1;
      if (list[j] === value) kept.push(value);
    }
    result = kept;
  }
  return result;
}

/**
 * The interviews of one page. With no filter nothing is loaded but the
 * summary: positions follow from the page number. With filters, the values'
 * positions are intersected; `null` stands for a value the library lacks.
 */
export function planLibraryPage(
  summary: LibrarySummary,
  postings: readonly (FacetPostings | null)[],
  query: LibraryPageQuery,
): LibraryPlan {
  const order: LibraryOrder = query.sort === 'title' ? 'title' : 'date';
  // Oldest first reads the dated part of the date order backwards; undated interviews stay last.
  const oldestFirst = (position: number) =>
    position < summary.dated ? summary.dated - 1 - position : position;

  let matches: number;
  let at: (index: number) => number;
  if (postings.length === 0) {
    matches = summary.total;
    at = query.sort === 'oldest' ? oldestFirst : (index) => index;
  } else {
    const found = postings.every((p) => p !== null)
      ? intersectAscending(postings.map((p) => p[order]))
      : [];
    const list =
      query.sort === 'oldest'
        ? [
            ...found.filter((p) => p < summary.dated).reverse(),
            ...found.filter((p) => p >= summary.dated),
          ]
        : found;
    matches = list.length;
    at = (index) => list[index] ?? 0;
  }

  const pageCount = Math.max(1, Math.ceil(matches / LIBRARY_PAGE_SIZE));
  const start = (query.page - 1) * LIBRARY_PAGE_SIZE;
  const end = Math.min(matches, start + LIBRARY_PAGE_SIZE);
  const positions: number[] = [];
  for (let index = start; index < end; index += 1) positions.push(at(index));
  const shards = [...new Set(positions.map((p) => Math.floor(p / summary.shardSize) + 1))].sort(
    (a, b) => a - b,
  );
  return { order, matches, pageCount, positions, shards };
}

/** The page's entries, in order, from its loaded shards (by shard number), and any positions they lack. */
export function pageEntries(
  plan: LibraryPlan,
  shardSize: number,
  shards: ReadonlyMap<number, readonly CatalogueEntry[]>,
): { entries: CatalogueEntry[]; missing: number[] } {
  const entries: CatalogueEntry[] = [];
  const missing: number[] = [];
  for (const position of plan.positions) {
    const entry = shards.get(Math.floor(position / shardSize) + 1)?.[position % shardSize];
    if (entry === undefined) missing.push(position);
    else entries.push(entry);
  }
  return { entries, missing };
}
