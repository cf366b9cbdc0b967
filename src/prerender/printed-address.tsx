import { PRINTED_LINK_ID } from '../lib/landing';

/**
 * An interview page's address, for paper only: with JavaScript the handout's
 * header prints the link the reader opened (with its QR code); without it,
 * or printed before that header has loaded, the sheet still says where it
 * came from. The page's canonical address, the site's at build time; with
 * JavaScript the boot script writes the address opened in its place (a
 * lesson's link, a question's fragment), until the app's own line takes
 * over. The
 * prerender writes it before #root, outside the app's tree: the browser
 * neither hydrates nor needs this code; the stylesheet shows it on paper only
 * (`.printed-address`, src/styles/index.css), and the search index skips it.
 */
export function PrintedAddress({ url }: { url: string }) {
  return (
    <p className="printed-address" data-pagefind-ignore="all">
      <span className="font-semibold">Read online:</span>{' '}
      <span className="break-all" id={PRINTED_LINK_ID}>
        {url}
      </span>
    </p>
  );
}
