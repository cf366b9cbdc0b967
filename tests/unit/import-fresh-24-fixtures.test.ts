import { describe, expect, it } from 'vitest';
import { answers, importOk, questions } from '../support/import-outcome';

// Rules prompted by the fresh-24 pages (tests/fixtures/import/fresh-24), session 30's fixtures
// helper: each is checked here on text of its own, as a caller of importArticle sees it.

describe('a questionnaire run into one paragraph, each answer after a dash', () => {
  it('splits each numbered question from its answer at the dash, a number after the dash too', () => {
    const { interview } = importOk(
      `Kwestionariusz Tygodnika Anna Nowak, pianistka. Nagrała dwie płyty. 1. Kiedy poczuła Pani, że jest dorosła? – Dość późno. 2. Co Panią ostatnio zdenerwowało? – Hałas na ulicy. Nic więcej. 3. Czego ma Pani za dużo… – Nut na biurku. – 4 Starość to… – …sprawa głowy. 5. Z kim zjadłaby Pani kolację? – Z Chopinem.`,
    );
    expect(questions(interview)).toEqual([
      ['Kiedy poczuła Pani, że jest dorosła?'],
      ['Co Panią ostatnio zdenerwowało?'],
      ['Czego ma Pani za dużo…'],
      ['Starość to…'],
      ['Z kim zjadłaby Pani kolację?'],
    ]);
    expect(answers(interview)).toEqual([
      'Dość późno.',
      'Hałas na ulicy. Nic więcej.',
      'Nut na biurku.',
      '…sprawa głowy.',
      'Z Chopinem.',
    ]);
  });

  it('leaves a numbered list whose items hold a dash, but ask nothing, inside its answer', () => {
    const { interview } = importOk(`Które miasta poleca Pani na wiosnę?

Trzy: 1. Kraków – miasto królów. 2. Gdańsk – port i bursztyn. 3. Toruń – pierniki. 4. Lublin – stare miasto.

A na lato?

Morze, zawsze morze.`);
    expect(questions(interview)).toEqual([['Które miasta poleca Pani na wiosnę?'], ['A na lato?']]);
    expect(answers(interview)[0]).toBe(
      'Trzy: 1. Kraków – miasto królów. 2. Gdańsk – port i bursztyn. 3. Toruń – pierniki. 4. Lublin – stare miasto.',
    );
  });

  it('keeps a short headline quoted from an answer below the menu, and drops the menu', () => {
    const { interview, dropped } = importOk(`Tygodnik Nowy
Wywiady
Wybrałabym morze

Kwestionariusz Tygodnika Anna Nowak, pianistka. 1. Kiedy poczuła Pani, że jest dorosła? – Dość późno. 2. Co Panią ostatnio zdenerwowało? – Hałas na ulicy. 3. Gdyby nie muzyka, to… – …wybrałabym morze. 4. Z kim zjadłaby Pani kolację? – Z Chopinem.`);
    expect(interview.title).toBe('Wybrałabym morze');
    expect(dropped).toEqual(['Tygodnik Nowy', 'Wywiady']);
  });

  it('drops a menu item of one word even where an answer says it', () => {
    const { dropped } = importOk(`Tygodnik Nowy
Wywiady
Kultura

Kwestionariusz Tygodnika Anna Nowak, pianistka. 1. Kiedy poczuła Pani, że jest dorosła? – Dość późno. 2. Co Pani kocha? – Kultura to mój dom. 3. Gdyby nie muzyka, to… – …morze. 4. Z kim zjadłaby Pani kolację? – Z Chopinem.`);
    expect(dropped).toEqual(['Tygodnik Nowy', 'Wywiady', 'Kultura']);
  });
});

describe('a hearing transcript run into one paragraph under "Senator NAME." labels', () => {
  const hearing = `Hearing of August 1, 1994

(18:05:12) Ms. MARLOW. I spoke to the counsel, who serves as the ethics officer for his Senator BRANT. And what did he advise, if anything? Ms. MARlOW. He told me he had no objection to the meeting. Senator BRANT. You were his counsel and sat right behind him, as I recall. Is that right? Ms. MARLOW. That's right, I sat behind him all afternoon. Senator BRANT. Did you ever pass him a note to refresh his memory? Ms. MARLOW. I passed him notes now and then. Senator BRANT. Were some of those notes meant to correct him? Ms. MARLOW. Some of them may have been, sir.`;

  it('reads each label used twice or more as a turn, the OCR slip as the same label', () => {
    const { interview } = importOk(hearing);
    expect(questions(interview)).toEqual([
      ['And what did he advise, if anything?'],
      ['You were his counsel and sat right behind him, as I recall. Is that right?'],
      ['Did you ever pass him a note to refresh his memory?'],
      ['Were some of those notes meant to correct him?'],
    ]);
    expect(answers(interview)).toEqual([
      'He told me he had no objection to the meeting.',
      "That's right, I sat behind him all afternoon.",
      'I passed him notes now and then.',
      'Some of them may have been, sir.',
    ]);
    expect(interview.people.interviewers.map((p) => p.name)).toEqual(['Senator Brant']);
  });

  it('leaves a paragraph naming people in sentence case, however often, whole', () => {
    const { interview } = importOk(`Did you know him well?

I met Mr. Aldrich. We spoke often and I liked Mr. Aldrich. Later I saw Ms. Kowal. Then I told Ms. Kowal about the hearing, and Mr. Aldrich. He laughed. Ms. Kowal. She said nothing at all about it, and we went home early that day, as we always did in the summer of that long year, every one of us.

And later?

We never spoke again.`);
    expect(questions(interview)).toEqual([['Did you know him well?'], ['And later?']]);
    expect(answers(interview)).toHaveLength(2);
  });
});

describe('a transcription service\'s turns, each under a line "Name: (mm:ss)"', () => {
  it('reads the line as the label of the words under it, the time off, an empty turn gone', () => {
    const { interview } = importOk(`Press Conference Transcript

Mia Sorel: (00:00)
Nora, you must be pleased with the result tonight?

Nora Blake: (00:08)
Of course. We had thirty shots and their keeper was brilliant.

Tom Reyes : (00:40)
Hi Nora.

Nora Blake: (00:41)

Tom Reyes : (00:42)
How tired are the players, and will you rotate?

Nora Blake: (00:50)
Some are tired. We will see tomorrow.`);
    expect(questions(interview)).toEqual([
      ['Nora, you must be pleased with the result tonight?'],
      ['Hi Nora.', 'How tired are the players, and will you rotate?'],
    ]);
    expect(answers(interview)).toEqual([
      'Of course. We had thirty shots and their keeper was brilliant.',
      'Some are tired. We will see tomorrow.',
    ]);
  });

  it('leaves one such line alone in its answer: one turn is no transcript', () => {
    const { interview } = importOk(`What did the clip show?

The subtitle read:

Mia Sorel: (00:12)

We had thirty shots and their keeper was brilliant.

And after the match?

I slept.`);
    expect(questions(interview)).toEqual([['What did the clip show?'], ['And after the match?']]);
    expect(answers(interview)).toContain('Mia Sorel: (00:12)');
  });
});

describe('a roundtable: each answer under a line naming its guest, a role word and a work', () => {
  it('reads each such line as the label of the answer under it', () => {
    const { interview } = importOk(`감독 대담

올해 후보에 오른 두 감독에게 같은 질문 두 개를 던졌다.

Q. 감독이란 무엇인가.
클라라 윈 감독 <길 위의 집>
A. 조금씩은 할 줄 알지만 통달한 건 없는 사람이에요.
토비아스 린드 감독 <마지막 잔>
A. 절벽에서 뛰어내리는 일과 비슷합니다.
Q. 시작하는 사람에게 한마디 한다면.
클라라 윈 감독 <길 위의 집>
A. 카메라를 들고 밖으로 나가세요.
토비아스 린드 감독 <마지막 잔>
A. 실패를 두려워하지 마세요.`);
    // (The first exchange of so short a page is read as the intro: left for a later rule.)
    expect(questions(interview).flat()).toContain('시작하는 사람에게 한마디 한다면.');
    expect(questions(interview).flat().join(' ')).not.toContain('감독 <');
    expect(interview.people.interviewees.map((p) => p.name)).toEqual([
      '클라라 윈',
      '토비아스 린드',
    ]);
  });

  it('leaves a line naming a director over a question alone', () => {
    const { interview } = importOk(`감독 대담

올해 후보에 오른 두 감독에게 같은 질문 두 개를 던졌다.

클라라 윈 감독 <길 위의 집>
Q. 감독이란 무엇인가.
A. 조금씩은 할 줄 알지만 통달한 건 없는 사람이에요.
토비아스 린드 감독 <마지막 잔>
Q. 시작하는 사람에게 한마디 한다면.
A. 카메라를 들고 밖으로 나가세요.`);
    expect(questions(interview)).toEqual([
      ['감독이란 무엇인가.'],
      ['시작하는 사람에게 한마디 한다면.'],
    ]);
    expect(interview.people.interviewees.map((p) => p.name)).not.toContain('클라라 윈');
  });
});

describe('a Spanish question opened by "¿" wrapped over two lines', () => {
  it('joins the line that closes it with "?" to the line that opened it', () => {
    const { interview } = importOk(`Entrevista al alcalde

1.- ¿Por qué quiso ser alcalde?
-Porque quiero mucho a mi pueblo.
2.- ¿Qué obras ha hecho durante su
mandato?
-Hemos arreglado calles y escuelas.
3.- ¿Qué obras va a hacer en esta
legislatura que empieza ahora?
-Arreglar caminos.`);
    expect(questions(interview).flat().join(' | ')).toContain(
      '¿Qué obras ha hecho durante su mandato?',
    );
    expect(questions(interview)).toHaveLength(3);
  });

  it('leaves a line after an open "¿" that does not close it alone', () => {
    const { interview } = importOk(`Entrevista al alcalde

1.- ¿Por qué quiso ser alcalde?
-Porque quiero mucho a mi pueblo.
2.- ¿Qué obras ha hecho durante su mandato
-Hemos arreglado calles y escuelas.
3.- ¿Qué obras va a hacer ahora?
-Arreglar caminos.`);
    expect(answers(interview).join(' | ')).not.toContain('mandato -Hemos');
  });
});

describe('a hard-wrapped school blog interview signed by its pupil', () => {
  const page = (answer: string, end: string) => `Entrevista Al Alcalde De Villanueva
hoy estamos con el Señor Tomás Ruiz Gómez el querido alcalde de
Villanueva.
1.- ¿Por qué quiso ser alcalde?
${answer}
2.- ¿Cuándo empezó a ser alcalde?
-En 1995, con 24 años, y desde entonces he ganado todas las elecciones
que se han celebrado en el pueblo.
3.- ¿Qué obras ha hecho durante su mandato?
-Pues hemos arreglado calles, las escuelas viejas se han convertido
en un centro social para los mayores, hemos hecho un consultorio
médico, se cambió toda la red del agua potable y mucho más.
Y aquí acaba nuestra entrevista, y ya lo sabéis, Villanueva
es un pueblo muy bonito para visitar.
${end}`;

  it('joins a short wrapped line to the line under it that goes on in lower case', () => {
    const { interview } = importOk(
      page('-Porque quiero mucho a mi\npueblo y tengo ideas para mejorarlo.', 'MARTA'),
    );
    expect(answers(interview)[0]).toBe(
      'Porque quiero mucho a mi pueblo y tengo ideas para mejorarlo.',
    );
  });

  it('leaves a short line apart when the line under it opens a sentence', () => {
    const { interview } = importOk(
      page('-Porque quiero mucho a mi pueblo\nY tengo ideas para mejorarlo.', 'MARTA'),
    );
    expect(answers(interview).slice(0, 2)).toEqual([
      'Porque quiero mucho a mi pueblo',
      'Y tengo ideas para mejorarlo.',
    ]);
  });

  it("drops the pupil's first name in capitals after the last answer, a signature", () => {
    const { interview, dropped } = importOk(page('-Porque quiero mucho a mi pueblo.', 'MARTA'));
    expect(answers(interview).join(' | ')).not.toContain('MARTA');
    expect(dropped).toContain('MARTA');
  });

  it('keeps a name in capitals that is the whole of the last answer', () => {
    const { interview } = importOk(
      page('-Porque quiero mucho a mi pueblo.', '4.- ¿Cómo se llama su perro?\nTOBY'),
    );
    expect(answers(interview).at(-1)).toBe('TOBY');
  });
});
