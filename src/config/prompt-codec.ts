import { decode, encode } from 'punycode/';
import { queryValue } from './paths';

// A lesson's prompts in as few link characters as the teacher's language
// allows (see "Prompts in any language" in the README). Percent-encoding
// spends 6 characters on a Cyrillic, Greek or Arabic letter and 9 on a Chinese
// character; Punycode (RFC 3492, the encoding of internationalized domain
// names) writes the text's ASCII as it is and each other letter as about 1.3
// characters of [a-z0-9] (2.5 for Chinese). A prompt written so starts with
// `xn--`, the prefix IDNA uses for the same thing. This module loads only
// with a lesson's prompts (the teacher's prompt box, the lesson builder), never
// with a first view.

/** What marks a prompt written in Punycode. */
export const PUNYCODE_PREFIX = 'xn--';

/**
 * A prompt as a link writes it: as it is when that is shortest once
 * percent-encoded (English, say), else `xn--` and its Punycode. A prompt that
 * starts with `xn--` itself is always encoded, so it is never misread.
 */
export function encodePrompt(text: string): string {
  const packed = `${PUNYCODE_PREFIX}${encode(text)}`;
  if (text.toLowerCase().startsWith(PUNYCODE_PREFIX)) return packed;
  return queryValue(packed).length < queryValue(text).length ? packed : text;
}

/**
 * The longest Punycode value decoded. Decoding takes time in the square of
 * the length (each letter is inserted into the text so far); a prompt of 200
 * letters in any script is under 1,200 characters of Punycode. A longer value
 * comes from no builder, and is shown as it is.
 */
export const MOST_PUNYCODE = 2000;

/**
 * A prompt's text from its link form. A value that is not Punycode after the
 * prefix (a plain prompt that happened to start with `xn--`, in a link made
 * before prompts were encoded) is shown as it is.
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
