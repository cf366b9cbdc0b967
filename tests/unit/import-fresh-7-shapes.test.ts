import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-7 pages (tests/fixtures/import/fresh-7): each is
// checked here on text of its own, as a caller of importArticle sees it.

describe('podcast transcripts', () => {
  it('reads "Name (mm:ss):" on a line of its own as the label of the words after the blank line', () => {
    const { interview } = importOk(`Episode Transcript:

Sam Porter (00:21):

Where did the idea come from?

Clara Hayes (00:25):

From our students.

Sam Porter (01:02):

And what came next?

Clara Hayes (01:06):

The book.`);
    expect(questions(interview)).toEqual([
      ['Where did the idea come from?'],
      ['And what came next?'],
    ]);
    expect(answers(interview)).toEqual(['From our students.', 'The book.']);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Clara Hayes']);
  });

  it('keeps a welcome to two guests as intro when only one of them answers it', () => {
    const { interview } = importOk(`Sam: Welcome. I'm joined by Clara and Owen.
Owen: Thanks for having us.
Sam: How did you two meet?
Clara: At a bus stop, in the rain.
Sam: Who wrote the first page?
Owen: I did, badly.
Sam: And the last?
Clara: I did.`);
    expect(questions(interview)).toEqual([
      ['How did you two meet?'],
      ['Who wrote the first page?'],
      ['And the last?'],
    ]);
    expect(interview.intro).toEqual([
      "Sam: Welcome. I'm joined by Clara and Owen.",
      'Owen: Thanks for having us.',
    ]);
  });

  it('drops a show-notes heading with nothing under it', () => {
    const { interview, dropped } = importOk(`Chapters:
00:00:00 - Introduction
Links:
Episode Transcript:
Where did it start?
In a garage.
What next?
A shop.`);
    // The transcript's own heading is furniture too (session 30).
    expect(dropped).toEqual(['Links:', 'Episode Transcript:']);
    expect(answers(interview)).toEqual(['In a garage.', 'A shop.']);
  });
});

describe('several guests answering', () => {
  it('names a band member labelled once, answering a question, where another member answers under a name used twice', () => {
    const { interview } = importOk(`Interview: STAR FORGE

The band's founders Takeshi Endo and Hiroki Kagawa, as well as Mari Okada, Hiroshi Kitano and Yuki Fukuda, met us backstage.

What did you bring on tour?

Takeshi Endo: Six kinds of noodles.

Where do your songs come from?

Hiroki Kagawa: From the shows they are written for.

Has your style changed?

Kagawa: Not much.

How do you relax?

Mari Okada: I walk.`);
    expect(interview.people.interviewees.map((p) => [p.name, p.role])).toEqual([
      ['Takeshi Endo', undefined],
      ['Hiroki Kagawa', undefined],
      ['Mari Okada', undefined],
    ]);
    expect(answers(interview)).toEqual([
      'Six kinds of noodles.',
      'From the shows they are written for.',
      'Not much.',
      'I walk.',
    ]);
  });

  it("reads reporters' topic lines without '?' as the questions where only the answers are labelled and no label asks", () => {
    const { interview } = importOk(`Cómo se llevan, quién decide...

Nico: "Somos hermanos, siempre hay alguna pelea".

Tomi: "Nos llevamos bien".

Cómo se hace para imponer un tema propio.

Tomi: "Escribiendo todos los días".

Nico: "Con una banda que le dé fuerza".`);
    expect(questions(interview)).toEqual([
      ['Cómo se llevan, quién decide...'],
      ['Cómo se hace para imponer un tema propio.'],
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Nico', 'Tomi']);
  });
});

describe('dashed turns', () => {
  it('reads dashed prompts ending with a colon as questions where both sides speak with dashes and nothing asks', () => {
    const { interview } = importOk(`– Hvorfor skrev du boken:

– Ideen kom for mange år siden.

– Tre favoritter:

– Heksene og to til.

– Sjekk ut:

– Trollet og Tora.`);
    expect(questions(interview)).toEqual([
      ['– Hvorfor skrev du boken:'],
      ['– Tre favoritter:'],
      ['– Sjekk ut:'],
    ]);
    expect(answers(interview)).toEqual([
      '– Ideen kom for mange år siden.',
      '– Heksene og to til.',
      '– Trollet og Tora.',
    ]);
  });
});

describe('blog furniture', () => {
  it("drops a post's teaser cut off with '...' and its time, author and comment count, and names the guest from a quoted title", () => {
    const { interview, dropped } =
      importOk(`Translations by hanbyeol Please credit us Q. What did you think of the fin...

[TRANS] 'Cellblock' Seo Min-jae "I was touched" Part 1

14:38 HB 0 Comments

Translations by hanbyeol
Please credit us

Q. What did you think of the final episode?

"It was the right ending."

Q. How did you join the cast?

"Through a play."`);
    expect(dropped).toEqual([
      'Translations by hanbyeol Please credit us Q. What did you think of the fin...',
      '14:38 HB 0 Comments',
    ]);
    expect(questions(interview)).toEqual([
      ['What did you think of the final episode?'],
      ['How did you join the cast?'],
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Seo Min-jae']);
  });
});

describe('translated interviews', () => {
  it('reads em-dash questions over answers labelled once each by three guests, without the dash', () => {
    const { interview } = importOk(`We spoke with Morishita-san, Saeki-san and Tanabe-san.

What does the “Direction Cooperation” do?

— How are the roles divided?

Saeki: I checked the scripts.

Morishita: I could ask him anything.

— Tanabe-san, what changed for you?

Tanabe: Very little.`);
    expect(questions(interview)).toEqual([
      ['How are the roles divided?'],
      ['Tanabe-san, what changed for you?'],
    ]);
    expect(answers(interview)).toEqual([
      'I checked the scripts.',
      'Morishita: I could ask him anything.',
      'Very little.',
    ]);
    expect(interview.people.interviewees.map((p) => p.label)).toEqual([
      'Saeki',
      'Tanabe',
      'Morishita',
    ]);
  });
});

describe('a question glued to the answer before it', () => {
  const long =
    'Schöne, zarte, elegante, schlichte, aber subversive Werke, die man sich ins Wohnzimmer hängen kann, ohne dass Besucher verstehen, was dort hängt, denn die Übersetzung bekommt nur, wer das Werk kauft.';

  it('gives the question back where every other answer is one paragraph', () => {
    const { interview } = importOk(`Wie sind Sie zur Kunst gekommen?
Durch Beobachtung.
Wie würden Sie Ihren Stil beschreiben?
${long} Wie gehen Sie bei der Arbeit vor?
Es beginnt mit einem Impuls.
Wer beeinflusst Sie?
Hieronymus Bosch.`);
    expect(questions(interview)).toEqual([
      ['Wie sind Sie zur Kunst gekommen?'],
      ['Wie würden Sie Ihren Stil beschreiben?'],
      ['Wie gehen Sie bei der Arbeit vor?'],
      ['Wer beeinflusst Sie?'],
    ]);
    expect(answers(interview)).toEqual([
      'Durch Beobachtung.',
      long,
      'Es beginnt mit einem Impuls.',
      'Hieronymus Bosch.',
    ]);
  });

  it('leaves an answer ending with a question whole where answers run over several paragraphs', () => {
    const { interview } = importOk(`Wie sind Sie zur Kunst gekommen?
Durch Beobachtung.
Noch mehr dazu.
Wie würden Sie Ihren Stil beschreiben?
${long} Wer will das schon wissen?
Es beginnt mit einem Impuls.
Wer beeinflusst Sie?
Hieronymus Bosch.`);
    expect(questions(interview)).toHaveLength(3);
  });
});

describe("fresh-6's known misses", () => {
  it('names the guest from a headline that reads as the first section’s heading', () => {
    const { interview } = importOk(`SettimanaSport
Tanti auguri a Davide Ferrando
1. Ciao, che compleanno è?
Un bel compleanno.
2. Come lo festeggerai?
Con la squadra.
3. E dopo?
Al mare.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Davide Ferrando']);
  });
});
