// A page's metadata lines that noise.ts's one-pattern list does not cover, each read from the
// whole line: a post's date with its view and comment counts.
import { parseDateLine } from './dates';
import { isNameLine } from './names';

// The counters a news site prints beside its date, in the languages interviews reach us in.
const COUNTER =
  '(?:views?|comments?|shares?|likes?|reads?|hits|visits|vues|commentaires|visitas|comentarios|aufrufe|kommentare|wyświetle\\p{L}*|komentarz\\p{L}*|(?:ال)?(?:مشاهدات|مشاهدة|تعليقات|تعليق|قراءات|زيارات)|(?:ผู้)?เข้าชม)';
// A date's label ("date", "التاريخ"), the date, then one to four counters, the word before or
// after its number: "date 2016/11/17 views 3394 comments 2".
const DATE_WITH_COUNTS = new RegExp(
  `^(?:(?:date|(?:ال)?تاريخ)\\s*:?\\s*)?(\\S.{5,40}?)((?:\\s*[|·•،,-]?\\s*(?:${COUNTER}\\s*:?\\s*\\d[\\d.,]*|\\d[\\d.,]*\\s+${COUNTER})){1,4})$`,
  'iu',
);

/** The date of a line that is a date and the post's view and comment counts: "date 2016/11/17 views 3394 comments 2". */
export function dateWithCounts(text: string): string | undefined {
  const date = DATE_WITH_COUNTS.exec(text)?.[1];
  // Year first with slashes, as Arabic sites print it ("2016/11/17"), reads as ISO's order.
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/u.exec(date ?? '');
  const iso = ymd ? `${ymd[1]}-${ymd[2]?.padStart(2, '0')}-${ymd[3]?.padStart(2, '0')}` : date;
  return iso === undefined ? undefined : parseDateLine(iso);
}

/** Whether a line is a date and the post's view and comment counts. */
export function isDateWithCounts(text: string): boolean {
  return dateWithCounts(text) !== undefined;
}

// A date's label before it: "Publicado el", "Published on", "Veröffentlicht am".
const DATE_LABEL =
  /^(?:published|posted|updated|publicado|actualizado|atualizado|publié|mis à jour|veröffentlicht|aktualisiert|pubblicato|aggiornato|opublikowano)(?:\s+(?:on|el|em|am|le|il|dnia))?\s*[:\-–]?\s*/iu;

// The time an Austrian or German daily prints before the date: "10.30 Uhr, ", "10:30, ".
const TIME_BEFORE_DATE = /^\d{1,2}[:.]\d{2}(?:\s?(?:uhr|h))?,?\s+/iu;

/**
 * A byline with its date after a bar, the date left off: "Por Laura Quintero | Publicado el 23 de
 * septiembre de 2018" is "Por Laura Quintero", and "Von Sandra Reiter | 10.30 Uhr, 03. Oktober
 * 2021" is "Von Sandra Reiter" (the time goes with the date). Any other line is as it was.
 */
export function withoutDateAfterBar(text: string): string {
  const bar = /^(.{3,80}?)\s+\|\s+(.{6,60})$/u.exec(text);
  if (!bar?.[1] || !bar[2]) return text;
  const date = bar[2].replace(DATE_LABEL, '').replace(TIME_BEFORE_DATE, '');
  return parseDateLine(date) ? bar[1] : text;
}

// Words left out of a quote: "(...)", "[…]".
const ELISION = /[([](?:\.{3}|…)[)\]]/u;

/**
 * A pull quote set in the text with an elision, its words the page's own: "Musimy podnieść jakość
 * szkolenia trenerów (...). Jednym z naszych celów …", whose first four words another paragraph
 * (the headline) holds, breaking off with no stop. An answer quoting a rule with "(...)" says it
 * once.
 */
export function isElidedPullQuote(text: string, others: readonly string[]): boolean {
  // A pull quote breaks off mid-sentence ("… roli trenerów-edukatorów"); an answer that the
  // headline quotes, its cut words marked, closes its sentence and is the guest's.
  if (text.length > 300 || !ELISION.test(text) || /[.!?…"”»]$/u.test(text)) return false;
  const opening = text.split(ELISION)[0]?.split(/\s+/u).slice(0, 4).join(' ') ?? '';
  return opening.split(' ').length === 4 && others.some((o) => o !== text && o.includes(opening));
}

/**
 * A photo's credit alone on a line, whom it shows by whom, closed by a stop: "Kim Barlow by Grace
 * Lee.". A title naming an event by someone ("Extraordinary Press Conference by Foreign Minister
 * HAYAMI Kenji") closes with no stop.
 */
export function isPortraitCredit(text: string): boolean {
  if (!text.endsWith('.')) return false;
  const [shown, by, ...rest] = text.slice(0, -1).split(' by ');
  return (
    rest.length === 0 &&
    [shown, by].every(
      (name) => name !== undefined && name.split(' ').length <= 3 && isNameLine(name),
    )
  );
}
