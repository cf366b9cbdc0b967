import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-6 pages (tests/fixtures/import/fresh-6): each is
// checked here on text of its own, as a caller of importArticle sees it.

describe('furniture around the interview', () => {
  it("drops a site's menu bar that opens with a menu word, in any language", () => {
    const { interview, dropped } = importOk(`Home Nieuws Regio Sport Amateurvoetbal Show Podcasts
Zprávy Sport Fotbal Hokej Kultura Krimi Podcasty
Home Sweet Home Tour Dates Announced
Hoe was het seizoen?
Heel goed.
Wat komt er nu?
Rust.`);
    expect(dropped).toEqual([
      'Home Nieuws Regio Sport Amateurvoetbal Show Podcasts',
      'Zprávy Sport Fotbal Hokej Kultura Krimi Podcasty',
    ]);
    expect(questions(interview)).toEqual([['Hoe was het seizoen?'], ['Wat komt er nu?']]);
  });

  it('drops a breadcrumb from the home page and a media player’s links and embed code', () => {
    const { interview, dropped } = importOk(`Accueil > Vie de l'école > Nos rencontres
Station logo
  • Download
  • <iframe src="" width="100%" height="290" title="audio player">
  • Transcript
Pourquoi êtes-vous devenu maire ?
Par goût des autres.
Depuis quand ?
Depuis toujours.`);
    expect(dropped).toEqual([
      "Accueil > Vie de l'école > Nos rencontres",
      'Station logo',
      '• Download',
      '• <iframe src="" width="100%" height="290" title="audio player">',
      '• Transcript',
    ]);
    expect(answers(interview)).toEqual(['Par goût des autres.', 'Depuis toujours.']);
  });
});

describe('furniture after and around the article', () => {
  it('drops a caption printed twice over and the links after "Also read"', () => {
    const { interview, dropped } = importOk(`In a storm, even rivals share one roof

Minister Harish Malvankar Minister Harish Malvankar

Why did you move the dinner?

Our workers felt left out.

Will you contest yourself?

That is for the party to decide.

Also read

Idea Exchange: ‘Rural roads will be finished by 2016’`);
    expect(dropped).toEqual([
      'Minister Harish Malvankar Minister Harish Malvankar',
      'Also read',
      'Idea Exchange: ‘Rural roads will be finished by 2016’',
    ]);
    expect(answers(interview)).toEqual([
      'Our workers felt left out.',
      'That is for the party to decide.',
    ]);
  });
});

describe('numbered questions', () => {
  it('reads questions numbered without a stop, some with the answer after the "?" on their line', () => {
    const { interview, dropped } = importOk(`Interview de monsieur le Maire
1 Pourquoi avez-vous voulu être maire ?
Par goût des autres.
2 Depuis quand ?
Depuis que je suis petit.
3 Combien avez-vous d'adjoints ? J'en ai 8.
4 Qui vous remplace ? Ce sont les adjoints.
Répondre à cet article`);
    expect(questions(interview)).toEqual([
      ['Pourquoi avez-vous voulu être maire ?'],
      ['Depuis quand ?'],
      ["Combien avez-vous d'adjoints ?"],
      ['Qui vous remplace ?'],
    ]);
    expect(answers(interview)).toEqual([
      'Par goût des autres.',
      'Depuis que je suis petit.',
      "J'en ai 8.",
      'Ce sont les adjoints.',
    ]);
    expect(dropped).toEqual(['Répondre à cet article']);
  });

  it('reads answers that repeat their question’s number, and questions without "?"', () => {
    const { interview } = importOk(`Tanti auguri a Davide
1-Ciao, che compleanno è?
1 - Un bel compleanno.
2-Un commento alla stagione
2- Difficile ma ci siamo salvati.
3-Prima di smettere vorresti che…
3 - Un amico cominciasse ad allenare.`);
    expect(questions(interview)).toEqual([
      ['Ciao, che compleanno è?'],
      ['Un commento alla stagione'],
      ['Prima di smettere vorresti che…'],
    ]);
    expect(answers(interview)).toEqual([
      'Un bel compleanno.',
      'Difficile ma ci siamo salvati.',
      'Un amico cominciasse ad allenare.',
    ]);
  });

  it('pairs a questionnaire printed as all its questions, then all its answers by number', () => {
    const { interview } = importOk(`Petr Navrátil: Přestávku trávím s rodinou

Autor: Jan Kratochvíl

1. Jak trávíte přestávku?

2. Trénujete?

3. Věříte v dohrání sezony?

Libenice

Petr Navrátil (trenér)

1. S rodinou.

2. Netrénujeme.

3. Těžko říct.`);
    expect(questions(interview)).toEqual([
      ['Jak trávíte přestávku?'],
      ['Trénujete?'],
      ['Věříte v dohrání sezony?'],
    ]);
    expect(answers(interview)).toEqual(['S rodinou.', 'Netrénujeme.', 'Těžko říct.']);
  });

  it('leaves a numbered question of two questions whole', () => {
    const { interview } = importOk(`1 Quel est votre rôle ? Et celui des adjoints ?
Décider.
2 Depuis quand ?
Toujours.
3 Et demain ?
On verra.`);
    expect(questions(interview)[0]).toEqual(['Quel est votre rôle ? Et celui des adjoints ?']);
  });
});

describe('transcripts', () => {
  it('reads a speaker on a line of its own over the time of the turn as the label', () => {
    const { interview, dropped } = importOk(`Speaker 1
00:00
Welcome to the show. Where did you grow up?
Speaker 2
00:06
Near Portland.
Speaker 1
00:12
And what did you study?
Speaker 2
00:15
English, in Chicago.`);
    expect(dropped).toEqual([]);
    expect(questions(interview)).toEqual([
      ['Welcome to the show. Where did you grow up?'],
      ['And what did you study?'],
    ]);
    expect(answers(interview)).toEqual(['Near Portland.', 'English, in Chicago.']);
    expect(interview.people.interviewees.map((p) => p.label)).toEqual(['Speaker 2']);
  });

  it('reads a speaker and the time on the line above the words', () => {
    const { interview } = importOk(`Interviewer  0:02
How did the food bank start?
Ruth Amadi  0:07
In my garage.
Interviewer  1:15
How many families come now?
Ruth Amadi  1:19
About four hundred a week.`);
    expect(answers(interview)).toEqual(['In my garage.', 'About four hundred a week.']);
  });

  it('reads a label with a description in brackets, and the unlabelled question before it', () => {
    const { interview } = importOk(`This is MORNING DESK. I'm Ruth Keller.

Tom Farley, welcome. Why write about bad books?

Mr. TOM FARLEY (Comedy writer, author of "The Bestseller Machine"): Because I love bookstores.

KELLER: What does your hero find?

Mr. FARLEY: That bestsellers have short chapters.

KELLER: Did you do the same research?

Mr. FARLEY: I did.`);
    expect(questions(interview)).toEqual([
      ['Tom Farley, welcome. Why write about bad books?'],
      ['What does your hero find?'],
      ['Did you do the same research?'],
    ]);
    expect(answers(interview)).toEqual([
      'Because I love bookstores.',
      'That bestsellers have short chapters.',
      'I did.',
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Tom Farley']);
  });

  it('leaves a single name over a time alone', () => {
    const { interview } = importOk(`Ann Lee
10:30
What is new?
Nothing much.
And next?
A holiday.`);
    expect(interview.title).toBe('Ann Lee');
    expect(questions(interview)[0]).toEqual(['What is new?']);
  });
});

describe('who asks', () => {
  it('does not take a profile line for a speaker where an answer label is used twice', () => {
    const { interview } = importOk(`Carnide em Foco
Nome: Rui Tavares
Clube: Carnide
O que sentes quando ganhas?
R - Descanso.
Gostas de estar no clube?
R - Gosto, sinto-me em casa.`);
    expect(questions(interview)).toEqual([
      ['O que sentes quando ganhas?'],
      ['Gostas de estar no clube?'],
    ]);
    expect(answers(interview)).toEqual(['Descanso.', 'Gosto, sinto-me em casa.']);
    expect(interview.people.interviewers.map((p) => p.name)).not.toContain('Nome');
  });

  it('names the interviewee from a profile line ("Nome: Rui Tavares")', () => {
    const { interview } = importOk(`Carnide Clube 1920 - Basquetebol
Carnide em Foco - Coordenador/Treinador
A nossa primeira entrevista foi ao treinador do clube.
Nome: Rui Tavares
Data de nascimento: 14/03/79
O que sentes quando ganhas?
R - Descanso.
Gostas de estar no clube?
R - Gosto.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Rui Tavares']);
  });

  it('keeps a guest who asks back in one answer of two on the answering side', () => {
    const { interview } = importOk(`Maxie: Rigby, did you get lost?
Rigby: No comment.
Maxie: Lena, did he get lost?
Lena: I don't think so.
Maxie: Rigby, why a bar job?
Rigby: Why would I want to work for you anyway?
Maxie: Lena, any tricks?
Lena: He opens bottles with a lighter.`);
    expect(questions(interview)).toHaveLength(4);
    expect(answers(interview)).toEqual([
      'No comment.',
      "I don't think so.",
      'Why would I want to work for you anyway?',
      'He opens bottles with a lighter.',
    ]);
  });
});

describe('editors taking turns to ask', () => {
  it('reads questions labelled by several editors, one asking once, with answers unlabelled', () => {
    const { interview, dropped } = importOk(`‘In a storm, even rivals share one roof’

Minister Harish Malvankar Minister Harish Malvankar

In this session the minister speaks about the bypolls.

R P Nair: Why did you hold the dinner in Nagpur?

Our workers felt left out in Delhi.

R P Nair: Why did no one hold one in the capital?

I will not comment on that.

Sunita Mehra: Is everyone afraid of the top?

The PM is the PM.

Kabir Sethi: What has changed since last year?

We went back to the villages.

Sunita Mehra: Will you contest yourself?

That is for the party to decide.

Also read

Idea Exchange: ‘Rural roads will be finished by 2016’`);
    expect(questions(interview)).toEqual([
      ['Why did you hold the dinner in Nagpur?'],
      ['Why did no one hold one in the capital?'],
      ['Is everyone afraid of the top?'],
      ['What has changed since last year?'],
      ['Will you contest yourself?'],
    ]);
    expect(answers(interview)).toEqual([
      'Our workers felt left out in Delhi.',
      'I will not comment on that.',
      'The PM is the PM.',
      'We went back to the villages.',
      'That is for the party to decide.',
    ]);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual([
      'R P Nair',
      'Sunita Mehra',
      'Kabir Sethi',
    ]);
    expect(dropped).toEqual([
      'Minister Harish Malvankar Minister Harish Malvankar',
      'Also read',
      'Idea Exchange: ‘Rural roads will be finished by 2016’',
    ]);
  });
});
