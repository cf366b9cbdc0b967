// punycode.js (https://github.com/mathiasbynens/punycode.js), the RFC 3492
// converter, ships no types. It is imported as 'punycode/', its documented
// name for the package rather than Node's deprecated built-in module.
declare module 'punycode/' {
  /** Unicode text to Punycode (ASCII letters, digits, '-' and the text's own ASCII). */
  export function encode(input: string): string;
  /** Punycode to Unicode text; throws a RangeError for input that is not Punycode. */
  export function decode(input: string): string;
}
