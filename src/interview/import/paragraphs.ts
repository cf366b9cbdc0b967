import { withoutGluedFileName } from './captions';

/** A paragraph of the source text and the lines it came from (1-based). */
export type SourceParagraph = { index: number; text: string; line: number; endLine: number };

const ENDS_SENTENCE = /[.?!:;"”’)…]$/u;

// A speaker label or a numbered question starts a new paragraph even inside hard-wrapped text.
const STARTS_TURN = /^(?:\d{1,3}[.)]\s|[\p{Lu}][\p{L}’'.\- ]{0,40}:\s)/u;

/**
 * Whether the text is hard-wrapped prose (paragraphs broken into lines of
 * similar width), so lines inside a block join into one paragraph. Scraped
 * pages put each paragraph on one line, and their short lines (tickers, menus)
 * are separate items.
 */
function isHardWrapped(lines: readonly string[]): boolean {
  const prose = lines.filter((line) => line.length >= 40);
  if (prose.length < 5) return false;
  const wrapped = prose.filter((line) => line.length <= 100).length;
  // A loop, not Math.max(...lines): a spread of 100,000 lines overflows the stack.
  return wrapped / prose.length >= 0.9 && prose.every((line) => line.length <= 120);
}

/** A line without Markdown's heading marks or whole-line emphasis: "# Title", "**By Ann Lee**". */
function plainLine(line: string): string {
  const unmarked = line.replace(/^#{1,6}\s+/u, '');
  return /^(\*\*|__)[^*_]+\1$/u.test(unmarked) ? unmarked.slice(2, -2).trim() : unmarked;
}

/** Splits article text into paragraphs: one per line, or per blank-line block when hard-wrapped. */
export function splitParagraphs(source: string): SourceParagraph[] {
  const lines = source
    .replace(/^\uFEFF/, '')
    .split(/\r\n?|\n/)
    // Runs of blanks, tabs and no-break spaces become one space. A single space
    // is left alone: replacing each of 300,000 spaces made this step quadratic.
    // A "<br />" copied at a line's end is that line's break: without it, the line's own end shows.
    .map((line) => line.replace(/<br\s*\/?>\s*$/iu, ''))
    .map((line) => plainLine(line.replace(/[\t\u00A0 ]{2,}|[\t\u00A0]/g, ' ').trim()));
  const wrapped = isHardWrapped(lines);
  const paragraphs: SourceParagraph[] = [];
  let current: SourceParagraph | undefined;
  lines.forEach((line, i) => {
    if (line === '') {
      current = undefined;
      return;
    }
    // A wrapped line continues the one before only if that one ran to the
    // wrap width and stopped mid-sentence: titles and headings are short.
    const previous = lines[i - 1] ?? '';
    const continues =
      previous.length >= 40 && !ENDS_SENTENCE.test(previous) && !STARTS_TURN.test(line);
    if (current && wrapped && continues) {
      current.text = `${current.text} ${line}`;
      current.endLine = i + 1;
      return;
    }
    current = { index: paragraphs.length, text: line, line: i + 1, endLine: i + 1 };
    paragraphs.push(current);
  });
  for (const p of paragraphs) p.text = withoutGluedFileName(p.text);
  return stripTimestamps(withoutMarkup(paragraphs));
}

// Bold and line-break tags copied as text from a page's source or a forum:
// "[B] — Why? [/ B]", "<strong>Work</strong>", "…<br />".
const MARKUP = /\[\/?\s*(?:b|i|u)\s*\]|<\/?\s*(?:b|i|u|strong|em|br|span|p)\b[^<>]{0,200}>/giu;
// A bold lead and the words after it on one line: "[B] — Why? [/ B] — Because…".
const RUN_IN_BOLD =
  /^(?:\[\s*b\s*\]|<\s*(?:b|strong)\s*>)\s*(\S.*?)\s*(?:\[\/\s*b\s*\]|<\/\s*(?:b|strong)\s*>)\s*(\S.*)$/iu;

/**
 * Text without markup tags, so labels and questions are seen. A bold lead
 * ending a sentence (a question set in bold, its answer after it on the same
 * line) becomes a paragraph of its own; a bold label ("[B] Name: [/B] — …")
 * stays with its words.
 */
function withoutMarkup(paragraphs: SourceParagraph[]): SourceParagraph[] {
  if (!paragraphs.some((p) => MARKUP.test(p.text))) return paragraphs;
  const out: SourceParagraph[] = [];
  const push = (p: SourceParagraph, text: string) => {
    const clean = text
      .replace(MARKUP, ' ')
      .replace(/\s{2,}/gu, ' ')
      .trim();
    if (clean !== '') out.push({ ...p, index: out.length, text: clean });
  };
  for (const p of paragraphs) {
    const runIn = RUN_IN_BOLD.exec(p.text);
    const lead = runIn?.[1]?.replace(MARKUP, '').trim() ?? '';
    if (runIn?.[2] && lead !== '' && !/[:：]$/u.test(lead)) {
      push(p, lead);
      push(p, runIn[2]);
    } else {
      push(p, p.text);
    }
  }
  return out;
}

// "[00:01:23] ", "(01:05) ", "00:00:12.5 " at the start of a transcript's turns.
const TIMESTAMP = /^[[(]?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?[\])]?\s+(?=\S)/u;

/** A transcript's timestamps leave the text (when two or more turns carry one), so labels are seen. */
function stripTimestamps(paragraphs: SourceParagraph[]): SourceParagraph[] {
  if (paragraphs.filter((p) => TIMESTAMP.test(p.text)).length < 2) return paragraphs;
  for (const p of paragraphs) p.text = p.text.replace(TIMESTAMP, '');
  return paragraphs;
}
