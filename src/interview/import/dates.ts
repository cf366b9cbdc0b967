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
// "Published on", and as Spanish, Portuguese, German, French, Italian and Polish pages print it:
// "Actualizado el 30/11/2018 a las 08:15".
const LABEL =
  '(?:(?:published|posted|updated|date|last updated|actualizado|publicado|atualizado|aktualisiert|veröffentlicht|mis à jour|publié|aggiornato|pubblicato|opublikowano|zaktualizowano)(?:\\s+(?:on|el|em|am|le|il|dnia))?\\s*[:\\-–]?\\s*)?';
const TIME =
  '(?:[,\\s]+(?:(?:at|a las|às|um|à|alle|o)\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s*[A-Z]{2,5})?)?';

const DAY_MONTH_YEAR = new RegExp(
  `^${LABEL}${WEEKDAY}(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+(\\d{4})${TIME}$`,
  'i',
);
const MONTH_DAY_YEAR = new RegExp(
  `^${LABEL}${WEEKDAY}${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})${TIME}$`,
  'i',
);
// A weekday may follow, as a Japanese daily prints it: "2019-02-26-TUE".
const ISO = new RegExp(
  `^${LABEL}(\\d{4})-(\\d{2})-(\\d{2})(?:[T\\s][\\d:.]+(?:Z|[+-]\\d{2}:?\\d{2})?|[-\\s,(]+(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?\\)?)?$`,
  'i',
);
const NUMERIC = new RegExp(`^${LABEL}(\\d{1,2})([./])(\\d{1,2})\\2(\\d{4})${TIME}$`, 'i');
// Year first with dots, as Korean and Hungarian pages print a date, a Korean CMS's "승인"
// (approved), "입력" (entered) or "수정" (edited) before it: "승인 2019.03.11 00:12", "2021.11.02".
const YEAR_FIRST =
  /^(?:(?:승인|입력|수정|등록)\s?)?(\d{4})\.\s?(\d{1,2})\.\s?(\d{1,2})\.?(?:\s\d{1,2}:\d{2})?$/u;
// An Arabic paper's "published in PAPER on DD - MM - YYYY", as a news mirror credits its copy:
// "نشر في المدينة يوم 14 - 01 - 2012".
const ARABIC_PUBLISHED =
  /^نشر في [^\d\n]{1,40} يوم (\d{1,2}) ?([-/.]) ?(\d{1,2}) ?[-/.] ?(\d{4})$/u;
// A numeric date after a weekday as Vietnamese and Indonesian papers print it, the time after a
// dash or a comma: "Thứ Hai, 18/02/2013 - 07:05", "Senin 23-01-2023,14:30 WIB".
const WEEKDAY_NUMERIC =
  /^(?:thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad),?\s(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?:\s?[,-]\s?\d{1,2}[:.]\d{2}(?:\s\p{Lu}{2,4})?)?$/iu;

// Thai months, abbreviated ("พ.ย.") or written out ("พฤศจิกายน"), in the calendar's order.
const THAI_MONTHS: readonly (readonly [string, string])[] = [
  ['ม.ค.', 'มกราคม'],
  ['ก.พ.', 'กุมภาพันธ์'],
  ['มี.ค.', 'มีนาคม'],
  ['เม.ย.', 'เมษายน'],
  ['พ.ค.', 'พฤษภาคม'],
  ['มิ.ย.', 'มิถุนายน'],
  ['ก.ค.', 'กรกฎาคม'],
  ['ส.ค.', 'สิงหาคม'],
  ['ก.ย.', 'กันยายน'],
  ['ต.ค.', 'ตุลาคม'],
  ['พ.ย.', 'พฤศจิกายน'],
  ['ธ.ค.', 'ธันวาคม'],
];
// A Thai date, the time after it ("14 พ.ย. 2561 10:25 น."): a Thai page counts years in the
// Buddhist era, 543 years ahead of the Christian.
const THAI =
  /^(\d{1,2})\s+([\p{Script=Thai}.]{4,12})\s+(\d{4})(?:\s+\d{1,2}[:.]\d{2}(?:\s*น\.)?)?$/u;

function thaiDate(text: string): string | undefined {
  const m = THAI.exec(text);
  const month = THAI_MONTHS.findIndex((names) => names.includes(m?.[2] ?? '')) + 1;
  if (!m || month === 0) return undefined;
  const year = Number(m[3]);
  return iso(year > 2400 ? year - 543 : year, month, Number(m[1]));
}

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

// Month names of other languages by their first letters, longest first where
// two share a start ("juin"/"juil"). Russian and Ukrainian in the genitive,
// as dates write them; Uzbek and Azerbaijani in Latin script.
const OTHER_MONTHS: readonly (readonly [string, number])[] = [
  ['янв', 1],
  ['фев', 2],
  ['мар', 3],
  ['апр', 4],
  ['мая', 5],
  ['май', 5],
  ['июн', 6],
  ['июл', 7],
  ['авг', 8],
  ['сен', 9],
  ['окт', 10],
  ['ноя', 11],
  ['дек', 12],
  ['січ', 1],
  ['лют', 2],
  ['бер', 3],
  ['кві', 4],
  ['тра', 5],
  ['чер', 6],
  ['лип', 7],
  ['сер', 8],
  ['вер', 9],
  ['жов', 10],
  ['лис', 11],
  ['гру', 12],
  ['yanv', 1],
  ['fev', 2],
  ['mart', 3],
  ['aprel', 4],
  ['iyun', 6],
  ['iyul', 7],
  ['avg', 8],
  ['avq', 8],
  ['sent', 9],
  ['okt', 10],
  ['noy', 11],
  ['dek', 12],
  ['ene', 1],
  ['abr', 4],
  ['ago', 8],
  ['dic', 12],
  ['sept', 9],
  ['janv', 1],
  ['févr', 2],
  ['fevr', 2],
  ['mars', 3],
  ['avr', 4],
  ['mai', 5],
  ['juin', 6],
  ['juil', 7],
  ['août', 8],
  ['aout', 8],
  ['déc', 12],
  ['mär', 3],
  ['dez', 12],
  ['genn', 1],
  ['magg', 5],
  ['giu', 6],
  ['lug', 7],
  ['sett', 9],
  ['ott', 10],
  // Polish, in the genitive: "12 czerwca 2021", "18 grudnia 2019".
  ['sty', 1],
  ['lut', 2],
  ['kwi', 4],
  ['maj', 5],
  ['czer', 6],
  ['lip', 7],
  ['sierp', 8],
  ['wrze', 9],
  ['paźd', 10],
  ['pazd', 10],
  ['listop', 11],
  ['grud', 12],
  // Turkish: "9 Nisan 2020 Perşembe 09:52" (Mart is above, Mayıs is English's "may").
  ['ocak', 1],
  ['şubat', 2],
  ['nisan', 4],
  ['haziran', 6],
  ['temmuz', 7],
  ['ağustos', 8],
  ['eylül', 9],
  ['ekim', 10],
  ['kasım', 11],
  ['aralık', 12],
  // Bulgarian ("21 Юни 2013"; the rest share Russian's stems) and Greek, in the genitive
  // ("12 Ιουνίου 2018"; capitals may drop the accent).
  ['яну', 1],
  ['юни', 6],
  ['юли', 7],
  ['сеп', 9],
  ['ное', 11],
  ['ιαν', 1],
  ['φεβ', 2],
  ['μαρ', 3],
  ['μάρ', 3],
  ['απρ', 4],
  ['μαΐ', 5],
  ['μαι', 5],
  ['ιουν', 6],
  ['ιούν', 6],
  ['ιουλ', 7],
  ['ιούλ', 7],
  ['αυγ', 8],
  ['αύγ', 8],
  ['σεπ', 9],
  ['οκτ', 10],
  ['νοε', 11],
  ['νοέ', 11],
  ['δεκ', 12],
  // English stems last: they also start "mayo", "junio", "octubre", "novembre"…
  ...MONTHS.map((stem, i) => [stem, i + 1] as const),
];

/** A month's number from its name in English or another supported language; 0 if unknown. */
function anyMonthNumber(word: string): number {
  const lower = word.toLowerCase().replace(/\.$/, '');
  return OTHER_MONTHS.find(([stem]) => lower.startsWith(stem))?.[1] ?? 0;
}

// "15 марта 2023", "5 de mayo de 2023", "5. Mai 2023", "15 марта 2023 г.", "3-fevral 2024-yil",
// and a weekday (or a place) and a comma before one, as blog platforms print it: "martes, 21 de
// abril de 2015", "Montag, 5. Mai 2023"; labelled, a weekday without a comma and the time after
// "à" or "às": "Publié le jeudi 17 octobre 2019 à 9:47". Italian and Spanish Blogger themes set
// the weekday without a comma too ("martedì 23 marzo 2010"), a Turkish news site after the date,
// before the time ("9 Nisan 2020 Perşembe 09:52"); a Greek one the same ("Τρίτη 12 Ιουνίου 2018").
const WRITTEN_DAY_MONTH_YEAR = new RegExp(
  `^${LABEL}(?:\\p{L}+,\\s+|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|lunes|martes|miércoles|jueves|viernes|sábado|domingo|δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή)\\s+)?(\\d{1,2})(?:\\.|-)?\\s*(?:de\\s+)?(\\p{L}{3,12}\\.?)\\s+(?:de\\s+)?(\\d{4})(?:\\s*(?:г\\.?|года|р\\.?|року|-?yil|y\\.))?(?:\\s+(?:pazartesi|salı|çarşamba|perşembe|cuma|cumartesi|pazar))?(?:[,\\s]+(?:(?:à|às|a las|um|alle)\\s+)?\\d{1,2}[:.h]\\d{2})?$`,
  'iu',
);
// "March 2016", "марта 2023": a month and year alone (a date line, though no day).
const MONTH_YEAR = /^(\p{L}{3,12})\.?\s+(\d{4})$/u;
// "1:00 p.m. EST", "12:50": a time alone on a line.
const TIME_LINE = /^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,5})?$/iu;

/** Whether a line is only a time ("12:50", "1:00 p.m. EST"). */
export function isTimeLine(line: string): boolean {
  return TIME_LINE.test(line.trim());
}

/** Whether a line is only a month and year, or only a time: page furniture around a date. */
export function isPartialDateLine(line: string): boolean {
  const text = line.trim();
  const monthYear = MONTH_YEAR.exec(text);
  // Only English and Cyrillic month names here: "Marketing 2016" is no date.
  const month = monthYear?.[1] ?? '';
  const isMonth =
    new RegExp(`^${MONTH}$`, 'iu').test(month) ||
    (/^\p{Script=Cyrillic}+$/u.test(month) && anyMonthNumber(month) > 0);
  return isMonth || TIME_LINE.test(text);
}

const EMBEDDED = new RegExp(
  `\\b(\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}\\s*,?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4})\\b`,
  'iu',
);

const WRITTEN_EMBEDDED =
  /(?<![\p{L}\d])(\d{1,2}\.?\s*(?:de\s+)?\p{L}{3,12}\.?\s+(?:de\s+)?\d{4})(?!\d)/u;

/** The first written date inside a longer line: "Interview …, QBC News, 17 July 2023, 10:35AM". */
export function findDateIn(line: string): string | undefined {
  // An ISO date opening a dateline, a comma or space after it: "2012-05-15, Kwestionariusz …".
  const opening = /^(\d{4}-\d{2}-\d{2})[,\s]/u.exec(line)?.[1];
  if (opening) return parseDateLine(opening);
  const found = EMBEDDED.exec(line)?.[1];
  if (found) return parseDateLine(found);
  // In any language the format reads: "… | Publicado el 23 de septiembre de 2018".
  const written = WRITTEN_EMBEDDED.exec(line)?.[1];
  return written ? parseDateLine(written) : undefined;
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
  const written = WRITTEN_DAY_MONTH_YEAR.exec(text);
  if (written) {
    const month = anyMonthNumber(written[2] ?? '');
    if (month > 0) return iso(Number(written[3]), month, Number(written[1]));
  }
  m = ISO.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  m = YEAR_FIRST.exec(text);
  if (m) return iso(Number(m[1]), Number(m[2]), Number(m[3]));
  const thai = thaiDate(text);
  if (thai) return thai;
  m = NUMERIC.exec(text) ?? WEEKDAY_NUMERIC.exec(text) ?? ARABIC_PUBLISHED.exec(text);
  if (m) {
    const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
    return m[2] === '/' && a <= 12 && b > 12
      ? iso(year, a, b)
      : (iso(year, b, a) ?? iso(year, a, b));
  }
  return undefined;
}
