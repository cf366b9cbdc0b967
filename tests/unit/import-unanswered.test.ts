import { describe, expect, it } from 'vitest';
import { importOk } from '../support/import-outcome';

const article = (last: string) => `A Chat With Mara Quill
Mara Quill writes novels about lighthouses. We asked her about her new book.
Q: Where did the book start?
A: On a ferry, in fog, with a notebook on my knees.
Q: How long did it take?
A: Three winters, and most of a fourth.
${last}`;

describe('a question left without an answer', () => {
  it('at the end of an article cut short: kept in the answer before it, and the report says so', () => {
    const { interview, report } = importOk(article('Q: What are you writing next?'));
    const answers = interview.sections.flatMap((s) => s.questions.map((q) => q.answer.join(' ')));
    expect(answers.at(-1)).toContain('What are you writing next?');
    const warning = report.warnings.find((w) => w.includes('has no answer'));
    expect(warning).toMatch(/the last, kept at the end of the answer before it/);
    expect(warning).not.toMatch(/next question/);
  });

  it('at the end: its "Q:" label leaves it, as any question label does', () => {
    const { interview } = importOk(article('Q: What are you writing next?'));
    const last = interview.sections.at(-1)?.questions.at(-1)?.answer;
    expect(last).toEqual(['Three winters, and most of a fourth.', 'What are you writing next?']);
  });

  it("at the end: a host's sign-off that asks nothing keeps its name", () => {
    const { interview } = importOk(
      article('Q: What are you writing next?\nA: A ghost story.\nQ: Thank you, Mara.'),
    );
    const last = interview.sections.at(-1)?.questions.at(-1)?.answer;
    expect(last?.at(-1)).toBe('Q: Thank you, Mara.');
  });
});
