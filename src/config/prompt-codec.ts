import { decode, encode } from 'punycode/';
import type { TextDirective } from '../interview/text-fragment';
import { decodeTextDirective } from '../interview/text-fragment';
import { directiveParam, PUNYCODE_PREFIX, queryValue } from './paths';

// A lesson's prompts in as few link characters as the teacher's language
// allows (see "Prompts and passages in any language" in the README). Percent-encoding
// spends 6 characters on a Cyrillic, Greek or Arabic letter and 9 on a Chinese
// character; Punycode (RFC 3492, the encoding of internationalized domain
// names) writes the text's ASCII as it is and each other letter as about 1.3
// characters of [a-z0-9] (2.5 for Chinese). A prompt written so starts with
// `xn--`, the prefix IDNA uses for the same thing. The terms of a pinned
// passage (its first and last words, and any prefix or suffix) are written the
// same way. This module loads only with a lesson's prompts (the teacher's
// prompt box, the lesson builder) or with a pin written so, never with a first
// view.

export { PUNYCODE_PREFIX };

/**
 * Text as a link writes it: as it is when that is shortest once written in
 * the link (`inLink`), else `xn--` and its Punycode. Text that starts with
 * `xn--` itself is always encoded, so it is never misread.
 */
function pack(text: string, inLink: (value: string) => string): string {
  const packed = `${PUNYCODE_PREFIX}${encode(text)}`;
  if (text.toLowerCase().startsWith(PUNYCODE_PREFIX)) return packed;
  return inLink(packed).length < inLink(text).length ? packed : text;
}

/** A prompt as a link writes it: as it is (English, say) or as `xn--` and its Punycode, whichever is shorter. */
export function encodePrompt(text: string): string {
  return pack(text, queryValue);
}

const termInLink = (term: string) => directiveParam({ textStart: term });

/**
 * A passage as a `pin` value: each term as it is or as `xn--` and its
 * Punycode, whichever is shorter in the link ("Передача" is 48 characters
 * percent-encoded, `xn--80aafi2bkdi` 15).
 */
export function encodePin(directive: TextDirective): string {
  const { prefix, textStart, textEnd, suffix } = directive;
  return directiveParam({
    textStart: pack(textStart, termInLink),
    ...(textEnd ? { textEnd: pack(textEnd, termInLink) } : {}),
    ...(prefix ? { prefix: pack(prefix, termInLink) } : {}),
    ...(suffix ? { suffix: pack(suffix, termInLink) } : {}),
  });
}

/** A `pin` value read with its Punycode terms decoded; undefined if it is no directive. */
export function decodePin(raw: string): TextDirective | undefined {
  const directive = decodeTextDirective(raw);
  if (!directive) return undefined;
  const { prefix, textStart, textEnd, suffix } = directive;
  return {
    textStart: decodePrompt(textStart),
    ...(textEnd ? { textEnd: decodePrompt(textEnd) } : {}),
    ...(prefix ? { prefix: decodePrompt(prefix) } : {}),
    ...(suffix ? { suffix: decodePrompt(suffix) } : {}),
  };
}

/** A `pin` value as the reader looks for it: its terms as they are (a plain one unchanged). */
export function unpackPin(raw: string): string {
  const directive = isPackedPin(raw) ? decodePin(raw) : undefined;
  return directive ? directiveParam(directive) : raw;
}

/** Whether a `pin` value writes a term as Punycode (a term starting with `xn--`). */
export const isPackedPin = (raw: string) => /(?:^|,)-?xn--/i.test(raw);

/**
 * The longest Punycode value decoded. Decoding takes time in the square of
 * the length (each letter is inserted into the text so far); a prompt of 200
 * letters in any script is under 1,200 characters of Punycode. A longer value
 * comes from no builder, and is shown as it is.
 */
export const MOST_PUNYCODE = 2000;

/**
 * A prompt's (or a pin term's) text from its link form. A value that is not
 * Punycode after the prefix (plain text that happened to start with `xn--`, in
 * a link made before it was encoded) is read as it is.
 */
export function decodePrompt(value: string): string {
  if (!value.toLowerCase().startsWith(PUNYCODE_PREFIX) || value.length > MOST_PUNYCODE)
    return value;
  try {
    return decode(value.slice(PUNYCODE_PREFIX.length));
  } catch {
    return value;
  }
}
