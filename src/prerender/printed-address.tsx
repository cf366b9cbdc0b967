import { encode } from 'uqr';
import { modulesPath } from '../features/lesson/components/qr-code';
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
 *
 * Its QR code prints only without JavaScript (`.printed-qr`): with it, the
 * address printed may be another (the link opened), whose code the handout's
 * header gives. Drawn here, at build time, as the header draws it (black on
 * white SVG, in CSS pixels set by the stylesheet: no inline style, which the
 * page's CSP refuses).
 */
export function PrintedAddress({ url }: { url: string }) {
  const qr = encode(url, { ecc: 'M', border: 2 });
  return (
    <div className="printed-address" data-pagefind-ignore="all">
      <p>
        <span className="font-semibold">Read online:</span>{' '}
        <span className="break-all" id={PRINTED_LINK_ID}>
          {url}
        </span>
      </p>
      <svg
        role="img"
        aria-label="QR code of the address above"
        viewBox={`0 0 ${qr.size} ${qr.size}`}
        shapeRendering="crispEdges"
        className="printed-qr"
      >
        <rect width={qr.size} height={qr.size} fill="#fff" />
        <path d={modulesPath(qr.data)} fill="#000" />
      </svg>
    </div>
  );
}
