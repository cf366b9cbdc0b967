// Words after which a full stop does not end a sentence ("Mr. Ambassador, …").
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'col',
  'capt',
  'lt',
  'sgt',
  'sen',
  'rep',
  'gov',
  'pres',
  'amb',
  'hon',
  'rev',
  'fr',
  'no',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'dept',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'mt',
  'ft',
]);

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Longer than any abbreviation: a word longer than this before a full stop ends a sentence.
const LONGEST_ABBREVIATION = 8;

const isWordChar = (char: string) => char === '.' || /\p{L}/u.test(char);

/**
 * Whether a text ends "Mr." or "U." and so does not end a sentence. Reads only
 * its trailing spaces and last word, a few characters: a regular expression
 * anchored at the end would be tried from every position, quadratic in a long
 * run of letters (a question in Chinese with no full stop).
 */
function endsWithAbbreviation(segment: string): boolean {
  let end = segment.length;
  while (end > 0 && /\s/u.test(segment[end - 1] ?? '')) end -= 1;
  if (segment[end - 1] !== '.') return false;
  let start = end - 1;
  while (
    start > 0 &&
    end - start <= LONGEST_ABBREVIATION + 1 &&
    isWordChar(segment[start - 1] ?? '')
  ) {
    start -= 1;
  }
  if (start > 0 && isWordChar(segment[start - 1] ?? '')) return false;
  const lastWord = segment.slice(start, end - 1).toLowerCase();
  // A lone initial ("J. K. Rowling") or a dotted acronym ("U.S.") before a name.
  return ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord);
}

// Text is handed to the segmenter a window at a time: V8's segment iterator
// takes time proportional to the whole text for each segment (measured: 160,000
// characters of short sentences took 4 s), so one long paragraph would be quadratic.
const WINDOW = 2048;

/**
 * The text's sentence segments, each with whether it is whole or runs on into
 * the next, read as they are asked for: a reader that stops early (the
 * question index's title, at the first sentence that asks) never has the rest
 * segmented.
 */
export function* sentenceSegments(text: string): Generator<{ segment: string; whole: boolean }> {
  let from = 0;
  while (from < text.length) {
    let to = Math.min(from + WINDOW, text.length);
    // Never cut a surrogate pair in two.
    if (to < text.length && /[\uD800-\uDBFF]/.test(text[to - 1] ?? '')) to -= 1;
    // The window's last segment may be cut short: it is read again with what follows,
    // unless it is the only one (a sentence longer than the window), which runs on.
    const cut = to < text.length;
    const found = segmenter.segment(text.slice(from, to))[Symbol.iterator]();
    let current = found.next();
    for (let count = 1; !current.done; count += 1) {
      const next = found.next();
      const last = next.done === true;
      if (cut && last && count > 1) break;
      const { segment } = current.value;
      yield { segment, whole: !cut || !last };
      from += segment.length;
      current = next;
    }
  }
}

/** The sentences of a paragraph, trimmed, not broken after abbreviations such as "Mr.", one at a time. */
export function* eachSentence(text: string): Generator<string> {
  let parts: string[] = [];
  // The end of the sentence so far: enough to read its last word, never the
  // whole of it, which would copy a long run of abbreviations over and over.
  let tail = '';
  for (const { segment, whole } of sentenceSegments(text)) {
    parts.push(segment);
    const end = tail + segment;
    if (whole && !endsWithAbbreviation(end)) {
      const sentence = parts.join('').trim();
      if (sentence !== '') yield sentence;
      parts = [];
      tail = '';
    } else tail = end.slice(-(LONGEST_ABBREVIATION + 2));
  }
  const sentence = parts.join('').trim();
  if (sentence !== '') yield sentence;
}

/** The sentences of a paragraph, trimmed, not broken after abbreviations such as "Mr." */
export function sentences(text: string): string[] {
  return [...eachSentence(text)];
}
