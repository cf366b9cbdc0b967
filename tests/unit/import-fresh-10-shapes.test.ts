import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';
import { parseDateLine } from '../../src/interview/import/dates';

// Rules prompted by the fresh-10 pages (tests/fixtures/import/fresh-10): each is checked here on
// text of its own, as a caller of importArticle sees it.

describe('page furniture', () => {
  it('keeps a hard-wrapped Japanese lead, one phrase a line, as text, not as a menu of short lines', () => {
    const { interview, dropped } = importOk(`インタビューとは何か。山田さん篇

誰かの話を聞くのは、
どうしてこんなに、おもしろいのだろう。
尊敬する先輩方に、教わります。

Q: いちばん心に残っている取材は?

A: 老作家に会いに行ったときのことです。

Q: それはなぜですか?

A: 沈黙こそが答えだったからです。`);
    expect(dropped).toEqual([]);
    expect(interview.intro.join(' ')).toContain('尊敬する先輩方に、教わります。');
    expect(questions(interview)).toHaveLength(2);
  });
});

describe('labels', () => {
  it("reads turns under a bar line ('──', the interviewer's) and under a name alone on a line (the guest's), each turn's wrapped lines one paragraph", () => {
    const { interview, dropped } = importOk(`おもしろいインタビューとは。

──
森川さんが編集者だったころ、
いちばん心に残っている取材は
どれですか?
森川
ある老作家に会いに行ったときのことです。
三時間いて、言葉はほとんどなかった。
──
沈黙が、答え。
森川
そう。
書き起こすと消えてしまうものです。
──
では、おもしろい取材とは?
森川
聞き手が質問を忘れてしまうようなもの、かな。`);
    expect(dropped).toEqual([]);
    expect(questions(interview)).toEqual([
      ['森川さんが編集者だったころ、いちばん心に残っている取材はどれですか?'],
      ['沈黙が、答え。'],
      ['では、おもしろい取材とは?'],
    ]);
    expect(answers(interview)).toEqual([
      'ある老作家に会いに行ったときのことです。三時間いて、言葉はほとんどなかった。',
      'そう。書き起こすと消えてしまうものです。',
      '聞き手が質問を忘れてしまうようなもの、かな。',
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['森川']);
  });
});

describe('labels in Japanese', () => {
  it('reads a name and an ideographic space as a label ("石田\u3000…"), the asker\'s statements too', () => {
    const { interview } = importOk(`ベテラン編集者に聞く

石田\u3000最初から編集者になりたかったんですか?

川村\u3000実はそうでもなくて、マンガを描いていました。

石田\u3000え、マンガ!初めて聞きました。

川村\u3000誰にも話していませんからね(笑)。

石田\u3000そこでは楽しさを味わえましたか?

川村\u3000はい。誌面が形になるのがうれしかった。`);
    expect(questions(interview)).toEqual([
      ['最初から編集者になりたかったんですか?'],
      ['え、マンガ!初めて聞きました。'],
      ['そこでは楽しさを味わえましたか?'],
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['川村']);
  });
});

describe('page furniture in other languages', () => {
  it('drops a skip link in Romanian, German or French ("Sari direct la conținut")', () => {
    for (const skip of ['Sari direct la conținut', 'Zum Inhalt springen', 'Aller au contenu']) {
      const { dropped } = importOk(`${skip}

Primarul raspunde

Reporter: Cand va fi gata centura?

Ion Pop: In 2013, daca vin banii.

Reporter: Si parcarile?

Ion Pop: Anul viitor.`);
      expect(dropped).toEqual([skip]);
    }
  });
});

describe('a reporter labelled "R."', () => {
  it('reads "R." as the questions where its every turn asks and it takes turns with another short label ("Ro.")', () => {
    const { interview } = importOk(`R. Domnule primar, mai tineti minte ce ati raspuns?
Ro. Sigur. Prefer sa nu raspund decat sa mint.
R. Care au fost criteriile de selectie?
Ro. Sunt EU, apoi oricine altcineva.
R. Si proiectele promise?
Ro. Le-am promis, deci exista.`);
    expect(questions(interview)).toEqual([
      ['Domnule primar, mai tineti minte ce ati raspuns?'],
      ['Care au fost criteriile de selectie?'],
      ['Si proiectele promise?'],
    ]);
    expect(answers(interview)).toHaveLength(3);
  });

  it('keeps "P." / "R." as question and answer', () => {
    const { interview } = importOk(`P. ¿Cuándo empezó?
R. En 2010.
P. ¿Y por qué?
R. Por casualidad.`);
    expect(questions(interview)).toEqual([['¿Cuándo empezó?'], ['¿Y por qué?']]);
    expect(answers(interview)).toEqual(['En 2010.', 'Por casualidad.']);
  });
});

describe("a writer's own notes", () => {
  it('reads "Our Take: …" after each answer as no speaker, so bare questions are still seen', () => {
    const { interview } = importOk(`A developer talks

How long is a typical day?

"About eight hours, more near release."

Our Take: About what we expected.

What advice would you give?

"Finish small games."

Our Take: Good advice for anyone.

What are you playing now?

"Mostly old puzzle games."

Our Take: So are we.`);
    expect(questions(interview)).toEqual([
      ['How long is a typical day?'],
      ['What advice would you give?'],
      ['What are you playing now?'],
    ]);
  });
});

describe('date lines', () => {
  it('reads an ISO date with its weekday after it ("2019-02-26-TUE") as a date line', () => {
    expect(parseDateLine('2019-02-26-TUE')).toBe('2019-02-26');
    expect(parseDateLine('2019-02-26 (Tue)')).toBe('2019-02-26');
    expect(parseDateLine('2019-02-26-TUESDAYS')).toBeUndefined();
  });
});

describe('names in Japanese', () => {
  it('names a surname label by the full name the lead writes before "さん" or a reading in brackets', () => {
    const { interview } = importOk(`ベテラン編集者、川村康夫さんに聞く

石田\u3000最初から編集者になりたかったんですか?

川村\u3000実はそうでもなくて、マンガを描いていました。

石田\u3000そこでは楽しさを味わえましたか?

川村\u3000はい。誌面が形になるのがうれしかった。`);
    expect(interview.people.interviewees.map((p) => [p.name, p.label])).toEqual([
      ['川村康夫', '川村'],
    ]);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['石田']);
  });
});

describe('names before their initials', () => {
  it('keeps a one-letter word of a name its initials count ("I Ketut Darma (IKD)")', () => {
    const { interview } = importOk(`Wawancara wartawan Nyoman Saputra (NS) dan  I Ketut Darma (IKD).

NS: Mengapa Anda pulang ke desa?

IKD: Karena saya ingin tenang.

NS: Kapan Anda bertemu guru Anda?

IKD: Tahun 2009.`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['I Ketut Darma']);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Nyoman Saputra']);
  });
});

describe('bar turns, edge', () => {
  it('leaves a bar line followed at once by a name alone (an empty turn) and reads the rest', () => {
    const { interview } = importOk(`題

──
森川
こんにちは。
──
なぜですか?
森川
はい。
──
どうして?
森川
そうです。`);
    expect(questions(interview)).toContainEqual(['どうして?']);
  });
});

describe('a guest named only by a greeting', () => {
  it('names no one from "Interview With A Game Developer" and takes the name the first question greets ("Hi Mark.")', () => {
    const { interview } = importOk(`Interview With A Game Developer

We talk about a lot here. It's time to let a developer do the talking.

Hi Mark. Thank you for your time. What is a typical day?

"I start a build and fix bugs."

How many hours do you work?

"About forty."`);
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Mark']);
  });
});

describe('two guests, each under a name line', () => {
  it('heads a section with each guest\'s name closed by a colon ("Pieter Vos:"), the first naming the interviewee', () => {
    const { interview } =
      importOk(`Exclusive interviews with the winners of the Carnegie & Kate Greenaway awards
Colin Marsh:
What does winning mean to you?
It's the best thing that has happened to me as a writer.
Why is the award important?
Its history and the readers it reaches.
Pieter Vos:
What does winning mean to you?
It is very humbling.
What are you working on next?
Another book with very few words.`);
    expect(interview.sections.map((s) => s.heading)).toEqual(['Colin Marsh:', 'Pieter Vos:']);
    expect(answers(interview)).not.toContain('Pieter Vos:');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual(['Colin Marsh']);
  });
});
