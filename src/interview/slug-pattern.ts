/**
 * Lowercase letters and digits in hyphen-separated words: safe in a URL path
 * and as an HTML id. Apart from the schema (fields.ts), so code that only
 * matches ids does not load the schema library.
 */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
