/** Text folded for matching, and where each folded character came from in the original. */
export type Folded = {
  text: string;
  /** map[i] is the index in the original of folded character i; map[text.length] is the original's length. */
  map: number[];
};

const SINGLE_QUOTES = /[‘’‚‛′`´]/u;
const DOUBLE_QUOTES = /[“”„‟″«»]/u;
const DASHES = /[‐‑‒–—―−]/u;

function foldChar(char: string): string {
  if (/\s/u.test(char)) return ' ';
  if (SINGLE_QUOTES.test(char)) return "'";
  if (DOUBLE_QUOTES.test(char)) return '"';
  if (DASHES.test(char)) return '-';
  if (char === '…') return '...';
  return char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/**
 * Folds text so that matching ignores case, accents, quote and dash styles,
 * and runs of whitespace ("Café “Ruta”" and "cafe \"ruta\"" fold alike),
 * keeping a map back to the original so matches can be marked there.
 */
export function fold(original: string): Folded {
  let text = '';
  const map: number[] = [];
  let offset = 0;
  for (const char of original) {
    const folded = foldChar(char);
    // Whitespace runs fold to one space.
    if (!(folded === ' ' && text.endsWith(' '))) {
      text += folded;
      // One entry per UTF-16 unit, as string indices count them.
      for (let unit = 0; unit < folded.length; unit += 1) map.push(offset);
    }
    offset += char.length;
  }
  map.push(offset);
  return { text, map };
}

/** A query or passage folded the same way, without surrounding spaces. */
export function foldQuery(text: string): string {
  return fold(text).text.trim();
}
