import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-5 pages (tests/fixtures/import/fresh-5): each is
// checked here on text of its own, as a caller of importArticle sees it.

describe('speaker labels', () => {
  it('reads a site name ending in digits as the label of the questions', () => {
    const { interview } = importOk(`Zwei Trainer im Gespräch

SPORT24: Wie war die Saison?

Lena Berger: Besser als erwartet.

SPORT24: Und die nächste?

Berger: Wir wollen aufsteigen.`);
    expect(questions(interview)).toEqual([['Wie war die Saison?'], ['Und die nächste?']]);
    expect(answers(interview)).toEqual(['Besser als erwartet.', 'Wir wollen aufsteigen.']);
  });

  it('reads initials closed by a full stop as labels, a question going on over two lines', () => {
    const { interview } = importOk(`GC. How did the season go?
RC. Better than we hoped.
GC. Fifth was a good finish.
Can you build on it?
RC. That is the plan.`);
    expect(questions(interview)).toEqual([
      ['How did the season go?'],
      ['Fifth was a good finish.', 'Can you build on it?'],
    ]);
    expect(answers(interview)).toEqual(['Better than we hoped.', 'That is the plan.']);
  });

  it('does not take a sentence opening with an acronym and a full stop once for a label', () => {
    const { interview } = importOk(`What did the committee decide?
It asked the UN. UN. officials said they would reply in May.
And then?
Nothing yet.`);
    expect(answers(interview)[0]).toBe(
      'It asked the UN. UN. officials said they would reply in May.',
    );
  });
});

describe('furniture around the interview', () => {
  it('drops an image file name with spaces in it', () => {
    const { interview, dropped } = importOk(`L'interview de la semaine
interview verite.jpg
1. Comment va le club?
Très bien, merci.
2. Et la saison?
Elle commence samedi.`);
    expect(dropped).toContain('interview verite.jpg');
    expect(answers(interview)).toEqual(['Très bien, merci.', 'Elle commence samedi.']);
  });
});

describe('questions and answers side by side', () => {
  it('splits a line holding a labelled question and its labelled answer after a run of spaces', () => {
    const { interview } = importOk(`Breve entrevista al entrenador

   P- Lugar ?                         R- Oviedo

   P- Residente en ?                  R- Gijón

   P- Cuándo empezaste como entrenador ?

   R- Al acabar como juvenil.`);
    expect(questions(interview)).toEqual([
      ['Lugar ?'],
      ['Residente en ?'],
      ['Cuándo empezaste como entrenador ?'],
    ]);
    expect(answers(interview)).toEqual(['Oviedo', 'Gijón', 'Al acabar como juvenil.']);
  });
});

describe('an answer whose label the page left off', () => {
  it('answers a finished question when no labelled answer comes before the next question', () => {
    const { interview } = importOk(`P- Qué nivel ves en la categoría?
Bajo, por no poner entrenadores con título.
P- Cambiarías algo del reglamento?
R- Más cambios por partido.
P- Tenéis apoyo de la Federación?
R- Un aviso cada semana.`);
    expect(questions(interview)).toEqual([
      ['Qué nivel ves en la categoría?'],
      ['Cambiarías algo del reglamento?'],
      ['Tenéis apoyo de la Federación?'],
    ]);
    expect(answers(interview)[0]).toBe('Bajo, por no poner entrenadores con título.');
  });

  it('still joins an unlabelled paragraph to the question when a labelled answer follows it', () => {
    const { interview } = importOk(`GC. Fifth was a good finish.
Is the plan to build on it?
RC. Yes.
GC. And the cup?
RC. We want it.`);
    expect(questions(interview)[0]).toEqual([
      'Fifth was a good finish.',
      'Is the plan to build on it?',
    ]);
  });
});

describe('unlabelled turns', () => {
  it('reads a question closed by "?." as a question', () => {
    const { interview } = importOk(`¿Cómo ves al equipo?
Es mi equipo, son los mejores.
La temporada no empezó bien... ¿viste peligrar tu puesto?.
Los comienzos cuestan, pero el equipo crece.
¿Te conformas con un empate?
Siempre quiero ganar.`);
    expect(questions(interview)).toEqual([
      ['¿Cómo ves al equipo?'],
      ['La temporada no empezó bien... ¿viste peligrar tu puesto?.'],
      ['¿Te conformas con un empate?'],
    ]);
  });

  const alternating = (middle: string) => `You have lost your portfolio?
No, nobody has lost anything here, we are all going to be responsible for it together.
${middle}
No, I know what you mean, but that is a misreading of what the Prime Minister has done.
Why on earth not?
Because the big questions belong to other ministries. That is logical.
Who are they?
The Treasurer in the lower house and the Climate Minister in the Senate.
What would the Treasurer know?
He has carriage of those questions and he will answer them.
What is your portfolio then?
I am the Minister for the Environment.
And your expertise?
The environment.`;

  it('reads a short statement between two answers as the interviewer speaking', () => {
    const { interview } = importOk(alternating('Well, you have.'));
    expect(questions(interview).slice(0, 3)).toEqual([
      ['You have lost your portfolio?'],
      ['Well, you have.'],
      ['Why on earth not?'],
    ]);
  });

  it('leaves a three-paragraph answer whole when its middle paragraph is not short', () => {
    const middle =
      'And I would add that the department has never been busier, with more staff than before, more money than before and more work than anyone expected.';
    const { interview } = importOk(alternating(middle));
    expect(questions(interview)[1]).toEqual(['Why on earth not?']);
    expect(answers(interview)).toContain(middle);
  });

  it('ends an answer at a section heading: the heading is not a paragraph of the answer', () => {
    // Counted into the answer before it, the heading "Memory" made a two-paragraph answer look
    // like an answer, a short prompt and an answer, and its short first paragraph's sibling in
    // the opening answer ("Then it dried.") became a question (found by the property test).
    const { interview } = importOk(`Ann Lind on the North
North
Why the river?
The river fed the town for a century.
Then it dried.
Now the wells are deep and the water costs more than bread.
What about the schools?
Schools closed after the flood of the old valley.
Two reopened last spring, with new roofs and a new teacher.
Memory
Who remembers the mill?
Only the oldest families in the village.
And the ferry?
It stopped in the eighties.
Did anyone miss it?
The children did, every summer.`);
    expect(questions(interview)).toEqual([
      ['Why the river?'],
      ['What about the schools?'],
      ['Who remembers the mill?'],
      ['And the ferry?'],
      ['Did anyone miss it?'],
    ]);
    expect(interview.sections.map((s) => s.heading)).toEqual(['North', 'Memory']);
  });
});

describe('who is interviewed', () => {
  const interviewees = (text: string) =>
    importOk(text).interview.people.interviewees.map((p) => p.name);

  it('takes the names an intro gives labels in brackets', () => {
    expect(
      interviewees(`Family first

We caught up with Harvey (H) and Adam (A) before the season.

Q) How was the summer?

H: Good.

A: Busy.

Q) And the league?

A: Tough.

H: Fun.`),
    ).toEqual(['Harvey', 'Adam']);
  });

  it('reads the name after "Q & A:" and a few words of role in the headline', () => {
    expect(
      interviewees(`Tab Sport Q & A: new rugby captain Will Barnes

Half chat show, half grilling: our reporter quizzes the new captain.

How did you feel?

Honoured.

What next?

Training.`),
    ).toEqual(['Will Barnes']);
  });

  it('reads the name a report hands over to before its question ("Parole à …")', () => {
    expect(
      interviewees(`Dragon perd en Coupe de France

Le coach Tama Asen a renforcé l’attaque mais le score n’a plus bougé.

Parole à Moana Tehiva :

Le bilan du déplacement ?

« Une très belle expérience. »`),
    ).toEqual(['Moana Tehiva']);
  });

  it('reads a one-word name opening a headline of name, role and quote after a weekday date', () => {
    const { interview } = importOk(`martes, 21 de abril de 2015

Toni, entrenador de los lobos: "siempre quiero ganar".

Nos recibe mientras vemos el partido, Barca - Paris Saint Germain.

¿Cómo ves al equipo?
Es mi equipo, son los mejores.
¿Y el próximo partido?
Hay que ganar.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Toni']);
    expect(interview.published).toBe('2015-04-21');
  });

  it('spells out initials written with full stops ("M.T.") where the page names the person', () => {
    expect(
      interviewees(`Forum: Czy spodziewał się pan tego wyniku?
Mark Tilden, trener kadry: Naszym celem było wykorzystać potencjał.
Jak buduje pan relacje?
M.T.: Rozmawiam z każdym osobno.
A plany?
M.T.: Następny turniej.`),
    ).toEqual(['Mark Tilden']);
  });
});
