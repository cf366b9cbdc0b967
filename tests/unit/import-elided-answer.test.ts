import { describe, expect, it } from 'vitest';
import { answers, importOk } from '../support/import-outcome';

// An edited transcript marks cut words with "(...)" or "[…]", and a headline often quotes an
// answer's opening: that answer is the guest's, not a pull quote (a pull quote, as Interia prints
// one, breaks off with no stop).
describe('an answer with an elision whose opening the headline quotes', () => {
  it.each(['(...)', '[…]'])('keeps the answer with %s', (elision) => {
    const answer = `We had to rebuild the whole club ${elision} and it took us most of the year to do it.`;
    const text = `“We had to rebuild the whole club”: Anna Kowal on her first season

Anna Kowal took over the club after relegation. We asked her about the year.

What did you find when you arrived?

${answer}

And now?

Now we have a team again, and a town that comes to watch it every Saturday.

What comes next?

Promotion, I hope, but first we need a full season without injuries.`;
    const { interview, dropped } = importOk(text);
    expect(dropped).not.toContain(answer);
    expect(answers(interview)).toContain(answer);
  });
});
