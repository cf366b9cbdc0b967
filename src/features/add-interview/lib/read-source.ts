// Whatever a person brings (pasted text, a file, an address) as a draft to
// correct, or a message saying in words why it cannot be read.
import type { Draft } from '../../../interview/import/draft';
import { parseDraft } from '../../../interview/import/draft';
import type { PageFacts } from '../../../interview/import/read-article';
import { draftFromInterview } from '../../../interview/import/from-interview';
import { intervieweeName, interviewIdOf } from '../../../interview/import/labels';
import { parseJson, readInterview } from '../../../interview/parse';
import { problemLines } from '../../../interview/problems';
import { needsRomanizing } from '../../../interview/slug';
import { decodeText, MAX_FILE_BYTES } from '../../../lib/decode-text';
import { yieldToBrowser } from '../../../lib/yield-to-browser';
import { readArticleInWorker } from '../api/article-import-client';
import { loadRomanize } from './romanizer';

export type SourceResult = { ok: true; draft: Draft } | { ok: false; error: string };

/**
 * A draft from an article's text (its ids in Latin letters when its names are in another
 * script), with what a saved page's metadata said of it (`page`), read in a worker: a long text's read no longer holds the page. Rejects when
 * `signal` aborts it.
 */
export async function fromText(
  text: string,
  signal?: AbortSignal,
  page?: PageFacts,
): Promise<SourceResult> {
  const read = await readArticleInWorker(text, signal, page);
  if (!read.ok) return { ok: false, error: capitalise(read.error) };
  const { draft } = read;
  // The id is made of the guest's name, the title and the year; without the romanizer (offline
  // and never loaded), it leaves names in other scripts out, as the worker made it.
  if (!needsRomanizing(`${intervieweeName(draft.people) ?? ''} ${draft.meta.title}`))
    return { ok: true, draft };
  const romanize = await loadRomanize().catch(() => undefined);
  signal?.throwIfAborted();
  return romanize
    ? { ok: true, draft: { ...draft, meta: { ...draft.meta, id: interviewIdOf(draft, romanize) } } }
    : { ok: true, draft };
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A draft from JSON: an interview file, read exactly as the reader and
 * `interview:check` read one, or a draft downloaded earlier.
 */
export function fromJson(source: string, what: string): SourceResult {
  const interview = readInterview(source);
  if (interview.ok) return { ok: true, draft: draftFromInterview(interview.data) };
  const json = parseJson(source);
  const draft = json.ok ? parseDraft(json.data) : undefined;
  if (draft) return { ok: true, draft };
  const problems = problemLines(interview.problems).slice(0, 5).join('; ');
  return {
    ok: false,
    error: json.ok
      ? `${what} is JSON but not an interview file: ${problems}`
      : `${what} is not valid JSON: ${problems}`,
  };
}

/** What a read says it is doing, where it is not just reading a text. */
export type Say = (what: string) => void;

/**
 * A page this long holds the page's thread for its extraction in steps of a share of a second
 * (a megabyte's took 0.5-1.2 s for Readability alone at a load of 20: docs/measurements.md):
 * the read says so at once. A shorter one is read before a status would be seen.
 */
const LONG_PAGE = 200_000;

async function fromHtml(html: string, signal?: AbortSignal, say?: Say): Promise<SourceResult> {
  if (html.length >= LONG_PAGE && say) {
    say('Reading the page…');
    await yieldToBrowser();
  }
  const { extractArticle } = await import('./extract-article');
  const { text, facts } = await extractArticle(html);
  signal?.throwIfAborted();
  if (text.trim() === '') return { ok: false, error: 'No article text was found in this page.' };
  return fromText(text, signal, facts);
}

/** A draft from a file that was chosen or dropped. */
export async function fromFile(file: File, signal?: AbortSignal, say?: Say): Promise<SourceResult> {
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `“${file.name}” is too large (${file.size.toLocaleString('en')} bytes; the limit is ${MAX_FILE_BYTES.toLocaleString('en')}).`,
    };
  }
  const decoded = decodeText(new Uint8Array(await file.arrayBuffer()));
  if (!decoded.ok) return { ok: false, error: `“${file.name}”: ${decoded.error}.` };
  const name = file.name.toLowerCase();
  if (name.endsWith('.json') || file.type === 'application/json')
    return fromJson(decoded.text, `“${file.name}”`);
  if (
    /\.x?html?$/.test(name) ||
    file.type === 'text/html' ||
    /^\s*<(?:!doctype|html)/i.test(decoded.text)
  )
    return fromHtml(decoded.text, signal, say);
  return fromText(decoded.text, signal);
}

/** A draft from the address of an interview file (or an article page whose server allows it). */
export async function fromAddress(
  address: string,
  signal?: AbortSignal,
  say?: Say,
): Promise<SourceResult> {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return {
      ok: false,
      error: `“${address}” is not a web address (it should start with https://).`,
    };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    return { ok: false, error: 'Only http and https addresses can be opened.' };
  if (url.protocol === 'http:' && globalThis.location?.protocol === 'https:') {
    return {
      ok: false,
      error:
        `This page is served securely (https), so the browser will not let it read ${url.host} over plain http. ` +
        'Use the https:// address of the file, or download the file and choose it above.',
    };
  }
  let response: Response;
  try {
    response = await fetch(url, {
      mode: 'cors',
      credentials: 'omit',
      ...(signal ? { signal } : {}),
    });
  } catch {
    if (signal?.aborted) return { ok: false, error: 'Stopped.' };
    return { ok: false, error: await whyNotFetched(url, signal) };
  }
  if (!response.ok) {
    return {
      ok: false,
      error: `The server at ${url.host} answered ${response.status}${response.statusText ? ` (${response.statusText})` : ''}: the file is not there or not public.`,
    };
  }
  const decoded = decodeText(new Uint8Array(await response.arrayBuffer()));
  if (!decoded.ok) return { ok: false, error: `The file at ${url.host}: ${decoded.error}.` };
  const type = response.headers.get('content-type') ?? '';
  if (type.includes('json') || url.pathname.endsWith('.json') || /^\s*[{[]/.test(decoded.text))
    return fromJson(decoded.text, 'The file');
  if (type.includes('html')) return fromHtml(decoded.text, signal, say);
  return fromText(decoded.text, signal);
}

/**
 * Why a fetch failed, in words. The browser does not say, so ask again
 * without reading the answer (no-cors): if the server answers that, it is
 * there and only refuses to let other sites read it.
 */
async function whyNotFetched(url: URL, signal: AbortSignal | undefined): Promise<string> {
  const instead = 'Download the file and choose it above instead.';
  if (globalThis.navigator?.onLine === false) {
    return `This device is offline, so ${url.host} cannot be reached. Connect and try again, or ${instead.charAt(0).toLowerCase()}${instead.slice(1)}`;
  }
  const answered = await fetch(url, {
    mode: 'no-cors',
    credentials: 'omit',
    ...(signal ? { signal } : {}),
  }).then(
    () => true,
    () => false,
  );
  return answered
    ? `The server at ${url.host} answered, but it does not allow other sites to read the file: ` +
        'it sends no CORS header (“Access-Control-Allow-Origin”). Ask whoever publishes it to allow ' +
        `that, or put the file where it is allowed (for example a GitHub Gist’s raw address). ${instead}`
    : `Nothing answered at ${url.host}: the address may be wrong, the server down, or the network ` +
        `blocked. Check the address and your connection. ${instead}`;
}
