import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';

// Review (session 21): with one guest, an opening that welcomes and then asks in a statement
// ("Tell me about …") is answered by a short reply that starts like thanks ("Great, …"): the new
// welcome rule makes the prompt and its answer the intro, and the interview loses its first question.
const text = (reply: string) => `A baker on bread
Baker Tom Hale runs a bakery in Leeds. We asked him about bread.
Ann Lee: Welcome to Leeds, Tom. Tell me about your first bakery.
Tom Hale: ${reply}
Ann Lee: What is the secret of good bread?
Tom Hale: Time, and a loaf that rises slowly keeps for a week.
Ann Lee: And the worst mistake?
Tom Hale: Hurrying the dough, every time.`;

describe('a welcome with a prompt in it, one guest', () => {
  for (const reply of [
    'It was a tiny shop on the corner, with one oven and no window.',
    'Great, it was a tiny shop on the corner, with one oven and no window.',
  ])
    it(`keeps the prompt as a question, answered "${reply.slice(0, 12)}…"`, () => {
      const interview = importOk(text(reply)).interview;
      expect(questions(interview).flat().join('\n')).toContain('Tell me about your first bakery');
    });
});
