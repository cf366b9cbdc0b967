import type { Interview } from './schema';

/** A piece of a citation; titles of publications are set in italics. */
export type CitationPart = { text: string; italic?: boolean };

/** One citation style's entry. */
export type Citation = { style: 'APA' | 'MLA' | 'Chicago'; label: string; parts: CitationPart[] };

/** What is cited: who speaks, and the link that opens exactly it. */
export type CitationSource = { speaker: string; url: string; accessed: Date };

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// MLA abbreviates months longer than four letters.
const MLA_MONTHS = [
  'Jan.',
  'Feb.',
  'Mar.',
  'Apr.',
  'May',
  'June',
  'July',
  'Aug.',
  'Sept.',
  'Oct.',
  'Nov.',
  'Dec.',
];

type Ymd = { year: number; month: number; day: number };

function ymd(date: Date): Ymd {
  return { year: date.getUTCFullYear(), month: date.getUTCMonth(), day: date.getUTCDate() };
}

function fromIso(iso: string | undefined): Ymd | undefined {
  return iso ? ymd(new Date(`${iso}T00:00:00Z`)) : undefined;
}

function nameParts(name: string): { given: string; family: string } {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? name;
  return { given: words.join(' '), family };
}

/** "Viktor Maiko" → "Maiko, Viktor". */
function inverted(name: string): string {
  const { given, family } = nameParts(name);
  return given ? `${family}, ${given}` : family;
}

/** "Viktor Maiko" → "Maiko, V." (APA). */
function apaName(name: string): string {
  const { given, family } = nameParts(name);
  const initials = given
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => `${part.charAt(0)}.`)
    .join(' ');
  return initials ? `${family}, ${initials}` : family;
}

/** "Askar Alimzhanov" → "A. Alimzhanov" (APA's bracketed interviewer). */
function apaShortName(name: string): string {
  const { given, family } = nameParts(name);
  return given ? `${given.charAt(0)}. ${family}` : family;
}

/** Double quotation marks inside a quoted title become single ones. */
function nestQuotes(title: string): string {
  return title
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"([^"]*)"/g, '‘$1’');
}

/** A title closed with its own punctuation, or a full stop. */
function closed(title: string): string {
  return /[.!?]["”’]?$/u.test(title) ? title : `${title}.`;
}

/** MLA and Chicago put the closing full stop inside the quotation marks. */
function quotedTitle(title: string): string {
  const nested = nestQuotes(title);
  return /[.!?][’']?$/u.test(nested) ? `“${nested}”` : `“${nested}.”`;
}

/** Who conducted the interview: the byline's authors, else the named interviewers. */
function interviewers(interview: Interview): string[] {
  const authors = (interview.byline ?? []).map((a) => a.name);
  if (authors.length > 0) return authors;
  return interview.people.interviewers
    .map((p) => p.name)
    .filter((n) => n !== interview.source.publication);
}

function list(names: readonly string[]): string {
  return names.length <= 1
    ? (names[0] ?? '')
    : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** APA 7, MLA 9 and Chicago 17 (notes and bibliography) entries for an interview or a part of it. */
export function cite(interview: Interview, source: CitationSource): Citation[] {
  const published = fromIso(interview.published);
  const accessed = ymd(source.accessed);
  const by = interviewers(interview);
  const publication = interview.source.publication;

  const apaDate = published
    ? `${published.year}, ${MONTHS[published.month]} ${published.day}`
    : 'n.d.';
  const apa: CitationPart[] = [
    { text: `${apaName(source.speaker)} (${apaDate}). ${closed(interview.title)}` },
    ...(by.length > 0 ? [{ text: ` [Interview by ${list(by.map(apaShortName))}].` }] : []),
    { text: ' ' },
    { text: publication, italic: true },
    {
      text: `. Retrieved ${MONTHS[accessed.month]} ${accessed.day}, ${accessed.year}, from ${source.url}`,
    },
  ];

  const mlaDate = published
    ? `, ${published.day} ${MLA_MONTHS[published.month]} ${published.year}`
    : '';
  const mla: CitationPart[] = [
    { text: `${inverted(source.speaker)}. ${quotedTitle(interview.title)}` },
    ...(by.length > 0 ? [{ text: ` Interview by ${list(by)}.` }] : []),
    { text: ' ' },
    { text: publication, italic: true },
    {
      text: `${mlaDate}, ${source.url}. Accessed ${accessed.day} ${MLA_MONTHS[accessed.month]} ${accessed.year}.`,
    },
  ];

  // "n.d." brings its own full stop.
  const chicagoDate = published
    ? `${MONTHS[published.month]} ${published.day}, ${published.year}.`
    : 'n.d.';
  const chicago: CitationPart[] = [
    { text: `${inverted(source.speaker)}. ${quotedTitle(interview.title)}` },
    ...(by.length > 0 ? [{ text: ` Interview by ${list(by)}.` }] : []),
    { text: ' ' },
    { text: publication, italic: true },
    {
      text: `, ${chicagoDate} Accessed ${MONTHS[accessed.month]} ${accessed.day}, ${accessed.year}. ${source.url}.`,
    },
  ];

  return [
    { style: 'APA', label: 'APA (7th edition)', parts: apa },
    { style: 'MLA', label: 'MLA (9th edition)', parts: mla },
    { style: 'Chicago', label: 'Chicago (17th edition)', parts: chicago },
  ];
}

/** A citation as plain text, for the clipboard. */
export function citationText(citation: Citation): string {
  return citation.parts.map((part) => part.text).join('');
}
