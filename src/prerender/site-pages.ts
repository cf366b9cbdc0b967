import { libraryHead, readerHead, type PageHead, type Site } from '../app/page-head';
import { FACETS } from '../interview/facets';
import type { CatalogueEntry } from '../interview/catalogue';
import {
  facetListSchema,
  libraryFiles,
  libraryShardSchema,
  librarySummarySchema,
} from '../interview/library-files';
import { DEFAULT_LIBRARY_QUERY, LIBRARY_PAGE_SIZE } from '../interview/library-query';
import type { ROUTE_MODULES } from '../app/router';
import { libraryPath, paths } from '../config/paths';
import { sectionHeadingId } from '../features/reader/reader-view';
import { parseInterview, parseJson } from '../interview/parse';
import type { Problem } from '../interview/problems';
import type { Interview } from '../interview/schema';

/** One public page of the site. */
export type SitePage = {
  /** Its path below the site's base. */
  pathname: string;
  /** Its route, whose code the page preloads. */
  route: keyof typeof ROUTE_MODULES;
  head: PageHead;
  language: string;
  /** The interview it shows, validated once for all its pages. */
  interview?: Interview;
  /** The id of the element the address points at, landed on before the first paint. */
  landOn?: string;
};

const MAX_PROBLEMS = 20;

function invalid(file: string, problems: readonly Problem[]): Error {
  const lines = problems.slice(0, MAX_PROBLEMS).map((p) => `  ${p.path} ${p.message}`);
  const more =
    problems.length > MAX_PROBLEMS ? [`  …and ${problems.length - MAX_PROBLEMS} more`] : [];
  return new Error([`${file} is not valid:`, ...lines, ...more].join('\n'));
}

/** Reads one interview file of the build, validated as the app would validate it. */
export function readInterview(file: string, text: string): Interview {
  const json = parseJson(text);
  if (!json.ok) throw invalid(file, json.problems);
  const parsed = parseInterview(json.data);
  if (!parsed.ok) throw invalid(file, parsed.problems);
  const expected = file.replace(/^.*\//, '').replace(/\.json$/, '');
  if (parsed.data.id !== expected) {
    throw new Error(`${file}: $.id is "${parsed.data.id}", but the file is named ${expected}.json`);
  }
  return parsed.data;
}

/** The library's page. */
export function libraryPage(site: Site): SitePage {
  return { pathname: paths.library(), route: 'library', head: libraryHead(site), language: 'en' };
}

/** A library file of the build, validated. */
function readLibraryFile<T>(
  readFile: (file: string) => string | undefined,
  file: string,
  schema: { parse: (data: unknown) => T },
): T {
  const text = readFile(file);
  if (text === undefined) throw new Error(`${file} is missing: run npm run generate`);
  return schema.parse(JSON.parse(text));
}

/**
 * Every interview's entry in the built library, by id: the keys the library
 * gave its people, publication and topics (library-files.ts), which its pages'
 * search fields filter by.
 */
export function libraryEntries(
  readFile: (file: string) => string | undefined,
): Map<string, CatalogueEntry> {
  const summary = readLibraryFile(readFile, libraryFiles.summary(), librarySummarySchema);
  const entries = new Map<string, CatalogueEntry>();
  for (let n = 1; (n - 1) * summary.shardSize < summary.total; n += 1) {
    const shard = readLibraryFile(readFile, libraryFiles.shard('date', n), libraryShardSchema);
    for (const entry of shard.entries) entries.set(entry.id, entry);
  }
  return entries;
}

/**
 * The library's views with paths of their own (see libraryPath), each a
 * page: pages 2 and on of the whole library, and every page of every facet
 * value whose key can be a path. With them, the library reads whole with
 * JavaScript off: every interview is on some page, and each card's people,
 * publication and topics are links to theirs.
 */
export function libraryViewPages(
  readFile: (file: string) => string | undefined,
  site: Site,
): SitePage[] {
  const summary = readLibraryFile(readFile, libraryFiles.summary(), librarySummarySchema);
  const pageCount = (count: number) => Math.max(1, Math.ceil(count / LIBRARY_PAGE_SIZE));
  const views = [
    { filters: {}, count: summary.total, filter: undefined },
    ...FACETS.flatMap((facet) =>
      readLibraryFile(readFile, libraryFiles.facetList(facet), facetListSchema).values.map(
        ({ key, label, count }) => ({
          filters: { [facet]: key },
          count,
          filter: { facet, label },
        }),
      ),
    ),
  ];
  return views.flatMap(({ filters, count, filter }) =>
    Array.from({ length: pageCount(count) }, (_, i) => ({
      ...DEFAULT_LIBRARY_QUERY,
      filters,
      page: i + 1,
    }))
      // The whole library's first page is the library's own (libraryPage).
      .filter((query) => (filter !== undefined || query.page > 1) && libraryPath(query))
      .map((query) => ({
        pathname: paths.library(query),
        route: 'library' as const,
        head: libraryHead(site, {
          query,
          ...(filter ? { filter } : {}),
          count,
          pageCount: pageCount(count),
        }),
        language: 'en',
      })),
  );
}

/** An interview's page and one page per section (unless `sections` is false). */
export function interviewPages(
  interview: Interview,
  site: Site,
  { sections = true }: { sections?: boolean } = {},
): SitePage[] {
  return [
    {
      pathname: paths.interview(interview.id),
      route: 'reader' as const,
      head: readerHead(interview, undefined, site),
      language: interview.language,
      interview,
    },
    ...(sections ? interview.sections : []).map((section) => ({
      pathname: paths.section(interview.id, section.id),
      route: 'reader' as const,
      head: readerHead(interview, section.id, site),
      language: interview.language,
      interview,
      landOn: sectionHeadingId(section.id),
    })),
  ];
}
