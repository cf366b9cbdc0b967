import { articleAuthors } from './authors';
import { isPlaceholder, publicationName } from './placeholders';
import type { Interview } from './schema';

// What a citation says about an interview, as data: CSL-JSON items for the
// Citation Style Language processor (the styles themselves live in
// src/features/citation/), and BibTeX and RIS records for reference managers.
// Pure, so the command line and tests can use it too.

/** A name as CSL-JSON writes it. */
export type CslName = { family: string; given?: string } | { literal: string };

/** The CSL-JSON fields we fill in (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export type CslItem = {
  id: string;
  type: 'article-newspaper';
  title: string;
  'container-title'?: string;
  author?: CslName[];
  interviewer?: CslName[];
  issued?: { 'date-parts': [[number, number, number]] };
  accessed?: { 'date-parts': [[number, number, number]] };
  URL?: string;
  language: string;
};

/** The styles we cite in: APA 7, MLA 9, Chicago 17 (notes and bibliography). */
export type CitationStyle = 'apa' | 'mla' | 'chicago';

/** "Viktor Maiko" → family Maiko, given Viktor; one word (or an organisation) stays whole. */
export function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  const family = words.pop();
  return family && words.length > 0 ? { family, given: words.join(' ') } : { literal: name.trim() };
}

/** The publication, unless the importer's placeholder: a citation then gives no container (APA and MLA do so for an article whose source is unknown). */
function publicationOf(interview: Interview): string | undefined {
  return publicationName(interview.source.publication);
}

/** The people interviewed, without the importer's "Interviewee" (a guest it could not name). */
function namedInterviewees(interview: Interview): string[] {
  return interview.people.interviewees
    .map((person) => person.name)
    .filter((name) => !isPlaceholder('person', name));
}

function dateParts(iso: string): [[number, number, number]] {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
  return [[year, month, day]];
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The interview as each style's guidance says to cite a published interview:
 * the article as published, in its publication, with its own address.
 * - APA 7 cites it in the format of where it appeared (a newspaper article):
 *   the article's author is its interviewer.
 * - MLA 9 and Chicago 17 (14.213) list it under the person interviewed, with
 *   "Interview by" the interviewer after the title.
 * The access date is given only for an undated article, as all three ask.
 */
export function citationItem(
  interview: Interview,
  style: CitationStyle,
  accessed: Date = new Date(),
): CslItem {
  const interviewers = articleAuthors(interview).map(cslName);
  const interviewees = namedInterviewees(interview).map(cslName);
  const publication = publicationOf(interview);
  const url = interview.canonicalUrl;
  const names =
    style === 'apa'
      ? interviewers.length > 0
        ? { author: interviewers }
        : {}
      : {
          ...(interviewees.length > 0 ? { author: interviewees } : {}),
          ...(interviewers.length > 0 ? { interviewer: interviewers } : {}),
        };
  return {
    id: interview.id,
    type: 'article-newspaper',
    title: interview.title,
    ...(publication ? { 'container-title': publication } : {}),
    ...names,
    ...(interview.published
      ? { issued: { 'date-parts': dateParts(interview.published) } }
      : url
        ? { accessed: { 'date-parts': dateParts(isoDay(accessed)) } }
        : {}),
    // MLA 9 leaves out "https://" (5.93); the others give the address whole.
    ...(url ? { URL: style === 'mla' ? url.replace(/^https?:\/\//, '') : url } : {}),
    language: interview.language,
  };
}

const BIBTEX_SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
};

function bibtexValue(text: string): string {
  return text.replace(/[\\{}&%$#_~^]/g, (char) => BIBTEX_SPECIAL[char] ?? char);
}

function invertedName(name: string): string {
  const csl = cslName(name);
  return 'literal' in csl ? `{${csl.literal}}` : `${csl.family}, ${csl.given ?? ''}`;
}

const BIBTEX_MONTHS = 'jan feb mar apr may jun jul aug sep oct nov dec'.split(' ');

/** A citation key: first author's family name, year and the title's first word ("alimzhanov2026ukrainian"). */
function citationKey(interview: Interview): string {
  const first = articleAuthors(interview)[0] ?? namedInterviewees(interview)[0] ?? '';
  const csl = cslName(first);
  const family = 'literal' in csl ? csl.literal : csl.family;
  const word = interview.title.match(/\p{L}+/u)?.[0] ?? '';
  const key = `${family}${interview.published?.slice(0, 4) ?? ''}${word}`
    .normalize('NFKD')
    .replace(/[^A-Za-z0-9]/g, '')
    .toLowerCase();
  return key || interview.id.replace(/-/g, '');
}

/** What the interview is, for a reference manager's note: "Interview with Viktor Maiko, Ukraine’s Ambassador to Kazakhstan". */
function interviewNote(interview: Interview): string {
  const who = interview.people.interviewees
    .filter((person) => !isPlaceholder('person', person.name))
    .map((person) => (person.role ? `${person.name}, ${person.role}` : person.name))
    .join('; ');
  return who ? `Interview with ${who}` : 'Interview';
}

/** A BibTeX record (biblatex reads it too): the article, its author, publication, date and address. */
export function bibtex(interview: Interview): string {
  const authors = articleAuthors(interview);
  const publication = publicationOf(interview);
  const [year, month] = interview.published?.split('-').map(Number) ?? [];
  const fields: [string, string | undefined][] = [
    ['author', authors.length > 0 ? authors.map(invertedName).join(' and ') : undefined],
    // Double braces keep the headline's capitals as published.
    ['title', `{${bibtexValue(interview.title)}}`],
    ['journal', publication === undefined ? undefined : bibtexValue(publication)],
    ['year', year ? String(year) : undefined],
    ['month', month ? BIBTEX_MONTHS[month - 1] : undefined],
    ['date', interview.published],
    ['url', interview.canonicalUrl],
    ['language', interview.language],
    ['note', bibtexValue(interviewNote(interview))],
  ];
  const body = fields
    .flatMap(([name, value]) =>
      value === undefined ? [] : [`  ${name} = ${name === 'month' ? value : `{${value}}`}`],
    )
    .join(',\n');
  return `@article{${citationKey(interview)},\n${body}\n}\n`;
}

/** An RIS record (a newspaper article), as Zotero, EndNote and Mendeley import it. */
export function ris(interview: Interview): string {
  const line = (tag: string, value: string) => `${tag}  - ${value.replace(/\s+/g, ' ').trim()}`;
  const date = interview.published?.replace(/-/g, '/');
  return [
    line('TY', 'NEWS'),
    ...articleAuthors(interview).map((name) => line('AU', invertedName(name).replace(/[{}]/g, ''))),
    line('TI', interview.title),
    ...(publicationOf(interview) ? [line('T2', interview.source.publication)] : []),
    ...(date ? [line('PY', date.slice(0, 4)), line('DA', `${date}/`)] : []),
    ...(interview.canonicalUrl ? [line('UR', interview.canonicalUrl)] : []),
    line('LA', interview.language),
    line('N1', interviewNote(interview)),
    'ER  - ',
    '',
  ].join('\r\n');
}
