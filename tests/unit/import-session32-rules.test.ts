import { describe, expect, it } from 'vitest';
import { importOk } from '../support/import-outcome';

// Rules prompted by leftovers of the held-out sets (fresh-24), session 32's importer2 helper:
// each checked on text of its own, with a near miss the rule must leave alone.

describe("a press conference's moderator calling on the reporters", () => {
  const presser = (calls: [string, string]) => `Nora Lind Kvale Post Match Press Conference

The manager’s press conference after Brann v Molde.

Speaker 1: (00:00)
Nora, you must be pleased with the attacking play tonight?

Nora Lind Kvale: (00:08)
Of course. We had close to thirty shots.

Speaker 3: (00:37)
${calls[0]}

Lena Berg: (00:45)
How did the new striker look tonight?

Nora Lind Kvale: (00:59)
He was sharp. He held the ball up well.

Speaker 3: (01:24)
${calls[1]}`;
  const people = (calls: [string, string]) => importOk(presser(calls)).interview.people;

  it('lists the one who calls on the next reporter by name with those who ask, not as a guest', () => {
    const { interviewees, interviewers } = people([
      'Okay. Lena Berg, Bergens Tidende.',
      'Thank you, Nora.',
    ]);
    expect(interviewees.map((p) => p.name)).toEqual(['Nora Lind Kvale']);
    expect(interviewers.map((p) => p.name)).toContain('Speaker 3');
  });

  it('keeps a second voice closing the answers a guest where it calls no one', () => {
    const { interviewees } = people([
      'We were better in the second half.',
      'The striker was sharp, yes.',
    ]);
    expect(interviewees.map((p) => p.name)).toEqual(['Nora Lind Kvale', 'Speaker 3']);
  });
});
