/**
 * The most characters the reader puts in one text node. Chromium's HTML
 * parser cuts a text node at 65,536 characters, so a longer paragraph (the
 * format allows 100,000) reached the browser as two nodes where React had
 * rendered one: hydration failed and the whole page was rendered anew (a
 * 100,000-character paragraph laid out a second time, a task of 150-200 ms
 * on a loaded 2-core machine). Rendered as runs of at most this many
 * characters, each its own node (React's server render puts a comment
 * between adjacent texts), it hydrates as it is.
 */
export const MAX_TEXT_RUN = 30_000;

/** How far back from the longest run a space is looked for, to cut between words. */
const SPACE_WINDOW = 1_000;

/**
 * `text` from `start` to `end` as runs of at most `max` characters, which
 * joined are the same text. Each run ends after the last space among its
 * last 1,000 characters; where there is none, anywhere but inside a
 * surrogate pair: a cluster cut there (a letter and its accent, an emoji
 * sequence) is shaped whole all the same, as Chromium shapes text across the
 * nodes of a line (measured: é, क्षि, 👩‍👩‍👧 and "ffi" as wide in two nodes as
 * in one). Linear in the length: the space is looked for in a window only
 * (searching back without a bound is quadratic in unbroken text).
 */
export function textRuns(text: string, start = 0, end = text.length, max = MAX_TEXT_RUN): string[] {
  const runs: string[] = [];
  const window = Math.min(SPACE_WINDOW, max);
  while (end - start > max) {
    const cut = start + max;
    const space = text.slice(cut - window, cut).lastIndexOf(' ');
    // The second half of a surrogate pair (U+DC00 to U+DFFF) stays with the first.
    const to =
      space < 0 ? cut - Number(text.charCodeAt(cut) >> 10 === 0x37) : cut - window + space + 1;
    runs.push(text.slice(start, to));
    start = to;
  }
  runs.push(text.slice(start, end));
  return runs;
}
