import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';

// Session 27: misses found on the held-out fresh-19 pages, each rule with a near miss of ordinary
// text it must leave as it is.

// A podcast app's automatic transcript: each turn under "Speaker N" on a line of its own, no time.
const podcast = [
  'Transcript',
  'Speaker 1',
  'Welcome to Need a Lift. This is Milo.',
  'Speaker 2',
  'And this is Dana. And our guest is the writer Jesse Park!',
  'Speaker 3',
  'Thanks for having me back.',
  'Speaker 1',
  'So you started your own podcast. What is it about?',
  'Speaker 3',
  'Gifts, and guilt.',
  'Speaker 2',
  'Who brought the worst gift so far?',
  'Speaker 3',
  'A lamp. It was alive, I think.',
  'Speaker 2',
  'Jesse Park, thank you.',
];

describe("a transcript's 'Speaker N' lines, each alone over its turn", () => {
  it('labels the turns with them: none is dropped, the two hosts ask, the guest answers', () => {
    const { interview, dropped } = importOk(podcast.join('\n'));
    expect(dropped.filter((line) => line.startsWith('Speaker'))).toEqual([]);
    expect(questions(interview).map((q) => q.at(-1))).toEqual(
      expect.arrayContaining([
        'So you started your own podcast. What is it about?',
        'Who brought the worst gift so far?',
      ]),
    );
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Speaker 3']);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Speaker 1', 'Speaker 2']);
  });

  it("leaves a lone 'Speaker 1' line that does not come back (a heading over a talk's notes)", () => {
    const { report } = importOk(
      [
        'Speaker 1',
        'Notes from the first talk of the day.',
        'What did you learn?',
        'That nobody reads the slides.',
        'And then?',
        'We had lunch.',
      ].join('\n'),
    );
    expect(report.dropped.map((d) => d.text)).not.toContain(
      'Notes from the first talk of the day.',
    );
  });
});
