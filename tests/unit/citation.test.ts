import { describe, expect, it } from 'vitest';
import { bibtex, citationItem, cslName, ris } from '../../src/interview/citation';
import { locatorText } from '../../src/interview/locator';
import { seedInterview } from '../support/seed';

const URL =
  'https://timesca.com/ukrainian-ambassador-to-kazakhstan-the-war-will-end-this-year-i-truly-believe-in-that/';

describe('citation data', () => {
  it('names a passage by question and paragraph, as the handout numbers them', () => {
    expect(locatorText({ question: 2, paragraph: 3 })).toBe('Q2 ¶3');
    expect(locatorText({ question: 4 })).toBe('Q4');
  });

  it('splits personal names and keeps organisations whole', () => {
    expect(cslName('Viktor Maiko')).toEqual({ family: 'Maiko', given: 'Viktor' });
    expect(cslName('Reuters')).toEqual({ literal: 'Reuters' });
  });

  it('cites the article as published: APA’s author is the interviewer, MLA’s and Chicago’s the interviewee', () => {
    const interview = seedInterview();
    expect(citationItem(interview, 'apa')).toMatchObject({
      type: 'article-newspaper',
      author: [{ family: 'Alimzhanov', given: 'Askar' }],
      'container-title': 'The Times of Central Asia',
      issued: { 'date-parts': [[2026, 2, 10]] },
      URL,
    });
    expect(citationItem(interview, 'apa')).not.toHaveProperty('interviewer');
    expect(citationItem(interview, 'chicago')).toMatchObject({
      author: [{ family: 'Maiko', given: 'Viktor' }],
      interviewer: [{ family: 'Alimzhanov', given: 'Askar' }],
      URL,
    });
    expect(citationItem(interview, 'mla').URL).toBe(URL.replace('https://', ''));
  });

  it('names no author where the importer could not name the interviewer ("Interviewer")', () => {
    const interview = seedInterview();
    const unnamed = {
      ...interview,
      byline: [],
      people: {
        ...interview.people,
        interviewers: interview.people.interviewers.map((p) => ({ ...p, name: 'Interviewer' })),
      },
    };
    expect(citationItem(unnamed, 'apa')).not.toHaveProperty('author');
    expect(citationItem(unnamed, 'chicago')).not.toHaveProperty('interviewer');
    expect(bibtex(unnamed)).not.toContain('Interviewer');
    // A real interviewer's name is kept (near miss): "Ines Interviewer" is someone.
    const named = {
      ...unnamed,
      people: {
        ...unnamed.people,
        interviewers: unnamed.people.interviewers.map((p) => ({ ...p, name: 'Ines Interviewer' })),
      },
    };
    expect(citationItem(named, 'apa')).toMatchObject({
      author: [{ family: 'Interviewer', given: 'Ines' }],
    });
  });

  it('names no publication nor guest where the importer found none ("Unknown publication", "Interviewee")', () => {
    // A real magazine page run through the importer printed "Cite as Interview with Tracey
    // Thorn. (n.d.). Unknown Publication." on the reader's handout and citations.
    const interview = seedInterview();
    const unknown = {
      ...interview,
      source: { ...interview.source, publication: 'Unknown publication' },
      people: {
        ...interview.people,
        interviewees: interview.people.interviewees.map((p) => ({ ...p, name: 'Interviewee' })),
      },
    };
    expect(citationItem(unknown, 'apa')).not.toHaveProperty('container-title');
    expect(citationItem(unknown, 'mla')).not.toHaveProperty('container-title');
    expect(citationItem(unknown, 'mla')).not.toHaveProperty('author');
    expect(bibtex(unknown)).not.toMatch(/unknown publication/i);
    expect(ris(unknown)).not.toMatch(/unknown publication/i);
    expect(bibtex(unknown)).not.toMatch(/interviewee/i);
    // A publication whose name only holds the words is one (near miss).
    const named = {
      ...unknown,
      source: { ...unknown.source, publication: 'The Unknown Publication Weekly' },
    };
    expect(citationItem(named, 'apa')).toMatchObject({
      'container-title': 'The Unknown Publication Weekly',
    });
    expect(ris(named)).toContain('T2  - The Unknown Publication Weekly');
  });

  it('gives an access date only to an undated article, and no address when the original is unknown', () => {
    const { published, canonicalUrl, ...rest } = seedInterview();
    const accessed = new Date('2026-11-24T12:00:00Z');
    expect(citationItem({ ...rest, canonicalUrl }, 'mla', accessed).accessed).toEqual({
      'date-parts': [[2026, 11, 24]],
    });
    expect(citationItem({ ...rest, published }, 'apa', accessed)).not.toHaveProperty('URL');
    expect(citationItem(seedInterview(), 'apa', accessed)).not.toHaveProperty('accessed');
  });

  it('writes a BibTeX record with escaped specials and the original address', () => {
    const record = bibtex(seedInterview());
    expect(record).toMatch(/^@article\{alimzhanov2026ukrainian,\n/);
    expect(record).toContain('  author = {Alimzhanov, Askar},\n');
    expect(record).toContain(
      '  title = {{Ukrainian Ambassador to Kazakhstan: “The War Will End This Year. I Truly Believe In That.”}},\n',
    );
    expect(record).toContain('  journal = {The Times of Central Asia},\n');
    expect(record).toContain('  month = feb,\n');
    expect(record).toContain(`  url = {${URL}},\n`);
    expect(record).toContain(
      '  note = {Interview with Viktor Maiko, Ukraine’s Ambassador to Kazakhstan}\n}\n',
    );
    expect(bibtex({ ...seedInterview(), title: 'R&D at 50% {off}' })).toContain(
      'title = {{R\\&D at 50\\% \\{off\\}}}',
    );
  });

  it('writes an RIS record (a newspaper article) with CRLF lines', () => {
    expect(ris(seedInterview()).split('\r\n')).toEqual([
      'TY  - NEWS',
      'AU  - Alimzhanov, Askar',
      'TI  - Ukrainian Ambassador to Kazakhstan: “The War Will End This Year. I Truly Believe In That.”',
      'T2  - The Times of Central Asia',
      'PY  - 2026',
      'DA  - 2026/02/10/',
      `UR  - ${URL}`,
      'LA  - en',
      'N1  - Interview with Viktor Maiko, Ukraine’s Ambassador to Kazakhstan',
      'ER  - ',
      '',
    ]);
  });
});
