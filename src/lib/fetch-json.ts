import { parseJson, type ParseResult } from '../interview/parse';
import { InvalidDataError, NetworkError, NotFoundError } from './load-errors';

/**
 * Fetches a data file's text. A static host that falls back to index.html for
 * unknown paths answers a missing file with 200 and HTML, so HTML counts as
 * not found.
 */
export async function fetchText(url: string, what: string, signal?: AbortSignal): Promise<string> {
  let response: Response;
  try {
    response = await fetch(url, signal ? { signal } : {});
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new NetworkError(`${what} could not be loaded: the server did not answer`, true);
  }
  const type = response.headers.get('content-type') ?? '';
  if (response.status === 404 || (response.ok && type.includes('text/html'))) {
    throw new NotFoundError(what);
  }
  if (!response.ok) {
    throw new NetworkError(`${what} could not be loaded: the server answered ${response.status}`);
  }
  return response.text();
}

/** Fetches a JSON file (see fetchText), reporting a file that is not JSON as invalid data. */
export async function fetchJson(url: string, what: string, signal?: AbortSignal): Promise<unknown> {
  const json = parseJson(await fetchText(url, what, signal));
  if (!json.ok) throw new InvalidDataError(url, json.problems);
  return json.data;
}

/** Fetches a JSON file and checks it with a parser: the data, or an InvalidDataError naming each problem. */
export async function fetchParsed<T>(
  url: string,
  what: string,
  parse: (data: unknown) => ParseResult<T>,
  signal?: AbortSignal,
): Promise<T> {
  const result = parse(await fetchJson(url, what, signal));
  if (!result.ok) throw new InvalidDataError(url, result.problems);
  return result.data;
}
