import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Interview } from '../../src/interview/schema';
import { seedFiles, seedInterview } from '../support/seed';

// The scraped page's noise, which must never reach a reader. The list is the
// test's own reading of the page, independent of any importer.
const NOISE = [
  /^•?\s*[A-Z]{3}\/USD = [\d.]+ -?[\d.]+%$/, // currency ticker
  /^\d{1,2} February 2026$/, // repeated date line
  /^View more articles from/,
  /^Suggested Articles$/,
  /^Sidebar$/,
];

/** The article body as published: every non-blank line, noise and repeats removed. */
function publishedParagraphs(): string[] {
  const lines = readFileSync(seedFiles.article, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !NOISE.some((noise) => noise.test(line)));
  // The byline's name is printed twice in a row on the page.
  return lines.filter((line, i) => line !== lines[i - 1]);
}

/** The interview file read back as the article's paragraphs, speaker labels restored. */
function paragraphsOf(interview: Interview): string[] {
  const { interviewers, interviewees } = interview.people;
  const label = (id: string) => [...interviewers, ...interviewees].find((p) => p.id === id)?.label;
  const turn = (speaker: string, [first = '', ...rest]: string[]) => [
    `${label(speaker)}: ${first}`,
    ...rest,
  ];
  return [
    interview.title,
    `${interview.image?.caption}; image: ${interview.image?.credit}`,
    ...interview.intro,
    ...interview.sections.flatMap((section) => [
      section.heading,
      ...section.questions.flatMap((q) => [
        ...turn(q.askedBy, q.question),
        ...turn(q.answeredBy, q.answer),
      ]),
    ]),
    ...(interview.byline ?? []).flatMap((author) => [author.name, author.bio ?? '']),
  ];
}

describe('the seed interview file', () => {
  const interview = seedInterview();

  it('keeps every paragraph of the published article, word for word and in order', () => {
    const published = publishedParagraphs();
    // title, caption, 2 intro, 5 × (heading, question), 30 answer paragraphs, byline, bio
    expect(published).toHaveLength(46);
    expect(paragraphsOf(interview)).toEqual(published);
  });

  it('holds none of the page noise', () => {
    const text = readFileSync(seedFiles.interview, 'utf8');
    for (const noise of ['USD', 'Suggested Articles', 'Sidebar', 'View more articles']) {
      expect(text).not.toContain(noise);
    }
  });

  it('has the five published topics with their full headings, one question each', () => {
    expect(interview.sections.map((s) => [s.id, s.heading, s.questions.length])).toEqual([
      ['trade', 'Trade and Economic Prospects in Central Asia', 1],
      ['middle-corridor', 'Transport Infrastructure and the Middle Corridor', 1],
      ['energy', 'Energy Sector Cooperation and Route Diversification', 1],
      ['security', 'On Security and Attacks on Oil Infrastructure', 1],
      ['peace', 'International Support and the Path to Peace', 1],
    ]);
  });

  it('moves the speaker labels out of the text', () => {
    const turns = interview.sections.flatMap((s) => s.questions);
    expect(turns.map((q) => [q.askedBy, q.answeredBy])).toEqual(
      Array(5).fill(['tca', 'viktor-maiko']),
    );
    for (const q of turns) {
      expect(q.question[0]).not.toMatch(/^TCA:/);
      expect(q.answer[0]).not.toMatch(/^Ambassador Maiko:/);
    }
  });

  it('carries the publication, date, people, byline and photo credit', () => {
    expect(interview.published).toBe('2026-02-10');
    expect(interview.source.publication).toBe('The Times of Central Asia');
    expect(interview.people.interviewees).toEqual([
      {
        id: 'viktor-maiko',
        name: 'Viktor Maiko',
        label: 'Ambassador Maiko',
        role: 'Ukraine’s Ambassador to Kazakhstan',
      },
    ]);
    expect(interview.byline?.[0]?.name).toBe('Askar Alimzhanov');
    expect(interview.byline?.[0]?.bio).toMatch(/^Askar Alimzhanov graduated from the journalism/);
    expect(interview.image).toEqual({
      caption: 'Viktor Maiko, Ukraine’s Ambassador to Kazakhstan',
      credit: 'TCA, Aleksandr Potolitsyn',
    });
  });

  it('has a key quote in every section, including the words of the headline', () => {
    const sectionOf = new Map(
      interview.sections.flatMap((s) => s.questions.map((q) => [q.id, s.id] as const)),
    );
    const quotedSections = new Set(interview.keyQuotes.map((k) => sectionOf.get(k.questionId)));
    expect([...quotedSections].sort()).toEqual(interview.sections.map((s) => s.id).sort());
    expect(interview.keyQuotes.map((k) => k.text)).toContain(
      'the war will end this year. I truly believe in that.',
    );
  });
});
