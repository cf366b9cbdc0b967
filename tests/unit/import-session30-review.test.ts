import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Session 30 (end review): near misses of the session's new importer rules, on ordinary text.

describe('a word before a colon that comes back inside answers, on a page whose turns are broken', () => {
  const page = `Talking craft with Dana Frost

Dana Frost has written nine thrillers.

Smith: How do you plot a book?

Frost: I keep a card for every scene. Rule: never write a scene without a clock in it. Rule: the villain must want something reasonable. Rule: nobody explains the plan aloud.

Smith: Do you break your rules?

Frost: All the time, and on purpose.`;

  it('is no speaker: the answer stays whole and no one is named "Rule"', () => {
    const { interview } = importOk(page);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Dana Frost']);
    expect(answers(interview)[0]).toBe(
      'I keep a card for every scene. Rule: never write a scene without a clock in it. Rule: the villain must want something reasonable. Rule: nobody explains the plan aloud.',
    );
    expect(questions(interview)).toHaveLength(2);
  });
});

describe('a lead opening on a place set off by commas', () => {
  const page = `A painter's life

Berlin, the city of artists, is where our guest lives now.

What brought you here?

I came for a year in Berlin and stayed for twenty.

What do you paint?

Mostly the river, in every season of the year.`;

  it('names no guest after the place the page says it is in', () => {
    const { interview } = importOk(page);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Interviewee']);
  });

  it('still names a guest known by one name the page says inside a sentence', () => {
    const text = page
      .replace(
        'Berlin, the city of artists, is where our guest lives now.',
        'Rituparna, our speaker today, is a painter.',
      )
      .replace('in Berlin', 'in Berlin, Rituparna said,')
      .replace('Mostly the river', 'The river Rituparna crosses daily');
    expect(importOk(text).interview.people.interviewees.map((p) => p.name)).toEqual(['Rituparna']);
  });
});

describe('an answer that asks itself a question and trails off, between two paragraphs of its answer', () => {
  const page = `Interview with a sailor

Why did you leave?

I was tired of the office. The sea was always there, waiting for me, every summer.

Did I regret it? Sometimes...

But mostly I was happy, on the water, and the years went by very quickly indeed.

What comes next?

Another long trip across the ocean, this time alone with my dog.`;

  it('stays in the answer', () => {
    const { interview } = importOk(page);
    expect(questions(interview).map((q) => q.join(' '))).toEqual([
      'Why did you leave?',
      'What comes next?',
    ]);
  });
});

describe('a short headline over its deck, whose words the text says again', () => {
  const page = (headline: string, deck: string, lead: string) => `${headline}

${deck}

${lead}

Q: When did you start?

A: When I was nine, on my father's boat.

Q: What is next?

A: A show in the spring, and then the long summer at sea.`;

  it("is the headline, not a site's name: a profile's headline, the guest's name", () => {
    const { interview, dropped } = importOk(
      page(
        'Jane Doe',
        'The painter who never left the harbour',
        'Jane Doe has painted the harbour for thirty years.',
      ),
    );
    expect(interview.title).toBe('Jane Doe');
    expect(dropped).toEqual([]);
  });

  it("is the headline, not a site's name: a phrase the lead says again", () => {
    const { interview, dropped } = importOk(
      page(
        'Winter Light',
        'A painter and her harbour through the dark months',
        'Winter Light is the name of her new show, opening in March.',
      ),
    );
    expect(interview.title).toBe('Winter Light');
    expect(dropped).toEqual([]);
  });
});

describe('a word before a colon that comes back inside unlabelled answers, only questions labelled', () => {
  const page = `Talking craft with Dana Frost

Dana Frost has written nine thrillers.

CityBeat: How do you plot a book?

I keep a card for every scene. Rule: never write a scene without a clock in it. Rule: the villain must want something reasonable. Rule: nobody explains the plan aloud.

CityBeat: Do you break your rules?

All the time, and on purpose.`;

  it('is no speaker: the answer stays whole', () => {
    const { interview } = importOk(page);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Dana Frost']);
    expect(answers(interview)[0]).toBe(
      'I keep a card for every scene. Rule: never write a scene without a clock in it. Rule: the villain must want something reasonable. Rule: nobody explains the plan aloud.',
    );
  });
});
