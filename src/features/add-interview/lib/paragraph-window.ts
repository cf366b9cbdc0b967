// Which of a draft's paragraphs the editor lists. A 1 MB transcript of short turns is some 20,000
// paragraphs: listed at once, each card with its buttons (some 25 elements), they held the page's
// thread for 38 s at a load of 10, and every correction after that for 18 s. The editor lists a
// page of them and the next on request, so the browser's find in page, the Tab order and a screen
// reader's list all work on what is listed (a virtual list would hide them from all three). An
// article's interview (tens to a couple of hundred paragraphs) fits in one page.

/** Paragraphs listed at first, and added by each "Show paragraphs" press. */
export const PARAGRAPH_PAGE = 200;

/** The paragraphs listed: from `start` up to, not including, `end` (indices in the draft). */
export type ParagraphWindow = { start: number; end: number };

/**
 * The window of a draft of `count` paragraphs as it comes: a page, or all of a draft of a page or
 * less, also once splits have taken it past a page.
 */
export const firstWindow = (count: number): ParagraphWindow => ({
  start: 0,
  end: count <= PARAGRAPH_PAGE ? Infinity : PARAGRAPH_PAGE,
});

/**
 * The window as it lists a draft of `count` paragraphs now: it may have lost some since, and an
 * emptied window lists the last page.
 */
export function clampWindow(window: ParagraphWindow, count: number): ParagraphWindow {
  const end = Math.min(window.end, count);
  return { start: window.start < end ? window.start : Math.max(0, end - PARAGRAPH_PAGE), end };
}

/** The page after the window, added to it. */
export const withNext = (window: ParagraphWindow, count: number): ParagraphWindow => ({
  start: window.start,
  end: Math.min(count, window.end + PARAGRAPH_PAGE),
});

/** The page before the window, added to it. */
export const withEarlier = (window: ParagraphWindow): ParagraphWindow => ({
  start: Math.max(0, window.start - PARAGRAPH_PAGE),
  end: window.end,
});

/**
 * A window that lists paragraph `index` (a note's "line N" jumps there): this one, grown by the
 * page holding it where that page adjoins it, else that page alone. A jump draws one page at most.
 */
export function showing(window: ParagraphWindow, index: number, count: number): ParagraphWindow {
  if (index >= window.start && index < window.end) return window;
  const pageStart = index - (index % PARAGRAPH_PAGE);
  const pageEnd = Math.min(count, pageStart + PARAGRAPH_PAGE);
  return pageStart <= window.end && pageEnd >= window.start
    ? { start: Math.min(window.start, pageStart), end: Math.max(window.end, pageEnd) }
    : { start: pageStart, end: pageEnd };
}
