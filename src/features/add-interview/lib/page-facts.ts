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

/** What a page's schema.org JSON-LD says of its article, each fact checked. */
export type LinkedFacts = { publication?: string; published?: string; author?: string };

// JSON-LD is whatever the site wrote: an object is any JSON object, and each value read from one
// is checked for what it should be (a string, an object, a list) where it is read.
const jsonObject = z.record(z.string(), z.unknown());
type JsonObject = z.infer<typeof jsonObject>;
const jsonString = z.string();
const jsonList = z.array(z.unknown());

/** The types that describe the article itself (BreadcrumbList, WebSite, Organization do not). */
const ARTICLE_TYPES = ['Article', 'NewsArticle', 'BlogPosting', 'ReportageNewsArticle'];

function objectOf(value: unknown): JsonObject | undefined {
  const checked = jsonObject.safeParse(value);
  return checked.success ? checked.data : undefined;
}

function stringOf(value: unknown): string | undefined {
  const checked = jsonString.safeParse(value);
  return checked.success ? collapsed(checked.data) : undefined;
}

/** A value that may be one or a list, as a list. */
function listOf(value: unknown): unknown[] {
  const checked = jsonList.safeParse(value);
  return checked.success ? checked.data : [value];
}

function typesOf(node: JsonObject): string[] {
  return listOf(node['@type']).flatMap((type) => stringOf(type) ?? []);
}

/**
 * The objects of a page's JSON-LD blocks: each block's object, or the objects of its list, or of
 * its `@graph` (Yoast and most CMSs). A block that is not JSON is skipped: it is text, never run.
 */
function linkedNodes(page: Document): JsonObject[] {
  const nodes: JsonObject[] = [];
  for (const script of page.querySelectorAll('script[type="application/ld+json" i]')) {
    let data: unknown;
    try {
      data = JSON.parse(script.textContent ?? '');
    } catch {
      continue;
    }
    for (const item of listOf(data)) {
      const node = objectOf(item);
      if (!node) continue;
      const graph = jsonList.safeParse(node['@graph']);
      for (const inner of graph.success ? graph.data : [node]) {
        const object = objectOf(inner);
        if (object) nodes.push(object);
      }
    }
  }
  return nodes;
}

/**
 * What a saved page's JSON-LD says of its article: the publisher's name, the date published and
 * the author if a person (an Organization writes no interview), from its Article (NewsArticle,
 * BlogPosting, ReportageNewsArticle), else its WebPage. A publisher or author given as a reference
 * ({"@id": …}, as Yoast's graph does) is the graph's object with that id. Read before the page's
 * scripts are taken out, which these blocks are. Each value is checked as the interview's field it
 * becomes is; one that is not (a name over 200 characters, a date in words) is left out.
 */
export function linkedDataFacts(page: Document): LinkedFacts {
  const nodes = linkedNodes(page);
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) {
    const id = stringOf(node['@id']);
    if (id !== undefined && !byId.has(id)) byId.set(id, node);
  }
  const resolved = (value: unknown): JsonObject | undefined => {
    const node = objectOf(value);
    const id = node && stringOf(node['@id']);
    const target = id === undefined ? undefined : byId.get(id);
    return node && target ? { ...target, ...node } : node;
  };
  const isA = (types: string[]) => (node: JsonObject) =>
    typesOf(node).some((type) => types.includes(type));
  const described = [...nodes.filter(isA(ARTICLE_TYPES)), ...nodes.filter(isA(['WebPage']))];

  const publication = firstValid(
    nameText,
    described.map((node) => stringOf(resolved(node.publisher)?.name)),
  );
  const published = firstValid(
    isoDate,
    described.map((node) => stringOf(node.datePublished)?.slice(0, 10)),
  );
  const author = firstValid(
    nameText,
    described.flatMap((node) =>
      listOf(node.author)
        .map(resolved)
        .filter((person) => person !== undefined && isA(['Person'])(person))
        .map((person) => stringOf(person?.name)),
    ),
  );
  return {
    ...(publication !== undefined ? { publication } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(author !== undefined ? { author } : {}),
  };
}

/**
 * The publication, address and date a saved page's metadata gives, each checked: `siteName` and
 * `publishedTime` as Readability read them (og:site_name, article:published_time and their kin),
 * the address as `pageAddress` read it; where those say nothing, what its JSON-LD says (`linked`),
 * and the author it names, for the interviewer.
 */
export function pageFacts(
  url: string | undefined,
  read: { siteName?: string | null | undefined; publishedTime?: string | null | undefined },
  linked: LinkedFacts = {},
): PageFacts {
  // The meta tags first: og:site_name is the name the site shows ("The Guardian"), JSON-LD's
  // publisher often the company's ("Guardian News & Media"); and pages read before stay as read.
  const publication = firstValid(nameText, [collapsed(read.siteName), linked.publication]);
  // "2025-06-03T23:15:00-04:00": the date as the publisher wrote it, in its own time zone.
  const published = firstValid(isoDate, [
    collapsed(read.publishedTime)?.slice(0, 10),
    linked.published,
  ]);
  return {
    ...(publication !== undefined ? { publication } : {}),
    ...(url !== undefined ? { url } : {}),
    ...(published !== undefined ? { published } : {}),
    ...(linked.author !== undefined ? { author: linked.author } : {}),
  };
}
