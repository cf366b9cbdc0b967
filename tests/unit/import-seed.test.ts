import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';
import type { Interview } from '../../src/interview/schema';
import { seedFiles, seedInterview } from '../support/seed';

function imported(): { interview: Interview; dropped: string[] } {
  const outcome = importArticle(readFileSync(seedFiles.article, 'utf8'));
  if (!outcome.ok) throw new Error(outcome.error);
  return { interview: outcome.interview, dropped: outcome.report.dropped.map((d) => d.text) };
}

/** What an editor curates by hand (ids, topic labels, extra key quotes) left out. */
function content(interview: Interview) {
  return {
    title: interview.title,
    published: interview.published,
    publication: interview.source.publication,
    people: [...interview.people.interviewers, ...interview.people.interviewees].map(
      ({ name, role, label }) => ({
        name,
        role,
        label,
      }),
    ),
    byline: interview.byline,
    image: interview.image,
    intro: interview.intro,
    sections: interview.sections.map((s) => ({
      heading: s.heading,
      questions: s.questions.map((q) => ({ question: q.question, answer: q.answer })),
    })),
  };
}

describe('importing the seed article', () => {
  const { interview, dropped } = imported();
  const curated = seedInterview();

  it('gives the curated file’s sections, questions, answers, metadata and bio', () => {
    expect(content(interview)).toEqual(content(curated));
  });

  it('names its speakers consistently with the curated file', () => {
    expect(interview.id).toBe(curated.id);
    expect(
      interview.sections.flatMap((s) => s.questions.map((q) => [q.id, q.askedBy, q.answeredBy])),
    ).toEqual(
      curated.sections.flatMap((s) =>
        s.questions.map((q) => [q.id, 'the-times-of-central-asia', 'viktor-maiko']),
      ),
    );
    expect(interview.sections[0]).toMatchObject({ id: 'trade', label: 'Trade' });
  });

  it('proposes the headline’s words as a key quote', () => {
    expect(interview.keyQuotes).toEqual([
      {
        id: 'the-war-will-end-this-year',
        questionId: 'q5',
        text: 'the war will end this year. I truly believe in that.',
      },
    ]);
  });

  it('drops the page noise and reports every dropped line', () => {
    expect(dropped).toHaveLength(46);
    expect(new Set(dropped)).toEqual(
      new Set([
        '• KGS/USD = 0.01144 0%',
        '• KZT/USD = 0.00203 0%',
        '• TJS/USD = 0.10659 -0.28%',
        '• UZS/USD = 0.00008 0%',
        '• TMT/USD = 0.28571 0%',
        '10 February 2026',
        'Askar Alimzhanov',
        'View more articles fromAskar Alimzhanov',
        'Suggested Articles',
        'Sidebar',
      ]),
    );
    const text = JSON.stringify(interview);
    for (const noise of ['USD', 'Suggested Articles', 'Sidebar', 'View more'])
      expect(text).not.toContain(noise);
  });
});
