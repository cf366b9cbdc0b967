import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 30 (cli): misreads found running the command line on real pages, each rule with a near
// miss of ordinary text it must leave as it is.

describe("a podcast page's availability and subscribe lines", () => {
  const page = (lines: string) => `Talking shop with Mara Quist

${lines}

Interviewer: How did the shop start?

Mara Quist: In my garage, with one sewing machine and a borrowed table.

Interviewer: And now?

Mara Quist: Twelve people and a building that used to be a bank. Spotify is on all day in the workroom.`;

  it('drops them as page furniture, never interview text', () => {
    const lines = [
      'This podcast interview is available on iTunes, Stitcher and wherever you listen.',
      'Subscribe on Spotify',
      'Listen on Apple Podcasts',
    ];
    const { interview, dropped } = importOk(page(lines.join('\n\n')));
    expect(dropped).toEqual(expect.arrayContaining(lines));
    expect(interview.intro.join(' ')).not.toMatch(/iTunes|Spotify|Apple/u);
    expect(questions(interview)).toHaveLength(2);
  });

  it('keeps a sentence of the intro that names an app among its words', () => {
    const intro =
      'Mara Quist listens to Spotify while she sews, and told us why on the shop floor.';
    const { interview } = importOk(page(intro));
    expect(interview.intro).toContain(intro);
    expect(answers(interview).at(-1)).toContain('Spotify is on all day');
  });
});
