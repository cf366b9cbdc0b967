import type { PageHead } from '../app/page-head';
import { APP_START_ID } from '../lib/landing';

// The text of the files the prerender writes: pages filled into the built
// index.html, the sitemap and robots.txt. Pure string work, unit-tested.

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** JSON for a script element: `<` escaped, so nothing in it reads as `</script` or `<!--`. */
export const scriptJson = (value: unknown) => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A CSS string of any text: JSON's escapes are CSS's, and `<` is written as
 * an escape so nothing in it reads as `</style`.
 */
export const cssString = (text: string) => JSON.stringify(text).replace(/</g, '\\3c ');

/**
 * A page's own stylesheet for paper without JavaScript: its address at the
 * foot of every printed sheet (--printed-link, src/styles/index.css). With
 * JavaScript the boot script and the handout's header say the link opened
 * (a lesson's, a question's fragment) and nothing where there is none (a
 * kept interview, a view reached in-app after the page), so this holds only
 * while the page is not scripted (`html.js`, set before the body parses).
 */
export const printedLinkStyle = (url: string, property: string) =>
  `html:not(.js){${property}:${cssString(url)}}`;

/** The file a path is written to: `/` is index.html, `/i/a/b` is i/a/b.html. */
export function fileForPath(pathname: string): string {
  return pathname === '/' ? 'index.html' : `${pathname.replace(/^\/+/, '')}.html`;
}

/** A page's head as HTML. */
export function headHtml(head: PageHead): string {
  return [
    `<title>${escapeHtml(head.title)}</title>`,
    `<meta name="description" content="${escapeHtml(head.description)}" />`,
    ...(head.robots ? [`<meta name="robots" content="${escapeHtml(head.robots)}" />`] : []),
    ...(head.canonical ? [`<link rel="canonical" href="${escapeHtml(head.canonical)}" />`] : []),
    ...head.properties.map(([name, content]) =>
      // Twitter reads `name`; Open Graph is defined with `property`.
      name.startsWith('twitter:')
        ? `<meta name="${name}" content="${escapeHtml(content)}" />`
        : `<meta property="${name}" content="${escapeHtml(content)}" />`,
    ),
    ...(head.jsonLd
      ? [`<script type="application/ld+json">${scriptJson(head.jsonLd)}</script>`]
      : []),
  ].join('\n    ');
}

/** What fills the template for one page. */
export type PageParts = {
  head: PageHead;
  language: string;
  /** The app's markup, inside #root. */
  root: string;
  /** Attributes of #root, e.g. the landing target. */
  rootAttributes?: Record<string, string>;
  /**
   * Markup before #root, outside the app's tree: what only paper shows of a
   * page without the app (src/prerender/printed-address.tsx).
   */
  beforeRoot?: string;
  /**
   * Markup after #root, outside the app's tree: hidden fields only the
   * prerendered page carries (the search index's, src/prerender/search-index-fields.tsx).
   */
  afterRoot?: string;
  /** Scripts after #root: the page's data block, the boot script. */
  after: string;
  /** An inline script at the end of <head>, run before the body paints. */
  headScript?: string;
  /** An inline stylesheet of this page alone, after the site's (its hash in the page's policy). */
  headStyle?: string;
  /** Module chunks the page needs besides the template's (its route's code), preloaded. */
  preload?: readonly string[];
  /**
   * The id of an element after the boot script: the page paints nothing
   * before it is parsed (`<link rel="expect" blocking="render">`), so its
   * first paint is already landed. Without it a browser may paint the part
   * of the page parsed so far (its top) and then jump to the link's target.
   */
  firstPaintAfter?: string;
};

function replaceOnce(html: string, pattern: RegExp, by: string): string {
  if (!pattern.test(html)) throw new Error(`the page template lacks ${String(pattern)}`);
  return html.replace(pattern, () => by);
}

/** The built index.html filled with one page. */
export function composePage(template: string, parts: PageParts): string {
  let html = template;
  html = replaceOnce(html, /<html lang="[^"]*">/, `<html lang="${escapeHtml(parts.language)}">`);
  html = replaceOnce(html, /<title>[^<]*<\/title>\s*/, '');
  html = replaceOnce(html, /<meta\s+name="description"[^>]*>\s*/, '');
  // The app's module scripts and preloads wait in a <template> for the boot
  // script to start them after the first paint (startApp in src/lib/landing.ts).
  // So does the web app manifest, which only an installed app (the service
  // worker, started by the app) uses: the browser fetched it, and the icon it
  // names, while the page was parsed, and Lighthouse counted both as
  // blocking the first paint (LCP up to 160 ms later than FCP).
  const entries = [...html.matchAll(/\s*<script type="module"[^>]*><\/script>/g)];
  const templatePreloads = [...html.matchAll(/\s*<link rel="modulepreload"[^>]*>/g)];
  const manifests = [...html.matchAll(/\s*<link rel="manifest"[^>]*>/g)];
  for (const [tag] of [...entries, ...templatePreloads, ...manifests]) html = html.replace(tag, '');
  const preloads = [
    ...manifests.map(([tag]) => tag.trim()),
    ...templatePreloads.map(([tag]) => tag.trim()),
    ...(parts.preload ?? []).map(
      (href) => `<link rel="modulepreload" crossorigin href="${escapeHtml(href)}">`,
    ),
  ];
  const appStart = `<template id="${APP_START_ID}">${[...preloads, ...entries.map(([tag]) => tag.trim())].join('')}</template>`;
  const head = [
    ...(parts.firstPaintAfter
      ? [`<link rel="expect" href="#${escapeHtml(parts.firstPaintAfter)}" blocking="render">`]
      : []),
    headHtml(parts.head),
    ...(parts.headStyle ? [`<style>${parts.headStyle}</style>`] : []),
    ...(parts.headScript ? [`<script>${parts.headScript}</script>`] : []),
  ];
  html = replaceOnce(html, /<\/head>/, `  ${head.join('\n    ')}\n  </head>`);
  // The template's note for readers without JavaScript: prerendered pages read without it.
  html = html.replace(/\s*<noscript>[\s\S]*?<\/noscript>/, '');
  const attributes = Object.entries(parts.rootAttributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('');
  return replaceOnce(
    html,
    /<div id="root"><\/div>/,
    `${parts.beforeRoot ?? ''}<div id="root"${attributes}>${parts.root}</div>${parts.afterRoot ?? ''}${appStart}${parts.after}`,
  );
}

/** The template with its Content-Security-Policy allowing one more source (a hash) for scripts or styles. */
export function allowSource(
  template: string,
  directive: 'script-src' | 'style-src',
  source: string,
): string {
  // Vite writes the policy's quotes as &#39;.
  const policy = new RegExp(`${directive} (&#39;|')self\\1`);
  if (!policy.test(template)) throw new Error(`the page template lacks a ${directive} policy`);
  return template.replace(
    policy,
    (match, quote: string) => `${match} ${source.replace(/'/g, quote)}`,
  );
}

const ICON = /(<link rel="icon"[^>]*?href=")([^"]+\.svg)("[^>]*>)/g;

/**
 * The template with its SVG icons in the page as data URLs (`read` gives a
 * linked file's text): the browser fetched the icon while the page was
 * parsed, a request Lighthouse counted as blocking the first paint.
 */
export function inlineIcons(template: string, read: (href: string) => string | undefined): string {
  return template.replace(ICON, (_, open: string, href: string, close: string) => {
    const svg = read(href);
    if (svg === undefined) throw new Error(`the icon ${href} is not in the build`);
    return `${open}data:image/svg+xml,${encodeURIComponent(svg.trim())}${close}`;
  });
}

const STYLESHEET = /<link rel="stylesheet"[^>]*?href="([^"]+)"[^>]*>/g;

/**
 * The template with its stylesheets' text in <style> elements instead of
 * links (`read` gives a linked file's text), and those texts, for the
 * policy's hashes. A linked stylesheet blocks the first paint for a request
 * of its own; inline, the page paints from its own bytes.
 */
export function inlineStylesheets(
  template: string,
  read: (href: string) => string | undefined,
): { template: string; styles: string[] } {
  const styles: string[] = [];
  const html = template.replace(STYLESHEET, (_, href: string) => {
    const css = read(href);
    if (css === undefined) throw new Error(`the stylesheet ${href} is not in the build`);
    if (/<\/style/i.test(css)) throw new Error(`the stylesheet ${href} holds "</style"`);
    styles.push(css);
    return `<style>${css}</style>`;
  });
  return { template: html, styles };
}

/** A sitemap file holds at most this many URLs (the sitemaps.org protocol). */
export const SITEMAP_MAX_URLS = 50_000;

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';

/** A sitemap file for the given absolute URLs. */
export function sitemapXml(urls: readonly string[]): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<urlset xmlns="${SITEMAP_NS}">`,
    ...urls.map((url) => `  <url><loc>${escapeHtml(url)}</loc></url>`),
    '</urlset>',
    '',
  ].join('\n');
}

/**
 * The site's sitemap files, by file name: `sitemap.xml` lists every URL while
 * they fit one file; a larger site (10,000 interviews and their sections make
 * 60,000 pages and more) gets `sitemap-1.xml`, `sitemap-2.xml`, … of at most
 * SITEMAP_MAX_URLS each, and `sitemap.xml` is their index, so robots.txt and
 * anything that knows the one address keep working. `fileUrl` makes a file's
 * absolute URL.
 */
export function sitemapFiles(
  urls: readonly string[],
  fileUrl: (file: string) => string,
): [file: string, xml: string][] {
  if (urls.length <= SITEMAP_MAX_URLS) return [['sitemap.xml', sitemapXml(urls)]];
  const parts: [string, string][] = [];
  for (let start = 0; start < urls.length; start += SITEMAP_MAX_URLS) {
    const file = `sitemap-${parts.length + 1}.xml`;
    parts.push([file, sitemapXml(urls.slice(start, start + SITEMAP_MAX_URLS))]);
  }
  const index = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<sitemapindex xmlns="${SITEMAP_NS}">`,
    ...parts.map(([file]) => `  <sitemap><loc>${escapeHtml(fileUrl(file))}</loc></sitemap>`),
    '</sitemapindex>',
    '',
  ].join('\n');
  return [['sitemap.xml', index], ...parts];
}

/** robots.txt: everything may be crawled; where the sitemap is. */
export function robotsTxt(sitemapUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${sitemapUrl}\n`;
}

/** One chunk of Vite's build manifest (`.vite/manifest.json`). */
type ManifestChunk = { file: string; imports?: string[] };

function isManifest(value: unknown): value is Record<string, ManifestChunk> {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every(
      (chunk: unknown) =>
        typeof chunk === 'object' &&
        chunk !== null &&
        'file' in chunk &&
        typeof chunk.file === 'string',
    )
  );
}

/**
 * The files of a source module's chunk and of the chunks it imports, from
 * Vite's build manifest, less those the template already loads. Empty when
 * the build has no manifest (the module then loads when the app asks).
 */
export function chunkFiles(
  manifestText: string | undefined,
  module: string,
  template: string,
): string[] {
  if (manifestText === undefined) return [];
  const manifest: unknown = JSON.parse(manifestText);
  if (!isManifest(manifest)) throw new Error('the build manifest is not in Vite’s format');
  const files: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk || seen.has(key)) return;
    seen.add(key);
    if (!template.includes(`/${chunk.file}"`)) files.push(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(module);
  return files;
}
