import { describe, expect, it } from 'vitest';
import { importArticle } from '../../src/interview/import/import-article';
import { importOk } from '../support/import-outcome';
import type { Interview } from '../../src/interview/schema';

const turns = (interview: Interview) =>
  interview.sections.flatMap((s) => s.questions.map((q) => [q.question, q.answer]));
const person = (interview: Interview, side: 'interviewers' | 'interviewees') =>
  interview.people[side].map(({ name, label, role }) => ({ name, label, role }));

describe('importing Q:/A: labels with page noise, a byline and related links', () => {
  const article = `Skip to content
Menu
We use cookies to improve your experience. By continuing to browse, you accept our cookie policy.
Accept all cookies
Anna Berg: “We Have Ten Years to Rebuild the Grid”
By Tom Hale
March 3, 2025
Share
Anna Berg, director of the Nordic Energy Institute, has spent two decades studying power networks. We spoke with Anna Berg about storage, prices and politics.
Q: How close is Europe to a fully renewable grid?
A: Closer than most people think. The hard part is no longer generation.
It is storage, and the wires that connect it.
Q: What should governments do first?
A: Build transmission lines. We have ten years to rebuild the grid, and every year of delay costs more.
Read more: Why batteries got cheap
Related
Ten charts on the energy transition
The grid, explained`;
  const { interview, dropped, report } = importOk(article);

  it('finds the questions and multi-paragraph answers', () => {
    expect(turns(interview)).toEqual([
      [
        ['How close is Europe to a fully renewable grid?'],
        [
          'Closer than most people think. The hard part is no longer generation.',
          'It is storage, and the wires that connect it.',
        ],
      ],
      [
        ['What should governments do first?'],
        [
          'Build transmission lines. We have ten years to rebuild the grid, and every year of delay costs more.',
        ],
      ],
    ]);
    expect(interview.sections.map((s) => s.label)).toEqual(['Interview']);
  });

  it('names the people from the byline and the intro', () => {
    expect(person(interview, 'interviewers')).toEqual([
      { name: 'Tom Hale', label: 'Q', role: undefined },
    ]);
    expect(person(interview, 'interviewees')).toEqual([
      { name: 'Anna Berg', label: 'A', role: 'director of the Nordic Energy Institute' },
    ]);
    expect(interview.byline).toEqual([{ name: 'Tom Hale' }]);
    expect(interview.published).toBe('2025-03-03');
    expect(interview.title).toBe('Anna Berg: “We Have Ten Years to Rebuild the Grid”');
  });

  it('drops menus, cookie notices, sharing and related links, and says so', () => {
    expect(dropped).toEqual([
      'Skip to content',
      'Menu',
      'We use cookies to improve your experience. By continuing to browse, you accept our cookie policy.',
      'Accept all cookies',
      'March 3, 2025',
      'Share',
      'Read more: Why batteries got cheap',
      'Related',
      'Ten charts on the energy transition',
      'The grid, explained',
    ]);
    expect(report.kept + report.dropped.length).toBe(report.paragraphs);
  });

  it('proposes the headline’s quoted words found in an answer', () => {
    expect(interview.keyQuotes.map((k) => [k.questionId, k.text])).toEqual([
      ['q2', 'We have ten years to rebuild the grid'],
    ]);
  });

  it('warns that the publication is unknown rather than guessing', () => {
    expect(interview.source.publication).toBe('Unknown publication');
    expect(report.warnings.join('\n')).toContain('--publication');
    expect(importOk(article, { publication: 'Energy Weekly' }).interview.source.publication).toBe(
      'Energy Weekly',
    );
  });
});

describe('importing names in capitals, short forms, headings and multi-paragraph questions', () => {
  const article = `The Composer Who Hears Cities

June 5, 2024

Lena Ortiz in her studio. Photo: Marco Ruiz

Lena Ortiz writes music from street recordings. Our culture editor visited her in Lisbon.

Beginnings

PAUL GRANT: You grew up above a tram depot.

Was that where it started?

LENA ORTIZ: Yes. The trams were my first orchestra.

I recorded them on a cassette player.

GRANT: When did it become work?

ORTIZ: At twenty-five, when a theatre asked me for a score.

The City as Instrument

GRANT: How do you choose a city?

ORTIZ: I choose the ones that sound unfinished.`;
  const { interview } = importOk(article);

  it('groups "PAUL GRANT" and "GRANT" as one speaker, shown as "Paul Grant"', () => {
    expect(person(interview, 'interviewers')).toEqual([
      { name: 'Paul Grant', label: 'Paul Grant', role: undefined },
    ]);
    expect(person(interview, 'interviewees')).toEqual([
      { name: 'Lena Ortiz', label: 'Lena Ortiz', role: undefined },
    ]);
  });

  it('keeps a question’s second paragraph with the question', () => {
    expect(turns(interview)[0]).toEqual([
      ['You grew up above a tram depot.', 'Was that where it started?'],
      ['Yes. The trams were my first orchestra.', 'I recorded them on a cassette player.'],
    ]);
  });

  it('makes sections of the headings between turns', () => {
    expect(interview.sections.map((s) => [s.id, s.label, s.heading, s.questions.length])).toEqual([
      ['beginnings', 'Beginnings', 'Beginnings', 2],
      ['city-as-instrument', 'City as Instrument', 'The City as Instrument', 1],
    ]);
    expect(interview.image).toEqual({ caption: 'Lena Ortiz in her studio', credit: 'Marco Ruiz' });
    expect(interview.published).toBe('2024-06-05');
  });
});

describe('importing numbered questions with unlabelled answers', () => {
  const { interview, report } = importOk(`Five questions for Mayor Ruth Adeyemi
Published: 12/01/2025
Ruth Adeyemi, mayor of Port Harbor, answered our questions by email.
1. Why did you close the harbour road?
Because it was falling into the sea. We had no choice.
2. What happens to the market?
It moves inland for two years.
Traders will pay no rent while it is there.
3. Will you run again?
Yes.`);

  it('strips the numbers and keeps every answer paragraph', () => {
    expect(turns(interview)).toEqual([
      [
        ['Why did you close the harbour road?'],
        ['Because it was falling into the sea. We had no choice.'],
      ],
      [
        ['What happens to the market?'],
        ['It moves inland for two years.', 'Traders will pay no rent while it is there.'],
      ],
      [['Will you run again?'], ['Yes.']],
    ]);
  });

  it('finds the interviewee and role in the intro', () => {
    expect(person(interview, 'interviewees')).toEqual([
      { name: 'Ruth Adeyemi', label: 'Adeyemi', role: 'mayor of Port Harbor' },
    ]);
    expect(interview.id).toBe('ruth-adeyemi-2025');
    expect(report.publishedFrom).toBe('Published: 12/01/2025');
  });
});

describe('importing hard-wrapped Question:/Answer: text', () => {
  const { interview } = importOk(`Interview: The Last Lighthouse Keeper

By Sara Lind

Published 4 April 2023

Question: How long have you kept the light on Skerry Island? The
island has no road, and the ferry comes twice a week.

Answer: Thirty-one years this spring. When I arrived the lamp still
burned paraffin, and I carried it up the stairs every evening at dusk.

Question: Do you get lonely out there on your own all winter long?

Answer: Never. The sea talks all night long, and the birds talk all day.`);

  it('joins wrapped lines into paragraphs', () => {
    expect(turns(interview)).toEqual([
      [
        [
          'How long have you kept the light on Skerry Island? The island has no road, and the ferry comes twice a week.',
        ],
        [
          'Thirty-one years this spring. When I arrived the lamp still burned paraffin, and I carried it up the stairs every evening at dusk.',
        ],
      ],
      [
        ['Do you get lonely out there on your own all winter long?'],
        ['Never. The sea talks all night long, and the birds talk all day.'],
      ],
    ]);
    expect(interview.title).toBe('Interview: The Last Lighthouse Keeper');
    expect(interview.people.interviewers[0]?.name).toBe('Sara Lind');
    expect(interview.published).toBe('2023-04-04');
  });
});

describe('importing questions as their own paragraphs, with an author’s note at the end', () => {
  const { interview, dropped } = importOk(`Mountain Doctor: “Altitude Is the Best Teacher”
Jan 9, 2022
Dr. Mira Sol runs the only clinic above 3,000 metres in the valley. Alpine Weekly spoke with Mira Sol about medicine at altitude.
The Clinic
Why did you open a clinic so high up?
Nobody else would. The villages needed a doctor within a day’s walk.
We started with one room and a radio.
What is the hardest case you have treated?
A shepherd with a broken leg in a storm. We carried him down for nine hours.
Share this article
Altitude
How does altitude change medicine?
It slows everything down. Altitude is the best teacher, because it punishes haste.
Jon Vale
Jon Vale is Alpine Weekly’s health correspondent and has covered the Alps since 2015.
More from Alpine Weekly
Village life in winter`);

  it('reads questions, answers and headings', () => {
    expect(interview.sections.map((s) => [s.heading, s.questions.length])).toEqual([
      ['The Clinic', 2],
      ['Altitude', 1],
    ]);
    expect(turns(interview)[0]?.[1]).toEqual([
      'Nobody else would. The villages needed a doctor within a day’s walk.',
      'We started with one room and a radio.',
    ]);
  });

  it('reads the publication, the interviewee and the author with bio', () => {
    expect(interview.source.publication).toBe('Alpine Weekly');
    expect(interview.people.interviewees[0]?.name).toBe('Mira Sol');
    expect(interview.byline).toEqual([
      {
        name: 'Jon Vale',
        bio: 'Jon Vale is Alpine Weekly’s health correspondent and has covered the Alps since 2015.',
      },
    ]);
    expect(dropped).toEqual([
      'Jan 9, 2022',
      'Share this article',
      'More from Alpine Weekly',
      'Village life in winter',
    ]);
    expect(interview.keyQuotes.map((k) => k.text)).toEqual(['Altitude is the best teacher']);
  });
});

describe('importing an interview without headings', () => {
  const qa = Array.from(
    { length: 12 },
    (_, i) => `Q: Question number ${i + 1}, is it?\nA: Answer number ${i + 1}.`,
  ).join('\n');
  const { interview } = importOk(`A long talk\n1 May 2020\n${qa}`);

  it('groups many questions into parts of about five, as even as they go', () => {
    expect(interview.sections.map((s) => [s.label, s.questions.length])).toEqual([
      ['Questions 1–4', 4],
      ['Questions 5–8', 4],
      ['Questions 9–12', 4],
    ]);
  });

  it('never leaves a part of one or two questions ("Questions 11–11")', () => {
    for (const count of [9, 11, 16, 21, 26, 31]) {
      const many = Array.from(
        { length: count },
        (_, i) => `Q: Question number ${i + 1}, is it?\nA: Answer number ${i + 1}.`,
      ).join('\n');
      const sizes = importOk(`A long talk\n${many}`).interview.sections.map(
        (s) => s.questions.length,
      );
      expect(
        sizes.reduce((sum, size) => sum + size, 0),
        `${count}`,
      ).toBe(count);
      expect(Math.min(...sizes), `${count}: ${sizes.join(', ')}`).toBeGreaterThanOrEqual(3);
      expect(Math.max(...sizes), `${count}: ${sizes.join(', ')}`).toBeLessThanOrEqual(5);
    }
  });

  it('keeps a short interview as one section', () => {
    const short = importOk('Brief\nQ: Why?\nA: Because.\nQ: Really?\nA: Yes.').interview;
    expect(short.sections.map((s) => [s.id, s.label, s.questions.length])).toEqual([
      ['interview', 'Interview', 2],
    ]);
    expect(short.published).toBeUndefined();
  });
});

describe('input that is not an interview', () => {
  it.each([
    ['empty text', '   \n\n  ', 'the article is empty'],
    [
      'binary data',
      'PK\u0003\u0004\u0000\u0000\u0014',
      'the file is not text (it holds binary data)',
    ],
    [
      'prose without questions',
      'The council met on Tuesday.\n\nIt approved the budget.',
      'no questions and answers found',
    ],
    [
      'a question without any answer',
      'Headline\n\nQ: Is anyone there?',
      'no questions and answers found',
    ],
  ])('rejects %s with a clear message', (_name, text, message) => {
    const outcome = importArticle(text);
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.error).toContain(message);
  });

  it('rejects text over the size limit', () => {
    const outcome = importArticle('Q: Why?\nA: Because.\n'.repeat(120_000));
    expect(outcome.ok ? '' : outcome.error).toMatch(/longer than/);
  });
});

describe('shapes seen on real pages', () => {
  it('groups initials with the full name ("RB:" after "Rosa Barros:") and reads "Me:" as the interviewer', () => {
    const { interview } = importOk(`A morning with Rosa Barros

I met the harbour master, Rosa Barros, at six in the morning. This is what we said.

Me: Good morning. Is it always this busy?

Rosa Barros: Always. The boats do not wait.

Me: How many come in each day?

RB: Forty on a quiet day, ninety in summer.

Me: And the fish market?

RB: It opens when the last boat is in.`);
    expect(interview.people.interviewees.map((p) => [p.name, p.label])).toEqual([
      ['Rosa Barros', 'Rosa Barros'],
    ]);
    expect(interview.people.interviewers.map((p) => p.label)).toEqual(['Me']);
    expect(turns(interview)).toEqual([
      [['Good morning. Is it always this busy?'], ['Always. The boats do not wait.']],
      [['How many come in each day?'], ['Forty on a quiet day, ninety in summer.']],
      [['And the fish market?'], ['It opens when the last boat is in.']],
    ]);
  });

  it('finds a first question that lost its label, and drops account and section menus', () => {
    const { interview, dropped } = importOk(`Log in
Forgot your password
NEWS | SPORT | PODCASTS
An evening chat with Marta Kowal
Where will you spend the holiday?
A: At home, with my sisters.
Q: Will you cook?
A: My sisters will. I will wash up.`);
    expect(dropped).toEqual(['Log in', 'Forgot your password', 'NEWS | SPORT | PODCASTS']);
    expect(interview.title).toBe('An evening chat with Marta Kowal');
    expect(interview.people.interviewees[0]?.name).toBe('Marta Kowal');
    expect(turns(interview)).toEqual([
      [['Where will you spend the holiday?'], ['At home, with my sisters.']],
      [['Will you cook?'], ['My sisters will. I will wash up.']],
    ]);
  });

  it('takes the date from a dateline, which is not a section heading', () => {
    const { interview, report } = importOk(`Station interviews
Interview with the Stationmaster, Valley Radio, 2 October 2024, 7:10AM
Interviewer: What time is the first train?
Stationmaster: Twenty past five.
Interviewer: Is it ever late?
Stationmaster: Only when it snows.`);
    expect(interview.published).toBe('2024-10-02');
    expect(report.publishedFrom).toBe(
      'Interview with the Stationmaster, Valley Radio, 2 October 2024, 7:10AM',
    );
    expect(interview.sections.map((s) => s.label)).toEqual(['Interview']);
    expect(interview.intro).toEqual([
      'Interview with the Stationmaster, Valley Radio, 2 October 2024, 7:10AM',
    ]);
  });
});
