/** Text folded for matching, and where each folded character came from in the original. */
export type Folded = {
  text: string;
  /** map[i] is the index in the original of folded character i; map[text.length] is the original's length. */
  map: number[];
};

const SINGLE_QUOTES = /[‘’‚‛′`´]/u;
const DOUBLE_QUOTES = /[“”„‟″«»]/u;
const DASHES = /[‐‑‒–—―−]/u;
const WHITESPACE = /\s/u;
const MARKS = /\p{M}/gu;

function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  // Plain ASCII letters, digits and punctuation: most of any text, and only case folds.
  if (code > 0x20 && code < 0x7f && code !== 0x60) return char.toLowerCase();
  if (WHITESPACE.test(char)) return ' ';
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  if (char === '…') return '...';
  return char.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/**
 * Folds text so that matching ignores case, accents, quote and dash styles,
 * and runs of whitespace ("Café “Ruta”" and "cafe \"ruta\"" fold alike),
 * keeping a map back to the original so matches can be marked there.
 * Linear in the text: pieces are joined once at the end (appending to a
 * string while reading its end made V8 copy it on every character).
 */
export function fold(original: string): Folded {
  const pieces: string[] = [];
  const map: number[] = [];
  let afterSpace = false;
  let offset = 0;
  for (const char of original) {
    const folded = foldChar(char);
    // Whitespace runs fold to one space.
    if (!(folded === ' ' && afterSpace)) {
      pieces.push(folded);
      // One entry per UTF-16 unit, as string indices count them.
      for (let unit = 0; unit < folded.length; unit += 1) map.push(offset);
      if (folded !== '') afterSpace = folded.endsWith(' ');
    }
    offset += char.length;
  }
  map.push(offset);
  return { text: pieces.join(''), map };
}

/** A query or passage folded the same way, without surrounding spaces. */
export function foldQuery(text: string): string {
  return fold(text).text.trim();
}
