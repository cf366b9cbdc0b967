import { paths, routerBasename } from '../../../config/paths';

/**
 * On the root element of a published interview's own 404.html (what hosts
 * like Cloudflare Pages answer for an address below the interview's that the
 * site has no page for): the interview's id.
 */
export const PUBLISHED_INTERVIEW_ATTRIBUTE = 'data-published-interview';

/** Whether this page is a published interview's own 404.html, so the interview is published. */
export function isPublishedHere(interviewId: string): boolean {
  return (
    globalThis.document?.getElementById('root')?.getAttribute(PUBLISHED_INTERVIEW_ATTRIBUTE) ===
    interviewId
  );
}

/**
 * Whether the site has the interview's own prerendered page: then the
 * interview is published, and a data file the site has not got is the
 * site's fault, not the link's. A host's answer for a page it has not got
 * (404.html, status 404; or a single-page app's fallback, the library's page
 * with status 200) is not the interview's page: its canonical link is not the
 * interview's. Only the head is read: the page holds the whole interview.
 * Asked only once the interview's file was not found.
 */
export async function hasInterviewPage(interviewId: string, signal: AbortSignal): Promise<boolean> {
  const path = `${routerBasename()}${paths.interview(interviewId)}`;
  try {
    const response = await fetch(path, { signal });
    if (!response.ok || !response.headers.get('content-type')?.includes('text/html')) return false;
    const head = await readHead(response);
    const canonical = new DOMParser()
      .parseFromString(head, 'text/html')
      .querySelector('link[rel="canonical"]')
      ?.getAttribute('href');
    // The canonical link is on the site's published address (SITE_URL), not necessarily this one.
    return canonical != null && new URL(canonical, window.location.href).pathname === path;
  } catch {
    return false;
  }
}

/** The page's text up to the end of its head (the canonical link is there), then no more. */
async function readHead(response: Response): Promise<string> {
  const reader = response.body?.pipeThrough(new TextDecoderStream()).getReader();
  if (!reader) return '';
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += value;
    if (text.includes('</head>')) {
      void reader.cancel();
      break;
    }
  }
  return text;
}
