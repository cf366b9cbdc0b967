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
});
