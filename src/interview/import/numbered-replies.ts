import type { SourceParagraph } from './paragraphs';

// A forum's hosting thread: a member asks numbered questions in one paragraph ("כמה שאלות: 1. …?
// 2. …? 3. …?") and the guest's reply numbers its answers the same in the next ("1-… 2-… 3-…").
// A number counts at the paragraph's start or after a sentence's end (or a colon before the
// first), so a figure inside a sentence ("at 14. 2-") is read only where it is the one expected.
const BOUNDARY = '(?:^|(?<=[.!?？؟;:…"”»)]\\s))';
const ASKS = /[?？؟]/u;

/** Where each item numbered 1, 2, 3 … in order starts (a question's `k. `, an answer's `k-`). */
function numberedItems(text: string, mark: string): number[] {
  const starts: number[] = [];
  for (;;) {
    const re = new RegExp(`${BOUNDARY}${starts.length + 1}${mark}`, 'gu');
    re.lastIndex = starts.at(-1) ?? 0;
    const match = re.exec(text);
    if (!match) return starts;
    starts.push(match.index);
  }
}

/** The items at `starts`, the words before the first (a greeting, a thanks) joined to it. */
function items(text: string, starts: readonly number[], mark: RegExp): string[] {
  return starts.map((start, i) => {
    const item = text.slice(start, starts[i + 1]).trim();
    const before = i === 0 ? text.slice(0, start).trim() : '';
    if (before === '') return item;
    // The number leaves the text as a label does: it goes first, the lead's words after it.
    const number = mark.exec(item)?.[0] ?? '';
    return `${number}${before} ${item.slice(number.length).trim()}`;
  });
}

/**
 * A paragraph of three or more questions numbered in order from 1 (most of them asking), followed
 * by a paragraph answering them numbered the same, as many: the pair becomes each question then
 * its answer, numbered still (the numbered questions' rule reads them, and takes the numbers off).
 * The words before a paragraph's first number go with its first item.
 */
export function splitNumberedReplies(paragraphs: SourceParagraph[]): SourceParagraph[] {
  const out: SourceParagraph[] = [];
  for (let i = 0; i < paragraphs.length; i += 1) {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    if (!p) continue;
    const asked = numberedItems(p.text, '[.)]\\s');
    const answered = next ? numberedItems(next.text, '\\s?[-–.)]') : [];
    const questions = items(p.text, asked, /^\d+[.)]\s/u);
    if (
      !next ||
      asked.length < 3 ||
      answered.length !== asked.length ||
      questions.filter((q) => ASKS.test(q)).length * 2 <= asked.length
    ) {
      out.push(p);
      continue;
    }
    const replies = items(next.text, answered, /^\d+\s?[-–.)]\s?/u);
    questions.forEach((question, k) =>
      out.push({ ...p, text: question }, { ...next, text: replies[k] ?? '' }),
    );
    i += 1;
  }
  return out.map((p, index) => ({ ...p, index }));
}
