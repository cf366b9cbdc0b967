import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-9 pages (tests/fixtures/import/fresh-9): each is checked here on
// text of its own, as a caller of importArticle sees it.

describe('labels', () => {
  it('reads a name or initials alone on a line, closed by a colon, as the label of the words below', () => {
    const { interview, dropped } = importOk(`Ein Gespräch mit Jonas Reimer

Anna Berg:

Wie kam es zu dem Titel?

Jonas Reimer:

Durch eine Arbeit im Freien.

AB:

Wie viel Zufall steckt darin?

JR:

Weniger, als man denkt.

AB:

Wann ist eine Arbeit fertig?

JR:

Wenn nichts mehr wegzunehmen ist.`);
    expect(questions(interview)).toEqual([
      ['Wie kam es zu dem Titel?'],
      ['Wie viel Zufall steckt darin?'],
      ['Wann ist eine Arbeit fertig?'],
    ]);
    expect(answers(interview)).toEqual([
      'Durch eine Arbeit im Freien.',
      'Weniger, als man denkt.',
      'Wenn nichts mehr wegzunehmen ist.',
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Jonas Reimer']);
    expect(dropped).toEqual([]);
  });

  it('keeps a lone heading closed by a colon ("Links:") a heading where no such name comes back', () => {
    const { interview } = importOk(`Notes:

Recorded in May.

Credits:

Music by Ana Ruiz.

Q: Why now?

A: Because it was time.

Q: What next?

A: A new book.`);
    expect(interview.intro).toEqual([
      'Notes:',
      'Recorded in May.',
      'Credits:',
      'Music by Ana Ruiz.',
    ]);
  });
});

describe('page furniture', () => {
  it('drops an Italian blog\'s comment lines ("Nessun commento.", "Commenti chiusi.")', () => {
    const { dropped } = importOk(`Dieci domande

Perché le interviste?

Ho fatto anche altre cose.

Chi è più bravo?

Pochissimi.

Nessun commento.

Commenti chiusi.`);
    expect(dropped).toEqual(['Nessun commento.', 'Commenti chiusi.']);
  });

  it("drops a portal's long menu, names of things among its items, up to the headline", () => {
    const { interview, dropped } = importOk(`News
International
National
Embassy News
Arts & Living
Flea Market
Korean Weather
Room Mate
Hotel Lounge
Useful Services
ST Banner Exchange
National
"Deeds, Not Promises"

The envoy spoke to a daily.

Q1: Why Seoul?

A1: It was a challenge.

Q2: What next?

A2: More work.`);
    expect(dropped).toHaveLength(12);
    expect(interview.title).toBe('"Deeds, Not Promises"');
  });

  it('keeps a short headline and a byline after a long menu', () => {
    const { interview, dropped } = importOk(`Home
News
Sport
Business
Culture
Opinion
Travel
Science
Health
Video
Big Win Today
Ann Lee

Q: Why now?

A: Because it was time.

Q: What next?

A: A new book.`);
    expect(dropped).toHaveLength(10);
    expect(interview.title).toBe('Big Win Today');
  });

  it('drops bulleted share buttons ("• Kakao share button") and a closing "Read the story of …" link', () => {
    const { dropped } = importOk(`Interview with the director

  • Facebook share button
  • Kakao share button

Q: Why now?

A: Because it was time.

Q: What next?

A: A new book.

Read the story of Nadia, one of the women we work with.`);
    expect(dropped).toEqual([
      '• Facebook share button',
      '• Kakao share button',
      'Read the story of Nadia, one of the women we work with.',
    ]);
  });
});

describe('who is interviewed', () => {
  it('looks past a headline in title case for the name ("US Envoy Morrow Asks N. Korea to Act")', () => {
    const { interview } = importOk(`"Deeds, Not Promises"
US Envoy Morrow Asks N. Korea to Act

US Ambassador to Seoul Daniel Morrow, who stirred debate, spoke to a daily.

Q1: Why Seoul?

A1: It was a challenge.

Q2: What next?

A2: More work.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Daniel Morrow']);
  });

  it('names the person an answer opens with, by full name and a colon, where no label names anyone', () => {
    const { interview } =
      importOk(`Lena Voigts Porträts gehören zu den Entdeckungen der Stadt. Ein Interview

Was hältst du von Richter?

Lena Voigt: Klingt interessant (lacht)!

Ist das Demut?

Bestimmt auch Demut.

Woran arbeitest du?

An Selbstporträts.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Lena Voigt']);
  });

  it('reads numbered labels "Q1:" / "A1:" as questions and answers, not as people', () => {
    const { interview } = importOk(`Envoy speaks

Ambassador Daniel Morrow, who arrived in May, spoke to a daily.

Q1: Why Seoul?

A1: It was a challenge.

Q2: What next?

A2: More work.`);
    expect(questions(interview)).toEqual([['Why Seoul?'], ['What next?']]);
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('A1');
  });

  it('names the person after a place the role gives ("Ambassador to South Korea Gordon Pryce")', () => {
    const { interview } =
      importOk(`The following is a transcript of an interview with former U.S. Ambassador to South Korea Gordon Pryce.

Q: What do you remember?

A: The people.

Q: What will you miss?

A: The food.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Gordon Pryce']);
  });
});

describe('unlabelled turns', () => {
  it('reads short statements between one-paragraph answers after the last "?" as questions', () => {
    const { interview } = importOk(`How does it feel?
Wonderful. It has come at the right moment for me.
Will it change your batting?
I don't believe so. It never did when I led my state side.
Should the captain pick the team?
Certainly. But today's meeting went very well for everyone.
What did you ask for?
I would rather not get into that today, if you don't mind.
What makes a good captain?
You need to know your team inside out to get the best from it.
The hook shot has been a problem.
I can't give it up. It is one of my main scoring strokes.
Many think the burden will spoil your game.
Not at all. I love the game too much for that to happen.`);
    expect(questions(interview)).toHaveLength(7);
    expect(questions(interview).at(-1)).toEqual(['Many think the burden will spoil your game.']);
  });
});

describe('questions and answers on one line', () => {
  it('gives the answer labelled right after a question\'s "?" a paragraph of its own ("Q- …? A - …")', () => {
    const { interview } = importOk(`Full text of the interview.

Q- Was this step needed at this time? A - We make our decisions by our own needs.

Our country takes part in regional affairs.

Q - Women now hold many posts.

How far will the door stay open? A - It rests on choices of national development.`);
    expect(questions(interview)).toEqual([
      ['Was this step needed at this time?'],
      ['Women now hold many posts.', 'How far will the door stay open?'],
    ]);
    expect(answers(interview)).toEqual([
      'We make our decisions by our own needs.',
      'Our country takes part in regional affairs.',
      'It rests on choices of national development.',
    ]);
  });

  it('leaves one such line in prose alone', () => {
    const { interview } = importOk(`Q: Did you ask him? A - no, he said.

A: That is what happened.

Q: And then?

A: Nothing.`);
    expect(questions(interview)[0]).toEqual(['Did you ask him? A - no, he said.']);
  });
});

describe('run-in questions', () => {
  it('reads questions run in with quoted answers, a pull quote set before the question apart', () => {
    const { interview } =
      importOk(`What does a normal day look like? “Well, it depends on whether the kids are at school or not.”
“To get funded, your research has to be new.” What stands in the way of your research? “Time, first, and then money for the lab.”
What advice would you give a student? “Go and knock on doors, most of us were given a chance.”`);
    expect(questions(interview)).toEqual([
      ['What does a normal day look like?'],
      ['What stands in the way of your research?'],
      ['What advice would you give a student?'],
    ]);
    expect(answers(interview)).toContain('“To get funded, your research has to be new.”');
  });
});

describe('numbered questions glued to the text before', () => {
  it('gives each numbered question its paragraph, and its answer when it carries one', () => {
    const { interview } = importOk(
      `India, Sept. 13 -- 1What was the first book you translated? It was a novel by Mio Hanada. 2 Many of your books deal with loneliness. I love this question, it is true. 3You speak up for women translators. What has changed? A lot, and quickly. 4What is next? A story collection.`,
    );
    expect(questions(interview)).toEqual([
      ['What was the first book you translated?'],
      ['Many of your books deal with loneliness.'],
      ['You speak up for women translators. What has changed?'],
      ['What is next?'],
    ]);
    expect(answers(interview)).toEqual([
      'It was a novel by Mio Hanada.',
      'I love this question, it is true.',
      'A lot, and quickly.',
      'A story collection.',
    ]);
  });

  it('splits a numbered question glued after an answer\'s full stop ("difficili.3) La persona…?")', () => {
    const { interview } = importOk(`1) Qual è stata la più difficile?
Quella che non ho fatto.
2) Quella più facile?
Non esiste, sono tutte difficili.3) La persona più simpatica?
Un sottosegretario.
4) Quella più antipatica?
Uno scrittore.`);
    expect(questions(interview)).toEqual([
      ['Qual è stata la più difficile?'],
      ['Quella più facile?'],
      ['La persona più simpatica?'],
      ['Quella più antipatica?'],
    ]);
  });

  it('leaves a numbered list inside an answer alone', () => {
    const { interview } = importOk(`What do you pack?

Three things:

1. A map.

2. A knife.

3. A book.

Why a book?

For the evenings.`);
    expect(questions(interview)).toEqual([['What do you pack?'], ['Why a book?']]);
  });
});

describe('short unlabelled interviews', () => {
  it('reads a short statement between answers as a question where every run between questions is odd', () => {
    const { interview } = importOk(`Ein Interview

Was hältst du davon?

Klingt interessant, wirklich, und ich denke oft darüber nach.

Ist das Demut?

Bestimmt auch Demut, weil die Wirklichkeit unfassbar groß ist und wir sie nur mit unseren Sinnen sehen.

Kurz dachte ich: eine elegante Ausrede.

… und eines Künstlers, der irgendwann abstrakt wurde, das darf man nicht vergessen.

Woran arbeitest du?

An einer Reihe von Selbstporträts.`);
    expect(questions(interview)).toHaveLength(4);
    expect(questions(interview)[2]).toEqual(['Kurz dachte ich: eine elegante Ausrede.']);
  });
});
