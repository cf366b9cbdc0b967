import { describe, expect, it } from 'vitest';
import { importOk, questions } from '../support/import-outcome';

// The fresh-13 rules (tests/unit/import-fresh-13-shapes.test.ts) tried on other real shapes where
// they could misfire: each test here reads a page the importer should keep or read right.

describe('speaker labels the fresh-13 rules could hide', () => {
  it('reads "Q-" / "A-" labels with no space after the hyphen', () => {
    const { interview } = importOk(`Talking to the coach

Q-How did you start coaching?

A-I started in 1990 with the under-twelves.

Q-What changed since then?

A-Everything, the kids most of all.`);
    expect(questions(interview)).toEqual([
      ['How did you start coaching?'],
      ['What changed since then?'],
    ]);
  });

  it('keeps a panel’s quick-fire round of short labelled answers by speakers who spoke at length before', () => {
    const { interview } = importOk(`Host: What first drew you to children's books?

Anna: My daughter, honestly. She would not sleep without three stories a night and I ran out of good ones.

Ben: For me it was a job. I drew the pictures for someone else's book and never went back to adult fiction.

Carla: A library. I worked in one for ten years and watched what children picked up and put down again.

Host: Last one, quickly: your favourite picture book?

Anna: Where the Wild Things Are.

Ben: The Snowman.

Carla: Owl Babies, every time.`);
    // As on main: the next speakers' turns keep their labels in the one answer.
    expect(interview.sections.at(-1)?.questions.at(-1)?.answer).toEqual([
      'Where the Wild Things Are.',
      'Ben: The Snowman.',
      'Carla: Owl Babies, every time.',
    ]);
    expect(interview.people.interviewees.map((p) => p.name).sort()).toEqual([
      'Anna',
      'Ben',
      'Carla',
    ]);
  });

  it('reads a Q:/A: page as labels, not as lettered items', () => {
    const { interview } = importOk(`Q: What is your name?

A: Anna.

Q: Where do you live?

A: In Leeds.

Q: What do you do?

A: I teach.`);
    expect(questions(interview)).toHaveLength(3);
  });

  it('keeps panelists who each answer once as answerers where the moderator comes back', () => {
    const { interview } = importOk(`Three experts on the housing crisis

Moderator Lee: Why are rents rising so fast?

Anna Berg: Why? Because we stopped building. It is that simple, and we have known it for years.

Moderator Lee: What should cities do first?

Ben Okafor: Change the zoning. Who could object to more homes near transit? Plenty of people, it turns out.

Moderator Lee: And the federal government?

Carla Diaz: Fund social housing at scale, as it did after the war.`);
    expect(questions(interview).map((q) => q[0]?.slice(0, 10))).toEqual([
      'Why are re',
      'What shoul',
      'And the fe',
    ]);
  });
});
