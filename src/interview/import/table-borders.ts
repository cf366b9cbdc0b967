// A Q&A laid out in a table and copied with its cell borders: each question and answer ends
// with its cell's right border (' |'), and lines holding only '|' stand between the rows
// ('Q.…? |' / '|' / 'A.… |'). The border is no part of the words. A line with a border inside
// it too ('| a | b |', a Markdown table's row) is left alone.
const BORDER_AT_END = /^([^|]*\S) \|$/u;
const BORDER_AT_START = /^\| (\S[^|]*)$/u;

/**
 * The lines without their table borders, where the page is such a table: three lines or more
 * holding only '|', and most lines with words bordered at their end or start.
 */
export function withoutTableBorders(lines: readonly string[]): string[] {
  const worded = lines.filter((line) => line !== '' && line !== '|');
  const lone = lines.length - worded.length - lines.filter((line) => line === '').length;
  const bordered = worded.filter(
    (line) => BORDER_AT_END.test(line) || BORDER_AT_START.test(line),
  ).length;
  if (lone < 3 || bordered < 3 || bordered * 2 < worded.length) return [...lines];
  return lines.map((line) => line.replace(BORDER_AT_END, '$1').replace(BORDER_AT_START, '$1'));
}
