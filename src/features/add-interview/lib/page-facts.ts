import * as z from 'zod/mini';
import { httpUrl, isoDate, nameText } from '../../../interview/fields';
import type { PageFacts } from '../../../interview/import/read-article';

// A saved page's metadata is whatever its site wrote: each fact is checked as the interview's
// field it becomes is, and one that is not what it claims (a relative or javascript: address, a
// date in words, a name over 200 characters) is left out, the others kept.

/** Spaces as one, at the ends none: as the page shows the name. */
function collapsed(text: string | null | undefined): string | undefined {
  const value = text?.replace(/\s+/g, ' ').trim();
  return value === '' ? undefined : value;
}

/** The first of `candidates` the schema accepts. */
function firstValid(schema: z.ZodMiniType<string>, candidates: (string | undefined)[]) {
  for (const candidate of candidates) {
    if (candidate === undefined) continue;
    const checked = schema.safeParse(candidate);
    if (checked.success) return checked.data;
  }
  return undefined;
}

/**
 * The article's address a saved page's metadata gives: its canonical link, else og:url (absolute
 * http or https only: a saved page has no address of its own to resolve a relative one against).
 * Read before Readability runs on the page, which changes it.
 */
export function pageAddress(page: Document): string | undefined {
  return firstValid(httpUrl, [
    collapsed(page.querySelector('link[rel~="canonical" i]')?.getAttribute('href')),
    collapsed(page.querySelector('meta[property="og:url" i]')?.getAttribute('content')),
  ]);
}

/**
 * The publication, address and date a saved page's metadata gives, each checked: `siteName` and
 * `publishedTime` as Readability read them (og:site_name, article:published_time and their kin),
 * the address as `pageAddress` read it.
 */
export function pageFacts(
  url: string | undefined,
  read: { siteName?: string | null | undefined; publishedTime?: string | null | undefined },
): PageFacts {
  const publication = firstValid(nameText, [collapsed(read.siteName)]);
  // "2025-06-03T23:15:00-04:00": the date as the publisher wrote it, in its own time zone.
  const published = firstValid(isoDate, [collapsed(read.publishedTime)?.slice(0, 10)]);
  return {
    ...(publication !== undefined ? { publication } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(published !== undefined ? { published } : {}),
  };
}
