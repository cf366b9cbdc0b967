import { parseDateLine } from './dates';

// A record's field label alone on its line: "Release Date:", "Transcript ID:", "Released by:".
const KEY = /^\p{Lu}[\p{L} ]{0,24}:$/u;
// A field set out on one line, "Period of Service: 18/09/2013 - 15/09/2015".
const INLINE_FIELD = /^\p{Lu}[\p{L} ]{0,24}:\s+\S.{0,59}$/u;

function isData(value: string): boolean {
  return /^\d[\d/.: -]*$/u.test(value) || parseDateLine(value) !== undefined;
}

/**
 * An archive's record set out a label a line over its value, three or more fields in a row, each
 * label once, the values short, one a date or a figure at least: "Release Date:" / "25/10/2013" /
 * "Release Type:" / "Interview" / "Transcript ID:" / "23053". The lines at which such runs start
 * and end (end excluded), with a one-line field just before or after taken in ("Period of
 * Service: …"). A transcript's speakers ("NEIL MITCHELL:" / "Good morning.") come back, and say
 * words rather than figures.
 */
export function recordFieldRuns(lines: readonly string[]): { start: number; end: number }[] {
  const keys = new Map<string, number>();
  for (const line of lines) if (KEY.test(line)) keys.set(line, (keys.get(line) ?? 0) + 1);
  const isPair = (i: number) => {
    const key = lines[i] ?? '';
    const value = lines[i + 1] ?? '';
    return (
      KEY.test(key) &&
      keys.get(key) === 1 &&
      value.length > 0 &&
      value.length <= 40 &&
      !KEY.test(value) &&
      !/[.?!]$/u.test(value)
    );
  };
  const runs: { start: number; end: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isPair(i)) {
      i += 1;
      continue;
    }
    let end = i;
    let data = 0;
    while (isPair(end)) {
      if (isData(lines[end + 1] ?? '')) data += 1;
      end += 2;
    }
    if ((end - i) / 2 >= 3 && data >= 1) {
      const start = INLINE_FIELD.test(lines[i - 1] ?? '') ? i - 1 : i;
      runs.push({ start, end: INLINE_FIELD.test(lines[end] ?? '') ? end + 1 : end });
    }
    i = end;
  }
  return runs;
}
