import { describe, expect, it } from 'vitest';
import { cite, citationText } from '../../src/interview/citation';
import { seedInterview } from '../support/seed';

const source = {
  speaker: 'Viktor Maiko',
  url: 'https://reader.example/i/viktor-maiko-2026/peace',
  accessed: new Date('2026-11-24T12:00:00Z'),
};

describe('cite', () => {
  const [apa, mla, chicago] = cite(seedInterview(), source);

  it('gives APA 7 with the speaker, date, title, interviewer, publication in italics and retrieval date', () => {
    expect(apa && citationText(apa)).toBe(
      'Maiko, V. (2026, February 10). Ukrainian Ambassador to Kazakhstan: “The War Will End This Year. I Truly Believe In That.” [Interview by A. Alimzhanov]. The Times of Central Asia. Retrieved November 24, 2026, from https://reader.example/i/viktor-maiko-2026/peace',
    );
    expect(apa?.parts.filter((p) => p.italic).map((p) => p.text)).toEqual([
      'The Times of Central Asia',
    ]);
  });

  it('gives MLA 9, nesting the headline’s quotation marks', () => {
    expect(mla && citationText(mla)).toBe(
      'Maiko, Viktor. “Ukrainian Ambassador to Kazakhstan: ‘The War Will End This Year. I Truly Believe In That.’” Interview by Askar Alimzhanov. The Times of Central Asia, 10 Feb. 2026, https://reader.example/i/viktor-maiko-2026/peace. Accessed 24 Nov. 2026.',
    );
  });

  it('gives Chicago 17', () => {
    expect(chicago && citationText(chicago)).toBe(
      'Maiko, Viktor. “Ukrainian Ambassador to Kazakhstan: ‘The War Will End This Year. I Truly Believe In That.’” Interview by Askar Alimzhanov. The Times of Central Asia, February 10, 2026. Accessed November 24, 2026. https://reader.example/i/viktor-maiko-2026/peace.',
    );
  });

  it('says "n.d." when the interview is undated, and leaves out an unknown interviewer', () => {
    const { published, byline, ...undated } = seedInterview();
    const texts = cite(
      {
        ...undated,
        people: {
          ...undated.people,
          interviewers: [{ id: 'tca', name: 'The Times of Central Asia', label: 'TCA' }],
        },
      },
      source,
    ).map(citationText);
    expect(texts[0]).toContain('Maiko, V. (n.d.). Ukrainian');
    expect(texts[0]).not.toContain('Interview by');
    expect(texts[1]).toContain('The Times of Central Asia, https://');
    expect(texts[2]).toContain('The Times of Central Asia, n.d. Accessed');
  });
});
