import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 29 (lead): misreads of the held-out sets fresh-20 and fresh-21, each rule with a near
// miss of ordinary text it must leave as it is.

// Pupils' questions are printed as they wrote them, without "?"; an answer may end by asking
// ("What could be better?"), and the next "Question:" must still open a question.
const pupils = (label: string) => `Science questions from pupils, part 2
More of the questions the pupils sent me, with my answers.

${label}: whats your favourite part of science

Solving puzzles. The world is the biggest puzzle there is, and I love finding out something new.

${label}: why do you be a scientist

I like knowing how things work. That is what scientists do: we keep asking why.

For me science is a big game and a huge puzzle, and I get to play it every day. What could be better?

${label}: what was you first experiment

At your age I built a model rocket and launched it in the park with my father.`;

describe("a 'Question:' label coming back after an answer that ends by asking", () => {
  it('opens a question: the label only ever asks', () => {
    const { interview } = importOk(pupils('Question'));
    expect(questions(interview).map((q) => q.join(' '))).toEqual([
      'whats your favourite part of science',
      'why do you be a scientist',
      'what was you first experiment',
    ]);
  });

  it("a host's name label after it stays the host's reply inside the answer", () => {
    const text = `Radio call with a climber

Anna: Can you tell us where you are?

Marek: At the second camp. The wind is strong tonight. Can you hear me?

Anna: Yes, clearly.

Marek: Good. We wait here for two days, then we go for the top.

Anna: What worries you most?

Marek: The weather. Nothing else.`;
    const { interview } = importOk(text);
    expect(questions(interview)).toHaveLength(2);
    expect(answers(interview)).toContain('Anna: Yes, clearly.');
  });
});

describe("WordPress's 'Loading...' under its like button", () => {
  const post = (last: string) => `A potter on slow work

Lena: How long does one bowl take?

Maya: Three weeks, with the drying. Nobody believes me.

Lena: Why so slow?

Maya: Clay remembers every hurry. ${last}

Share this:
Twitter
Facebook
Like this:
Loading...`;

  it('is dropped with the sharing lines, not kept as the end of the last answer', () => {
    const { interview, report } = importOk(post('It cracks in the kiln.'));
    expect(answers(interview).at(-1)).toBe('Clay remembers every hurry. It cracks in the kiln.');
    expect(report.dropped.map((d) => d.text)).toContain('Loading...');
  });
});
