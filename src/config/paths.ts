// Every URL the app links to or fetches is built here: links are a public
// contract (see "Links" in the README), so nothing else concatenates paths.

/** Route patterns for the router. */
export const routePatterns = {
  library: '/',
  reader: '/i/:interviewId/:sectionId?',
} as const;

/** Links inside the app, relative to the router's basename. */
export const paths = {
  library: () => '/',
  interview: (interviewId: string) => `/i/${encodeURIComponent(interviewId)}`,
  section: (interviewId: string, sectionId: string) =>
    `${paths.interview(interviewId)}/${encodeURIComponent(sectionId)}`,
  /** A question or key quote: its section's page, scrolled to the anchor. */
  anchor: (interviewId: string, sectionId: string, anchorId: string) =>
    `${paths.section(interviewId, sectionId)}#${encodeURIComponent(anchorId)}`,
};

/** A link as a full URL, to copy and paste elsewhere. */
export function absoluteUrl(
  path: string,
  origin: string = window.location.origin,
  baseUrl: string = import.meta.env.BASE_URL,
): string {
  return new URL(`${routerBasename(baseUrl)}${path}`, origin).href;
}

/** The site's base path without its trailing slash ('' at the root), as the router's basename wants it. */
export function routerBasename(baseUrl: string = import.meta.env.BASE_URL): string {
  return baseUrl.replace(/\/+$/, '');
}

/** Data files, below the site's base path. */
export const dataUrls = {
  catalogue: (baseUrl: string = import.meta.env.BASE_URL) => `${baseUrl}interviews/index.json`,
  interview: (interviewId: string, baseUrl: string = import.meta.env.BASE_URL) =>
    `${baseUrl}interviews/${encodeURIComponent(interviewId)}.json`,
};
