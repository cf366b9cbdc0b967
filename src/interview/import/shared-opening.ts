// A headline and its lead that open on the same words, in a script that writes no capitals and
// no space between words: Thai separates phrases, not words, by spaces, and a name by a space between its parts ("ลูกัส
// มาร์เตนส์ ตอบคำถามแฟนบอล…" over "ลูกัส มาร์เตนส์ แนวรุกทีมชาติเบลเยียม…"). What both open on,
// two or three such parts before they part ways, is whom the page is about.

// A part of a name: letters and marks of a script that spaces phrases, not words (Thai, Lao,
// Khmer, Burmese), no digit or sign. Korean, Arabic or Hindi space their words: two words a
// headline and its lead share there are a subject ("한국 축구", Korean football), no name.
const PART =
  /^(?:(?=[\p{Lo}\p{M}])[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]){2,20}$/u;

/** The two or three parts two of the header's lines open on, where they then go on differently. */
function sharedParts(a: string, b: string): string | undefined {
  const first = a.split(' ');
  const second = b.split(' ');
  let n = 0;
  while (n < first.length && first[n] === second[n] && PART.test(first[n] ?? '')) n += 1;
  // Both go on after the name: a line printed twice is no headline over its lead.
  if (n < 2 || n > 3 || n >= first.length || n >= second.length) return undefined;
  return first.slice(0, n).join(' ');
}

/**
 * The guest a headline and a lead under it both open on (the next three lines at most), in a
 * script without capitals: the name where no label or phrase gives one.
 */
export function sharedOpening(header: string, exclude: readonly string[]): string | undefined {
  const lines = header
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  for (const [i, line] of lines.entries())
    for (const other of lines.slice(i + 1, i + 4)) {
      const name = sharedParts(line, other);
      if (name !== undefined && !exclude.includes(name)) return name;
    }
  return undefined;
}
