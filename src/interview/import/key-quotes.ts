import { slugify, type Romanize } from '../slug';

// Each language's pair of quotation marks, closed by its own mark only: “…”, "…", «…», German
// „…“ and »…«, ‘…’. An apostrophe inside stays in the passage ("“I’m proud of what we’ve built”";
// in ‘…’ one before a letter).
const QUOTED =
  /“([^“”]{8,})”|"([^"]{8,})"|«([^«»]{8,})»|„([^„“”]{8,})[“”]|»([^«»]{8,})«|‘((?:[^‘’]|’(?=\p{L}))+)’/gu;

/** Passages a headline quotes: “…”, "…", «…», „…“, »…«, ‘…’. */
function quotedInTitle(title: string): string[] {
  const quoted = [...title.matchAll(QUOTED)].map((m) =>
    (m.slice(1).find((group) => group !== undefined) ?? '').trim(),
  );
  // "Name: words" headlines quote without quotation marks.
  if (quoted.length === 0) {
    const afterColon = /:\s*(.{12,})$/u.exec(title)?.[1];
    if (afterColon) quoted.push(afterColon);
  }
  // "… are fast approaching … I truly believe": each piece between ellipses stands alone.
  return quoted
    .flatMap((q) => q.split(/\s*(?:…|\.\.\.)\s*/u))
    .map((q) => q.trim())
    .filter((q) => q.length >= 8);
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

export type ProposedQuote = { questionIndex: number; text: string };

/**
 * Key quotes an article's headline points at: each quoted phrase found in an
 * answer, taken with the answer's own spelling and capitals.
 */
export function proposeKeyQuotes(
  title: string,
  answers: readonly (readonly string[])[],
): ProposedQuote[] {
  const proposals: ProposedQuote[] = [];
  for (const phrase of quotedInTitle(title)) {
    const wanted = comparable(phrase).replace(/[.!?,;:]+$/u, '');
    answers.forEach((paragraphs, questionIndex) => {
      for (const paragraph of paragraphs) {
        const at = comparable(paragraph).indexOf(wanted);
        if (at < 0) continue;
        // Take the passage through its closing punctuation, as the headline does.
        const end = /^[.!?]*/u.exec(paragraph.slice(at + wanted.length))?.[0].length ?? 0;
        const text = paragraph.slice(at, at + wanted.length + end);
        if (!proposals.some((p) => p.text === text)) proposals.push({ questionIndex, text });
        return;
      }
    });
  }
  return proposals;
}

/** An id for a key quote from its first words. */
export function keyQuoteSlug(text: string, romanize?: Romanize): string {
  return slugify(text, 6, romanize);
}
