import type * as Parsers from '../../../interview/parse';
import type { ParseResult } from '../../../interview/parse';

/**
 * Fetches one of the library's files and validates it. Fetching and
 * validating (the schema library) load with the first file fetched: a
 * prerendered library holds the data of its first view and needs neither.
 */
export async function fetchLibraryFile<T>(
  url: string,
  what: string,
  parser: (parsers: typeof Parsers) => (data: unknown) => ParseResult<T>,
  signal?: AbortSignal,
): Promise<T> {
  const [{ fetchParsed }, parsers] = await Promise.all([
    import('../../../lib/fetch-json'),
    import('../../../interview/parse'),
  ]);
  return fetchParsed(url, what, parser(parsers), signal);
}
