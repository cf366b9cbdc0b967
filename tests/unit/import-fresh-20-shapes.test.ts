import { describe, expect, it } from 'vitest';
import { parseDateLine } from '../../src/interview/import/dates';
import { importOk } from '../support/import-outcome';

// Shapes of session 28's held-out set fresh-20, in pages of their own.

const questions = (text: string) =>
  importOk(text).interview.sections.flatMap((s) => s.questions.map((q) => q.question.join(' ')));

describe('Japanese questions opened by a doubled bar (――)', () => {
  const page = [
    '単語記事: 取材',
    '編集',
    'この記事では「取材」とは何かを、記者の山本氏(仮名)に聞いた。',
    '――本日はよろしくお願いします。',
    'よろしくお願いします。',
    '――取材とはどういったものなのでしょうか。',
    '話を聞いて記事にするための仕事です。',
    '――難しいのですか。',
    '慣れるまでは難しいですね。',
    '――最後に、読者へ一言お願いします。',
    '記事の裏には必ず人がいます。',
    '関連項目',
    '記者',
  ].join('\n');

  it('are the questions (the page was refused), and the wiki’s edit line and related items are page', () => {
    expect(questions(page)).toEqual([
      '本日はよろしくお願いします。',
      '取材とはどういったものなのでしょうか。',
      '難しいのですか。',
      '最後に、読者へ一言お願いします。',
    ]);
    const { dropped } = importOk(page);
    expect(dropped).toEqual(expect.arrayContaining(['編集', '関連項目', '記者']));
  });
});

describe('date lines in Polish and with a label and time in Spanish', () => {
  it('are read as dates', () => {
    expect(parseDateLine('12 czerwca 2021, 7:00')).toBe('2021-06-12');
    expect(parseDateLine('18 grudnia 2019')).toBe('2019-12-18');
    expect(parseDateLine('3 października 2020')).toBe('2020-10-03');
    expect(parseDateLine('Actualizado el 30/11/2018 a las 08:15')).toBe('2018-11-30');
    expect(parseDateLine('Publicado em 05/03/2021 às 10:20')).toBe('2021-03-05');
  });

  it('a Polish word that starts like a month is no date (near miss)', () => {
    expect(parseDateLine('12 lipców 2021 roku minęło')).toBeUndefined();
    expect(parseDateLine('Actualizado el martes')).toBeUndefined();
  });
});

describe('Spanish follow and newsletter lines, an Arabic share button', () => {
  it('are page furniture', () => {
    const { dropped } = importOk(
      [
        'Entrevista con la alcaldesa',
        '¿Cuándo empezó su mandato?',
        'En enero, tras las elecciones de diciembre.',
        'Suscríbase al boletín de EC',
        'Recibe las noticias más importantes en tu correo',
        '¿Qué le queda por hacer?',
        'Terminar el puente del río, que prometimos hace años.',
        'Lee también',
        'Síguenos en Twitter',
        'شارك',
      ].join('\n\n'),
    );
    expect(dropped).toEqual([
      'Suscríbase al boletín de EC',
      'Recibe las noticias más importantes en tu correo',
      'Lee también',
      'Síguenos en Twitter',
      'شارك',
    ]);
  });

  it('an answer that begins with the same words stays (near miss)', () => {
    const answer =
      'Síguenos en este camino, les dije a los vecinos, porque el puente es de todos y lo vamos a terminar juntos.';
    const { interview } = importOk(
      ['¿Qué les dijo a los vecinos?', answer, '¿Y ellos?', 'Aplaudieron.'].join('\n\n'),
    );
    expect(interview.sections[0]?.questions[0]?.answer).toEqual([answer]);
  });
});

// fresh-21 (held out in session 28, first measured on main 6f6f3b1): its one refused page.
describe('three questions opened by a bar, each answered in Japanese quotes', () => {
  const page = (questions: number) =>
    [
      '【硬式野球部】山岸雅人監督に聞く',
      '就任2年目の春、チームの変化を聞いた。',
      ...[
        ['―就任してから一番変わったことは', '「選手が自分で考えて動くようになりました」'],
        ['―連敗したときの声かけについて', '「下を向くなとだけ言いました」'],
        ['―秋のリーグ戦への意気込みを', '「一戦ずつ、全員で勝ちにいきます」'],
      ]
        .slice(0, questions)
        .flat(),
      'シェアする',
      'ツイート',
    ].join('\n\n');

  it('are the questions (the page was refused), and its share buttons are page', () => {
    expect(questions(page(3))).toEqual([
      '就任してから一番変わったことは',
      '連敗したときの声かけについて',
      '秋のリーグ戦への意気込みを',
    ]);
    expect(importOk(page(3)).dropped).toEqual(expect.arrayContaining(['シェアする', 'ツイート']));
  });

  it('two such lines are not enough to read a page by its bars (near miss)', () => {
    expect(() => questions(page(2))).toThrow(/no questions and answers found/);
  });
});
