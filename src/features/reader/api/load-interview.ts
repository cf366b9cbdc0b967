import { readInterview } from '../../../interview/parse';
import type { Interview } from '../../../interview/schema';
import { fetchText } from '../../../lib/fetch-json';
import {
  InvalidDataError,
  MissingDataError,
  NetworkError,
  NotFoundError,
} from '../../../lib/load-errors';
import { hasInterviewPage } from './interview-page';

/**
 * Fetches and validates an interview file, the same reading as
 * `interview:check`, so both accept exactly the same files. One not published
 * (or unreachable) may be kept on this device: the storage code loads only
 * then. Loaded with the first file fetched: a prerendered page holds its data
 * and needs none of this.
 */
export async function loadInterview(
  interviewId: string,
  url: string,
  what: string,
  signal: AbortSignal,
): Promise<{ interview: Interview; fromThisDevice: boolean }> {
  let text: string;
  try {
    text = await fetchText(url, what, signal);
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof NetworkError) {
      const { getKept } = await import('../../../lib/kept-interviews');
      const kept = await getKept(interviewId).catch(() => undefined);
      if (kept) return { interview: kept, fromThisDevice: true };
    }
    // Not found, but the site has the interview's page: its data is what is missing, not the link.
    if (error instanceof NotFoundError && (await hasInterviewPage(interviewId, signal))) {
      throw new MissingDataError(what);
    }
    throw error;
  }
  const result = readInterview(text);
  if (!result.ok) throw new InvalidDataError(url, result.problems);
  if (result.data.id !== interviewId) {
    throw new InvalidDataError(url, [
      { path: '$.id', message: `is "${result.data.id}" but the file is named ${interviewId}.json` },
    ]);
  }
  return { interview: result.data, fromThisDevice: false };
}
