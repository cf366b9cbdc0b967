import { readInterview } from '../../../interview/parse';
import type { Interview } from '../../../interview/schema';
import { fetchText } from '../../../lib/fetch-json';
import {
  InvalidDataError,
  MissingDataError,
  NetworkError,
  NotFoundError,
} from '../../../lib/load-errors';
import { mayHaveKept } from '../../../lib/kept-database';
import { isPublishedOnSite, siteFiles } from '../../../lib/published-ids';
import { hasInterviewPage, isPublishedHere } from './interview-page';

/** The interview as kept on this device, if it is; the storage code loads only where one may be. */
async function keptOnThisDevice(interviewId: string): Promise<Interview | undefined> {
  if (!(await mayHaveKept())) return undefined;
  const { getKept } = await import('../../../lib/kept-interviews');
  return getKept(interviewId).catch(() => undefined);
}

/**
 * Fetches and validates an interview file, the same reading as
 * `interview:check`, so both accept exactly the same files. One not published
 * (or unreachable) may be kept on this device: the storage code loads only
 * then. Loaded with the first file fetched: a prerendered page holds its data
 * and needs none of this.
 *
 * `deviceFirst`: for the address of a page the site has not built (its
 * 404.html), the device's storage is read before the site is asked. The site
 * had no page for the address, so the interview is not published (unless the
 * page is the interview's own 404.html, for an unknown section of it): a kept
 * one opens with no request for a file that is not there (which the console
 * reported as an error). One the device has not got is then fetched as before
 * (an unknown interview, or one published since the page was answered).
 * Otherwise (a page of the app opened the address) an interview kept on this
 * device opens from there unless the site publishes one with its id, read in
 * the published ids (isPublishedOnSite), not by asking for its file, which
 * the console reported as an error for every interview kept and opened from
 * "Add an interview" or the library; a published one kept here too (its file
 * published from this device) is the site's. One not kept is asked of the
 * site, and the storage once more if the site has none or cannot be reached.
 */
export async function loadInterview(
  interviewId: string,
  url: string,
  what: string,
  signal: AbortSignal,
  deviceFirst = false,
): Promise<{ interview: Interview; fromThisDevice: boolean }> {
  // The device's copy, read once. (An address below a published interview is answered by the
  // interview's own 404.html: not looked for there.)
  const kept =
    deviceFirst && isPublishedHere(interviewId) ? undefined : await keptOnThisDevice(interviewId);
  // In-app, the site's if it publishes the id; offline, or on a site without the library's files
  // (the development server), the kept one.
  const opensKept =
    kept !== undefined &&
    (deviceFirst || !(await isPublishedOnSite(interviewId, siteFiles(signal)).catch(() => false)));
  if (opensKept) return { interview: kept, fromThisDevice: true };
  let text: string;
  try {
    text = await fetchText(url, what, signal);
  } catch (error) {
    if (kept && (error instanceof NotFoundError || error instanceof NetworkError))
      return { interview: kept, fromThisDevice: true };
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
