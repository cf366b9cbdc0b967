// The article inside a saved web page, as text with one paragraph per line,
// and what the page's metadata says of it (page-facts.ts). The page is parsed
// with DOMParser into an inert document: its scripts never run and nothing it
// links to is loaded. The extractor is loaded on demand.
import type { PageFacts } from '../../../interview/import/read-article';
import { yieldToBrowser } from '../../../lib/yield-to-browser';
import { linkedDataFacts, pageAddress, pageFacts } from './page-facts';

/** A saved page's article as text, and its publication, address and date from its metadata. */
export type ExtractedArticle = { text: string; facts: PageFacts };

const BLOCKS = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, figcaption, dt, dd';

/** The text of each block element that holds no other block: one line each. */
function linesOf(root: ParentNode): string[] {
  return [...root.querySelectorAll(BLOCKS)]
    .filter((element) => element.querySelector(BLOCKS) === null)
    .map((element) => (element.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

// What sets a site's name apart from the headline in a <title>: "Headline | Site", "Site – Headline".
const SEPARATOR_AFTER = /^\s*[|–—\-:·•»/\\]+\s*\S/u;
const SEPARATOR_BEFORE = /\S\s*[|–—\-:·•»/\\]+\s*$/u;

/**
 * The headline without the site's name the <title> adds ("BGS 5+5: Mimi Naja | The Bluegrass
 * Situation"), which Readability keeps where the headline is four words or fewer: one of the
 * page's own <h1>s (`headings`, their text), where the title holds it whole with a separator
 * between it and the rest.
 */
function headline(title: string, headings: string[]): string {
  for (const text of headings) {
    if (text === '' || text === title) continue;
    if (title.startsWith(text) && SEPARATOR_AFTER.test(title.slice(text.length))) return text;
    if (title.endsWith(text) && SEPARATOR_BEFORE.test(title.slice(0, -text.length))) return text;
  }
  return title;
}

/**
 * Extracts the article of an HTML page: headline, byline and paragraphs, as
 * plain text, and the facts its metadata gives. The parser is the page's own in
 * the browser; on the command line, a jsdom window's (Node has none).
 */
export async function extractArticle(
  html: string,
  parser: DOMParser = new DOMParser(),
): Promise<ExtractedArticle> {
  const parse = () => parser.parseFromString(html, 'text/html');
  const inert = (page: Document) => {
    for (const element of page.querySelectorAll(
      'script, style, noscript, template, iframe, object, embed',
    ))
      element.remove();
    return page;
  };
  const { Readability } = await import('@mozilla/readability');
  const parsed = parse();
  // The page's JSON-LD is in <script> elements (read as text, never run): read before they go.
  const linked = linkedDataFacts(parsed);
  const page = inert(parsed);
  // Readability changes the document it reads (it takes out the <h1> that repeats the title, and
  // more): what is wanted of the page as it was is read first. A second parse of the whole page
  // for it, or a copy (cloneNode), cost more than these few look-ups (docs/measurements.md).
  const headings = [...page.querySelectorAll('h1')].map((h1) =>
    (h1.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
  const url = pageAddress(page);
  // A megabyte's parse, Readability and the lines each take a share of a second or more: between
  // them the page paints (its status says what it is doing) and answers.
  await yieldToBrowser();
  // The article's element itself rather than its HTML (Readability's default serializer), which
  // was parsed again for its lines; held in a fragment, which is a tree to query as the element
  // is (in jsdom too, where the page's Element is not this realm's).
  const article = new Readability(page, {
    serializer: (node: Node) => {
      const holder = page.createDocumentFragment();
      holder.append(node);
      return holder;
    },
  }).parse();
  await yieldToBrowser();
  const lines: string[] = [];
  if (article?.title) lines.push(headline(article.title.trim(), headings));
  if (article?.byline) lines.push(article.byline);
  if (article?.content) lines.push(...linesOf(article.content));
  // Readability found nothing worth calling an article: take every block of the page as it was,
  // parsed again (only here: the page Readability read is changed).
  if (lines.length <= 2) lines.push(...linesOf(inert(parse()).body));
  return { text: lines.join('\n'), facts: pageFacts(url, article ?? {}, linked) };
}
