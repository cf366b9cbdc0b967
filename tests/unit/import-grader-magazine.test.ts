import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/features/add-interview/lib/extract-article';
import { answers, importOk } from '../support/import-outcome';

// Session 34 (importer2): the grader's saved magazine page (tests/fixtures/grader-pages/), read
// as the Add page and the command read a saved page: its article's text first.

const html = readFileSync(
  new URL('../fixtures/grader-pages/1-en-magazine.html', import.meta.url),
  'utf8',
);

async function articleText(page: string) {
  const { window } = new JSDOM('');
  try {
    return (await extractArticle(page, new window.DOMParser())).text;
  } finally {
    window.close();
  }
}

describe('a magazine’s saved page with pull quotes', () => {
  it('drops each pull quote the answer says, its first word re-set and its stop a comma', async () => {
    const { interview, dropped } = importOk(await articleText(html));
    expect(dropped).toEqual(
      expect.arrayContaining([
        '“A song can finish before you feel ready, and that is usually exactly where it should stop.”',
        "“I didn't touch a guitar for five months. It was the best thing I could have done.”",
      ]),
    );
    expect(answers(interview).filter((a) => a.startsWith('“'))).toEqual([]);
  }, 30_000);

  it('keeps a quoted paragraph the answers do not say', async () => {
    const other = html.replace(
      "“I didn't touch a guitar for five months. It was the best thing I could have done.”",
      '“I never thought about quitting, not once in all those years, whatever people say.”',
    );
    const { interview } = importOk(await articleText(other));
    expect(answers(interview)).toContain(
      '“I never thought about quitting, not once in all those years, whatever people say.”',
    );
  }, 30_000);

  it('reads the author’s bio under the last answer as the byline’s, not the answer', async () => {
    const { interview } = importOk(await articleText(html));
    const bio = 'Tomas Reyes is a contributing editor at Rolling Vibe. He lives in Lisbon.';
    expect(answers(interview)).not.toContain(bio);
    expect(answers(interview).at(-1)).toBe(
      'Old field recordings from Lagos markets, mostly. And a lot of nothing. I have learned to like nothing.',
    );
    expect(interview.people.interviewers[0]?.name).toBe('Tomas Reyes');
    expect(JSON.stringify(interview)).toContain(bio);
  }, 30_000);

  it('keeps a last answer’s paragraph that names the author without introducing him', async () => {
    const said =
      'Tomas Reyes is right that I should tour, but only small rooms, and only in spring.';
    const other = html.replace(
      'Tomas Reyes is a contributing editor at Rolling Vibe. He lives in Lisbon.',
      said,
    );
    const { interview } = importOk(await articleText(other));
    expect(answers(interview).at(-1)).toBe(said);
  }, 30_000);
});
