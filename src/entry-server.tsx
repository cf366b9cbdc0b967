import { QueryClientProvider } from '@tanstack/react-query';
import { renderToStaticMarkup, renderToString } from 'react-dom/server';
import { createStaticHandler, createStaticRouter, StaticRouterProvider } from 'react-router-dom';
import { PAGE_DATA_ID, queriesOf, serializePageData, type PageData } from './app/page-data';
import { addInterviewHead, notFoundHead, type Site } from './app/page-head';
import { createQueryClient } from './lib/query-client';
import { appRoutes } from './app/router';
import { LoadingPage } from './app/routes/root-layout';
import { RouteError } from './app/routes/route-error';
import { absoluteUrl, LESSON_SEARCH, paths, routePatterns, routerBasename } from './config/paths';
import { AddWithoutScript } from './features/add-interview/components/add-without-script';
import {
  formatHandoutCitation,
  handoutCitationQueryOptions,
} from './features/print/api/get-handout-citation';
import { interviewQueryOptions } from './features/reader/api/get-interview';
import { PUBLISHED_INTERVIEW_ATTRIBUTE } from './features/reader/api/interview-page';
import { keepParamsScript } from './features/search/early-submit';
import {
  bootScript,
  fragmentHeadScript,
  LANDING_TARGET_ATTRIBUTE,
  lessonHeadScript,
  PRINTED_LINK_PROPERTY,
} from './lib/landing';
import { headScript } from './lib/early-clicks';
import { ROUTE_MODULES } from './app/router';
import {
  allowSource,
  chunkFiles,
  composePage,
  fileForPath,
  inlineIcons,
  inlineStylesheets,
  printedLinkStyle,
  robotsTxt,
  sitemapFiles,
} from './prerender/page-html';
import { PrintedAddress } from './prerender/printed-address';
import { SearchIndexFields } from './prerender/search-index-fields';
import { SectionNotFound } from './prerender/section-not-found';
import {
  interviewPages,
  libraryEntries,
  libraryPage,
  libraryViewPages,
  readInterview,
  type SitePage,
} from './prerender/site-pages';
import type { Interview } from './interview/schema';

// The prerender's entry, built by Vite for Node (scripts/lib/vite-prerender.ts):
// renders every public page of the app to static HTML, in one process, from
// data validated at build time, with no browser and no network.

/** One page: the markup inside #root, its status, and the data the browser hydrates it from. */
export type RenderedPage = { status: number; html: string; data: PageData };

// React 19 emits a component's <title> before the markup when it renders
// less than a whole document; the prerender writes each page's head itself.
const LEADING_HOISTABLES = /^(?:<title>[^<]*<\/title>|<meta [^>]*>|<link [^>]*>)+/;

/**
 * Renders the app at a path below the site's base (`/i/<id>/<section>`), with
 * its interview and any other data its page should hold (`queries`).
 */
export async function renderPage(
  pathname: string,
  interview?: Interview,
  queries: PageData['queries'] = [],
): Promise<RenderedPage> {
  const queryClient = createQueryClient();
  const interviewKey = interview && interviewQueryOptions(interview.id).queryKey;
  if (interviewKey) queryClient.setQueryData(interviewKey, interview);
  for (const { queryKey, data } of queries) queryClient.setQueryData(queryKey, data);
  const basename = routerBasename();
  const handler = createStaticHandler(
    appRoutes(() => Promise.resolve(queryClient), <RouteError />),
    { basename },
  );
  const url = new URL(`${basename}${pathname}`, PRERENDER_ORIGIN);
  const context = await handler.query(new Request(url));
  if (context instanceof Response) {
    throw new Error(`${pathname} redirects (${context.status}): a static page cannot`);
  }
  if (context.errors) {
    const errors: unknown[] = Object.values(context.errors);
    const reason = errors.map((e) => (e instanceof Error ? e.message : String(e))).join('; ');
    throw new Error(`${pathname} could not be rendered: ${reason}`, { cause: errors[0] });
  }
  const router = createStaticRouter(handler.dataRoutes, context);
  const html = renderToString(
    <QueryClientProvider client={queryClient}>
      <StaticRouterProvider router={router} context={context} hydrate={false} />
    </QueryClientProvider>,
  ).replace(LEADING_HOISTABLES, '');
  return {
    status: context.statusCode,
    html,
    // The interview travels once, as the reader's loader data.
    data: { queries: queriesOf(queryClient, interviewKey), loaderData: context.loaderData },
  };
}

/** Where the prerender reads the build and writes into it; paths are relative to the site's root. */
export type PrerenderIo = {
  /** The built index.html, the template of every page. */
  template: string;
  /** The interview files of the build (`interviews/<id>.json`). */
  interviewFiles: () => string[];
  /** A file of the build as text (`library/index.json`), or undefined when there is none. */
  readFile: (file: string) => string | undefined;
  /** Writes a file of the site (`i/<id>.html`, `404.html`, `sitemap.xml`). */
  writeFile: (file: string, text: string) => void;
  /**
   * The build's minifier of the inline scripts (scripts/lib/minify-script.ts), run in Node
   * beside the build, not bundled into the server entry; without it they are written as made.
   */
  minifyScript?: (source: string) => string;
};

// Requests of the app while it renders go here, and are answered from the build.
const PRERENDER_ORIGIN = 'http://prerender.invalid';

/**
 * Answers the app's requests for data files from the build while pages
 * render, as the static host will in the browser (the library's loader
 * fetches its summary and first shard).
 */
function fetchFromBuild(io: PrerenderIo, baseUrl: string): typeof fetch {
  return (input) => {
    const url = new URL(input instanceof Request ? input.url : String(input), PRERENDER_ORIGIN);
    const pathname = decodeURIComponent(url.pathname);
    const text = pathname.startsWith(baseUrl)
      ? io.readFile(pathname.slice(baseUrl.length))
      : undefined;
    return Promise.resolve(
      text === undefined
        ? new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } })
        : new Response(text, { headers: { 'content-type': 'application/json' } }),
    );
  };
}

async function sha256(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return btoa(String.fromCharCode(...new Uint8Array(digest)));
}

/** What to prerender besides the library and the interview pages. */
export type PrerenderOptions = {
  /**
   * A page per section too (the default). Only the scale bench turns it off,
   * to measure search over a large library without writing every section:
   * the search index reads the interview pages alone.
   */
  sectionPages?: boolean;
};

/**
 * Writes every public page (the library, every interview, every section),
 * 404.html, sitemap.xml and robots.txt. Returns the number of pages.
 */
export async function prerenderSite(
  io: PrerenderIo,
  site: Site,
  { sectionPages = true }: PrerenderOptions = {},
): Promise<number> {
  const minify = io.minifyScript ?? ((source: string) => source);
  const boot = minify(bootScript(LESSON_SEARCH));
  // Marks the page as scripted before its body paints: controls that need
  // JavaScript (no-js:hidden) take their place in the first layout, not at
  // the boot script after the text (a layout shift of 0.11 at 390 px); and
  // records the buttons pressed before the app starts (src/lib/early-clicks.ts);
  // the library's search sent before then keeps the address's filters
  // (src/features/search/early-submit.ts). It also holds a fragment link's
  // first paint until the boot script has landed it (the page data block
  // comes after the boot script), and marks a lesson link's page before its
  // text is parsed (src/lib/lesson-pending.ts).
  const markScripted = minify(
    `${headScript()};${keepParamsScript()};${fragmentHeadScript(PAGE_DATA_ID)};${lessonHeadScript(LESSON_SEARCH)}`,
  );
  // The stylesheet and the icon are inlined: a page paints from its own
  // bytes, with no request of its own blocking the first paint (each
  // style's hash in the policy).
  const base = import.meta.env.BASE_URL;
  const readBuilt = (href: string) =>
    href.startsWith(base) ? io.readFile(href.slice(base.length)) : undefined;
  const inlined = inlineStylesheets(inlineIcons(io.template, readBuilt), readBuilt);
  let template = inlined.template;
  for (const source of [boot, markScripted]) {
    template = allowSource(template, 'script-src', `'sha256-${await sha256(source)}'`);
  }
  for (const css of inlined.styles) {
    template = allowSource(template, 'style-src', `'sha256-${await sha256(css)}'`);
  }
  const manifest = io.readFile('.vite/manifest.json');
  const preload = {
    library: chunkFiles(manifest, ROUTE_MODULES.library, template),
    reader: chunkFiles(manifest, ROUTE_MODULES.reader, template),
    // A page rendered on the client: the entry's own imports (vite.config.ts
    // leaves preloading to the prerender).
    client: chunkFiles(manifest, 'index.html', template),
  };
  // Each interview's keys in the library, for its pages' search fields.
  const entries = libraryEntries(io.readFile);
  const preloadOf = (route: keyof typeof preload) => preload[route].map((file) => `${base}${file}`);
  const write = async (page: SitePage, queries: PageData['queries'] = []) => {
    const rendered = await renderPage(page.pathname, page.interview, queries);
    if (rendered.status !== 200) {
      throw new Error(`${page.pathname} rendered with status ${rendered.status}`);
    }
    const data = `<script type="application/json" id="${PAGE_DATA_ID}">${serializePageData(rendered.data)}</script>`;
    // Without JavaScript every printed sheet of an interview names the page (its canonical address).
    const printed =
      page.interview && page.head.canonical
        ? printedLinkStyle(page.head.canonical, PRINTED_LINK_PROPERTY)
        : undefined;
    const pageTemplate = printed
      ? allowSource(template, 'style-src', `'sha256-${await sha256(printed)}'`)
      : template;
    io.writeFile(
      fileForPath(page.pathname),
      composePage(pageTemplate, {
        head: page.head,
        language: page.language,
        root: rendered.html,
        ...(page.landOn
          ? {
              rootAttributes: { [LANDING_TARGET_ATTRIBUTE]: page.landOn },
              firstPaintAfter: PAGE_DATA_ID,
            }
          : {}),
        ...(page.interview
          ? {
              afterRoot: renderToStaticMarkup(
                <SearchIndexFields
                  interview={page.interview}
                  entry={entries.get(page.interview.id)}
                />,
              ),
              ...(page.head.canonical
                ? { beforeRoot: renderToStaticMarkup(<PrintedAddress url={page.head.canonical} />) }
                : {}),
            }
          : {}),
        // The data after the boot script: a page holding its first paint
        // for the landing (firstPaintAfter) holds it until the data block.
        after: `<script>${boot}</script>${data}`,
        headScript: markScripted,
        ...(printed ? { headStyle: printed } : {}),
        preload: preloadOf(page.route),
      }),
    );
    return page.head.canonical;
  };

  const realFetch = globalThis.fetch;
  globalThis.fetch = fetchFromBuild(io, import.meta.env.BASE_URL);
  const urls: string[] = [];
  const interviews: { id: string; title: string }[] = [];
  try {
    const library = await write(libraryPage(site));
    if (library) urls.push(library);
    for (const page of libraryViewPages(io.readFile, site)) {
      const url = await write(page);
      if (url) urls.push(url);
    }
    // One interview at a time: memory stays that of the largest interview.
    for (const file of io.interviewFiles()) {
      const text = io.readFile(file);
      if (text === undefined) throw new Error(`${file} cannot be read`);
      const interview = readInterview(file, text);
      // The handout's citation, formatted once for all the interview's pages:
      // printed from the browser's menu, a page has it before the CSL
      // processor would have loaded.
      const queries = [
        {
          queryKey: handoutCitationQueryOptions(interview).queryKey,
          data: await formatHandoutCitation(interview),
        },
      ];
      for (const page of interviewPages(interview, site, { sections: sectionPages })) {
        const url = await write(page, queries);
        if (url) urls.push(url);
      }
      // (A section may be called 404: its page keeps the name, and its misses get the site's 404.)
      if (!interview.sections.some((section) => section.id === '404'))
        interviews.push({ id: interview.id, title: interview.title });
    }
  } finally {
    globalThis.fetch = realFetch;
  }
  // 404.html: what a static host answers for an address it has no file for.
  // It holds no page data, so the app renders on the client and decides what
  // the address shows (an unknown section still shows its interview, with a
  // notice; an interview kept on this device shows). Without JavaScript it is
  // a helpful "not found" page.
  const notFound = await renderPage('/404');
  const loading = renderToString(<LoadingPage />);
  const MAIN = /(<main id="main_content"[^>]*>)([\s\S]*)(<\/main>)/;
  /** The page frame with `withoutScript` in its main part, or the loading state once scripted. */
  const clientShell = (withoutScript?: string) =>
    notFound.html.replace(
      MAIN,
      (_, open: string, inner: string, close: string) =>
        `${open}<div class="no-js-only">${withoutScript ?? inner}</div><div class="js-only">${loading}</div>${close}`,
    );
  const notFoundPage = (withoutScript?: string, interviewId?: string) =>
    composePage(template, {
      head: notFoundHead(interviewId ? 'Section' : 'Page'),
      language: 'en',
      root: clientShell(withoutScript),
      // An interview's own: its id, so the app knows the interview is published.
      ...(interviewId ? { rootAttributes: { [PUBLISHED_INTERVIEW_ATTRIBUTE]: interviewId } } : {}),
      after: `<script>${boot}</script>`,
      preload: preloadOf('client'),
    });
  io.writeFile('404.html', notFoundPage());
  // An interview's own 404.html, for hosts that answer a miss with the
  // nearest one (Cloudflare Pages, `npm run preview`): without JavaScript, an
  // unknown section of a known interview links to that interview.
  const basename = routerBasename();
  for (const { id, title } of interviews) {
    const withoutScript = renderToString(
      <SectionNotFound
        title={title}
        interviewHref={`${basename}${paths.interview(id)}`}
        libraryHref={`${basename}${paths.library()}`}
      />,
    );
    io.writeFile(
      `${fileForPath(paths.interview(id)).replace(/\.html$/, '')}/404.html`,
      notFoundPage(withoutScript, id),
    );
  }
  // The "Add an interview" page (and /open?src=…) lives in the browser: it
  // renders on the client as 404.html does, but is a page of its own (status
  // 200, its own title). Its intro is prerendered (on screen at the first
  // paint, as the app renders it), then, without JavaScript, why it needs it.
  const addWithoutScript = renderToString(
    <AddWithoutScript libraryHref={`${basename}${paths.library()}`} />,
  );
  const addShell = notFound.html.replace(
    MAIN,
    (_, open: string, _inner: string, close: string) => `${open}${addWithoutScript}${close}`,
  );
  for (const [pathname, opening] of [
    [paths.addInterview(), false],
    [routePatterns.openInterview, true],
  ] as const) {
    io.writeFile(
      fileForPath(pathname),
      composePage(template, {
        head: addInterviewHead(site, opening),
        language: 'en',
        root: addShell,
        after: `<script>${boot}</script>`,
        headScript: markScripted,
        preload: preloadOf('client'),
      }),
    );
  }
  const addUrl = addInterviewHead(site).canonical;
  if (addUrl) urls.push(addUrl);

  const fileUrl = (file: string) => absoluteUrl(`/${file}`, site.origin, site.baseUrl);
  for (const [file, xml] of sitemapFiles(urls, fileUrl)) io.writeFile(file, xml);
  io.writeFile('robots.txt', robotsTxt(fileUrl('sitemap.xml')));
  return urls.length + 1;
}
