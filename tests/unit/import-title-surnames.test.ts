import { describe, expect, it } from 'vitest';
import { importOk } from '../support/import-outcome';

// A surname that is also a title or a trade ("Judge", "Prince", "Lehrer") is a surname when the
// text writes no one after it as an office: "JUDGE:" is Mike Judge. Since the office rule
// ("PRIME MINISTER:" is the Prime Minister) it had become no one.
describe('a speaker label that is a surname and a title word', () => {
  it.each([
    ['JUDGE', 'Mike Judge'],
    ['LEHRER', 'Tom Lehrer'],
  ])('reads %s: as %s, named in the lead', (label, name) => {
    const text = `${name} on thirty years of satire

${name} has made people laugh for three decades. We met him in Austin.

INTERVIEWER: How did it all start?

${label}: By accident. I drew a few cartoons and somebody liked them enough to pay me.

INTERVIEWER: Would you do it again?

${label}: Every day of the week, and twice on Sundays if they let me.`;
    const { interview } = importOk(text);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual([name]);
  });
});
