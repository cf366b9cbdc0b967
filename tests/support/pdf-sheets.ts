import { inflateSync } from 'node:zlib';

/** The number of pages in a PDF: its page objects. */
export function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

// Chromium (Skia) draws each page in its own content stream: the page's frame (the paper less
// its margins) as a clip, then the page's slice of the document shifted up into it, in CSS px.
const FRAME =
  /[\d.]+ ([\d.-]+) [\d.]+ ([\d.]+) re\nW\* n\nq\n([\d.]+) 0 0 [\d.]+ [\d.-]+ ([\d.-]+) cm/;
const TEXT_LINE = /1 0 0 -1 [\d.-]+ ([\d.-]+) Tm/g;
// Filled rectangles: rules, borders, writing lines (a page-wide background is not ink).
const FILLED_BOX = /[\d.-]+ ([\d.-]+) [\d.-]+ ([\d.-]+) re\nf/g;

/**
 * A PDF's sheets as Chromium writes them: each page object's body, any object's body by its id,
 * and any object's (Flate-compressed) stream by its id. Shared by the sheet and text readers.
 */
export function pdfPages(pdf: Buffer) {
  const objects = new Map<string, string>();
  for (const [, id = '', body = ''] of pdf
    .toString('latin1')
    .matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g))
    objects.set(id, body);
  const stream = (id: string | undefined) => {
    const data = objects.get(id ?? '')?.match(/stream\r?\n([\s\S]*?)endstream/)?.[1] ?? '';
    return inflateSync(Buffer.from(data, 'latin1')).toString('latin1');
  };
  const pages = [...objects.values()].filter((body) => /\/Type\s*\/Page(?!s)/.test(body));
  return { pages, object: (id: string) => objects.get(id), stream };
}

/**
 * How far down each sheet its ink reaches, as a share of the paper less its margins (0-1):
 * the lowest line of text or rule drawn. A sheet at 0.75 ends a quarter empty. Read from the
 * PDF's page streams as Chromium writes them; a page not laid out so reads -1.
 */
export function sheetFills(pdf: Buffer): number[] {
  const { pages, stream } = pdfPages(pdf);
  return pages.map((page) => {
    const ops = stream(page.match(/\/Contents (\d+) 0 R/)?.[1]);
    const frame = ops.match(FRAME);
    if (!frame) return -1;
    const [clipTop, clipHeight, scale, shift] = frame.slice(1).map(Number);
    const top = ((clipTop ?? 0) - (shift ?? 0)) / (scale ?? 1);
    const height = (clipHeight ?? 0) / (scale ?? 1);
    let lowest = top;
    for (const [, y] of ops.matchAll(TEXT_LINE)) lowest = Math.max(lowest, Number(y));
    for (const [, y, h] of ops.matchAll(FILLED_BOX))
      if (Number(h) < 50) lowest = Math.max(lowest, Number(y) + Number(h));
    return (lowest - top) / height;
  });
}
