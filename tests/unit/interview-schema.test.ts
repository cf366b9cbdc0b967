import { describe, expect, it } from 'vitest';
import { parseInterview, parseJson } from '../../src/interview/parse';
import { REMOVE, editJson } from '../support/json-edit';
import { seedJson } from '../support/seed';

type Edit = [path: (string | number)[], value: unknown];

/** Parses a copy of the seed with the edits made, and returns its problems as "path: message". */
function problemsAfter(...edits: Edit[]): string[] {
  const doc = seedJson();
  for (const [path, value] of edits) editJson(doc, path, value);
  const result = parseInterview(doc);
  return result.ok ? [] : result.problems.map((p) => `${p.path}: ${p.message}`);
}

describe('the interview format', () => {
  it('accepts the seed interview', () => {
    const result = parseInterview(seedJson());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });

  it('names a missing field by its path', () => {
    expect(problemsAfter([['title'], REMOVE])).toEqual(['$.title: is missing']);
    expect(problemsAfter([['sections', 2, 'questions', 0, 'answeredBy'], REMOVE])).toEqual([
      '$.sections[2].questions[0].answeredBy: is missing',
    ]);
  });

  it('names a wrong type by its path', () => {
    expect(problemsAfter([['sections', 0, 'questions', 0, 'answer'], 'One paragraph'])).toEqual([
      '$.sections[0].questions[0].answer: must be an array, not a string',
    ]);
    expect(problemsAfter([['sections', 1, 'questions', 0, 'answer', 2], 42])).toEqual([
      '$.sections[1].questions[0].answer[2]: must be a string, not a number',
    ]);
    expect(problemsAfter([['people'], null])).toEqual(['$.people: must be an object, not null']);
  });

  it('accepts a photo from an https URL or a file below the interviews folder, with its alt text', () => {
    for (const src of ['https://example.org/photos/maiko.jpg?w=800', 'images/maiko-2026.webp'])
      expect(
        problemsAfter([['image', 'src'], src], [['image', 'alt'], 'Viktor Maiko at his desk']),
      ).toEqual([]);
  });

  it('refuses a photo from anywhere else, or without alt text', () => {
    const message =
      'must be an https URL or a path below the interviews folder such as "images/photo.jpg" (.avif, .gif, .jpg, .jpeg, .png, .svg or .webp)';
    for (const src of [
      'http://example.org/a.jpg',
      'javascript:alert(1)',
      'data:image/png;base64,AAAA',
      '//evil.example/a.jpg',
      '/images/a.jpg',
      '../secret/a.jpg',
      'images/.hidden.jpg',
      'images/notes.json',
    ])
      expect(problemsAfter([['image', 'src'], src], [['image', 'alt'], 'A photo'])).toEqual([
        `$.image.src: ${message}`,
      ]);
    expect(problemsAfter([['image', 'src'], 'images/a.jpg'])).toEqual([
      '$.image.alt: is missing: a photo (src) needs a text alternative',
    ]);
    expect(
      problemsAfter(
        [['image', 'src'], 'images/a.jpg'],
        [['image', 'alt'], 'A photo'],
        [['image', 'width'], 1200],
      ),
    ).toEqual(['$.image.height: must be given with width, or both left out']);
  });

  it('rejects ids that are not URL-safe', () => {
    expect(problemsAfter([['sections', 0, 'id'], 'Trade Talk'])).toEqual([
      '$.sections[0].id: must be a URL-safe id: lowercase letters, digits and single hyphens',
    ]);
    expect(problemsAfter([['id'], 'maiko/../secret'])).toHaveLength(1);
    expect(problemsAfter([['keyQuotes', 0, 'id'], 'quote--1'])).toHaveLength(1);
  });

  it('rejects duplicate ids, pointing at both uses', () => {
    expect(problemsAfter([['sections', 1, 'questions', 0, 'id'], 'q1'])).toContain(
      '$.sections[1].questions[0].id: duplicate id "q1" (already used at $.sections[0].questions[0].id)',
    );
  });

  it('treats section, question and key quote ids as one namespace, as the URL fragment does', () => {
    expect(problemsAfter([['keyQuotes', 0, 'id'], 'energy'])).toEqual([
      '$.keyQuotes[0].id: duplicate id "energy" (already used at $.sections[2].id)',
    ]);
  });

  it('rejects two people with one id', () => {
    expect(problemsAfter([['people', 'interviewers', 0, 'id'], 'viktor-maiko'])).toContain(
      '$.people.interviewees[0].id: duplicate id "viktor-maiko" (already used at $.people.interviewers[0].id)',
    );
  });

  it('rejects a speaker who is not among the people', () => {
    expect(problemsAfter([['sections', 3, 'questions', 0, 'answeredBy'], 'maiko'])).toEqual([
      '$.sections[3].questions[0].answeredBy: unknown speaker "maiko": expected one of tca, viktor-maiko',
    ]);
  });

  it('rejects a key quote whose text is not in its answer', () => {
    expect(problemsAfter([['keyQuotes', 5, 'text'], 'the war will end next year.'])).toEqual([
      '$.keyQuotes[5].text: is not found word for word in one paragraph of the answer to "q5"',
    ]);
  });

  it('rejects a key quote that is in another answer than the one it names', () => {
    expect(problemsAfter([['keyQuotes', 5, 'questionId'], 'q4'])).toEqual([
      '$.keyQuotes[5].text: is not found word for word in one paragraph of the answer to "q4"',
    ]);
  });

  it('rejects a key quote of an unknown question', () => {
    expect(problemsAfter([['keyQuotes', 0, 'questionId'], 'q9'])).toEqual([
      '$.keyQuotes[0].questionId: no question has the id "q9"',
    ]);
  });

  it('rejects unknown fields, which are usually typos', () => {
    expect(problemsAfter([['sections', 0, 'questions', 0, 'anwser'], []])).toEqual([
      '$.sections[0].questions[0].anwser: is not a field of the format (check its spelling)',
    ]);
  });

  it('rejects empty text, empty lists and malformed dates, URLs and versions', () => {
    expect(problemsAfter([['intro', 0], '  '])).toEqual([
      '$.intro[0]: must show something, not only spaces, control or invisible characters',
    ]);
    expect(problemsAfter([['sections', 0, 'questions', 0, 'answer'], []])).toEqual([
      '$.sections[0].questions[0].answer: must hold at least one paragraph',
      // The key quote of that answer can no longer be found either.
      '$.keyQuotes[0].text: is not found word for word in one paragraph of the answer to "q1"',
    ]);
    expect(problemsAfter([['sections'], []])).toContain(
      '$.sections: must hold at least one section',
    );
    expect(problemsAfter([['published'], '2026-02-30'])).toEqual([
      // In the right form, not a real date: said so, not "must be an ISO 8601 date".
      '$.published: is not a real date: 2026-02 has 28 days',
    ]);
    expect(problemsAfter([['published'], '2024-02-30'])).toEqual([
      '$.published: is not a real date: 2024-02 has 29 days',
    ]);
    expect(problemsAfter([['published'], '2026-13-01'])).toEqual([
      '$.published: is not a real date: there is no month 13',
    ]);
    expect(problemsAfter([['published'], '2026-04-00'])).toEqual([
      '$.published: is not a real date: there is no day 0',
    ]);
    expect(problemsAfter([['published'], '10/02/2026'])).toEqual([
      '$.published: must be an ISO 8601 date (YYYY-MM-DD)',
    ]);
    expect(problemsAfter([['source', 'url'], 'javascript:alert(1)'])).toEqual([
      '$.source.url: must be an absolute http(s) URL',
    ]);
    expect(problemsAfter([['schemaVersion'], 2])).toEqual([
      '$.schemaVersion: must be 1: this app reads format version 1',
    ]);
  });

  it('reports every structural problem at once', () => {
    const problems = problemsAfter(
      [['title'], REMOVE],
      [['language'], 'English'],
      [
        ['sections', 4, 'questions', 0, 'question'],
        ['', 'ok'],
      ],
    );
    expect(problems).toEqual([
      '$.title: is missing',
      '$.language: must be a language tag such as "en" or "en-GB"',
      '$.sections[4].questions[0].question[0]: must show something, not only spaces, control or invisible characters',
    ]);
  });

  it('reports text that is not JSON where it stops being JSON', () => {
    const result = parseJson('{"id": ');
    expect(result.ok ? [] : result.problems).toEqual([
      {
        path: '$.id',
        message:
          'is not valid JSON at line 1, column 8: expected a value, but the text ends (is the file cut short?)',
      },
    ]);
  });
});
