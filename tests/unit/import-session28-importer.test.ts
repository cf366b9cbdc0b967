import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 28: importer misreads found in review and left over from fresh-19, each rule with a
// near miss of ordinary text it must leave as it is.

const bridges = (fileName: string) => `Ines Varga on building bridges that last
An engineer talks about steel, salt and patience.
How did you come to bridges?
By accident. I wanted to build boats, and the boat yard closed the year I finished school.
What wears a bridge out first?
Salt. Winter salt gets into every joint, and the steel does not forgive it.
${fileName}
Ines Varga on the Kessel bridge in March
Which bridge are you proudest of?
A small footbridge over the Lahn that nobody photographs. It has not needed a repair in twenty years.`;

describe("an image's file name with two dots ('54c672b4433cd.image.jpg')", () => {
  it('is furniture, dropped and reported, and its caption is read as after any file name', () => {
    const odd = importOk(bridges('54c672b4433cd.image.jpg'));
    expect(odd.report.dropped).toContainEqual(
      expect.objectContaining({ text: '54c672b4433cd.image.jpg', reason: 'image file name' }),
    );
    const plain = importOk(bridges('kessel-bridge.jpg'));
    expect(odd.interview.sections).toEqual(plain.interview.sections);
  });

  it('a sentence naming a file with its dots stays in the answer', () => {
    const { interview } = importOk(bridges('I saved it as plan.final.jpg and lost it.'));
    expect(answers(interview)).toContain('I saved it as plan.final.jpg and lost it.');
    expect(questions(interview)).toHaveLength(3);
  });
});
