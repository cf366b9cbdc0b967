import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-2 pages (tests/fixtures/import/fresh-2): each is
// checked here on text of its own, as a caller of importArticle sees it.

describe('a podcast whose host welcomes two guests', () => {
  const article = `Episode 12
Sam: Welcome back. I'm here with Ana Lind and Bo Kerr.
Ana: Glad to be here.
Bo: Thanks, Sam.
Sam: Ana, what does your company make?
Ana: Tools for archivists who work with sound.
Sam: Bo, how did you meet Ana?
Bo: At a conference on recorded sound, years ago.`;
  const { interview } = importOk(article);

  it('keeps the welcome and the guests’ replies as intro, not as the first question', () => {
    expect(questions(interview)).toEqual([
      ['Ana, what does your company make?'],
      ['Bo, how did you meet Ana?'],
    ]);
    expect(interview.intro.join('\n')).toContain("Sam: Welcome back. I'm here with Ana Lind");
    expect(interview.intro.join('\n')).toContain('Bo: Thanks, Sam.');
  });

  it('keeps a one-guest welcome as a question (its reply may be the first joke)', () => {
    const { interview: one } = importOk(`Me: Hello Mayor. Thank you for agreeing to talk.
Ann Ross: That's one view.
Me: Sorry?
AR: There are many views on whether I agreed.
Me: Which roads will you close?
AR: The ones that are still open.`);
    expect(questions(one)).toHaveLength(3);
  });
});

describe('page metadata set out as list items', () => {
  const article = `Coach Ivan Petrov: “We were better today”
- 15 September 2018, 21:13
- |
- 2906
- 0
- Good afternoon. A hard match, but we controlled it.
- What changed after the first goal?
- The game opened up and we had more space.
- Why did you replace the captain?
- A small injury; we did not want to risk him.`;
  const { interview, dropped } = importOk(article);

  it('drops the dashed date, separator and counts, and keeps every turn', () => {
    expect(dropped).toEqual(['- 15 September 2018, 21:13', '- |', '- 2906', '- 0']);
    expect(questions(interview)).toEqual([
      ['- What changed after the first goal?'],
      ['- Why did you replace the captain?'],
    ]);
  });

  it('writes a surname set in capitals in the headline as a name', () => {
    const { interview: caps } = importOk(article.replace('Ivan Petrov', 'Ivan PETROV'));
    expect(caps.people.interviewees.map((p) => p.name)).toEqual(['Ivan Petrov']);
  });

  it('keeps a one-number answer in a dash interview', () => {
    const { interview: ages, dropped: none } = importOk(`- How old were you when you started?
- 12
- And when did you first win?
- At 19, in Lyon.
- What came next?
- The national team.`);
    expect(none).toEqual([]);
    // Both sides' hyphens come off since session 29 (a dash dialogue): the number stays.
    expect(ages.sections[0]?.questions[0]?.answer).toEqual(['12']);
  });
});

describe('a comment section after the last answer', () => {
  const article = `Q: What is next for the lab?
A: A new building, and more students.
Q: When will it open?
A: Next spring, if the weather is kind.
14 responses to “What is next for the lab”
Great interview, very useful.
Reply`;
  const { interview, dropped } = importOk(article);

  it('is page, not part of the last answer', () => {
    expect(interview.sections[0]?.questions[1]?.answer).toEqual([
      'Next spring, if the weather is kind.',
    ]);
    expect(dropped).toEqual([
      '14 responses to “What is next for the lab”',
      'Great interview, very useful.',
      'Reply',
    ]);
  });
});

describe('bold and line-break tags copied as text', () => {
  it('reads a bold question with its answer on the same line as two turns', () => {
    const { interview } = importOk(`[B] Oleg Marr: [/ b] — We played badly in the first half.
[B] — What happened to the defence? [/ B] — I do not know. Maybe we were too sure of ourselves.
[B] — Will you change the lineup? [/ B] — We will talk about it tomorrow.
[b] — How is the goalkeeper? [/b] — He is fine and will play on Saturday.`);
    expect(
      interview.sections.flatMap((s) => s.questions.map((q) => [q.question, q.answer])),
    ).toEqual([
      [
        ['— What happened to the defence?'],
        ['— I do not know. Maybe we were too sure of ourselves.'],
      ],
      [['— Will you change the lineup?'], ['— We will talk about it tomorrow.']],
      [['— How is the goalkeeper?'], ['— He is fine and will play on Saturday.']],
    ]);
    expect(interview.intro.join(' ')).toContain('Oleg Marr: — We played badly');
  });

  it('leaves no <br /> or <strong> in the text', () => {
    const { interview } = importOk(`Lind: Is your horizon several years?<br />
Ross: No. It is <strong>short</strong> term.<br />
Lind: Why the hurry?<br />
Ross: Someone could announce it tomorrow.<br />`);
    expect(
      interview.sections.flatMap((s) => s.questions.map((q) => [q.question, q.answer])),
    ).toEqual([
      [['Is your horizon several years?'], ['No. It is short term.']],
      [['Why the hurry?'], ['Someone could announce it tomorrow.']],
    ]);
  });
});
