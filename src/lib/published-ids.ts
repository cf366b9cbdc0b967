import { dataUrls } from '../config/paths';
import {
  publishedIdFile,
  publishedIdFiles,
  type LibrarySummary,
  type PublishedIds,
} from '../interview/library-files';
import { parseLibrarySummary, parsePublishedIds } from '../interview/parse';
import { fetchParsed } from './fetch-json';

/** The library's files isPublishedOnSite reads; a caller with a query cache gives its own. */
export type PublishedIdsSource = {
  summary: () => Promise<Pick<LibrarySummary, 'total'>>;
  idsFile: (file: number) => Promise<PublishedIds>;
};

/** The files fetched from the site, with no cache but the browser's. */
export const siteFiles = (signal?: AbortSignal): PublishedIdsSource => ({
  summary: () => fetchParsed(dataUrls.librarySummary(), 'The library', parseLibrarySummary, signal),
  idsFile: (file) =>
    fetchParsed(dataUrls.publishedIds(file), 'The published ids', parsePublishedIds, signal),
});

/**
 * Whether the site publishes an interview with this id, read in the one file
 * of the published ids that would list it (about 200 ids whatever the
 * library's size; the library's summary says how many files there are), not
 * by asking for interviews/<id>.json, which for an id the site has not got is
 * a 404 in the console.
 */
export async function isPublishedOnSite(id: string, source: PublishedIdsSource): Promise<boolean> {
  const file = publishedIdFile(id, publishedIdFiles((await source.summary()).total));
  return (await source.idsFile(file)).ids.includes(id);
}
