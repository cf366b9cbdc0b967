const MONTHS: readonly string[] = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?';
const LABEL = '(?:(?:published|posted|updated|date|last updated)(?:\\s+on)?\\s*[:\\-–]?\\s*)?';
const TIME = '(?:[,\\s]+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?)?';

const DAY_MONTH_YEAR = new RegExp(
  `^${LABEL}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+(\\d{4})${TIME}$`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(
  `^${LABEL}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`,
  'i',
);
const ISO = new RegExp(
  `^${LABEL}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?)?$`,
  'i',
);
const NUMERIC = new RegExp(`^${LABEL}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})${TIME}$`, 'i');

function iso(year: number, month: number, day: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return undefined;
  }
  return date.toISOString().slice(0, 10);
}

function monthNumber(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

const EMBEDDED = new RegExp(
  `\\b(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`,
  'iu',
);

/** The first written date inside a longer line: "Interview …, QBC News, 17 July 2023, 10:35AM". */
export function findDateIn(line: string): string | undefined {
  const found = EMBEDDED.exec(line)?.[1];
  return found ? parseDateLine(found) : undefined;
}

/**
 * The ISO 8601 date of a line that is only a date, in the usual written forms
 * ("10 February 2026", "February 10, 2026", "Tue, 10 Feb 2026 14:30",
 * "Published: 2026-02-10", "10.02.2026"); undefined for anything else.
 * Numeric day/month order is read day first, as most of the world writes it,
 * unless only month first makes a valid date ("02/30/2026" is not).
 */
export function parseDateLine(line: string): string | undefined {
  const text = line.trim();
  let m = DAY_MONTH_YEAR.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[2] ?? ''), Number(m[1]));
  m = MONTH_DAY_YEAR.exec(text);
  if (m) return iso(Number(m[3]), monthNumber(m[1] ?? ''), Number(m[2]));
  m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = NUMERIC.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return m[2] === '/' && a <= 12 && b > 12
      ? iso(year, a, b)
      : (iso(year, b, a) ?? iso(year, a, b));
  }
  return undefined;
}
