import { fold, foldQuery, type Folded } from './fold';
import { occurrencesOf, type Cursor } from './occurrences';

/** A passage as the Text Fragments text directive describes it: `[prefix-,]textStart[,textEnd][,-suffix]`. */
export type TextDirective = {
  prefix?: string;
  textStart: string;
  textEnd?: string;
  suffix?: string;
};

/** A text a passage can be found in: one answer, its paragraphs joined by line breaks. */
export type PassageText = { key: string; text: string };

/** Where a passage was found: the text's key and the range in its original text. */
export type PassageMatch = { key: string; start: number; end: number };

// Inside a term, the directive's own syntax characters must be percent-encoded.
function encodeTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D');
}

/** The directive in its URL form, terms percent-encoded, `-`, `,` and `&` included. */
export function encodeTextDirective(directive: TextDirective): string {
  const { prefix, textStart, textEnd, suffix } = directive;
  return [
    ...(prefix ? [`${encodeTerm(prefix)}-`] : []),
    encodeTerm(textStart),
    ...(textEnd ? [encodeTerm(textEnd)] : []),
    ...(suffix ? [`-${encodeTerm(suffix)}`] : []),
  ].join(',');
}

function decodeTerm(raw: string): string | undefined {
  try {
    const term = decodeURIComponent(raw.replace(/\+/g, '%20')).trim();
    return term === '' ? undefined : term;
  } catch {
    return undefined;
  }
}

/** Reads a directive in its URL form (still percent-encoded); undefined if it is not one. */
export function decodeTextDirective(raw: string): TextDirective | undefined {
  const parts = raw.split(',');
  const prefixRaw = parts[0]?.endsWith('-') ? parts.shift()?.slice(0, -1) : undefined;
  const suffixRaw =
    parts.at(-1)?.startsWith('-') && parts.length > 1 ? parts.pop()?.slice(1) : undefined;
  if (parts.length < 1 || parts.length > 2) return undefined;
  const [startRaw = '', endRaw] = parts;
  const textStart = decodeTerm(startRaw);
  if (!textStart) return undefined;
  const directive: TextDirective = { textStart };
  const textEnd = endRaw === undefined ? undefined : decodeTerm(endRaw);
  const prefix = prefixRaw === undefined ? undefined : decodeTerm(prefixRaw);
  const suffix = suffixRaw === undefined ? undefined : decodeTerm(suffixRaw);
  if (endRaw !== undefined && !textEnd) return undefined;
  if (textEnd) directive.textEnd = textEnd;
  if (prefix) directive.prefix = prefix;
  if (suffix) directive.suffix = suffix;
  return directive;
}

/**
 * The text directives of an address's fragment directive (`#:~:text=…`,
 * `#q4:~:text=…&text=…`, as Chrome's "Copy link to highlight" writes them),
 * each in its URL form (still percent-encoded: decodeTextDirective reads it).
 * None for an address without one. The browser keeps the fragment directive
 * out of `location.hash`; the page load's navigation entry has it.
 */
export function textDirectivesOf(address: string): string[] {
  const hash = address.indexOf('#');
  const directive = hash < 0 ? -1 : address.indexOf(':~:', hash);
  if (directive < 0) return [];
  return address
    .slice(directive + 3)
    .split('&')
    .flatMap((part) => (part.startsWith('text=') && part.length > 5 ? [part.slice(5)] : []));
}

/** The quoted words of a directive, for a person: "the war will end … believe in that". */
export function describeDirective(directive: TextDirective): string {
  return directive.textEnd ? `${directive.textStart} … ${directive.textEnd}` : directive.textStart;
}

// Each text is folded once, however many directives are looked for in it:
// the reader's model keeps its texts, so every link and every `quote` reuses them.
const foldedTexts = new WeakMap<PassageText, Folded>();

function folded(passage: PassageText): Folded {
  let result = foldedTexts.get(passage);
  if (!result) {
    result = fold(passage.text);
    foldedTexts.set(passage, result);
  }
  return result;
}

/**
 * Whether a term ends at `at` in folded text, give or take the one space
 * folding leaves; asked with `at` never going back.
 */
function endsAt(text: string, places: Cursor, length: number, at: number): boolean {
  const from = (text[at - 1] === ' ' ? at - 1 : at) - length;
  return from >= 0 && places(from) === from;
}

/** Whether a term starts at `at` in folded text, give or take one space; `at` never going back. */
function startsAt(text: string, places: Cursor, at: number): boolean {
  const from = text[at] === ' ' ? at + 1 : at;
  return places(from) === from;
}

/**
 * The first place the directive matches, in reading order. Matching ignores
 * case, accents, quote styles and whitespace, but never settles for a similar
 * passage: every word must be there. Linear in the texts and the terms, even
 * in text that repeats itself: each term's places are read front to back once
 * (occurrences.ts), as the starts, and the ends after them, only move forward.
 */
export function findPassage(
  texts: readonly PassageText[],
  directive: TextDirective,
  foldTerm: (term: string) => string = foldQuery,
): PassageMatch | undefined {
  const start = foldTerm(directive.textStart);
  const end = directive.textEnd ? foldTerm(directive.textEnd) : '';
  const prefix = directive.prefix ? foldTerm(directive.prefix) : '';
  const suffix = directive.suffix ? foldTerm(directive.suffix) : '';
  if (!start) return undefined;
  const [starts, ends, prefixes, suffixes] = [start, end, prefix, suffix].map((term) =>
    term ? occurrencesOf(term) : undefined,
  );
  for (const passage of texts) {
    const { text, map } = folded(passage);
    if (!starts || text.length < start.length) continue;
    const startAt = starts(text);
    const endAt = ends?.(text);
    const prefixAt = prefixes?.(text);
    const suffixAt = suffixes?.(text);
    for (let at = startAt(0); at >= 0; at = startAt(at + 1)) {
      if (prefixAt && !endsAt(text, prefixAt, prefix.length, at)) continue;
      let stop = at + start.length;
      if (endAt) {
        const found = endAt(stop);
        if (found < 0) break;
        stop = found + end.length;
      }
      if (suffixAt && !startsAt(text, suffixAt, stop)) continue;
      return { key: passage.key, start: map[at] ?? 0, end: map[stop] ?? passage.text.length };
    }
  }
  return undefined;
}

/** Widens a selection to whole words: a link to "ar will en" means "war will end". */
export function snapToWords(
  text: string,
  start: number,
  end: number,
): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from > 0 && /[\p{L}\p{N}’'-]/u.test(text[from - 1] ?? '')) from -= 1;
  while (to < text.length && /[\p{L}\p{N}’'-]/u.test(text[to] ?? '')) to += 1;
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}
