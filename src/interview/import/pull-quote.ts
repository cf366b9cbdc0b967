/**
 * Whether a pull quote's words (without its quotation marks) are a nearby paragraph's, its first
 * word perhaps re-set for the quote, its last stop and capitals aside: “A song can finish …” of “… was that a
 * song can finish …”, “I didn't touch …” of “… and didn't touch …”. Thirty characters or more
 * past the first word.
 */
export function quotedNear(quote: string, near: readonly string[]): boolean {
  // The quote's own full stop may be the answer's comma ("… could have done, though …").
  const tail = quote
    .toLowerCase()
    .replace(/^\S+\s/u, '')
    .replace(/[.!?]$/u, '');
  return tail.length >= 30 && near.some((text) => text.toLowerCase().includes(tail));
}
