import { FACETS, type Facet } from '../interview/facets';
import { libraryFiles, type LibraryOrder } from '../interview/library-layout';
import { DEFAULT_LIBRARY_QUERY, type LibraryQuery } from '../interview/library-query';
import { SEARCH_SCOPES, type SearchScope } from '../interview/search-units';
import { encodeTextDirective, type TextDirective } from '../interview/text-fragment';

// Every URL the app links to or fetches is built here: links are a public
// contract (see "Links" in the README), so nothing else concatenates paths.

/** Route patterns for the router. */
export const routePatterns = {
  library: '/',
  /**
   * The library's views that have a path of their own (see libraryPath):
   * pages 2 and on, and each value of a facet, paged. Relative: the router
   * nests them below the library's route, which stays mounted across them.
   */
  libraryViews: [
    'page/:page',
    ...FACETS.flatMap((facet) => [`${facet}/:value`, `${facet}/:value/page/:page`]),
  ],
  reader: '/i/:interviewId/:sectionId?',
  addInterview: '/add',
  openInterview: '/open',
} as const;

/**
 * What marks a prompt, or a pinned passage's term, written as Punycode (see
 * "Prompts and passages in any language" in the README; decoded by
 * src/config/prompt-codec.ts, which loads only when a link holds one).
 */
export const PUNYCODE_PREFIX = 'xn--';

/** A passage a lesson pins, with the teacher's prompt for it. */
export type Pin = {
  /**
   * The passage as a text directive, still in its URL form (like `quote`),
   * each term as it is or as `xn--` and its Punycode. Kept so, every link made
   * inside the lesson stays as short as the teacher's.
   */
  directive: string;
  prompt: string;
  /** In discussion mode, shown as an excerpt while its answer is hidden (`?excerpts=`). */
  excerpt: boolean;
};

/** What a reader URL's search parameters ask for (see "Links" in the README). */
export type ReaderParams = {
  /** Search query (`?q=`). */
  q: string;
  /** Where the search looks (`?in=questions` or `?in=answers`; everywhere when absent). */
  scope: SearchScope;
  /** Passages to mark and scroll to (`?quote=`, repeatable), each a text directive in its URL form. */
  quotes: string[];
  /** Lesson view: only these sections, in this order (`?sections=a,b`). */
  sections: string[] | undefined;
  /** Discussion mode hides answers until revealed (`?mode=discuss`). */
  mode: 'read' | 'discuss';
  /**
   * The teacher's prompt for the lesson (`?prompt=`), as the link writes it:
   * its text, or `xn--` and its Punycode (src/config/prompt-codec.ts, loaded
   * with the prompt's box). Kept so, every link made inside the lesson stays
   * as short as the teacher's. The same holds for every prompt below.
   */
  prompt: string;
  /** A prompt per section id (`?prompt.<section-id>=`). */
  sectionPrompts: Record<string, string>;
  /**
   * The lesson's passages, in order (`?pin=`, repeatable; prompts
   * `?prompt.pin.<n>=`, from 1; those shown as excerpts `?excerpts=1,3`, or
   * `?excerpts=show` for all).
   */
  pins: Pin[];
  /** What the link asks for that the reader cannot do (never part of a built link). */
  ignored?: IgnoredReaderParam[];
};

/** At most this many `quote` passages are marked: each is looked for in the whole interview. */
export const MOST_QUOTES = 20;

/**
 * A part of a reader link that was ignored: an empty `quote` or `pin`, a
 * `sections` or `mode` value that means nothing, an unknown parameter, quotes
 * past MOST_QUOTES. The notice words them (src/features/reader/ignored-params.ts).
 */
export type IgnoredReaderParam =
  | { kind: 'empty'; param: 'quote' | 'pin' }
  | { kind: 'sections' | 'mode'; value: string }
  | { kind: 'unknown'; param: string }
  | { kind: 'quotes'; more: number };

/** No parameters: the plain reader. */
export const NO_PARAMS: ReaderParams = {
  q: '',
  scope: 'all',
  quotes: [],
  sections: undefined,
  mode: 'read',
  prompt: '',
  sectionPrompts: {},
  pins: [],
};

/** The parameters that make a lesson: kept by every link made inside it, until "Show all". */
export type LessonParams = Pick<
  ReaderParams,
  'sections' | 'mode' | 'prompt' | 'sectionPrompts' | 'pins'
>;

/** A reader URL's lesson, or nothing when it is not one. */
export function lessonOf(params: ReaderParams): Partial<LessonParams> {
  const { sections, mode, prompt, sectionPrompts, pins } = params;
  return {
    ...(sections ? { sections } : {}),
    ...(mode === 'discuss' ? { mode } : {}),
    ...(prompt ? { prompt } : {}),
    ...(Object.keys(sectionPrompts).length > 0 ? { sectionPrompts } : {}),
    ...(pins.length > 0 ? { pins } : {}),
  };
}

/** Whether a URL is a lesson view: sections chosen, discussion mode, a prompt or pinned passages. */
export function isLesson(params: ReaderParams): boolean {
  return Object.keys(lessonOf(params)).length > 0;
}

/**
 * A search string that may be a lesson's (see isLesson): a `sections`,
 * `prompt…` or `pin` parameter with a value, or `mode=discuss`. Read by the
 * prerendered page's boot script before the app has come (src/lib/landing.ts),
 * so it errs towards yes: parseReaderSearch has the last word.
 */
export const LESSON_SEARCH = /[?&]((sections|prompt[^=&]*|pin)=[^&]|mode=discuss)/i;

function parseScope(raw: string): SearchScope {
  return SEARCH_SCOPES.find((scope) => scope !== 'all' && scope === raw) ?? 'all';
}

function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, '%20'));
  } catch {
    return raw;
  }
}

// Section ids are slugs, so `prompt.<section-id>` never holds a dot; a passage's is `prompt.pin.<n>`.
const SECTION_PROMPT = /^prompt\.([a-z0-9]+(?:-[a-z0-9]+)*)$/;
const PIN_PROMPT = /^prompt\.pin\.([1-9][0-9]{0,2})$/;

/**
 * Reads a reader URL's search string. `quote` and `pin` values stay
 * percent-encoded: their commas and hyphens are the directive's syntax, and
 * their encoded twins are text, so URLSearchParams (which decodes both alike)
 * cannot read them. A `+` in them is a space.
 */
export function parseReaderSearch(search: string): ReaderParams {
  const params: ReaderParams = {
    ...NO_PARAMS,
    quotes: [],
    sectionPrompts: {},
    pins: [],
  };
  const pinPrompts = new Map<number, string>();
  let excerpts: (n: number) => boolean = () => false;
  const ignored: IgnoredReaderParam[] = [];
  for (const pair of search.replace(/^\?/, '').split('&')) {
    if (pair === '') continue;
    const at = pair.indexOf('=');
    const key = decodeParam(at < 0 ? pair : pair.slice(0, at));
    const raw = at < 0 ? '' : pair.slice(at + 1);
    const value = decodeParam(raw);
    const sectionPrompt = SECTION_PROMPT.exec(key);
    const pinPrompt = PIN_PROMPT.exec(key);
    if (key === 'q') {
      params.q = value;
    } else if (key === 'in') {
      params.scope = parseScope(value);
    } else if (key === 'quote') {
      if (raw === '') ignored.push({ kind: 'empty', param: 'quote' });
      else params.quotes.push(raw);
    } else if (key === 'pin') {
      if (raw === '') ignored.push({ kind: 'empty', param: 'pin' });
      else params.pins.push({ directive: raw, prompt: '', excerpt: false });
    } else if (key === 'sections') {
      // Ids match whatever their letter case.
      const ids = value
        .split(',')
        .map((id) => id.trim().toLowerCase())
        .filter(Boolean);
      if (ids.length > 0) params.sections = ids;
      else ignored.push({ kind: 'sections', value });
    } else if (key === 'mode') {
      const mode = value.trim().toLowerCase();
      if (mode === 'discuss' || mode === 'read') params.mode = mode;
      else ignored.push({ kind: 'mode', value });
    } else if (key === 'excerpts') {
      excerpts = excerptsOf(value);
    } else if (key === 'prompt') {
      params.prompt = value.trim();
    } else if (pinPrompt) {
      pinPrompts.set(Number(pinPrompt[1]), value.trim());
    } else if (sectionPrompt?.[1]) {
      params.sectionPrompts[sectionPrompt[1]] = value.trim();
    } else {
      ignored.push({ kind: 'unknown', param: key });
    }
  }
  params.pins = params.pins.map((pin, i) => ({
    ...pin,
    prompt: pinPrompts.get(i + 1) ?? '',
    excerpt: excerpts(i + 1),
  }));
  if (params.quotes.length > MOST_QUOTES) {
    ignored.push({ kind: 'quotes', more: params.quotes.length - MOST_QUOTES });
    params.quotes = params.quotes.slice(0, MOST_QUOTES);
  }
  if (ignored.length > 0) params.ignored = ignored;
  return params;
}

/** Which pinned passages (numbered from 1) `excerpts=` shows: `show` is all of them, `1,3` those two. */
function excerptsOf(value: string): (n: number) => boolean {
  if (value === 'show') return () => true;
  const numbers = new Set(value.split(',').map((n) => Number(n.trim())));
  return (n) => numbers.has(n);
}

/** The `excerpts` value for these pins: `show` when all are shown as excerpts, else their numbers. */
function excerptsParam(pins: readonly Pin[]): string | undefined {
  const shown = pins.flatMap((pin, i) => (pin.excerpt ? [i + 1] : []));
  if (shown.length === 0) return undefined;
  return shown.length === pins.length ? 'show' : shown.join(',');
}

/**
 * A directive's URL form made readable where that changes nothing: spaces as
 * `+` (which `quote` reads as a space, a literal `+` being `%2B`) and hyphens
 * inside a term as they are (only a hyphen at a term's start or end is syntax).
 * `A%2020%2Dton%20tanker` becomes `A+20-ton+tanker`.
 */
export function readableDirective(encoded: string): string {
  return encoded
    .split(',')
    .map((term) => term.replace(/(?<=.)%2D(?=.)/g, '-').replace(/%20/g, '+'))
    .join(',');
}

/**
 * A query value percent-encoded for a URL, but readable: spaces as `+`, and
 * the punctuation a query may hold as it is. `&`, `=`, `#`, `+` and `%` stay encoded.
 */
export function queryValue(text: string): string {
  return encodeURIComponent(text)
    .replace(/%20/g, '+')
    .replace(/%(2C|3F|2F|3A|40|21|24|27|28|29|2A|3B)/g, (_match, hex: string) =>
      String.fromCharCode(parseInt(hex, 16)),
    );
}

/** The search string for reader parameters ('' for none), in a stable order. */
export function readerSearch(params: Partial<ReaderParams>): string {
  const sectionPrompts = Object.entries(params.sectionPrompts ?? {}).filter(([, text]) => text);
  const excerpts = excerptsParam(params.pins ?? []);
  const parts = [
    ...(params.q ? [`q=${queryValue(params.q)}`] : []),
    ...(params.scope && params.scope !== 'all' ? [`in=${params.scope}`] : []),
    ...(params.sections ? [`sections=${params.sections.map(encodeURIComponent).join(',')}`] : []),
    ...(params.mode === 'discuss' ? ['mode=discuss'] : []),
    ...(excerpts ? [`excerpts=${excerpts}`] : []),
    ...(params.prompt ? [`prompt=${queryValue(params.prompt)}`] : []),
    ...sectionPrompts.map(([id, text]) => `prompt.${id}=${queryValue(text)}`),
    ...(params.pins ?? []).flatMap((pin, i) => [
      `pin=${pin.directive}`,
      ...(pin.prompt ? [`prompt.pin.${i + 1}=${queryValue(pin.prompt)}`] : []),
    ]),
    ...(params.quotes ?? []).map((quote) => `quote=${quote}`),
  ];
  return parts.length > 0 ? `?${parts.join('&')}` : '';
}

/** A library URL parameter that was not understood, and so not applied. */
export type IgnoredParam = { name: 'sort' | 'page'; value: string };

/** The search string of a library view ('' for the whole library), in a stable order (spaces as `+`). */
export function librarySearch(query: Partial<LibraryQuery>): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  for (const facet of FACETS) {
    const value = query.filters?.[facet];
    if (value !== undefined) params.set(facet, value);
  }
  if (query.sort !== undefined && query.sort !== DEFAULT_LIBRARY_QUERY.sort)
    params.set('sort', query.sort);
  if (query.page !== undefined && query.page !== 1) params.set('page', String(query.page));
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

/** A facet key that is its own path segment (and file name): ASCII words and hyphens. */
const PATH_KEY = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The path of a library view that has one, or undefined: the whole library
 * or one facet value, newest first, unsearched (`/`, `/page/2`,
 * `/person/viktor-maiko`, `/topic/energy/page/3`). The build prerenders
 * every such page, so they read with JavaScript off and on any static host;
 * every other view (several filters, another order, a search, a key that is
 * not ASCII words) is `/` with a query string, which the app reads.
 */
export function libraryPath(query: Partial<LibraryQuery>): string | undefined {
  if (query.q || (query.sort !== undefined && query.sort !== DEFAULT_LIBRARY_QUERY.sort)) {
    return undefined;
  }
  const filters = FACETS.flatMap((facet) => {
    const key = query.filters?.[facet];
    return key === undefined ? [] : [[facet, key] as const];
  });
  const [filter, ...more] = filters;
  if (more.length > 0 || (filter && !PATH_KEY.test(filter[1]))) return undefined;
  const page = query.page !== undefined && query.page > 1 ? `page/${query.page}` : '';
  const base = filter ? `/${filter[0]}/${filter[1]}` : '';
  return page === '' ? base || '/' : `${base}/${page}`;
}

/** A passage as a `quote` or `pin` value: its directive, readable. */
export function directiveParam(directive: TextDirective): string {
  return readableDirective(encodeTextDirective(directive));
}

/** The id of the library's "On this device" list, the fragment of `paths.keptInterviews()`. */
export const KEPT_INTERVIEWS_ID = 'on-this-device';

/** Links inside the app, relative to the router's basename. */
export const paths = {
  /**
   * The library: all of it, or filtered, sorted and paged. A view of one
   * facet value or a page of the whole library has a path of its own
   * (libraryPath); others are `/` with a query string.
   */
  library: (query: Partial<LibraryQuery> = {}) => libraryPath(query) ?? `/${librarySearch(query)}`,
  /** The library's list of the interviews kept on this device, below the published ones. */
  keptInterviews: () => `/#${KEPT_INTERVIEWS_ID}`,
  /** The "Add an interview" page: paste, choose or drop an article, check it, keep it on this device. */
  addInterview: () => '/add',
  /** The same page, opening the interview file at an address (fetched with CORS). */
  openInterview: (src: string) => `/open?src=${encodeURIComponent(src)}`,
  /**
   * An interview kept on this device has the same reader URL as a published
   * one (`/i/<id>`): the reader looks for the file first, then on this device.
   * Its links open only on this device until it is published under that id;
   * then they work everywhere, unchanged. An unknown path is served by the
   * static host's fallback page, which boots the app in the browser.
   */
  interview: (interviewId: string, params: Partial<ReaderParams> = {}) =>
    `/i/${encodeURIComponent(interviewId)}${readerSearch(params)}`,
  section: (interviewId: string, sectionId: string, params: Partial<ReaderParams> = {}) =>
    `/i/${encodeURIComponent(interviewId)}/${encodeURIComponent(sectionId)}${readerSearch(params)}`,
  /**
   * A question or key quote: its section's page, scrolled to the anchor (or
   * the interview's page, `sectionId` undefined: the fragment works on any
   * reader URL).
   */
  anchor: (
    interviewId: string,
    sectionId: string | undefined,
    anchorId: string,
    params: Partial<ReaderParams> = {},
  ) => `${paths.reader(interviewId, sectionId, params)}#${encodeURIComponent(anchorId)}`,
  /** Any reader view: the interview or one section, with parameters and a fragment. */
  reader: (
    interviewId: string,
    sectionId: string | undefined,
    params: Partial<ReaderParams>,
    hash = '',
  ) =>
    `${sectionId === undefined ? paths.interview(interviewId, params) : paths.section(interviewId, sectionId, params)}${hash}`,
  /** A passage: its section's page with the passage as a text directive (see text-fragment.ts). */
  passage: (
    interviewId: string,
    sectionId: string,
    directive: TextDirective,
    lesson: Partial<LessonParams> = {},
  ) =>
    paths.section(interviewId, sectionId, {
      ...lesson,
      quotes: [directiveParam(directive)],
    }),
};

/** A link as a full URL, to copy and paste elsewhere. */
export function absoluteUrl(
  path: string,
  origin: string = window.location.origin,
  baseUrl: string = import.meta.env.BASE_URL,
): string {
  return new URL(`${routerBasename(baseUrl)}${path}`, origin).href;
}

/**
 * A link as a full URL on the site's published address (SITE_URL at build, the origin of every
 * canonical link), for paper: a printed address outlives the host it was printed from.
 */
export function publishedUrl(path: string): string {
  return absoluteUrl(path, import.meta.env.SITE_ORIGIN);
}

/** The site's base path without its trailing slash ('' at the root), as the router's basename wants it. */
export function routerBasename(baseUrl: string = import.meta.env.BASE_URL): string {
  return baseUrl.replace(/\/+$/, '');
}

/** Data files, below the site's base path. */
export const dataUrls = {
  librarySummary: (baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}${libraryFiles.summary()}`,
  libraryShard: (order: LibraryOrder, shard: number, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}${libraryFiles.shard(order, shard)}`,
  facetList: (facet: Facet, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}${libraryFiles.facetList(facet)}`,
  facetPostings: (facet: Facet, key: string, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}${libraryFiles.facetPostings(facet, key)}`,
  publishedIds: (file: number, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}${libraryFiles.publishedIds(file)}`,
  interview: (interviewId: string, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}interviews/${encodeURIComponent(interviewId)}.json`,
  /** An interview's photo: its https URL, or its file below the interviews folder. */
  image: (src: string, baseUrl: string = import.meta.env.BASE_URL) =>
    src.startsWith('https://') ? src : `${baseUrl}interviews/${src}`,
};
