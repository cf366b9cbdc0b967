import { pdfPages } from './pdf-sheets';

type Matrix = [number, number, number, number, number, number];

const multiply = (m: Matrix, n: Matrix): Matrix => [
  m[0] * n[0] + m[1] * n[2],
  m[0] * n[1] + m[1] * n[3],
  m[2] * n[0] + m[3] * n[2],
  m[2] * n[1] + m[3] * n[3],
  m[4] * n[0] + m[5] * n[2] + n[4],
  m[4] * n[1] + m[5] * n[3] + n[5],
];

/** The last six operands as a matrix (identity where missing). */
const matrixOf = (n: number[]): Matrix => {
  const [a = 1, b = 0, c = 0, d = 1, e = 0, f = 0] = n.slice(-6);
  return [a, b, c, d, e, f];
};

const NO_GLYPHS = new Map<number, string>();

const utf16 = (hex: string) =>
  String.fromCharCode(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));

/** A font's glyph codes to text, from its ToUnicode map (bfchar and bfrange entries). */
function toUnicode(cmap: string): Map<number, string> {
  const glyphs = new Map<number, string>();
  for (const [, block = ''] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code = '', text = ''] of block.matchAll(/<([\da-f]+)>\s*<([\da-f]+)>/gi))
      glyphs.set(parseInt(code, 16), utf16(text));
  for (const [, block = ''] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, from = '', to = '', first = ''] of block.matchAll(
      /<([\da-f]+)>\s*<([\da-f]+)>\s*<([\da-f]+)>/gi,
    )) {
      const start = parseInt(from, 16);
      const base = utf16(first);
      const last = base.charCodeAt(base.length - 1);
      for (let code = start; code <= parseInt(to, 16); code += 1)
        glyphs.set(code, base.slice(0, -1) + String.fromCharCode(last + code - start));
    }
  return glyphs;
}

/**
 * The text of each sheet of a PDF as Chromium (Skia) writes it, line by line, top to bottom:
 * the runs drawn at the same height joined in order across the line (as `innerText` joins
 * a table's cells, with nothing between them). What a printed page says, read from the paper
 * itself rather than from the page's DOM.
 */
export function pdfText(pdf: Buffer): string[] {
  const { pages, object, stream } = pdfPages(pdf);
  return pages.map((page) => {
    const fonts = new Map<string, Map<number, string>>();
    const fontList = page.match(/\/Font\s*<<([^>]*)>>/)?.[1] ?? '';
    for (const [, name = '', id = ''] of fontList.matchAll(/\/(\w+) (\d+) 0 R/g))
      fonts.set(name, toUnicode(stream(object(id)?.match(/\/ToUnicode (\d+) 0 R/)?.[1])));
    const runs: { x: number; y: number; text: string }[] = [];
    const states: Matrix[] = [];
    let ctm: Matrix = [1, 0, 0, 1, 0, 0];
    let font = NO_GLYPHS;
    let line: Matrix = [1, 0, 0, 1, 0, 0];
    const ops = stream(page.match(/\/Contents (\d+) 0 R/)?.[1]);
    const tokens = ops.matchAll(/\[[^\]]*\]\s*TJ|<[\da-f]*>\s*Tj|\/\w+|[-\d.]+|[A-Za-z*']+/gi);
    const operands: string[] = [];
    for (const [token] of tokens) {
      if (/^[-\d.]+$/.test(token) || token.startsWith('/')) {
        operands.push(token);
        continue;
      }
      const n = operands.map(Number);
      if (token === 'q') states.push(ctm);
      else if (token === 'Q') ctm = states.pop() ?? ctm;
      else if (token === 'cm' && n.length >= 6) ctm = multiply(matrixOf(n), ctm);
      else if (token === 'Tf') font = fonts.get(operands.at(-2)?.slice(1) ?? '') ?? NO_GLYPHS;
      else if (token === 'Tm' && n.length >= 6) line = matrixOf(n);
      else if (token === 'Td' && n.length >= 2)
        line = multiply([1, 0, 0, 1, n.at(-2) ?? 0, n.at(-1) ?? 0], line);
      else if (token.endsWith('Tj') || token.endsWith('TJ')) {
        const text = [...token.matchAll(/<([\da-f]*)>/gi)]
          .flatMap(([, hex = '']) => hex.match(/.{4}/g) ?? [])
          .map((code) => font.get(parseInt(code, 16)) ?? '')
          .join('');
        const [, , , , x, y] = multiply(line, ctm);
        runs.push({ x, y, text });
      }
      operands.length = 0;
    }
    // Runs of one line share a baseline (to within a fraction of a point).
    const lines = new Map<number, typeof runs>();
    for (const run of runs) {
      const key = [...lines.keys()].find((y) => Math.abs(y - run.y) < 1) ?? run.y;
      lines.set(key, [...(lines.get(key) ?? []), run]);
    }
    return [...lines.entries()]
      .sort(([a], [b]) => b - a)
      .map(([, parts]) =>
        parts
          .sort((a, b) => a.x - b.x)
          .map((part) => part.text)
          .join(''),
      )
      .join('\n');
  });
}
