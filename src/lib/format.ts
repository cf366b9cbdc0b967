const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "2026-02-10" as "10 February 2026", the same on every machine whatever its time zone. */
export function formatDate(isoDate: string): string {
  return dateFormat.format(new Date(`${isoDate}T00:00:00Z`));
}

/** "1 question", "5 questions". */
export function plural(count: number, noun: string): string {
  return `${formatCount(count)} ${noun}${count === 1 ? '' : 's'}`;
}

const countFormat = new Intl.NumberFormat('en');

/** 10000 as "10,000". */
export function formatCount(count: number): string {
  return countFormat.format(count);
}
